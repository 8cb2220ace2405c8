// A referral completed in the browser and handed over without a server: the JSON download
// validates against the schema the app publishes, the QR code decodes to the same summary, the
// text download and the clipboard carry the same text, and the page prints on A4.
import { test, expect } from "../support/fixtures.mjs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { toReferralSummary, person, words, debts } from "../support/referral-journey.mjs";
import { parseQr } from "../pages/referral-summary-page.mjs";
import { t } from "../support/content.mjs";

async function publishedSchema(page) {
  const res = await page.request.get("/schema/referral-summary-1.schema.json");
  expect(res.ok(), "the schema is published with the app").toBe(true);
  return res.json();
}

function validator(schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

test("the JSON download validates against the published schema and says what the page says", async ({ page }) => {
  const summary = await toReferralSummary(page, { money: "detailed" });
  const { name, json } = await summary.downloadJson();
  const validate = validator(await publishedSchema(page));
  expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);

  expect(name).toBe(`referral-${json.reference}.json`);
  expect(json.reference).toMatch(/^SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(json.locale).toBe("en-GB");
  expect(json.tier.code).toBe("referral");
  expect(json.contact.name).toBe(person.name);
  expect(json.contact.phone).toBe(person.phone);
  expect(json.own_words).toBe(words);
  expect(json.debts.items.map((d) => [d.kind, d.owed_to, d.priority])).toEqual([
    ["rent", debts[0].owedTo, true],
    ["cards", debts[1].owedTo, false],
  ]);
  expect(json.debts.priority_total_pence).toBe(120000);
  expect(json.debts.non_priority_total_pence).toBe(235075);
  // Detailed route: 1,450 in; 980.40 fixed + 610 flexible out.
  expect(json.money.income_pence).toBe(145000);
  expect(json.money.spending_pence).toBe(159040);
  expect(json.money.surplus_pence).toBe(-14040);
  expect(json.consent).toMatchObject({ contact: true, household_money: true, health_safety: true, withheld: [] });
  expect(json.members.length).toBeGreaterThan(0);
  expect(json.members.length).toBeLessThanOrEqual(3);

  // The page shows the same reference, members and words.
  const main = page.locator("main");
  await expect(main).toContainText(json.reference);
  for (const m of json.members) await expect(main).toContainText(m.organisation);
  await expect(main).toContainText(words);
  await expect(main).toContainText(person.name);
});

test("the QR code decodes to the summary's reference, level, needs, money and contact", async ({ page }) => {
  const summary = await toReferralSummary(page);
  const { json } = await summary.downloadJson();
  const qr = parseQr(await summary.decodeQr());
  expect(await summary.qrComplete()).toBe(true);
  expect(qr.PART).toBeUndefined();
  expect(qr.REF).toBe(json.reference);
  expect(qr.TIER).toBe(json.tier.code);
  expect(qr.NEEDS.split(",")).toEqual(json.needs.map((n) => n.code));
  expect(qr.NAME).toBe(person.name);
  expect(qr.PHONE).toBe(person.phone);
  expect(qr.PRIORITY).toBe("1200");
  expect(qr.NONPRIORITY).toBe("2350.75");
  expect(qr.IN).toBe("1450");
  expect(qr.MEMBERS.split(",")).toEqual(json.members.map((m) => m.id));
  expect(qr.WORDS).toBe(words);
});

test("the text download and Copy carry the same plain text", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const summary = await toReferralSummary(page);
  const { name, text } = await summary.downloadText();
  expect(name).toMatch(/^referral-SP-.*\.txt$/);
  expect(text).toContain(person.name);
  expect(text).toContain(words);
  await summary.copyButton.click();
  await expect(summary.status).toHaveText(t("handoff-copied"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(text);
});

test("the summary prints on A4 without navigation, with its reference", async ({ page }) => {
  const summary = await toReferralSummary(page);
  const reference = (await summary.downloadJson()).json.reference;
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.header")).toBeHidden();
  await expect(page.locator("footer.footer")).toBeHidden();
  await expect(summary.printButton).toBeHidden();
  const printed = page.locator(".print-reference");
  await expect(printed).toBeVisible();
  await expect(printed).toContainText(reference);
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.screenshot({ path: "screenshots/referral-summary-print.png", fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test("the email link carries only the summary text, and opens the person's own email app", async ({ page }) => {
  const summary = await toReferralSummary(page);
  const href = await summary.emailLink.getAttribute("href");
  expect(href.startsWith("mailto:?subject=")).toBe(true);
  const body = decodeURIComponent(href.split("&body=")[1]);
  const { text } = await summary.downloadText();
  expect(body).toBe(text);
});
