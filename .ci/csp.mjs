// Signpost's Content-Security-Policy, and the Trunk post_build hook that makes the built pages
// obey it.
//
// The policy is static: the same for every build, so a server can send it as a fixed HTTP
// header (tests/e2e/server.mjs imports HEADERS from here; .ci/deploy/signpost.conf carries a
// copy that a test compares with it). That is possible because no script or style is inline:
// this hook moves every inline <script> of the built index.html (Trunk's wasm loader, whose
// text changes with every build, and the loading page's quick exit) and every inline <style>
// into a file of its own named after a hash of its content (`loader-<16 hex>.js`,
// `quick-exit-<16 hex>.js`, `inline-<16 hex>.css`), which the servers cache as immutable like
// Trunk's own hashed files. It also adds the policy as a <meta> (for hosts that cannot set
// headers) to index.html and error.html, and gives error.html the app's stylesheet and the
// quick exit script.
//
// Run by Trunk with TRUNK_STAGING_DIR set, or by hand: `node .ci/csp.mjs dist`. Skipped for
// debug builds (`trunk serve` injects an autoreload script and a websocket).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The policy, for the <meta> and the header alike. */
export const POLICY = [
  "default-src 'none'",
  // Only the site's own scripts; 'wasm-unsafe-eval' lets them compile the app's WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // The favicon is a data: PNG (index.html).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/**
 * The security headers every response should carry. frame-ancestors (no other site may show
 * Signpost in a frame, to trick someone into using it) only works as a header: browsers ignore
 * it in a <meta>. Permissions-Policy turns off the powerful features the app never uses.
 */
export const HEADERS = {
  "content-security-policy": `${POLICY}; frame-ancestors 'none'`,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy":
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), " +
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=()",
};

const META = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;

/** First 16 hex digits of the SHA-256 of `text`: the file name hash, as Trunk's. */
const hash16 = (text) => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);

/** Puts the <meta> policy right after <meta charset>, before any script or stylesheet. */
function withMeta(html, what) {
  const out = html.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, `$1${META}`);
  if (!out.includes(META)) throw new Error(`csp.mjs: could not place the CSP meta in ${what} (no <meta charset>)`);
  return out;
}

/** Fails the build if a page still has what the policy blocks: inline handlers or styles. */
function checkNoInline(html, what) {
  const inline = html.match(/<[a-z][^>]*?\s(?:on[a-z]+|style)\s*=[^>]*>/i);
  if (inline) throw new Error(`csp.mjs: ${what} has an inline handler or style the CSP blocks: ${inline[0].slice(0, 120)}`);
  if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html)) throw new Error(`csp.mjs: ${what} still has an inline script`);
  if (/<style\b/i.test(html)) throw new Error(`csp.mjs: ${what} still has an inline style`);
}

export function finish(dir) {
  const indexFile = join(dir, "index.html");
  let html = readFileSync(indexFile, "utf8");
  if (html.includes('http-equiv="Content-Security-Policy"')) return;

  const written = new Map(); // name stem -> file name
  const write = (stem, ext, text) => {
    const name = `${stem}-${hash16(text)}.${ext}`;
    writeFileSync(join(dir, name), text);
    written.set(stem, name);
    return name;
  };

  // <script attrs>text</script> -> <script attrs src="/name"></script>. The attributes stay
  // (type="module" keeps Trunk's loader a module: it uses top-level await and import); an
  // id names the file, else it is Trunk's loader.
  html = html.replace(/<script\b((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/gi, (whole, attrs, text) => {
    if (!text.trim()) return whole;
    const id = attrs.match(/\bid="?([a-z][a-z0-9-]*)/i)?.[1];
    const name = write(id ?? "loader", "js", text.trim() + "\n");
    return `<script${attrs} src="/${name}"></script>`;
  });
  // <style>text</style> -> a stylesheet link (the no-JavaScript rule in <noscript>).
  html = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_, text) => {
    const name = write("inline", "css", text.trim() + "\n");
    return `<link rel="stylesheet" href="/${name}">`;
  });
  checkNoInline(html, "index.html");
  writeFileSync(indexFile, withMeta(html, "index.html"));

  // error.html: the app's stylesheet (Trunk's hashed link, copied as it is) and quick exit.
  const errorFile = join(dir, "error.html");
  if (existsSync(errorFile)) {
    let page = readFileSync(errorFile, "utf8");
    const sheets = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi)]
      .map((m) => m[0])
      .filter((tag) => !/\/inline-[0-9a-f]{16}\.css/.test(tag));
    if (sheets.length === 0) throw new Error("csp.mjs: no stylesheet link in index.html for error.html");
    page = page.replace("<!-- signpost:stylesheet -->", sheets.join(""));
    const exit = written.get("quick-exit");
    if (!exit) throw new Error("csp.mjs: no quick-exit script in index.html for error.html");
    page = page.replace("<!-- signpost:quick-exit -->", `<script src="/${exit}"></script>`);
    checkNoInline(page, "error.html");
    writeFileSync(errorFile, withMeta(page, "error.html"));
  }
  console.log(`csp.mjs: moved ${[...written.values()].join(", ")} out of index.html; policy added`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error("TRUNK_STAGING_DIR is not set");
  if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== "release") process.exit(0);
  finish(dir);
}
