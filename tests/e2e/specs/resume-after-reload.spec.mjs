// A resident coming back: the start page offers "Carry on where you left off, or start again",
// says how long ago the answers were saved, and Carry on reaches the right question with the
// earlier answers kept.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, StartPage, QuestionPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { ResumeSection, plural } from "../pages/exit-pages.mjs";
import { t } from "../support/content.mjs";

const answers = selfHelpDebts.answers;
const KEY = "signpost:v1:answers";

test("coming back after two hours offers to carry on, and carrying on keeps the answers", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "urgent-problems" });
  // Two hours and a minute pass (the save is made older, as the clock cannot be put forward
  // across a reload without also moving the time of the next save).
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key));
    saved.saved_at = Date.now() - (2 * 60 + 1) * 60_000;
    localStorage.setItem(key, JSON.stringify(saved));
  }, KEY);
  await page.goto("/");
  const start = new StartPage(page);
  await start.waitForApp();
  const resume = new ResumeSection(page);
  await expect(resume.region).toBeVisible();
  await expect(resume.region).toContainText(plural("en-GB", "resume-saved-hours", 2));
  await expect(start.startButton).toHaveCount(0);
  // Reading the save does not make it newer: a second reload still says two hours.
  await page.reload();
  await expect(resume.region).toContainText(plural("en-GB", "resume-saved-hours", 2));

  await resume.carryOn.click();
  const q = new QuestionPage(page);
  await q.expectQuestion("urgent-problems");
  await q.backLink.click();
  await q.expectQuestion("debt-total");
  await q.expectAnswered("debt-total", answers["debt-total"]);
});

test("answers given just now say so, and Start again begins with nothing kept", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "home" });
  await page.goto("/");
  const resume = new ResumeSection(page);
  await expect(resume.region).toContainText(t("resume-saved-now"));
  await resume.startAgain.click();
  const q = new QuestionPage(page);
  await q.expectQuestion(startId);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.goto("/");
  await expect(resume.region).toHaveCount(0);
  await expect(new StartPage(page).startButton).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});
