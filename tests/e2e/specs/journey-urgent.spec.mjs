// Journeys that end in the emergency, urgent and referral outcomes.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, OutcomePage, CheckAnswersPage } from "../support/journey.mjs";
import { emergency, deadlineTomorrow, severalNeeds } from "../support/journeys.mjs";
import { t, node, questionText, service } from "../support/content.mjs";

test("not safe now: the emergency outcome after one question", async ({ page }) => {
  const visited = await completeJourney(page, emergency.answers);
  expect(visited).toEqual(["safe-now"]);
  const outcome = new OutcomePage(page);
  await outcome.expectOutcome(emergency.outcome);
  // The emergency outcome names Samaritans' number as a phone link.
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
});

test("a court date tomorrow: the urgent act-today outcome", async ({ page }) => {
  const visited = await completeJourney(page, deadlineTomorrow.answers);
  expect(visited).toContain("action-date");
  await new OutcomePage(page).expectOutcome(deadlineTomorrow.outcome);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(node(deadlineTomorrow.outcome).title));
});

test("priority debts and a benefits problem: referral to an adviser", async ({ page }) => {
  await completeJourney(page, severalNeeds.answers);
  const outcome = new OutcomePage(page);
  await outcome.expectOutcome(severalNeeds.outcome);
  // Who can help lists the outcome's services by name.
  const main = page.getByRole("main");
  for (const id of node(severalNeeds.outcome).services ?? []) {
    const svc = service(id);
    await expect(main.getByText(svc.name).or(main.getByText(svc.organisation)).first()).toBeVisible();
  }
  await outcome.checkAnswersLink.click();
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await expect(check.term("debt-types")).toHaveText(questionText("debt-types"));
});
