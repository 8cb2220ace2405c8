// On a kiosk nothing is written to localStorage (it would outlive the browser session): the
// answers go to sessionStorage only. Residents' answers, by contrast, are in localStorage.
import { test, expect } from "../support/fixtures.mjs";
import { walk, StartPage, QuestionPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { startKiosk, storedKeys } from "../support/kiosk.mjs";
import { t } from "../support/content.mjs";

const answers = selfHelpDebts.answers;

test("kiosk answers live in sessionStorage only, never in localStorage", async ({ page }) => {
  await startKiosk(page);
  await new StartPage(page).start();
  await walk(page, answers, { stopAt: "debt-total" });
  const q = new QuestionPage(page);
  // Every localStorage write would show here: not one signpost: key.
  const { local, session } = await storedKeys(page);
  expect(Object.keys(local)).toEqual([]);
  expect(Object.keys(session)).toEqual(expect.arrayContaining(["signpost:v1:answers", "signpost:v1:config"]));
  expect(session["signpost:v1:answers"]).toContain("cards");
  // The address's setting, kept as a query string and read back through the same checks.
  expect(session["signpost:v1:config"]).toBe("mode=kiosk");

  // A language chosen on a kiosk is for this person only, so it is not in localStorage either.
  await page.getByRole("button", { name: /Cymraeg/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  expect(Object.keys((await storedKeys(page)).local)).toEqual([]);

  // The footer says so: kept for the session, not "on this device".
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("footer")).toContainText(t("footer-privacy-shared"));
  await expect(page.locator("footer")).not.toContainText(t("footer-privacy"));

  // Within the session, a reload carries on (sessionStorage survives it).
  await page.reload();
  await q.waitForApp();
  await expect(page).toHaveURL(/\/questions\/debt-total$/);
  expect(Object.keys((await storedKeys(page)).local)).toEqual([]);
});

test("a resident's answers are kept in localStorage, for coming back later", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  await walk(page, answers, { stopAt: "home" });
  const { local } = await storedKeys(page);
  expect(Object.keys(local)).toContain("signpost:v1:answers");
  await expect(page.locator("footer")).toContainText(t("footer-privacy"));
});
