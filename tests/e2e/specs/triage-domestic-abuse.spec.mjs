// Domestic abuse (issue 16): "someone close is hurting, scaring or controlling me" on the first
// question shows the help to stay safe at once (with quick exit on the page), then the
// questions carry on to the money help. With rent arrears and a Universal Credit sanction the
// result is a referral to an adviser, with the staying-safe guide; the referral summary tells
// the adviser it is domestic abuse, not a danger to the person themselves.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, completeJourneyFromHere, QuestionPage, OutcomePage, dateFromToday } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { referralFromOutcome } from "../support/referral-journey.mjs";
import { ExitBar } from "../pages/exit-pages.mjs";
import { t, node, guide, stepFor } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

/** As tests/scenarios/referral-domestic-abuse-rent-arrears-and-sanction.json, dated from today. */
const answers = {
  ...selfHelpBudget.answers,
  "safe-now": "abuse",
  "main-worry": "debts",
  adults: "1",
  work: "looking",
  "benefits-now": ["universal-credit"],
  "benefit-problems": ["sanction"],
  // Well in the past: the month to ask for a reconsideration is over, so nothing about it is urgent.
  "decision-date": dateFromToday(-90),
  "debt-types": ["rent"],
  "debt-total": "900",
  "money-left": "nothing-left",
};

const abuse = node("safe-from-abuse");

test("someone close hurting them: the help to stay safe at once, then a referral that names domestic abuse", async ({ page }) => {
  const option = node("safe-now").options.find((o) => o.id === "abuse");
  expect(option.interrupt).toBe("safe-from-abuse");

  const visited = await startAndWalk(page, answers, { stopAt: "food-today", stopAtHelp: true });
  expect(visited).toEqual(["safe-now"]);
  await expect(page).toHaveURL(/\/help\/safe-from-abuse$/);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(abuse.title));
  // The helpline for this nation, as a step and as a phone link.
  await expect(main.locator("ol.list--today")).toContainText(t(stepFor(abuse.next_steps[1])));
  await expect(main.locator('a[href^="tel:"]').first()).toBeVisible();
  // Quick exit is on the page, and the page says where it is.
  const exit = new ExitBar(page);
  await expect(exit.exitButton).toBeVisible();
  await expect(exit.exitButton).toBeInViewport();
  await expectNoViolations(page, "the help to stay safe from abuse");

  await page.getByRole("button", { name: t("safety-carry-on") }).click();
  await expect(page).toHaveURL(/\/questions\/food-today$/);
  await new QuestionPage(page).expectQuestion("food-today");
  const rest = await completeJourneyFromHere(page, answers);
  expect(rest[0]).toBe("food-today");
  expect(rest).toEqual(expect.arrayContaining(["benefit-problems", "decision-date", "debt-types", "debt-total"]));

  // Not the emergency outcome: the money help, at referral level, with the staying-safe guide.
  const outcome = new OutcomePage(page);
  await outcome.expectOutcome("see-an-adviser");
  await expect(page.locator(".tag")).toHaveText(t("tier-referral"));
  await expect(outcome.guides).toBeVisible();
  await expect(main.locator("details.guide summary").filter({ hasText: t(guide("staying-safe").title) })).toBeVisible();
  await expect(main).not.toContainText(t(node("get-help-now").title));
  await expect(exit.exitButton).toBeVisible();
  await expectNoViolations(page, "the results page after the domestic abuse help");

  // Through the referral pages, sharing health and safety.
  const summary = await referralFromOutcome(page, { consent: { healthSafety: true } });
  const needs = page.getByRole("region", { name: t("summary-needs") });
  await expect(needs).toContainText(t("flag-domestic-abuse"));
  await expect(needs).toContainText(t("flag-rent-arrears"));
  await expect(needs).toContainText(t("flag-sanction"));
  await expect(needs).not.toContainText(t("flag-not-safe"));
  await expect(page.getByRole("main")).not.toContainText(t("flag-not-safe"));

  const { json } = await summary.downloadJson();
  const codes = json.needs.map((n) => n.code);
  expect(codes).toEqual(expect.arrayContaining(["domestic-abuse", "rent-arrears", "sanction"]));
  expect(codes).not.toContain("not-safe");
  expect(json.outcome.code).toBe("see-an-adviser");
  expect(json.tier.code).toBe("referral");
});
