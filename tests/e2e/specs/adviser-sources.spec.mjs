// Where the advice comes from (issue 17): in adviser mode every step on the results page (what
// to do today, and each guide's steps) says its source and the day it was checked, from
// content/sources/ (fetched as sources.json, only in adviser mode); a resident sees no
// citations, only the day each guide was checked, and never downloads them.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, OutcomePage } from "../support/journey.mjs";
import { deadlineTomorrow } from "../support/journeys.mjs";
import { guide, longDate, node, parseIsoDate, stepSource, t, tWith, stepFor } from "../support/content.mjs";
import { useAdviserMode } from "../pages/adviser-pages.mjs";

const checked = (step) => tWith("en-GB", "step-source-checked", { date: longDate("en-GB", parseIsoDate(stepSource(step).checked)) });

const asksForSources = (page) => {
  const asked = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/sources.json") asked.push(r.url());
  });
  return asked;
};

test("an adviser sees each step's source and when it was checked", async ({ page }) => {
  const asked = asksForSources(page);
  await useAdviserMode(page);
  await completeJourney(page, deadlineTomorrow.answers);
  await new OutcomePage(page).expectOutcome(deadlineTomorrow.outcome);
  const main = page.getByRole("main");

  // What to do today: the outcome's own steps come first, each with its source.
  const today = main.locator("ol.list--today > li");
  const first = stepFor(node(deadlineTomorrow.outcome).next_steps[0]);
  const item = today.first();
  await expect(item).toContainText(t(first));
  const note = item.locator(".step-source");
  await expect(note).toContainText(t("step-source"));
  for (const s of stepSource(first).sources) await expect(note).toContainText(s.title);
  await expect(note).toContainText(checked(first));
  // Every step of the list has one: none is shown without where it comes from.
  await expect(today.locator(".step-source")).toHaveCount(await today.count());
  expect(asked.length).toBe(1);

  // The first guide is open: each of its steps names its source too.
  const firstGuide = main.locator("details.guide").first();
  const steps = firstGuide.locator("ol.list--number > li");
  expect(await steps.count()).toBeGreaterThan(0);
  await expect(steps.locator(".step-source")).toHaveCount(await steps.count());
  // A source with an address is a link the adviser can open; the page itself fetches nothing.
  const linked = firstGuide.locator(".step-source a").first();
  if (await linked.count()) {
    await expect(linked).toHaveAttribute("href", /^https:\/\//);
    await expect(linked).toHaveAttribute("rel", /noopener/);
  }
});

test("a resident sees when each guide was checked, and no citations", async ({ page }) => {
  const asked = asksForSources(page);
  await completeJourney(page, deadlineTomorrow.answers);
  await new OutcomePage(page).expectOutcome(deadlineTomorrow.outcome);
  const main = page.getByRole("main");
  await expect(main.locator(".step-source")).toHaveCount(0);
  for (const id of node(deadlineTomorrow.outcome).guides ?? []) {
    const day = guide(id).last_reviewed;
    expect(day, `guide ${id} has a checked date`).toBeTruthy();
    const reviewed = tWith("en-GB", "outcome-reviewed", { date: longDate("en-GB", parseIsoDate(day)) });
    await expect(main.getByText(reviewed, { exact: true }).first()).toBeAttached();
  }
  // The citations are for advisers: a resident's phone never downloads them.
  expect(asked).toEqual([]);
});
