// Saved answers that cannot be read, or that no longer fit the questions, never break the app:
// the person is told in one sentence, and the start page works.
import { test, expect } from "../support/fixtures.mjs";
import { StartPage, QuestionPage, startId } from "../support/journey.mjs";
import { RestoredBanner, ResumeSection, plural } from "../pages/exit-pages.mjs";
import { t } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const KEY = "signpost:v1:answers";

/** Opens the start page with `value` in local storage before the app reads it. */
async function loadWithSaved(page, value) {
  // Written before the app's scripts run, on the first load only: no app is running to save
  // its own (empty) answers over it, and later loads see what the app made of it.
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem("test:seeded")) return;
      sessionStorage.setItem("test:seeded", "1");
      localStorage.setItem(k, v);
    },
    [KEY, value],
  );
  await page.goto("/");
  await new StartPage(page).waitForApp();
}

test("garbage in the saved answers: a notice, a fresh start page, and the save removed", async ({ page }) => {
  await loadWithSaved(page, '{"schema":1,"answers":[not json');
  const banner = new RestoredBanner(page);
  await expect(banner.region).toBeVisible();
  await expect(banner.region).toContainText(t("restored-corrupted"));
  await expectNoViolations(page, "the start page with the notice");
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await expect(new ResumeSection(page).region).toHaveCount(0);
  const start = new StartPage(page);
  await start.start();
  // Once the person answers, the notice has done its job.
  const q = new QuestionPage(page);
  await q.answer(startId, "yes");
  await q.continue();
  await expect(banner.region).toHaveCount(0);
});

test("an answer to a question that no longer exists is dropped, the rest kept, in one sentence", async ({ page }) => {
  const saved = {
    schema: 1,
    tree_version: "an older version",
    saved_at: Date.now() - 5 * 60_000,
    answers: {
      [startId]: { type: "choice", value: "yes" },
      "a-question-since-removed": { type: "choice", value: "yes" },
    },
  };
  await loadWithSaved(page, JSON.stringify(saved));
  const banner = new RestoredBanner(page);
  await expect(banner.region).toContainText(plural("en-GB", "restored-dropped", 1));
  const resume = new ResumeSection(page);
  await expect(resume.region).toContainText(plural("en-GB", "resume-saved-minutes", 5));
  await resume.carryOn.click();
  const q = new QuestionPage(page);
  await q.backLink.click();
  await q.expectQuestion(startId);
  await q.expectAnswered(startId, "yes");
});
