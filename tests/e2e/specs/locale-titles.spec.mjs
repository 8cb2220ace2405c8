// The page title follows the language: "<heading> – <service name>", with the locale's
// "Error:" prefix when the page shows an error.
import { test, expect } from "../support/fixtures.mjs";
import { StartPage, QuestionPage } from "../support/journey.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { NotFoundPage } from "../pages/not-found-page.mjs";
import { locales, startId, tFor, questionTextFor } from "../support/content.mjs";

for (const locale of ["cy", "ar"]) {
  test(`titles and the error prefix in ${locale}`, async ({ page, context }) => {
    expect(locales, `settings.json "locales" should offer ${locale}`).toContain(locale);
    await useLocale(context, locale);
    const service = tFor(locale, "service-name");
    const start = new StartPage(page, locale);
    await start.goto();
    await expect(page).toHaveTitle(`${tFor(locale, "start-title")} – ${service}`);
    await start.start();
    const q = new QuestionPage(page, locale);
    await q.expectQuestion(startId);
    await expect(page).toHaveTitle(`${questionTextFor(locale, startId)} – ${service}`);
    await q.continueExpectingError();
    await expect(page).toHaveTitle(`${tFor(locale, "error-prefix")} ${questionTextFor(locale, startId)} – ${service}`);
    await expect(q.errorSummary.getByRole("heading")).toHaveText(tFor(locale, "error-summary-title"));
    await expect(q.errorLinks.first()).toHaveText(tFor(locale, "error-choose-one"));
    const nf = new NotFoundPage(page, locale);
    await nf.goto("/no-such-page");
    await nf.expectShown();
    await expect(page).toHaveTitle(`${tFor(locale, "not-found-title")} – ${service}`);
  });
}
