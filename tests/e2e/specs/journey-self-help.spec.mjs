// A person clicks from the start page to a self-help outcome.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, startAndWalk, CheckAnswersPage, OutcomePage, QuestionPage, StartPage } from "../support/journey.mjs";
import { selfHelpBudget, selfHelpDebts } from "../support/journeys.mjs";
import { t, questionText, startId } from "../support/content.mjs";

test("start page has the heading and a Start now button to the first question", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await expect(start.heading).toHaveText(t("start-title"));
  await expect(start.startButton).toHaveAttribute("href", `/questions/${startId}`);
  await expect(page).toHaveTitle(new RegExp(t("service-name")));
});

test("clicking through to the budget self-help outcome", { tag: "@smoke" }, async ({ page, context }) => {
  const visited = await completeJourney(page, selfHelpBudget.answers);
  expect(visited).toEqual(Object.keys(selfHelpBudget.answers));
  const outcome = new OutcomePage(page);
  await outcome.expectOutcome(selfHelpBudget.outcome);
  await expect(outcome.heading).toBeFocused();
  // Privacy: nothing in cookies, everything in localStorage under "signpost:".
  expect(await context.cookies()).toEqual([]);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.length).toBeGreaterThan(0);
  for (const k of keys) expect(k).toMatch(/^signpost:/);
});

test("check your answers lists every question answered, then shows the debts self-help outcome", async ({ page }) => {
  const visited = await startAndWalk(page, selfHelpDebts.answers);
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await expect(check.heading).toBeFocused();
  expect(await check.listedQuestions()).toEqual(visited.map(questionText));
  await expect(check.answer("debt-total")).toContainText("850.50");
  await expect(check.answer("help-most")).toContainText(selfHelpDebts.answers["help-most"]);
  await check.seeResult.click();
  await new OutcomePage(page).expectOutcome(selfHelpDebts.outcome);
});

test("Start again from the outcome clears the answers", async ({ page }) => {
  await completeJourney(page, selfHelpBudget.answers);
  const outcome = new OutcomePage(page);
  await outcome.startAgainLink.click();
  await expect(page).toHaveURL(/\/(questions\/[^/]+)?$/);
  if (new URL(page.url()).pathname === "/") await new StartPage(page).start();
  const q = new QuestionPage(page);
  await q.expectQuestion(startId);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
});
