// axe-core finds no WCAG 2.2 A or AA problems on any referral page: consent (with and without
// errors), contact, area, own words, money (both routes), debts (list, add with errors, remove)
// and the summary, in English and in Arabic (right to left).
import { test } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { completeJourney } from "../support/journey.mjs";
import { referralAnswers, person, debts } from "../support/referral-journey.mjs";
import {
  ConsentPage,
  ContactPage,
  AreaPage,
  WhatMattersPage,
  MoneyPages,
  DebtsPages,
  referralStartButton,
} from "../pages/referral-pages.mjs";
import { ReferralSummaryPage } from "../pages/referral-summary-page.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";

for (const [locale, money] of [["en-GB", "quick"], ["ar", "detailed"]]) {
  test(`every referral page in ${locale}`, async ({ page }) => {
    // A whole journey and eleven axe scans: 30-33 s on a 2-core machine (2026-12-03), near
    // the 60 s default on a busy one.
    test.setTimeout(90_000);
    await completeJourney(page, referralAnswers);
    if (locale !== "en-GB") await new LanguageSwitch(page).switchTo(locale);
    await referralStartButton(page, locale).click();

    const consent = new ConsentPage(page, locale);
    await consent.expectShown();
    await expectNoViolations(page, `consent (${locale})`);
    await consent.continueWithErrors();
    await expectNoViolations(page, `consent with errors (${locale})`);
    await consent.submit({});

    const contact = new ContactPage(page, locale);
    await contact.expectAt(ContactPage.path);
    await expectNoViolations(page, `contact (${locale})`);
    await contact.submit(person);

    const area = new AreaPage(page, locale);
    await area.expectAt(AreaPage.path);
    await expectNoViolations(page, `area (${locale})`);
    await area.submit("Truro");

    const words = new WhatMattersPage(page, locale);
    await expectNoViolations(page, `what matters (${locale})`);
    await words.submit("Keeping my home");

    const moneyPages = new MoneyPages(page, locale);
    await moneyPages.expectAt(MoneyPages.path);
    await expectNoViolations(page, `money route (${locale})`);
    await moneyPages.chooseRoute(money);
    await expectNoViolations(page, `first ${money} money page (${locale})`);
    if (money === "quick") await moneyPages.submitQuick({ income: "1450", fixed: "900", flexible: "600" });
    else await moneyPages.submitDetailed({ income: { earnings: "1100" } });

    const debtsPages = new DebtsPages(page, locale);
    await debtsPages.expectAt(DebtsPages.path);
    await expectNoViolations(page, `empty debts list (${locale})`);
    await debtsPages.continue(debtsPages.addButton);
    await debtsPages.continueWithErrors(debtsPages.saveButton);
    await expectNoViolations(page, `add a debt with errors (${locale})`);
    await debtsPages.fillDebt(debts[0]);
    await debtsPages.continue(debtsPages.saveButton);
    await expectNoViolations(page, `debts list (${locale})`);
    await debtsPages.finish();

    await new ReferralSummaryPage(page, locale).expectShown();
    await expectNoViolations(page, `referral summary (${locale})`);
  });
}
