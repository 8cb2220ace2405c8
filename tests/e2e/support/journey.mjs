// Drives the wizard from a table of answers by question id, whatever order the content asks
// them in. Questions the table does not name get a harmless default, so a question added to the
// content does not break every journey.
import { expect } from "@playwright/test";
import { node, startId, questionText, headingText, t } from "./content.mjs";
import { StartPage } from "../pages/start-page.mjs";
import { QuestionPage } from "../pages/question-page.mjs";
import { CheckAnswersPage } from "../pages/check-answers-page.mjs";
import { OutcomePage } from "../pages/outcome-page.mjs";

/** A date `days` from today (local time), as {day, month, year}. */
export function dateFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

export function defaultAnswer(id) {
  const q = node(id);
  switch (q.type) {
    case "yes_no":
    case "single_choice":
      return q.options[0].id;
    case "multiple_choice":
      return [q.options.find((o) => !o.exclusive).id];
    case "money":
      return "100";
    case "number":
      return String(q.min ?? 0);
    case "text":
      return "Some help";
    case "date":
      return dateFromToday(60);
    default:
      throw new Error(`no default answer for type ${q.type}`);
  }
}

/**
 * Answers questions from the current one until Check your answers (or until question `stopAt`
 * is shown). Checks on each step the h1, the page title and that the h1 has focus (pass
 * focusFirst: false when the current page was loaded rather than reached by a step).
 * Returns the ids of the questions answered, in order.
 */
export async function walk(page, answers, { stopAt, stopAtHelp = false, focusFirst = true } = {}) {
  const q = new QuestionPage(page);
  const visited = [];
  for (let step = 0; step < 50; step++) {
    await page.waitForURL(/\/(questions\/[^/?#]+|check-answers|help\/[^/?#]+)(\?.*)?$/);
    if (new URL(page.url()).pathname === "/check-answers") return visited;
    // An answer such as "I'm not safe" shows who can help first; the person carries on.
    if (new URL(page.url()).pathname.startsWith("/help/")) {
      if (stopAtHelp) return visited;
      await page.getByRole("button", { name: t("safety-carry-on") }).click();
      continue;
    }
    const id = q.currentId();
    await expect(q.heading).toHaveText(headingText(id));
    await q.expectTitleFor(questionText(id));
    // Focus moves to the h1 after every step (not on a fresh page load).
    if (step > 0 || focusFirst) await expect(q.heading).toBeFocused();
    if (id === stopAt) return visited;
    await q.answer(id, id in answers ? answers[id] : defaultAnswer(id));
    visited.push(id);
    await q.continue();
  }
  throw new Error("more than 50 questions: is the path looping?");
}

/** From the start page, Start now, then answers until Check your answers. */
export async function startAndWalk(page, answers, opts) {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  return walk(page, answers, opts);
}

/** From the current question to the outcome page; returns the questions answered. */
export async function completeJourneyFromHere(page, answers) {
  const visited = await walk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await check.seeResult.click();
  await expect(page).toHaveURL(/\/outcome$/);
  return visited;
}

/** A whole journey to the outcome page; returns the questions answered. */
export async function completeJourney(page, answers) {
  const visited = await startAndWalk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await check.seeResult.click();
  await expect(page).toHaveURL(/\/outcome$/);
  return visited;
}

export { startId, StartPage, QuestionPage, CheckAnswersPage, OutcomePage };
