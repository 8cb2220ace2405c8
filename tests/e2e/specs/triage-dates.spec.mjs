// Dates to act by (issue 16): every date a person gives is on the results page, in the coloured
// panel under "Dates to act by", earliest first, whether it is urgent or not; and in the
// referral summary, on the page and in the JSON download (urgency.deadlines, schema 1.2.0),
// where a date inside its urgency window says what it raised.
import { test, expect } from "../support/fixtures.mjs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { completeJourney, OutcomePage, dateFromToday } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { referralFromOutcome } from "../support/referral-journey.mjs";
import { t, tWith, node, longDate, workingDaysUntil } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const bailiffs = dateFromToday(2);
const hearing = dateFromToday(21);

/** Council tax arrears, bailiffs coming in 2 days and a court hearing in 3 weeks. */
const twoDates = {
  answers: {
    ...selfHelpBudget.answers,
    "main-worry": "debts",
    "debt-types": ["council-tax"],
    "debt-total": "1450",
    "urgent-problems": ["bailiffs", "court-papers"],
    "bailiff-date": bailiffs,
    "court-papers-kind": "hearing",
    "hearing-date": hearing,
  },
  outcome: "act-today-bailiffs",
};

const iso = ({ day, month, year }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** "Bailiffs' visit: 8 December 2026", as the results page writes a date. */
const named = (question, date) =>
  tWith("en-GB", "deadline-named", { label: t(node(question).deadline.label), date: longDate("en-GB", date) });

test("both dates are on the results page and in the referral summary, earliest first", async ({ page }) => {
  // The windows (content/tree/debts.json): bailiffs' visit 5 working days, hearing 10. Whatever
  // today is (weekends, bank holidays), 2 days away is inside and 3 weeks away is outside.
  expect(workingDaysUntil(bailiffs)).toBeLessThanOrEqual(5);
  expect(workingDaysUntil(hearing)).toBeGreaterThan(10);

  const visited = await completeJourney(page, twoDates.answers);
  expect(visited).toEqual(expect.arrayContaining(["bailiff-date", "court-papers-kind", "hearing-date"]));
  const outcome = new OutcomePage(page);
  // The bailiffs' visit is urgent; the hearing three weeks away is not (not act-today-court).
  await outcome.expectOutcome(twoDates.outcome);

  // In the coloured panel, under its own heading: bailiffs first, then the hearing.
  const panel = page.locator(".panel");
  await expect(panel).toHaveClass(/panel--urgent/);
  await expect(panel.getByRole("heading", { name: t("outcome-dates"), exact: true })).toBeVisible();
  const dates = panel.locator("ul.deadlines > li.deadline");
  await expect(dates).toHaveText([named("bailiff-date", bailiffs), named("hearing-date", hearing)]);
  await expectNoViolations(page, "the results page with two dates to act by");

  // The referral summary lists both, earliest first.
  const summary = await referralFromOutcome(page);
  const row = page.locator(".summary-list__row").filter({
    has: page.locator(".summary-list__key", { hasText: t("summary-deadlines") }),
  });
  await expect(row.locator(".summary-list__value li")).toHaveText([
    `${longDate("en-GB", bailiffs)} – ${t("deadline-bailiffs")}`,
    `${longDate("en-GB", hearing)} – ${t("deadline-hearing")}`,
  ]);

  // The JSON download: both dates, the near one with what it raised, valid against the schema.
  const { json } = await summary.downloadJson();
  const res = await page.request.get("/schema/referral-summary-1.schema.json");
  expect(res.ok()).toBe(true);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(await res.json());
  expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(json.schema_version).toBe("1.3.0");
  expect(json.urgency.urgent).toBe(true);
  expect(json.urgency.earliest_deadline).toBe(iso(bailiffs));
  const [near, far] = json.urgency.deadlines;
  expect(json.urgency.deadlines).toHaveLength(2);
  expect(near).toEqual({
    date: iso(bailiffs),
    label: t("deadline-bailiffs"),
    label_en: t("deadline-bailiffs"),
    question: "bailiff-date",
    flag: node("bailiff-date").deadline.flag,
    raised: ["deadline-soon"],
  });
  expect(far).toEqual({
    date: iso(hearing),
    label: t("deadline-hearing"),
    label_en: t("deadline-hearing"),
    question: "hearing-date",
    flag: node("hearing-date").deadline.flag,
  });
  expect(far).not.toHaveProperty("raised");
});

test("a date outside its window is still listed, on a result that is not urgent", async ({ page }) => {
  expect(workingDaysUntil(hearing)).toBeGreaterThan(10);
  const answers = {
    ...twoDates.answers,
    "urgent-problems": ["court-papers"],
  };
  delete answers["bailiff-date"];
  const visited = await completeJourney(page, answers);
  expect(visited).not.toContain("bailiff-date");
  // Court papers on a priority debt reach an adviser, not an act-today outcome.
  await new OutcomePage(page).expectOutcome("see-an-adviser");
  const panel = page.locator(".panel");
  await expect(panel).not.toHaveClass(/panel--urgent/);
  await expect(panel.getByRole("heading", { name: t("outcome-dates"), exact: true })).toBeVisible();
  await expect(panel.locator("ul.deadlines > li.deadline")).toHaveText([named("hearing-date", hearing)]);
});
