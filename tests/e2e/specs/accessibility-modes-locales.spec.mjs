// The pages and pieces the three modes added, in Welsh and in Arabic (right to left): axe finds
// no WCAG 2.2 A or AA problem and nothing scrolls sideways at 320 px. en-GB is covered by the
// modes' own specs (exit-accessibility, kiosk-idle-reset, kiosk-tallies, adviser-accessibility).
import { test, expect } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";
import { startAndWalkIn, completeJourneyIn, walkIn } from "../support/locale-journey.mjs";
import { CheckAnswersPage } from "../pages/check-answers-page.mjs";
import { StayingSafePage, DeleteAnswersPage, ResumeSection } from "../pages/exit-pages.mjs";
import { IdleWarning, FinishAndClear, StaffPage } from "../pages/kiosk-pages.mjs";
import { AnswersPanel, WhyOutcome, useAdviserMode } from "../pages/adviser-pages.mjs";
import { startKiosk, putTallies } from "../support/kiosk.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { referralAnswers } from "../support/referral-journey.mjs";
import { dirFor } from "../support/content.mjs";
import { StartPage } from "../pages/start-page.mjs";

const widths = [320, 1080];

/** axe at 1080 px, then no sideways scrolling at 320 px; the page is in `locale` throughout. */
async function check(page, locale, name) {
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", locale);
  await expect(html).toHaveAttribute("dir", dirFor(locale));
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 1920 });
    // From the top: axe's target-size rule measures against the sticky exit bar.
    await page.evaluate(() => window.scrollTo(0, 0));
    if (width !== 320) await expectNoViolations(page, `${name} in ${locale}`);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect.soft(scroll, `${name} in ${locale} scrolls sideways at ${width} px`).toBeLessThanOrEqual(inner);
  }
}

/** Switches the page's language with the header's switch (kept for the mode's storage). */
async function switchTo(page, locale) {
  await new LanguageSwitch(page).switchTo(locale);
}

for (const locale of ["cy", "ar"]) {
  test.describe(locale, () => {
    test(`a resident's pages: resume, staying safe online, delete my answers (${locale})`, async ({ page }) => {
      const start = new StartPage(page);
      await start.goto();
      await switchTo(page, locale);
      await startAndWalkIn(page, locale, selfHelpBudget.answers, { stopAt: "food-today" });
      await page.goto("/");
      const resume = new ResumeSection(page, locale);
      await expect(resume.region).toBeVisible();
      await check(page, locale, "start with answers to carry on");

      const safe = new StayingSafePage(page, locale);
      await page.goto(StayingSafePage.path);
      await safe.expectShown();
      await check(page, locale, "staying safe online");

      const del = new DeleteAnswersPage(page, locale);
      await page.goto(DeleteAnswersPage.path);
      await del.expectShown();
      await check(page, locale, "delete my answers");
      await del.confirmButton.click();
      await del.expectDone();
      await check(page, locale, "answers deleted");
    });

    test(`a kiosk's pages: the inactivity warning, Finish and clear, the staff page (${locale})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.clock.install();
      await startKiosk(page, { idle: 30 });
      await switchTo(page, locale);
      await completeJourneyIn(page, locale, selfHelpBudget.answers);
      await expect(new FinishAndClear(page, locale).section).toBeVisible();
      await check(page, locale, "kiosk outcome with Finish and clear");

      const warning = new IdleWarning(page, locale);
      await page.clock.fastForward(31_000);
      await expect(warning.dialog).toBeVisible();
      await expectNoViolations(page, `the inactivity warning in ${locale}`);
      await warning.stayButton.click();
      await expect(warning.dialog).toBeHidden();

      await putTallies(page, { schema: 1, days: { "2026-11-20": { tiers: { referral: 2, urgent: 1 }, needs: { "rent-arrears": 2 } } } });
      const staff = new StaffPage(page, locale);
      await staff.goto();
      await expect(staff.table).toBeVisible();
      await check(page, locale, "staff page");
      await staff.deleteButton.click();
      await expect(staff.confirmHeading).toBeFocused();
      await check(page, locale, "staff page, confirming");
    });

    test(`an adviser's pieces: the answers panel and "Why this result?" (${locale})`, async ({ page }) => {
      test.setTimeout(90_000);
      await useAdviserMode(page);
      await switchTo(page, locale);
      await startAndWalkIn(page, locale, referralAnswers, { stopAt: "health" });
      await expect(new AnswersPanel(page, locale).region).toBeVisible();
      await check(page, locale, "question with the answers panel");

      await walkIn(page, locale, referralAnswers);
      await new CheckAnswersPage(page, locale).seeResult.click();
      await expect(page).toHaveURL(/\/outcome$/);
      const why = new WhyOutcome(page, locale);
      await why.open();
      await check(page, locale, "result with why");
    });
  });
}
