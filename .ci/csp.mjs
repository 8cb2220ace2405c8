// Trunk post_build hook: adds a strict Content-Security-Policy <meta> to the built index.html.
// Trunk writes an inline module script (the wasm loader) whose text changes with every build,
// so the policy allows exactly that script by its sha256 hash; nothing else inline runs.
// Skipped for debug builds (`trunk serve` injects an autoreload script and a websocket).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set");
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== "release") process.exit(0);

const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
if (html.includes('http-equiv="Content-Security-Policy"')) process.exit(0);

const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]));
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(" ")}`.trim(),
  `style-src 'self' ${styles.join(" ")}`.trim(),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// Must come before any script or stylesheet, so it goes right after <meta charset>.
html = html.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, `$1${meta}`);
if (!html.includes(meta)) throw new Error("could not place the CSP meta (no <meta charset> in index.html)");
writeFileSync(file, html);
console.log(`csp.mjs: ${scripts.length} inline script(s), ${styles.length} inline style(s) hashed`);
