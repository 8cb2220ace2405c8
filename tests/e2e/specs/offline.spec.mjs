// Once loaded, the app works with no network at all: the service worker has precached every
// file, so after going offline through the DevTools protocol (and with the server stopped, so
// nothing could come from it) a reload still shows the app, and a whole journey completes.
import { test, expect } from "@playwright/test";
import { completeJourney, OutcomePage, StartPage } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";
import { tFor } from "../support/content.mjs";
import { withOwnServer, untilControlled, signpostCaches } from "../support/offline.mjs";

test("after one visit, offline: reload, then a whole journey to the result", async ({ browser }) => {
  await withOwnServer(browser, async ({ page, context, server }) => {
    const start = new StartPage(page);
    await start.goto();
    await untilControlled(page);
    const [cache] = await signpostCaches(page);
    expect(cache.name, "one cache, named for this release").toMatch(/^signpost-[0-9a-f]{16}$/);
    for (const kind of [/\/locales\/cy\.ftl$/, /\/index\.html$/, /_bg\.wasm$/, /\.js$/, /\.css$/, /\/signpost\.json$/, /\/manifest\.webmanifest$/]) {
      expect(cache.urls.some((u) => kind.test(u)), `precached: ${kind}`).toBe(true);
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await server.stop();

    const response = await page.reload();
    expect(response.fromServiceWorker(), "the page came from the service worker").toBe(true);
    await start.waitForApp();
    await completeJourney(page, selfHelpBudget.answers);
    await new OutcomePage(page).expectOutcome(selfHelpBudget.outcome);
    // A step's own address, loaded afresh while offline, is the app too.
    await page.goto("/check-answers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // Another language's text, fetched only when chosen, was precached too.
    await new LanguageSwitch(page).switchTo("cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFor("cy", "check-title"));
  });
});
