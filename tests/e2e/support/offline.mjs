// Helpers for the service worker specs (offline use and new releases).
import { expect } from "@playwright/test";
import { ownServer } from "./own-server.mjs";

/**
 * Runs `body({ page, context, server, problems })` in a fresh context with service workers
 * allowed, against a server of its own (see own-server.mjs); then checks the page had no
 * uncaught or console errors, and cleans up.
 */
export async function withOwnServer(browser, body) {
  const server = await ownServer();
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await body({ page, context, server });
    expect(problems, "uncaught or console errors").toEqual([]);
  } finally {
    await context.close();
    await server.stop();
    server.remove();
  }
}

/** Collects uncaught errors and console errors of `page`; check the array at the end. */
export function watchForProblems(page) {
  const problems = [];
  page.on("pageerror", (e) => problems.push(`uncaught error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
}

/** The app's caches: each name with the URLs it holds. */
export async function signpostCaches(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith("signpost-")) continue;
      const cache = await caches.open(name);
      out.push({ name, urls: (await cache.keys()).map((r) => r.url) });
    }
    return out;
  });
}
