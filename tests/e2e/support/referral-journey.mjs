// Answers and referral details for the referral specs, and a walk from the start page to the
// referral summary through every referral page.
import { expect } from "@playwright/test";
import { completeJourney } from "./journey.mjs";
import { severalNeeds } from "./journeys.mjs";
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

/**
 * Rent arrears, benefit deductions, two children, a carer with mental health needs: the
 * referral outcome, with answers in every consent group (household and money; health and
 * safety) so the declined-consent spec can look for each.
 */
export const referralAnswers = {
  ...severalNeeds.answers,
  health: ["mental-health"],
  carer: "yes",
  "priority-register": "no",
  "debt-total": "850.50",
};

/** Personal details that are distinctive enough to search for in every output. */
export const person = {
  name: "Morwenna Tregarthen",
  method: "phone",
  phone: "07700 900123",
  email: "morwenna@example.org",
  safeTimes: "Weekday mornings before 11",
  leaveMessage: false,
  language: "English",
  access: "Large print letters please",
};

export const words = "Keeping my home for my two children";

export const debts = [
  { kind: "rent", owedTo: "Kernow Homes Lettings", amount: "1200", arrears: "600" },
  { kind: "cards", owedTo: "Zephyr Credit Card Co", amount: "2350.75" },
];

/**
 * From the start page to the referral summary. `consent`: { contact, householdMoney,
 * healthSafety } (default all yes); pages of declined groups are skipped, as the app skips them.
 * `answers`: the questions' answers (default referralAnswers).
 */
export async function toReferralSummary(page, { answers = referralAnswers, ...opts } = {}) {
  await completeJourney(page, answers);
  return referralFromOutcome(page, opts);
}

/** From a results page that offers a referral, through every referral page to the summary. */
export async function referralFromOutcome(page, { consent = {}, area = "Truro", money = "quick" } = {}) {
  const choices = { contact: true, householdMoney: true, healthSafety: true, ...consent };
  await referralStartButton(page).click();
  const consentPage = new ConsentPage(page);
  await consentPage.expectShown();
  await consentPage.submit(choices);
  if (choices.contact) {
    const contact = new ContactPage(page);
    await contact.expectAt(ContactPage.path);
    await contact.submit(person);
  }
  const areaPage = new AreaPage(page);
  await areaPage.expectAt(AreaPage.path);
  await areaPage.submit(area);
  const whatMatters = new WhatMattersPage(page);
  await whatMatters.expectAt(WhatMattersPage.path);
  await whatMatters.submit(words);
  if (choices.householdMoney) {
    const moneyPages = new MoneyPages(page);
    await moneyPages.expectAt(MoneyPages.path);
    if (money === "quick") {
      await moneyPages.chooseRoute("quick");
      await moneyPages.submitQuick({ income: "1450", fixed: "980.40", flexible: "610" });
    } else {
      await moneyPages.chooseRoute("detailed");
      await moneyPages.submitDetailed({
        income: { earnings: "1100", benefits: "350" },
        fixed: { "home-contents": "725", utilities: "155.40", "transport-travel": "100" },
        flexible: { "food-housekeeping": "420", "communications-leisure": "45", personal: "145" },
      });
    }
    const debtsPages = new DebtsPages(page);
    await debtsPages.expectAt(DebtsPages.path);
    for (const d of debts) await debtsPages.addDebt(d);
    await debtsPages.finish();
  }
  const summary = new ReferralSummaryPage(page);
  await summary.expectShown();
  return summary;
}

export async function expectNoText(haystack, needles, where) {
  for (const n of needles) expect(haystack, `${where} must not contain "${n}"`).not.toContain(n);
}
