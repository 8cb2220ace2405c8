// Changing an answer from Check your answers: the person comes back to Check your answers when
// the path is complete; later answers still on the path are kept, unreachable ones are dropped.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, walk, QuestionPage, CheckAnswersPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { questionText, optionLabel } from "../support/content.mjs";

const answers = selfHelpDebts.answers;

test("each row has a Change link named after its question", async ({ page }) => {
  const visited = await startAndWalk(page, answers);
  const check = new CheckAnswersPage(page);
  for (const id of visited) {
    await expect(check.changeLink(id)).toHaveAttribute("href", new RegExp(`/questions/${id}(\\?.*)?$`));
  }
});

test("changing an answer that keeps the path returns to check answers with everything kept", async ({ page }) => {
  const visited = await startAndWalk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.change("home");
  const q = new QuestionPage(page);
  await q.expectAnswered("home", answers.home);
  await q.answer("home", "mortgage");
  await q.continue();
  await check.expectShown();
  await expect(check.answer("home")).toHaveText(optionLabel("home", "mortgage"));
  expect(await check.listedQuestions()).toEqual(visited.map(questionText));
});

test("changing an answer that skips questions drops their answers and keeps the rest", async ({ page }) => {
  await startAndWalk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.change("debt-types");
  const q = new QuestionPage(page);
  for (const opt of answers["debt-types"]) await q.checkbox("debt-types", opt).uncheck();
  await q.answer("debt-types", ["none"]);
  await q.continue();
  // The rest of the path is already answered, so straight back to Check your answers.
  await check.expectShown();
  const listed = await check.listedQuestions();
  for (const gone of ["debt-total"]) expect(listed).not.toContain(questionText(gone));
  for (const kept of ["safe-now", "home", "benefits-now", "money-left", "children", "help-most"]) {
    expect(listed).toContain(questionText(kept));
  }
  await expect(check.answer("energy-meter")).toHaveText(optionLabel("energy-meter", answers["energy-meter"]));
  await expect(check.answer("debt-types")).toHaveText(optionLabel("debt-types", "none"));
});

test("changing an answer that opens new questions asks them, then returns to check answers", async ({ page }) => {
  await startAndWalk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.change("urgent-problems");
  const q = new QuestionPage(page);
  await q.checkbox("urgent-problems", "none").uncheck();
  await q.answer("urgent-problems", ["court-papers"]);
  await q.continue();
  await q.expectQuestion("court-papers-kind");
  await walk(page, { "court-papers-kind": "other", "court-date": { day: 1, month: 6, year: new Date().getFullYear() + 1 } });
  await check.expectShown();
  const listed = await check.listedQuestions();
  expect(listed).toContain(questionText("court-papers-kind"));
  expect(listed).toContain(questionText("court-date"));
  expect(listed).toContain(questionText("help-most"));
});
