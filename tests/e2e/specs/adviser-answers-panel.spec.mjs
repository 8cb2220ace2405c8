// Adviser mode: beside each question, every answer so far with the current question marked;
// "Change" jumps back to an earlier answer, and Continue comes back to where the adviser was.
import { test, expect } from "../support/fixtures.mjs";
import { StartPage, QuestionPage, walk } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { optionLabel, questionText, t } from "../support/content.mjs";
import { AnswersPanel, useAdviserMode } from "../pages/adviser-pages.mjs";

const answers = selfHelpBudget.answers;

test("the panel lists the answers so far, and Change goes back and returns", async ({ page }) => {
  await useAdviserMode(page);
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  const visited = await walk(page, answers, { stopAt: "children" });
  expect(visited).toEqual(["safe-now", "food-today", "energy-today", "home", "main-worry", "adults"]);

  const panel = new AnswersPanel(page);
  await expect(panel.region).toBeVisible();
  await expect(panel.region.getByRole("heading", { level: 2 })).toHaveText(t("adviser-panel-title"));
  // Every answer in order, then the question on the page, marked and not yet answered.
  await expect(panel.items).toHaveCount(visited.length + 1);
  for (const [i, id] of visited.entries()) {
    const row = panel.items.nth(i);
    await expect(row).toContainText(questionText(id));
    const shown = id === "adults" ? answers.adults : optionLabel(id, answers[id]);
    await expect(row).toContainText(shown);
    await expect(panel.changeLink(id)).toHaveAttribute("href", `/questions/${id}?change=1`);
  }
  await expect(panel.current).toHaveCount(1);
  await expect(panel.current).toContainText(questionText("children"));
  await expect(panel.current).toContainText(t("adviser-panel-not-answered"));
  await expect(panel.current).toHaveAttribute("aria-current", "step");

  // Change an earlier answer: the panel marks that question, and Continue comes back.
  await panel.changeLink("home").click();
  const q = new QuestionPage(page);
  await expect(page).toHaveURL(/\/questions\/home\?change=1$/);
  await q.expectAnswered("home", answers.home);
  await expect(panel.current).toContainText(questionText("home"));
  await q.answer("home", "social-rent");
  await q.continue();
  await expect(page).toHaveURL(/\/questions\/children\?change=1$/);
  await expect(panel.item("home")).toContainText(optionLabel("home", "social-rent"));
  await expect(panel.item("home")).not.toContainText(optionLabel("home", answers.home));
  await expect(panel.current).toContainText(questionText("children"));
});

test("residents do not see the panel", async ({ page }) => {
  await useAdviserMode(page, "resident");
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  await new QuestionPage(page).answer("safe-now", "yes");
  await new QuestionPage(page).continue();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(new AnswersPanel(page).region).toHaveCount(0);
});
