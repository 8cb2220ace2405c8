// axe-core finds no WCAG 2.0, 2.1 or 2.2 level A or AA problems on any kind of page.
import AxeBuilder from "@axe-core/playwright";
import { test as plainTest } from "@playwright/test";
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, completeJourney, QuestionPage, StartPage, CheckAnswersPage } from "../support/journey.mjs";
import { deadlineTomorrow, emergency, selfHelpDebts } from "../support/journeys.mjs";
import { firstQuestionOfType, startId } from "../support/content.mjs";
import { NotFoundPage } from "../pages/not-found-page.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join("; ")}`).join("\n    ")}`,
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}

test("start page", async ({ page }) => {
  await new StartPage(page).goto();
  await expectNoViolations(page, "the start page");
});

for (const type of ["yes_no", "single_choice", "multiple_choice", "money", "date", "number", "text"]) {
  test(`question page: ${type}`, async ({ page }) => {
    const id = firstQuestionOfType(type);
    await startAndWalk(page, deadlineTomorrow.answers, { stopAt: id });
    await expectNoViolations(page, `question ${id} (${type})`);
  });
}

test("question page with an error (choice)", async ({ page }) => {
  await startAndWalk(page, deadlineTomorrow.answers, { stopAt: startId });
  const q = new QuestionPage(page);
  await q.continueExpectingError();
  await expectNoViolations(page, "a choice question with an error");
});

test("question page with an error (money)", async ({ page }) => {
  const id = firstQuestionOfType("money");
  await startAndWalk(page, deadlineTomorrow.answers, { stopAt: id });
  const q = new QuestionPage(page);
  await q.answer(id, "12.345");
  await q.continueExpectingError();
  await expectNoViolations(page, "a money question with an error");
});

test("question page with an error (date)", async ({ page }) => {
  // The date question on this journey's path.
  const id = "court-date";
  await startAndWalk(page, deadlineTomorrow.answers, { stopAt: id });
  const q = new QuestionPage(page);
  await q.continueExpectingError();
  await expectNoViolations(page, "a date question with an error");
});

test("check your answers", async ({ page }) => {
  await startAndWalk(page, selfHelpDebts.answers);
  await new CheckAnswersPage(page).expectShown();
  await expectNoViolations(page, "check your answers");
});

for (const journey of [selfHelpDebts, deadlineTomorrow, emergency]) {
  test(`outcome page: ${journey.outcome}`, async ({ page }) => {
    await completeJourney(page, journey.answers);
    await expectNoViolations(page, `outcome ${journey.outcome}`);
  });
}

test("page not found", async ({ page }) => {
  const nf = new NotFoundPage(page);
  await nf.goto("/no-such-page");
  await nf.expectShown();
  await expectNoViolations(page, "page not found");
});

// Without the error fixture: the aborted wasm download is the point of this test.
plainTest("the loading page (before or without the app)", async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.locator("#loading")).toBeVisible();
  await expectNoViolations(page, "the loading page");
});
