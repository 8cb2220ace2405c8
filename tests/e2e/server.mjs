// A tiny static file server with no dependencies, close to how Signpost is deployed:
//  - serves a directory (default: dist/ of the repository) on 127.0.0.1 only;
//  - paths without a file extension that match no file get index.html (SPA fallback);
//  - correct MIME types, application/wasm for .wasm;
//  - serves NAME.br or NAME.gz when the client accepts it and the precompressed file exists;
//  - sends the security headers of .ci/csp.mjs (the Content-Security-Policy with
//    frame-ancestors, nosniff, no-referrer, Permissions-Policy) with every response;
//  - answers an address it cannot decode (/%), one outside the folder, a missing file with an
//    extension (/x.png) or a request too large to read with error.html (400, 404 or 431): a
//    page with the helplines and an exit link, never bare text.
// .ci/deploy/signpost.conf does the same in nginx (README: Deployment).
// Usage: node tests/e2e/server.mjs [dir]   env: PORT (default 8080), HOST (default 127.0.0.1)
import { createServer } from "node:http";
import { createReadStream, readFileSync, statSync } from "node:fs";
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

// Trunk writes its hash as `{:x}` of a u64 (seahash), so it has no leading zeros: 16 hex
// digits most of the time, 15 one build in 16 (signpost-app-9e4d4e29794703f_bg.wasm), fewer
// rarely. csp.mjs's own files always have 16.
const hashed = /-[0-9a-f]{1,16}(_bg)?\.(wasm|js|css)$/;
const errorPage = join(root, "error.html");

/** error.html, or (a build without it) a line of HTML: never bare text. */
function errorBody() {
  try {
    return readFileSync(errorPage);
  } catch {
    return Buffer.from('<!doctype html><html lang="en-GB"><title>Page not found</title><h1>Page not found</h1><p><a href="/">Go to the start page</a></p></html>\n');
  }
}

function sendError(req, res, status, extra = {}) {
  const body = errorBody();
  res.writeHead(status, {
    ...HEADERS,
    ...extra,
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-cache",
    "content-length": body.length,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendError(req, res, 405, { allow: "GET, HEAD" });
    return;
  }
  let path;
  try {
    // Repeated slashes count as one (as nginx's merge_slashes): "//" is the start page, not
    // an address with an empty host name.
    path = decodeURIComponent(new URL(req.url.replace(/^\/{2,}/, "/"), "http://x").pathname);
  } catch {
    sendError(req, res, 400);
    return;
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    sendError(req, res, 400);
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
      sendError(req, res, 404);
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
    "cache-control": hashed.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
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

// A request Node cannot parse (a path longer than its 16 KiB header limit, a broken request
// line): error.html rather than Node's empty answer.
server.on("clientError", (err, socket) => {
  if (!socket.writable || err.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const body = errorBody();
  const head = [
    `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}`,
    ...Object.entries(HEADERS).map(([k, v]) => `${k}: ${v}`),
    "content-type: text/html; charset=utf-8",
    "cache-control: no-cache",
    `content-length: ${body.length}`,
    "connection: close",
  ].join("\r\n");
  socket.end(Buffer.concat([Buffer.from(head + "\r\n\r\n"), body]));
});

server.listen(port, host, () => {
  console.log(`Serving ${root} on http://${host}:${server.address().port}/`);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
