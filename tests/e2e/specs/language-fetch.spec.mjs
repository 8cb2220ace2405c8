// Only the default language's text is in the first download; another language's text is
// fetched when someone chooses it, once, and a language chosen earlier is ready before the
// first page shows (no flash of English). Without a connection, a language never loaded says
// so and the page stays as it is.
import { test, expect } from "../support/fixtures.mjs";
import { test as plainTest } from "@playwright/test";
import { watchForProblems } from "../support/offline.mjs";
import { StartPage } from "../support/journey.mjs";
import { LanguageSwitch, useLocale } from "../pages/language-switch.mjs";
import { tFor, languageName, fill } from "../support/content.mjs";

const localeFiles = (requests) => requests.filter((u) => new URL(u).pathname.startsWith("/locales/"));

test("a first visit fetches no other language; choosing one fetches its file once", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const start = new StartPage(page);
  await start.goto();
  expect(localeFiles(requests), "nothing but the default language at first").toEqual([]);

  const welsh = await new LanguageSwitch(page).switchTo("cy");
  await expect(start.heading).toHaveText(tFor("cy", "start-title"));
  expect(localeFiles(requests).map((u) => new URL(u).pathname)).toEqual(["/locales/cy.ftl"]);

  // Back to English and to Welsh again: the text is already here.
  const english = await welsh.switchTo("en-GB");
  await english.switchTo("cy");
  await expect(start.heading).toHaveText(tFor("cy", "start-title"));
  expect(localeFiles(requests)).toHaveLength(1);
});

test("a language chosen earlier is ready before the first page shows", async ({ page, context }) => {
  await useLocale(context, "ar");
  // Records the language of the page at the moment the loading placeholder goes.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById("loading") === null && document.querySelector("main h1")) {
        window.__langWhenShown = document.documentElement.lang;
        window.__h1WhenShown = document.querySelector("main h1").textContent;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const start = new StartPage(page, "ar");
  await start.goto();
  await expect(start.heading).toHaveText(tFor("ar", "start-title"));
  expect(await page.evaluate(() => window.__langWhenShown)).toBe("ar");
  expect(await page.evaluate(() => window.__h1WhenShown)).toBe(tFor("ar", "start-title"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

// Playwright's own test: the browser logs the failed fetch as a console error, which is the
// point here; every other error still fails the test.
plainTest("offline, a language never loaded says so and the page stays as it is", async ({ page, context }) => {
  const problems = watchForProblems(page);
  const start = new StartPage(page);
  await start.goto();
  await context.setOffline(true);
  const alert = page.getByRole("alert").filter({ hasText: languageName("pl") });
  await new LanguageSwitch(page).button("pl").click();
  await expect(alert).toHaveText(fill(tFor("en-GB", "language-load-failed"), { language: languageName("pl") }));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(start.heading).toHaveText(tFor("en-GB", "start-title"));

  // Back online, choosing it again works and the message goes.
  await context.setOffline(false);
  await new LanguageSwitch(page).button("pl").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("alert").filter({ hasText: languageName("pl") })).toHaveCount(0);
  expect(problems.filter((p) => !p.includes("net::ERR_INTERNET_DISCONNECTED"))).toEqual([]);
});
