// Consent per group: declining leaves those details out of every output, including details
// already typed in before the person changed their mind.
import { test, expect } from "../support/fixtures.mjs";
import { toReferralSummary, person, debts, expectNoText } from "../support/referral-journey.mjs";
import { ConsentPage } from "../pages/referral-pages.mjs";
import { ReferralSummaryPage } from "../pages/referral-summary-page.mjs";
import { t, node, optionLabel } from "../support/content.mjs";

test("declining every group leaves no personal detail in the JSON, the text, the QR code or the page", async ({ page }) => {
  // Everything is shared and typed in first; then the person changes their mind.
  let summary = await toReferralSummary(page);
  await page.getByRole("link", { name: new RegExp(`^${t("check-change")}\\s+${t("summary-consent")}`) }).click();
  const consent = new ConsentPage(page);
  await consent.expectShown();
  await consent.submit({ contact: false, householdMoney: false, healthSafety: false });
  await page.goto(ReferralSummaryPage.path);
  summary = new ReferralSummaryPage(page);
  await summary.expectShown();

  const { json } = await summary.downloadJson();
  const jsonText = JSON.stringify(json);
  const { text } = await summary.downloadText();
  const qr = await summary.decodeQr();
  const pageText = await page.locator("main").innerText();

  const personal = [
    person.name, person.phone, person.email, person.safeTimes, person.access,
    ...debts.map((d) => d.owedTo),
    // Household and money answers from the questions.
    optionLabel("children-ages", "5-to-10"), "850.50",
    // Health and safety answers and flags.
    optionLabel("health", "mental-health"),
  ];
  for (const [what, out] of [["JSON", jsonText], ["text", text], ["QR code", qr], ["page", pageText]]) {
    await expectNoText(out, personal, what);
  }
  expect(json.contact ?? null).toBeNull();
  expect(json.money ?? null).toBeNull();
  expect(json.debts ?? null).toBeNull();
  expect(json.household ?? null).toBeNull();
  expect(json.needs.map((n) => n.code)).not.toContain("mental-health");
  expect(json.needs.map((n) => n.code)).not.toContain("carer");
  expect(json.consent).toMatchObject({ contact: false, household_money: false, health_safety: false });
  expect(json.consent.withheld).toEqual(["contact", "household-money", "health-safety"]);
  expect(json.answers.map((a) => a.id)).not.toContain("health");
  expect(json.answers.map((a) => a.id)).not.toContain("children");
  // What they need help with is always there.
  expect(json.needs.map((n) => n.code)).toContain("rent-arrears");
  expect(qr).toContain("WITHHELD:contact,household-money,health-safety");
  await expect(page.locator("main")).toContainText(t("summary-not-shared"));
});

test("consent is recorded with its time and the wording version", async ({ page }) => {
  const before = Date.now();
  const summary = await toReferralSummary(page, { consent: { healthSafety: false } });
  const { json } = await summary.downloadJson();
  const recorded = Date.parse(json.consent.recorded_at);
  expect(recorded).toBeGreaterThanOrEqual(before - 1000);
  expect(recorded).toBeLessThanOrEqual(Date.now());
  expect(json.consent.wording_version).toMatch(/^consent-\d+$/);
  expect(json.consent.withheld).toEqual(["health-safety"]);
  expect(json.contact.name).toBe(person.name);
  expect(node("health").consent).toBe("health-safety");
});
