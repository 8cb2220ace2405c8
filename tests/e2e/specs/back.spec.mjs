// The browser's Back button and the page's Back link return to the previous question with the
// answer still there.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, QuestionPage, StartPage, CheckAnswersPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { startId, t } from "../support/content.mjs";

const answers = selfHelpDebts.answers;

test("browser Back shows the previous question with its answer still selected", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "food-today" });
  await page.goBack();
  const q = new QuestionPage(page);
  await q.expectQuestion(startId);
  await q.expectAnswered(startId, answers[startId]);
});

test("browser Back keeps a multiple choice and a money answer", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "urgent-problems" });
  const q = new QuestionPage(page);
  await page.goBack();
  await q.expectQuestion("debt-total");
  await q.expectAnswered("debt-total", answers["debt-total"]);
  await page.goBack();
  await q.expectQuestion("debt-types");
  await q.expectAnswered("debt-types", answers["debt-types"]);
  // Forward again: the answers still lead on.
  await page.goForward();
  await q.expectQuestion("debt-total");
});

test("the Back link goes to the previous question, and from the first to the start page", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "home" });
  const q = new QuestionPage(page);
  await q.backLink.click();
  await q.expectQuestion("energy-today");
  await q.expectAnswered("energy-today", answers["energy-today"]);
  await expect(q.heading).toBeFocused();
  await q.backLink.click();
  await q.expectQuestion("food-today");
  await q.expectAnswered("food-today", answers["food-today"]);
  await expect(q.heading).toBeFocused();
  await q.backLink.click();
  await q.expectQuestion(startId);
  await q.backLink.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(new StartPage(page).heading).toHaveText(t("start-title"));
});

test("the Back link on Check your answers goes to the last question answered", async ({ page }) => {
  const visited = await startAndWalk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await check.backLink.click();
  const q = new QuestionPage(page);
  const last = visited[visited.length - 1];
  await q.expectQuestion(last);
  if (last in answers) await q.expectAnswered(last, answers[last]);
});
