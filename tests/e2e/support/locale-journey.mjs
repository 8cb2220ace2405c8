// journey.mjs in any language: drives the wizard with page objects that expect `locale`'s text.
// With the default locale these behave like startAndWalk / completeJourney.
import { expect } from "@playwright/test";
import { node, questionTextFor, headingTextFor } from "./content.mjs";
import { defaultAnswer } from "./journey.mjs";
import { deadlineTomorrow } from "./journeys.mjs";
import { StartPage } from "../pages/start-page.mjs";
import { QuestionPage } from "../pages/question-page.mjs";
import { CheckAnswersPage } from "../pages/check-answers-page.mjs";
import { OutcomePage } from "../pages/outcome-page.mjs";
import { NotFoundPage } from "../pages/not-found-page.mjs";

/**
 * Answers questions in `locale` from the current one until Check your answers (or until
 * question `stopAt` is shown), checking on each step the h1 and the page title.
 * `onQuestion(id, q)` runs on each question page before it is answered (for per-page checks).
 * Returns the ids of the questions answered, in order.
 */
export async function walkIn(page, locale, answers, { stopAt, onQuestion } = {}) {
  const q = new QuestionPage(page, locale);
  const visited = [];
  for (let step = 0; step < 50; step++) {
    await page.waitForURL(/\/(questions\/[^/?#]+|check-answers)(\?.*)?$/);
    if (new URL(page.url()).pathname === "/check-answers") return visited;
    const id = q.currentId();
    await expect(q.heading).toHaveText(headingTextFor(locale, id));
    await q.expectTitleFor(questionTextFor(locale, id));
    if (id === stopAt) return visited;
    if (onQuestion) await onQuestion(id, q);
    await q.answer(id, id in answers ? answers[id] : defaultAnswer(id));
    visited.push(id);
    await q.continue();
  }
  throw new Error("more than 50 questions: is the path looping?");
}

/** From the start page (already in `locale`), Start now, then answers until Check your answers. */
export async function startAndWalkIn(page, locale, answers, opts) {
  const start = new StartPage(page, locale);
  await start.goto();
  await start.start();
  return walkIn(page, locale, answers, opts);
}

/** A whole journey in `locale` to the outcome page; returns the questions answered. */
export async function completeJourneyIn(page, locale, answers, opts) {
  const visited = await startAndWalkIn(page, locale, answers, opts);
  const check = new CheckAnswersPage(page, locale);
  await check.expectShown();
  await check.seeResult.click();
  await expect(page).toHaveURL(/\/outcome$/);
  return visited;
}

/**
 * Visits one page of every kind in `locale` and calls `check(name)` on each: the start page,
 * the first question of each type (deadlineTomorrow's path asks them all), an error state for
 * each kind named in `errors` ("choice", "money", "date"), Check your answers, the outcome and,
 * with `notFound`, Page not found. The browser context should already be in `locale` (useLocale).
 * Names: start, question-<type>, error-<kind>, check-answers, outcome, not-found.
 */
export async function visitEveryPageType(page, locale, check, { errors = ["money"], notFound = false } = {}) {
  const start = new StartPage(page, locale);
  await start.goto();
  await check("start");
  await start.start();
  const seen = new Set();
  const errorKind = { yes_no: "choice", single_choice: "choice", multiple_choice: "choice", money: "money", date: "date" };
  await walkIn(page, locale, deadlineTomorrow.answers, {
    onQuestion: async (id, q) => {
      const type = node(id).type;
      if (seen.has(type)) return;
      seen.add(type);
      await check(`question-${type}`);
      const kind = errorKind[type];
      if (kind && errors.includes(kind)) {
        errors = errors.filter((e) => e !== kind);
        if (kind === "money") await q.answer(id, "12.345");
        await q.continueExpectingError();
        await check(`error-${kind}`);
      }
    },
  });
  const seenAll = ["yes_no", "single_choice", "multiple_choice", "money", "date", "number", "text"].filter((t) => !seen.has(t));
  expect(seenAll, "question types not met on the way").toEqual([]);
  const checkAnswers = new CheckAnswersPage(page, locale);
  await checkAnswers.expectShown();
  await check("check-answers");
  await checkAnswers.seeResult.click();
  await new OutcomePage(page, locale).expectOutcome(deadlineTomorrow.outcome);
  await check("outcome");
  if (notFound) {
    const nf = new NotFoundPage(page, locale);
    await nf.goto("/no-such-page");
    await nf.expectShown();
    await check("not-found");
  }
}
