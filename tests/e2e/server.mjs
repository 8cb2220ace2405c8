// A tiny static file server with no dependencies, close to how Signpost is deployed:
//  - serves a directory (default: dist/ of the repository) on 127.0.0.1 only;
//  - paths without a file extension that match no file get index.html (SPA fallback);
//  - correct MIME types, application/wasm for .wasm;
//  - serves NAME.br or NAME.gz when the client accepts it and the precompressed file exists;
//  - sends the security headers of .ci/csp.mjs (the Content-Security-Policy with
//    frame-ancestors, nosniff, no-referrer, Permissions-Policy) with every file.
// Usage: node tests/e2e/server.mjs [dir]   env: PORT (default 8080), HOST (default 127.0.0.1)
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { HEADERS } from "../../.ci/csp.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(process.argv[2] ?? process.env.SERVE_DIR ?? join(here, "..", "..", "dist"));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
};

function fileAt(p) {
  try {
    const s = statSync(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  } catch {
    res.writeHead(400).end("bad request");
    return;
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  let stat = fileAt(file);
  if (!stat && fileAt(join(file, "index.html"))) {
    file = join(file, "index.html");
    stat = fileAt(file);
  }
  let status = 200;
  if (!stat) {
    if (extname(path) === "") {
      // SPA fallback: the app's router decides (and shows "Page not found" itself).
      file = join(root, "index.html");
      stat = fileAt(file);
    }
    if (!stat) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
  }
  const type = types[extname(file)] ?? "application/octet-stream";
  const accept = String(req.headers["accept-encoding"] ?? "");
  const headers = {
    ...HEADERS,
    "content-type": type,
    vary: "Accept-Encoding",
    // Trunk's hashed asset names never change; everything else (the HTML, the service worker,
    // the hub's signpost.json, the manifest) must be revalidated, or updates would not arrive.
    "cache-control": /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  let body = file;
  for (const [enc, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (new RegExp(`\\b${enc}\\b`).test(accept)) {
      const s = fileAt(file + ext);
      if (s) {
        body = file + ext;
        stat = s;
        headers["content-encoding"] = enc;
        break;
      }
    }
  }
  headers["content-length"] = stat.size;
  res.writeHead(status, headers);
  if (req.method === "HEAD") res.end();
  else createReadStream(body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} on http://${host}:${server.address().port}/`);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
