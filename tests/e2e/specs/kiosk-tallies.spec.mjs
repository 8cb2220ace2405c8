// A kiosk counts outcomes for the consortium without keeping anything about anyone: per day,
// per tier and per need, in IndexedDB (a kiosk writes nothing to localStorage). Staff see and export the counts at /staff and can
// delete them. Residents' phones keep none.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney, OutcomePage, CheckAnswersPage } from "../support/journey.mjs";
import { selfHelpBudget, severalNeeds } from "../support/journeys.mjs";
import { startKiosk, storedKeys, storedTallies, putTallies } from "../support/kiosk.mjs";
import { FinishAndClear, StaffPage } from "../pages/kiosk-pages.mjs";
import { node, t } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const firstWords = "Paying back Aunt Demelza before Christmas";
const secondWords = "Rent owed to Kernow Homes since March";

function isoToday() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

test("two kiosk journeys are counted; /staff shows them and exports them as CSV", async ({ page }) => {
  test.setTimeout(90_000);
  await startKiosk(page);
  await completeJourney(page, { ...selfHelpBudget.answers, "help-most": firstWords });
  await new OutcomePage(page).expectOutcome(selfHelpBudget.outcome);
  // Looking at the answers again and coming back does not count the person twice.
  await page.getByRole("link", { name: t("outcome-check-answers") }).click();
  await new CheckAnswersPage(page).seeResult.click();
  await new FinishAndClear(page).finishButton.click();
  await page.waitForURL((u) => u.pathname === "/");

  await completeJourney(page, { ...severalNeeds.answers, "help-most": secondWords });
  await new OutcomePage(page).expectOutcome(severalNeeds.outcome);
  await page.reload();
  await new OutcomePage(page).expectOutcome(severalNeeds.outcome);

  // What is stored: counts by day, tier and need, nothing else (written as the outcome shows,
  // so it may land a moment later).
  const today = isoToday();
  await expect
    .poll(async () => Object.values((await storedTallies(page))?.days?.[today]?.tiers ?? {}).reduce((a, b) => a + b, 0))
    .toBe(2);
  const stored = await storedTallies(page);
  expect(Object.keys((await storedKeys(page)).local), "nothing in localStorage").toEqual([]);
  expect(Object.keys(stored.days)).toEqual([today]);
  const tiers = { [node(selfHelpBudget.outcome).tier]: 1 };
  tiers[node(severalNeeds.outcome).tier] = (tiers[node(severalNeeds.outcome).tier] ?? 0) + 1;
  expect(stored.days[today].tiers).toEqual(tiers);
  expect(Object.keys(stored.days[today].needs).length).toBeGreaterThan(0);
  for (const n of Object.values(stored.days[today].needs)) expect(n).toBeLessThanOrEqual(2);
  const raw = JSON.stringify(stored);
  for (const w of [firstWords, secondWords]) expect(raw).not.toContain(w);
  expect(raw, "no time of day").not.toMatch(/\d{2}:\d{2}/);

  const staff = new StaffPage(page);
  await staff.goto();
  await expect(staff.table).toBeVisible();
  const columns = await staff.columns();
  expect(columns).toContain(t("tier-referral"));
  const rows = await staff.rows();
  expect(rows).toHaveLength(1);
  const col = (tier) => columns.indexOf(t(`tier-${tier}`));
  expect(rows[0][col("self-help")]).toBe(String(tiers["self-help"] ?? 0));
  expect(rows[0][col("referral")]).toBe(String(tiers.referral ?? 0));
  await expectNoViolations(page, "the staff page");

  const { name, text } = await staff.downloadCsv();
  expect(name).toBe(`signpost-figures-${today}.csv`);
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("date,kind,code,label,count");
  const csvRows = lines.slice(1).map((l) => l.split(","));
  for (const r of csvRows) {
    expect(r[0]).toBe(today);
    expect(["need", "tier"]).toContain(r[1]);
  }
  for (const [tier, n] of Object.entries(tiers)) {
    expect(lines).toContain(`${today},tier,${tier},${t(`tier-${tier}`)},${n}`);
  }
  const needRows = csvRows.filter((r) => r[1] === "need");
  expect(needRows.map((r) => r[2]).sort()).toEqual(Object.keys(stored.days[today].needs).sort());
  for (const w of [firstWords, secondWords]) expect(text).not.toContain(w);
});

test("staff can delete the figures, after confirming", async ({ page }) => {
  await page.goto("/");
  await putTallies(page, { schema: 1, days: { [isoToday()]: { tiers: { urgent: 3 }, needs: { "rent-arrears": 2 } } } });
  const staff = new StaffPage(page);
  await staff.goto();
  await expect(staff.table).toBeVisible();
  await staff.deleteButton.click();
  await expect(staff.confirmHeading).toBeFocused();
  await expectNoViolations(page, "the staff page, confirming");
  await staff.confirmNo.click();
  await expect(staff.deleteButton).toBeFocused();
  expect(await storedTallies(page), "kept").not.toBeNull();

  await staff.deleteButton.click();
  await staff.confirmYes.click();
  await expect(staff.deleted).toBeVisible();
  await expect(staff.table).toHaveCount(0);
  await expect.poll(() => storedTallies(page), "deleted from IndexedDB").toBeNull();
  await staff.goto();
  await expect(staff.none).toBeVisible();
});

test("a resident's journey to an outcome keeps no tallies", async ({ page }) => {
  await completeJourney(page, selfHelpBudget.answers);
  await new OutcomePage(page).expectOutcome(selfHelpBudget.outcome);
  expect(await storedTallies(page)).toBeNull();
  const staff = new StaffPage(page);
  await staff.goto();
  await expect(staff.none).toBeVisible();
});
