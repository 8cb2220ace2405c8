// Helpers for the service worker specs (offline use and new releases).
import { expect } from "@playwright/test";

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
