// A double-click on Continue answers one question, not two. The second click of a double-click
// used to land on the next question's Continue (when that page had already replaced the first)
// and submit it empty: an error on a question the person had not even read, or an optional
// question skipped. As GOV.UK Frontend's button does, the second click is now ignored.
import { test, expect } from "../support/fixtures.mjs";
import { StartPage, QuestionPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { storedKeys } from "../support/kiosk.mjs";
import { t } from "../support/content.mjs";

/** Presses the mouse on the middle of `locator`, as the `n`th click of a run of clicks. */
async function clickNumber(page, locator, n) {
  const box = await locator.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ clickCount: n });
  await page.mouse.up({ clickCount: n });
}

test("the second click of a double-click does not submit the next question", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  const q = new QuestionPage(page);
  await q.answer(startId, selfHelpDebts.answers[startId]);
  await clickNumber(page, q.continueButton, 1);
  await expect(page).not.toHaveURL(new RegExp(`/questions/${startId}$`));
  const next = q.currentId();
  // The second click of the same double-click arrives on the new page's Continue.
  await clickNumber(page, q.continueButton, 2);
  await page.waitForTimeout(300);
  await expect(q.errorSummary).toHaveCount(0);
  expect(q.currentId()).toBe(next);
  const saved = JSON.parse((await storedKeys(page)).local["signpost:v1:answers"]);
  expect(Object.keys(saved.answers)).toEqual([startId]);
  // A click of its own still works as ever (here: nothing chosen, so the error).
  await clickNumber(page, q.continueButton, 1);
  await expect(q.errorSummary).toContainText(t("error-summary-title"));
});
