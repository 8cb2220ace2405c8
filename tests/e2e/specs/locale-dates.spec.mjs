// Dates are written in the person's language: month names (month-1 … month-12) and the order of
// date-long, on Check your answers (a date answer) and on the outcome (the date to act by, and
// when each guide was last checked).
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalkIn } from "../support/locale-journey.mjs";
import { deadlineTomorrow } from "../support/journeys.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { CheckAnswersPage } from "../pages/check-answers-page.mjs";
import { OutcomePage } from "../pages/outcome-page.mjs";
import { BasePage } from "../pages/base-page.mjs";
import { defaultLocale, locales, longDate, tFor, tWith, node, guide, parseIsoDate } from "../support/content.mjs";

const date = deadlineTomorrow.answers["court-date"];

for (const locale of [defaultLocale, "cy", "pl", "ar"]) {
  test(`dates on Check your answers and the outcome are in ${locale}`, async ({ page, context }) => {
    expect(locales, `settings.json "locales" should offer ${locale}`).toContain(locale);
    await useLocale(context, locale);
    await startAndWalkIn(page, locale, deadlineTomorrow.answers);
    const check = new CheckAnswersPage(page, locale);
    await check.expectShown();
    const written = longDate(locale, date);
    // The month is named (month-N), not numbered.
    expect(written).toContain(tFor(locale, `month-${date.month}`));
    await expect(check.answer("court-date")).toHaveText(written);

    await check.seeResult.click();
    const outcome = new OutcomePage(page, locale);
    await outcome.expectOutcome(deadlineTomorrow.outcome);
    const main = page.getByRole("main");
    await expect(main.getByText(tWith(locale, "deadline-named", { label: tFor(locale, node("court-date").deadline.label), date: written }), { exact: true })).toBeVisible();
    for (const id of node(deadlineTomorrow.outcome).guides ?? []) {
      const reviewed = tWith(locale, "outcome-reviewed", { date: longDate(locale, parseIsoDate(guide(id).last_reviewed)) });
      await expect(main.getByText(reviewed, { exact: true }).first()).toBeVisible();
    }
    // The page text carries no Fluent isolation marks that would break copying the date.
    const text = BasePage.clean(await main.innerText());
    expect(text).toContain(written);
  });
}
