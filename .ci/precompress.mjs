// Writes NAME.br (brotli, quality 11) and NAME.gz (gzip -9) next to every text or wasm asset in a
// directory, for servers that serve precompressed files (see README: Deployment).
// Usage: node .ci/precompress.mjs dist
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";

const dir = process.argv[2] ?? "dist";
const exts = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".txt", ".xml", ".webmanifest", ".ico"]);

function* walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

let n = 0;
for (const file of walk(dir)) {
  if (!exts.has(extname(file))) continue;
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: extname(file) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(file + ".br", br);
  writeFileSync(file + ".gz", gzipSync(raw, { level: 9 }));
  n++;
}
console.log(`precompress: ${n} file(s) in ${dir} (.br, .gz)`);
