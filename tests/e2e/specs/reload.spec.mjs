// Answers live in localStorage: reloading (or coming back later) carries on where the person was.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, walk, QuestionPage, CheckAnswersPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";

const answers = selfHelpDebts.answers;

test("reloading a question page keeps the place and the answers", { tag: "@smoke" }, async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "urgent-problems" });
  const q = new QuestionPage(page);
  await q.answer("urgent-problems", answers["urgent-problems"]);
  await page.reload();
  await q.waitForApp();
  await q.expectQuestion("urgent-problems");
  // Earlier answers survive the reload.
  await q.backLink.click();
  await q.expectQuestion("debt-total");
  await q.expectAnswered("debt-total", answers["debt-total"]);
  await q.backLink.click();
  await q.expectQuestion("debt-types");
  await q.expectAnswered("debt-types", answers["debt-types"]);
  // Stored on the device only, under "signpost:" keys.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.length).toBeGreaterThan(0);
  for (const k of keys) expect(k).toMatch(/^signpost:/);
});

test("opening a later question's address in a new tab carries on, then finishes", async ({ page, context }) => {
  await startAndWalk(page, answers, { stopAt: "benefits-now" });
  const second = await context.newPage();
  const q = new QuestionPage(second);
  await q.goto("benefits-now");
  await q.expectQuestion("benefits-now");
  await walk(second, answers, { focusFirst: false });
  await new CheckAnswersPage(second).expectShown();
});
