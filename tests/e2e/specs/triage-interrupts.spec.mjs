// Interrupts (issue 16): gas or electricity off now, or a meter run out, shows the energy help
// at once, before any other question; the person carries on with the questions, and the result
// still leads with the energy help.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, completeJourneyFromHere, QuestionPage, OutcomePage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { t, node, stepFor } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const energy = node("act-today-energy");
const firstStep = t(stepFor(energy.next_steps[0]));

test("gas or electricity off now: the energy help comes at once, then the questions carry on to it", async ({ page }) => {
  // The option raises the interrupt (content/tree/start.json); the spec follows it.
  const yes = node("energy-today").options.find((o) => o.id === "yes");
  expect(yes.interrupt).toBe("act-today-energy");

  const answers = { ...selfHelpDebts.answers, "energy-today": "yes" };
  const visited = await startAndWalk(page, answers, { stopAt: "home", stopAtHelp: true });
  // Straight after "Yes": no other question in between.
  expect(visited).toEqual(["safe-now", "food-today", "energy-today"]);
  await expect(page).toHaveURL(/\/help\/act-today-energy$/);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(energy.title));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  // The first thing to do today, first in the numbered list.
  await expect(main.locator("ol.list--today > li").first()).toHaveText(firstStep);
  await expectNoViolations(page, "the energy help shown at once");

  await page.getByRole("button", { name: t("safety-carry-on") }).click();
  // Back to the question after energy-today, not to the start.
  await expect(page).toHaveURL(/\/questions\/home$/);
  await new QuestionPage(page).expectQuestion("home");
  const rest = await completeJourneyFromHere(page, answers);
  expect(rest[0]).toBe("home");
  expect(rest).not.toContain("energy-today");

  // Card debts alone would be self-help; the energy being off makes the result urgent.
  const outcome = new OutcomePage(page);
  await outcome.expectOutcome("act-today-energy");
  expect(energy.tier).toBe("urgent");
  await expect(page.locator(".panel")).toHaveClass(/panel--urgent/);
  await expect(main).toContainText(firstStep);
});

test("gas and electricity on: no interrupt, straight on to the next question", async ({ page }) => {
  const visited = await startAndWalk(page, selfHelpDebts.answers, { stopAt: "home", stopAtHelp: true });
  expect(visited).toEqual(["safe-now", "food-today", "energy-today"]);
  await expect(page).toHaveURL(/\/questions\/home$/);
});
