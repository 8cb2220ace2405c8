// How the server answers, checked over raw HTTP (exact paths, exact headers, no decompression):
// the same for tests/e2e/server.mjs and for nginx with .ci/deploy/signpost.conf, which
// .ci/test runs this file against too (the @smoke set). What a council's server must do is in
// README, "Deployment".
import { test, expect } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { HEADERS, POLICY } from "../../../.ci/csp.mjs";

/** GET `path` exactly as given (no normalising), with `headers`; the body as bytes. */
function raw(baseURL, path, headers = {}) {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, path, method: "GET", headers: { "accept-encoding": "identity", ...headers } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** The built file names: Trunk's wasm and css, and csp.mjs's scripts, from index.html. */
async function builtFiles(baseURL) {
  const html = (await raw(baseURL, "/")).body.toString();
  const names = [...html.matchAll(/(?:href|src)="?\/([^"\s>]+)/g)].map((m) => m[1]);
  const pick = (re) => {
    const name = names.find((n) => re.test(n));
    expect(name, `index.html names a file like ${re}`).toBeTruthy();
    return `/${name}`;
  };
  return {
    wasm: pick(/_bg\.wasm$/),
    // Trunk's hashes are `{:x}` of a u64: no leading zeros, so sometimes fewer than 16 digits.
    appJs: pick(/^(?!loader-|quick-exit-)[\w-]+-[0-9a-f]{1,16}\.js$/),
    css: pick(/^main-[0-9a-f]{1,16}\.css$/),
    loader: pick(/^loader-[0-9a-f]{16}\.js$/),
    quickExit: pick(/^quick-exit-[0-9a-f]{16}\.js$/),
  };
}

function expectSecurityHeaders(res, what) {
  for (const [name, value] of Object.entries(HEADERS)) {
    expect(res.headers[name], `${name} on ${what}`).toBe(value);
  }
}

test("security headers on every answer; the <meta> policy is the same, with no hashes", { tag: "@smoke" }, async ({ baseURL }) => {
  expect(HEADERS["content-security-policy"]).toBe(`${POLICY}; frame-ancestors 'none'`);
  expect(POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(POLICY).not.toMatch(/sha256|unsafe-inline/);
  const files = await builtFiles(baseURL);
  for (const path of ["/", "/questions/home", files.wasm, files.loader, "/signpost.json", "/sw.js", "/x.png", "/%"]) {
    expectSecurityHeaders(await raw(baseURL, path), path);
  }
  for (const path of ["/", "/error.html"]) {
    const html = (await raw(baseURL, path)).body.toString();
    const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/);
    expect(meta?.[1], `the <meta> policy of ${path}`).toBe(POLICY);
    // Nothing inline for the policy to hash: scripts and styles are files.
    expect(html, path).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/);
    expect(html, path).not.toMatch(/<style\b/);
  }
});

test("every step's address is the app's page", { tag: "@smoke" }, async ({ baseURL }) => {
  const index = await raw(baseURL, "/");
  expect(index.status).toBe(200);
  expect(index.body.toString()).toMatch(/id="?loading\b/);
  for (const path of ["/questions/home", "/check-answers", "/outcome", "/questions/nothing-here", "/staff"]) {
    const res = await raw(baseURL, path);
    expect(res.status, path).toBe(200);
    expect(res.headers["content-type"], path).toMatch(/^text\/html/);
    expect(res.body.equals(index.body), `${path} is index.html`).toBe(true);
  }
});

test("precompressed files: brotli, else gzip, with Vary; the wasm as application/wasm", { tag: "@smoke" }, async ({ baseURL }) => {
  const { wasm, css, loader } = await builtFiles(baseURL);
  const plain = await raw(baseURL, wasm);
  expect(plain.headers["content-type"]).toBe("application/wasm");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.subarray(0, 4).toString("hex"), "a wasm module").toBe("0061736d");
  const br = await raw(baseURL, wasm, { "accept-encoding": "gzip, deflate, br" });
  expect(br.headers["content-encoding"]).toBe("br");
  expect(br.headers["content-type"]).toBe("application/wasm");
  expect(br.headers.vary ?? "").toMatch(/accept-encoding/i);
  expect(br.body.length).toBeLessThan(plain.body.length / 2);
  const gz = await raw(baseURL, wasm, { "accept-encoding": "gzip" });
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(gz.body.subarray(0, 2).toString("hex"), "gzip magic").toBe("1f8b");
  for (const path of ["/", css, loader]) {
    expect((await raw(baseURL, path, { "accept-encoding": "br" })).headers["content-encoding"], path).toBe("br");
  }
});

test("hashed files are cached for a year; pages, the worker and settings are revalidated", { tag: "@smoke" }, async ({ baseURL }) => {
  const files = await builtFiles(baseURL);
  for (const path of [files.wasm, files.appJs, files.css, files.loader, files.quickExit]) {
    const res = await raw(baseURL, path);
    expect(res.status, path).toBe(200);
    expect(res.headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
  for (const path of ["/", "/questions/home", "/index.html", "/sw.js", "/signpost.json", "/manifest.webmanifest", "/error.html", "/x.png"]) {
    expect((await raw(baseURL, path)).headers["cache-control"], path).toBe("no-cache");
  }
  expect((await raw(baseURL, "/manifest.webmanifest")).headers["content-type"]).toMatch(/^application\/manifest\+json/);
  expect((await raw(baseURL, files.loader)).headers["content-type"]).toMatch(/^(text|application)\/javascript/);
});

test("malformed or missing addresses get HTML with the helplines, never bare text", { tag: "@smoke" }, async ({ baseURL }) => {
  const cases = [
    "/%",
    "/%E0%A4%A",
    "/%zz/questions",
    "/x.png",
    "/questions/home.json",
    "/missing-0123456789abcdef_bg.wasm",
    "/../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/..%2f..%2fetc%2fpasswd",
    "//",
    "//questions/home",
    `/${"a".repeat(5_000)}`,
    `/${"a".repeat(9_000)}`,
    `/${"a".repeat(20_000)}.png`,
  ];
  for (const path of cases) {
    const what = path.length > 60 ? `a path of ${path.length} characters` : path;
    const res = await raw(baseURL, path);
    const body = res.body.toString();
    expect(res.status, what).toBeLessThan(500);
    expect(res.headers["content-type"], what).toMatch(/^text\/html/);
    // (index.html is minified: attribute values lose their quotes.)
    expect(body, what).toMatch(/href="?tel:\+448001381111\b/);
    expect(body, what).toMatch(/href="?tel:116123\b/);
    if (res.status >= 400) expect(body, what).toContain("<h1>Page not found</h1>");
    else expect(body, what).toMatch(/id="?loading\b/);
    expectSecurityHeaders(res, what);
  }
  // A missing file is 404; an address that cannot be decoded is 400.
  expect((await raw(baseURL, "/x.png")).status).toBe(404);
  expect((await raw(baseURL, "/%")).status).toBe(400);
});
