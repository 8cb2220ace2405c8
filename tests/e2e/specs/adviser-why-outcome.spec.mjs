// Adviser mode: "Why this result?" on the result page names the answers that decided it, under
// the rule that chose the result: the rent arrears and benefit deductions behind "several
// needs", and the court date inside its urgency window (content/tree/route.json) behind "act today".
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, OutcomePage } from "../support/journey.mjs";
import { severalNeeds, deadlineTomorrow } from "../support/journeys.mjs";
import { longDate, node, optionLabel, outcomeTitle, questionText, t, tWith } from "../support/content.mjs";
import { WhyOutcome, useAdviserMode } from "../pages/adviser-pages.mjs";

/** The working-days window the route gives `question`'s date, on its way to `outcome`. */
function windowFor(question, outcome) {
  const rule = node("choose-outcome").next.find((r) => r.goto === outcome);
  const found = [];
  const search = (c) => {
    if (!c || typeof c !== "object") return;
    if (c.answer === question && typeof c.within_working_days === "number") found.push(c.within_working_days);
    for (const v of Object.values(c)) search(v);
  };
  search(rule?.if);
  if (found.length !== 1) throw new Error(`no single window for ${question} on the way to ${outcome}`);
  return found[0];
}

const quoted = (text) => tWith("en-GB", "adviser-why-quoted", { text });

/** "The answer to “<question>” was “<option>”." */
function chose(question, option) {
  return tWith("en-GB", "adviser-why-chose", {
    question: quoted(questionText(question)),
    options: quoted(optionLabel(question, option)),
  });
}

test("several needs: the rule and the answers behind it", async ({ page }) => {
  await useAdviserMode(page);
  await completeJourney(page, severalNeeds.answers);
  await new OutcomePage(page).expectOutcome(severalNeeds.outcome);
  const why = new WhyOutcome(page);
  await expect(why.details).not.toHaveAttribute("open", "");
  await why.open();

  await expect(why.details).toContainText(
    tWith("en-GB", "adviser-why-result", { outcome: outcomeTitle(severalNeeds.outcome), tier: t("tier-referral") }),
  );
  // The first list is why the result was chosen: the deciding answers are in it.
  const because = why.details.getByRole("list").first();
  await expect(because).toContainText(chose("debt-types", "rent"));
  await expect(because).toContainText(chose("benefit-problems", "deductions"));
  // More urgent results were checked first and did not apply.
  await expect(why.details).toContainText(t("adviser-why-passed-over"));
  await expect(why.details).toContainText(outcomeTitle("get-help-now"));
  // Each raised need says what raised it; the recommended members say why.
  await expect(why.flagsHeading).toBeVisible();
  await expect(why.membersHeading).toBeVisible();
  await expect(why.details).toContainText(t("summary-reason-full"));
});

test("a court date tomorrow: the date and its working-days window", async ({ page }) => {
  await useAdviserMode(page);
  await completeJourney(page, deadlineTomorrow.answers);
  await new OutcomePage(page).expectOutcome(deadlineTomorrow.outcome);
  const why = new WhyOutcome(page);
  await why.open();
  const court = deadlineTomorrow.answers["court-date"];
  // The court window is 10 working days since issue 16 (it was 5).
  const days = windowFor("court-date", deadlineTomorrow.outcome);
  expect(days).toBe(10);
  // "The answer to “What date is on the court papers?” was <date>: within 10 working days (…)."
  const sentence = tWith("en-GB", "adviser-why-within", {
    question: quoted(questionText("court-date")),
    date: longDate("en-GB", court),
    days,
    last: "\u0000",
  }).split("\u0000")[0];
  const because = why.details.getByRole("list").first();
  await expect(because).toContainText(sentence);
  // The court papers are explained among what the answers raised.
  await expect(why.details).toContainText(chose("urgent-problems", "court-papers"));
});

test("residents do not see it", async ({ page }) => {
  await useAdviserMode(page, "resident");
  await completeJourney(page, severalNeeds.answers);
  await new OutcomePage(page).expectOutcome(severalNeeds.outcome);
  await expect(new WhyOutcome(page).toggle).toHaveCount(0);
});
