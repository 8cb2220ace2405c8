// Journeys that end in the emergency, urgent and referral outcomes.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, completeJourneyFromHere, startAndWalk, OutcomePage, CheckAnswersPage } from "../support/journey.mjs";
import { emergency, deadlineTomorrow, severalNeeds, selfHelpDebts } from "../support/journeys.mjs";
import { t, node, questionText, service } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

test("not safe now: who to call comes first, then the questions carry on to the emergency outcome", async ({ page }) => {
  await startAndWalk(page, emergency.answers, { stopAt: "food-today", stopAtHelp: true });
  // Straight after "No": the safety page, with phone links, before any other question.
  await expect(page).toHaveURL(/\/help\/get-help-now$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(node("get-help-now").title));
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  await page.getByRole("button", { name: t("safety-carry-on") }).click();
  await expect(page).toHaveURL(/\/questions\/food-today$/);
  const visited = await completeJourneyFromHere(page, emergency.answers);
  expect(visited[0]).toBe("food-today");
  await new OutcomePage(page).expectOutcome(emergency.outcome);
});

test("no money for food or heating today: that help comes at once, then the questions carry on to it", async ({ page }) => {
  // Review E9: the food bank and emergency help used to wait for about twenty more questions.
  const answers = { ...selfHelpDebts.answers, "food-today": "no" };
  await startAndWalk(page, answers, { stopAt: "energy-today", stopAtHelp: true });
  await expect(page).toHaveURL(/\/help\/act-today-food$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(node("act-today-food").title));
  await expect(page.getByRole("main")).toContainText(t("step-food-bank-referral-england"));
  await expectNoViolations(page, "the food and heating help shown at once");
  await page.getByRole("button", { name: t("safety-carry-on") }).click();
  await expect(page).toHaveURL(/\/questions\/energy-today$/);
  const visited = await completeJourneyFromHere(page, answers);
  expect(visited[0]).toBe("energy-today");
  // The result still leads with it.
  await new OutcomePage(page).expectOutcome("act-today-food");
});

test("Get help now is in the header of every page and keeps the person's place", async ({ page }) => {
  await startAndWalk(page, selfHelpDebts.answers, { stopAt: "home" });
  await page.getByRole("banner").getByRole("link", { name: t("get-help-now-link") }).click();
  await expect(page).toHaveURL(/\/help\/get-help-now$/);
  await page.getByRole("button", { name: t("safety-carry-on") }).click();
  await expect(page).toHaveURL(/\/questions\/home$/);
});

test("a court date tomorrow: the urgent act-today outcome", async ({ page }) => {
  const visited = await completeJourney(page, deadlineTomorrow.answers);
  expect(visited).toContain("court-date");
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
    // Services only for another nation are left out (settings.json "nation" is England).
    const nations = (svc.service_area ?? []).filter((a) => ["England", "Wales"].includes(a));
    if (nations.length && !nations.includes("England")) continue;
    await expect(main.getByText(svc.name).or(main.getByText(svc.organisation)).first()).toBeVisible();
  }
  await outcome.checkAnswersLink.click();
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await expect(check.term("debt-types")).toHaveText(questionText("debt-types"));
});
