// "Finish and clear" on a kiosk's outcome and referral summary pages: after printing or
// scanning, one press wipes everything for the next person (no confirmation: they chose it).
// The outcome page gets a Print button too. Neither shows on a resident's phone.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, StartPage, OutcomePage } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { toReferralSummary, person, words } from "../support/referral-journey.mjs";
import { startKiosk, expectWiped, expectNoneOnPage, storedKeys, storedTallies } from "../support/kiosk.mjs";
import { FinishAndClear } from "../pages/kiosk-pages.mjs";
import { startId } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const typed = "Sorting out the gas bill for Penrose Flats";

/** Back, twice: each earlier entry loads from empty storage and shows nothing of the last person. */
async function expectBackShowsNothing(page, traces) {
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await expect(page.locator("#loading")).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/(questions/${startId})?$`));
    await expectNoneOnPage(page, traces, `the page Back reached (${i + 1})`);
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  }
}

test.beforeEach(async ({ page }) => {
  // The print dialog cannot be driven headless; count the calls instead.
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
});

test("on a kiosk's outcome page: Print, then Finish and clear wipes and starts again", async ({ page }) => {
  await startKiosk(page);
  await completeJourney(page, { ...selfHelpBudget.answers, "help-most": typed });
  await new OutcomePage(page).expectOutcome(selfHelpBudget.outcome);
  const finish = new FinishAndClear(page);
  await expect(finish.section).toBeVisible();
  await expectNoViolations(page, "the kiosk's outcome page");

  await finish.printButton.click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);

  await finish.finishButton.click();
  await page.waitForURL((u) => u.pathname === "/");
  const start = new StartPage(page);
  await start.waitForApp();
  await expect(start.heading).toHaveText(start.t("start-title"));
  await expect(start.startButton).toBeVisible();
  await expectWiped(page);
  await expectBackShowsNothing(page, [typed]);
});

test("on a kiosk's referral summary: Finish and clear removes the person's details", async ({ page }) => {
  await startKiosk(page);
  const summary = await toReferralSummary(page);
  const finish = new FinishAndClear(page);
  await expect(finish.section).toBeVisible();
  // The summary has its own Print, already the first button.
  await expect(finish.printButton).toHaveCount(0);
  await expect(summary.printButton).toBeVisible();
  await expectNoViolations(page, "the kiosk's referral summary");
  expect(Object.keys((await storedKeys(page)).local), "a kiosk writes nothing to localStorage").toEqual([]);
  expect((await storedTallies(page))?.days, "the outcome was counted").toBeTruthy();

  await finish.finishButton.click();
  await page.waitForURL((u) => u.pathname === "/");
  await new StartPage(page).waitForApp();
  await expectWiped(page);
  const traces = [person.name, person.phone, person.email, words];
  await expectNoneOnPage(page, traces, "the start page after Finish and clear");
  await expectBackShowsNothing(page, traces);
});

test("a resident's outcome page has no Finish and clear and no extra Print", async ({ page }) => {
  await completeJourney(page, selfHelpBudget.answers);
  await new OutcomePage(page).expectOutcome(selfHelpBudget.outcome);
  const finish = new FinishAndClear(page);
  await expect(finish.section).toHaveCount(0);
  await expect(finish.finishButton).toHaveCount(0);
  await expect(finish.printButton).toHaveCount(0);
});
