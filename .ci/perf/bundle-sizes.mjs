#!/usr/bin/env node
// The bundle-size table of .ci/bench (a report, not a test): the size of each file the first
// visit downloads (.wasm, .js, .css, .html, not the service worker), raw, gzip -9 and brotli
// (quality 11, from Node's zlib, so no extra tool is needed), the initial-load total, then what
// comes later (the service worker; a language's text when chosen).
//
// Usage: node .ci/perf/bundle-sizes.mjs DIST [--against OTHER_DIST [--labels THIS,OTHER]]
//   --against  one row per file in either dist (files matched by name without Trunk's hash),
//              with both sizes and the ratio this/other for raw, gzip and brotli.
//   --labels   column names for the two dists (default: this,other).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
let dir = null;
let against = null;
let labels = ["this", "other"];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--against") against = args[++i];
  else if (args[i] === "--labels") labels = args[++i].split(",");
  else if (!dir) dir = args[i];
  else throw new Error(`bundle-sizes: unexpected argument ${args[i]}`);
}
if (!dir || (args.includes("--against") && !against)) {
  console.error("usage: node .ci/perf/bundle-sizes.mjs DIST [--against OTHER_DIST [--labels THIS,OTHER]]");
  process.exit(2);
}

const kb = (n) => (n / 1024).toFixed(1);
const size = (d, name) => {
  const raw = readFileSync(join(d, name));
  return {
    name,
    raw: raw.length,
    gz: gzipSync(raw, { level: 9 }).length,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length,
  };
};
const order = { wasm: 0, js: 1, css: 2, html: 3 };
// Trunk's file hash (16 hex digits), so a file of one build finds its peer in the other.
const key = (name) => name.replace(/-[0-9a-f]{16}(?=[._])/, "");

// What the first visit downloads before the first page: the page, the loader, the wasm, the
// stylesheet. The service worker comes after; other languages only when chosen.
function measure(d) {
  const initial = [];
  for (const name of readdirSync(d).sort()) {
    const ext = extname(name);
    if (![".wasm", ".js", ".css", ".html"].includes(ext) || name === "sw.js") continue;
    initial.push({ kind: ext.slice(1), ...size(d, name) });
  }
  initial.sort((a, b) => order[a.kind] - order[b.kind]);
  const total = initial.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });
  const later = [];
  if (existsSync(join(d, "sw.js"))) later.push({ what: "service worker, after the first page", ...size(d, "sw.js") });
  if (existsSync(join(d, "locales"))) {
    for (const name of readdirSync(join(d, "locales")).sort()) later.push({ what: "a language's text, when chosen", ...size(d, join("locales", name)) });
  }
  return { initial, total, later };
}

const a = measure(dir);
if (!against) {
  console.log("| file | raw KiB | gzip -9 KiB | brotli KiB |");
  console.log("|---|---:|---:|---:|");
  for (const r of a.initial) console.log(`| .${r.kind} (${r.name}) | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
  console.log(`| **initial load, total** | ${kb(a.total.raw)} | ${kb(a.total.gz)} | ${kb(a.total.br)} |`);
  for (const r of a.later) console.log(`| ${r.name} (${r.what}) | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
  process.exit(0);
}

const b = measure(against);
const [tl, ol] = labels;
const ratio = (x, y) => (x && y ? (x / y).toFixed(3) : "n/a");
const cells = (x, y) =>
  ["raw", "gz", "br"].map((k) => `${x ? kb(x[k]) : "–"} | ${y ? kb(y[k]) : "–"} | ${ratio(x?.[k], y?.[k])}`).join(" | ");
console.log(
  `| file | raw KiB ${tl} | raw KiB ${ol} | raw ${tl}/${ol} | gzip -9 KiB ${tl} | gzip -9 KiB ${ol} | gzip ${tl}/${ol} | ` +
    `brotli KiB ${tl} | brotli KiB ${ol} | brotli ${tl}/${ol} |`,
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
const pair = (xs, ys) => {
  const byKey = new Map();
  for (const r of xs) byKey.set(key(r.name), { ...(byKey.get(key(r.name)) ?? {}), x: r });
  for (const r of ys) byKey.set(key(r.name), { ...(byKey.get(key(r.name)) ?? {}), y: r });
  return [...byKey.entries()];
};
for (const [k, { x, y }] of pair(a.initial, b.initial)) console.log(`| .${(x ?? y).kind} (${k}) | ${cells(x, y)} |`);
console.log(`| **initial load, total** | ${cells(a.total, b.total)} |`);
for (const [k, { x, y }] of pair(a.later, b.later)) console.log(`| ${k} (${(x ?? y).what}) | ${cells(x, y)} |`);
