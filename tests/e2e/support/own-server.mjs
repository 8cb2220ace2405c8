// A server of the app's own, for specs that must take the network away (stop it) or publish a
// new release (change its files): a copy of the built dist/ served by server.mjs on a free port.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** The built app: $SIGNPOST_DIST (set by .ci/lib.sh), or the repository's dist/. */
export const distDir = process.env.SIGNPOST_DIST ?? join(here, "..", "..", "..", "dist");

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Starts a server on a copy of dist/; `stop()` ends it (the copy stays until `remove()`). */
export async function ownServer() {
  const dir = mkdtempSync(join(tmpdir(), "signpost-dist-"));
  cpSync(distDir, dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  const start = async () => {
    child = spawn(process.execPath, [join(here, "..", "server.mjs"), dir], {
      env: { ...process.env, PORT: String(port) },
      stdio: "ignore",
    });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${url}/`).then((r) => r.ok, () => false);
      if (up) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`server.mjs did not start on ${url}`);
  };
  const stop = async () => {
    if (!child) return;
    const done = new Promise((r) => child.once("exit", r));
    child.kill();
    await done;
    child = null;
  };
  await start();
  return { url, dir, start, stop, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
