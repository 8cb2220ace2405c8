// Amounts: a decimal comma is read as pence ("1200,50" is £1,200.50), as people write amounts in
// Polish and much of Europe, while a comma before three digits still groups thousands. Check your
// answers writes the amount as the locale does ("£1,200.50"; "1 200,50 £" in Polish).
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalkIn } from "../support/locale-journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { QuestionPage } from "../pages/question-page.mjs";
import { CheckAnswersPage } from "../pages/check-answers-page.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { defaultLocale, locales, moneyFor, tWith } from "../support/content.mjs";

const id = "debt-total";

// Typed, pence, and what goes back into the box on Change.
const cases = [
  ["1200,50", 120050, "1200.50"],
  ["12,5", 1250, "12.50"],
  ["1,200", 120000, "1200.00"],
  ["£2 500,05", 250005, "2500.05"],
];

for (const locale of [defaultLocale, "pl"]) {
  test(`a decimal comma in an amount means pence (${locale})`, async ({ page, context }) => {
    expect(locales).toContain(locale);
    await useLocale(context, locale);
    await startAndWalkIn(page, locale, { ...selfHelpDebts.answers, [id]: cases[0][0] });
    const check = new CheckAnswersPage(page, locale);
    const q = new QuestionPage(page, locale);
    await check.expectShown();
    await expect(check.answer(id)).toHaveText(moneyFor(locale, cases[0][1]));
    for (const [typed, pence, boxed] of cases.slice(1)) {
      await check.change(id);
      await q.answer(id, typed);
      await q.continue();
      await check.expectShown();
      await expect(check.answer(id), `"${typed}"`).toHaveText(moneyFor(locale, pence));
      // Back in the box, the amount is written plainly.
      await check.change(id);
      await expect(q.input(id)).toHaveValue(boxed);
      await q.continue();
      await check.expectShown();
    }
  });
}

for (const locale of [defaultLocale, "pl"]) {
  test(`an amount over the limit is explained with the limit written for the locale (${locale})`, async ({ page, context }) => {
    await useLocale(context, locale);
    await startAndWalkIn(page, locale, selfHelpDebts.answers, { stopAt: id });
    const q = new QuestionPage(page, locale);
    await q.answer(id, "999999999999");
    await q.continueExpectingError();
    // The engine's ceiling is £100,000,000 (10,000,000,000 pence).
    const message = tWith(locale, "error-money-too-big", { limit: moneyFor(locale, 10_000_000_000) });
    await expect(q.errorLinks.first()).toHaveText(message);
  });
}
