// A double-click on Continue answers one question, not two: the second click used to land on
// the next question's Continue and submit it empty (its error, or a skipped optional question).
import { test, expect } from "../support/fixtures.mjs";
import { StartPage, QuestionPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { storedKeys } from "../support/kiosk.mjs";
import { t } from "../support/content.mjs";

test("double-clicking Continue moves on one question, with no error and nothing answered for it", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  const q = new QuestionPage(page);
  await q.answer(startId, selfHelpDebts.answers[startId]);
  await q.continueButton.dblclick();
  const next = q.currentId();
  await expect(page).not.toHaveURL(new RegExp(`/questions/${startId}$`));
  await expect(q.errorSummary).toHaveCount(0);
  // Give a late second submit time to show itself.
  await page.waitForTimeout(300);
  await expect(q.errorSummary).toHaveCount(0);
  expect(q.currentId()).toBe(next);
  const saved = JSON.parse((await storedKeys(page)).local["signpost:v1:answers"]);
  expect(Object.keys(saved.answers)).toEqual([startId]);
  // One click still works as ever.
  await q.continueButton.click();
  await expect(q.errorSummary).toContainText(t("error-summary-title"));
});
