// Continue without a valid answer: an error summary, "Error: " in the title, links to the field.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, QuestionPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { t, startId, questionText } from "../support/content.mjs";

const answers = selfHelpDebts.answers;

test("Continue with no choice shows the error summary, focused, and its link focuses the field", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: startId });
  const q = new QuestionPage(page);
  await q.continueExpectingError();
  await expect(q.errorSummary).toBeFocused();
  await expect(q.errorSummary.getByRole("heading")).toHaveText(t("error-summary-title"));
  await expect(page).toHaveTitle(`${t("error-prefix")} ${questionText(startId)} – ${t("service-name")}`);
  await expect(q.errorLinks).toHaveCount(1);
  await expect(q.errorLinks.first()).toHaveText(t("error-choose-one"));
  await q.errorLinks.first().click();
  await expect(q.radio(startId, "yes")).toBeFocused();
  // Still on the same question; answering clears the error.
  await q.expectQuestion(startId);
  await q.answer(startId, "yes");
  await q.continue();
  await q.expectQuestion("food-today");
  await expect(page).not.toHaveTitle(/^Error:/);
});

test("Continue with no box ticked on a multiple choice question", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "debt-types" });
  const q = new QuestionPage(page);
  await q.continueExpectingError();
  await expect(q.errorLinks.first()).toHaveText(t("error-choose-at-least-one"));
  await q.errorLinks.first().click();
  await expect(page.getByRole("checkbox").first()).toBeFocused();
});

test("an amount with three decimal places is refused, and the link focuses the amount", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "debt-total" });
  const q = new QuestionPage(page);
  await q.answer("debt-total", "12.345");
  await q.continueExpectingError();
  await expect(q.errorSummary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(q.errorLinks.first()).toHaveText(t("error-money-format"));
  // The message is also shown by the field and announced with it.
  await expect(q.input("debt-total")).toHaveAccessibleDescription(new RegExp(t("error-money-format").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await q.errorLinks.first().click();
  await expect(q.input("debt-total")).toBeFocused();
  await expect(q.input("debt-total")).toHaveValue("12.345");
});

test("an empty amount is refused", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "debt-total" });
  const q = new QuestionPage(page);
  await q.continueExpectingError();
  await expect(q.errorLinks.first()).toHaveText(t("error-money-missing"));
});

test("an impossible date is refused", async ({ page }) => {
  await startAndWalk(page, { ...answers, "urgent-problems": ["court-papers"], "court-papers-kind": "other" }, { stopAt: "court-date" });
  const q = new QuestionPage(page);
  await q.answer("court-date", { day: 31, month: 2, year: new Date().getFullYear() + 1 });
  await q.continueExpectingError();
  await expect(q.errorLinks.first()).toHaveText(t("error-date-invalid"));
  await q.errorLinks.first().click();
  await expect(q.datePart("day")).toBeFocused();
});
