// The hub's settings (/signpost.json) are fetched fresh while online, but when the server
// answers with an error (a 500 from a broken proxy, a 404 while a hub replaces the file) the
// service worker gives the last good copy it has, as it does with no network at all: a kiosk
// does not fall back to resident mode, or the default exit page, because of one bad answer.
import { test, expect } from "@playwright/test";
import { createServer } from "node:http";
import { StartPage } from "../support/journey.mjs";
import { withOwnServer, untilControlled } from "../support/offline.mjs";

test("signpost.json: the cached copy when the server answers 500 or 404", async ({ browser }) => {
  await withOwnServer(browser, async ({ page, server }) => {
    await new StartPage(page).goto();
    await untilControlled(page);
    // Through the worker, which caches this fresh copy.
    const fetchSettings = () =>
      page.evaluate(async () => {
        const r = await fetch("/signpost.json");
        return { status: r.status, text: await r.text() };
      });
    const good = await fetchSettings();
    expect(good.status).toBe(200);
    expect(() => JSON.parse(good.text)).not.toThrow();

    // The same address, now a server that answers every request with an error.
    await server.stop();
    let status = 500;
    const broken = createServer((req, res) => res.writeHead(status, { "content-type": "text/plain" }).end("broken"));
    await new Promise((resolve) => broken.listen(Number(new URL(server.url).port), "127.0.0.1", resolve));
    try {
      for (const code of [500, 404]) {
        status = code;
        expect(await fetchSettings(), `after a ${code}`).toEqual(good);
      }
    } finally {
      broken.closeAllConnections();
      await new Promise((resolve) => broken.close(resolve));
    }
  });
});
