// The staff page's figures by week (issue 20): a chart of people per level of help and one of
// the most common needs, each an image named by its title and description whose bars carry
// their names and numbers (no colour key), each followed by a table of the same numbers.
// Screenshots for people to look at: screenshots/staff-charts-*.png.
import { test, expect } from "../support/fixtures.mjs";
import { putTallies } from "../support/kiosk.mjs";
import { StaffPage } from "../pages/kiosk-pages.mjs";
import { t, tWith } from "../support/content.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { fileURLToPath } from "node:url";

const shots = fileURLToPath(new URL("../screenshots/", import.meta.url));
const tiers = ["emergency", "urgent", "referral", "signpost", "self-help"];
const clean = (s) => s.replace(/[\u2068\u2069]/g, "").trim();

// Two weeks: Monday 23 and Sunday 29 November 2026 are one week; Wednesday 2 December the next.
const twoWeeks = {
  schema: 1,
  days: {
    "2026-11-23": { tiers: { urgent: 2, referral: 1 }, needs: { "rent-arrears": 2, eviction: 1 } },
    "2026-11-29": { tiers: { "self-help": 1 }, needs: { "no-spare-money": 1 } },
    "2026-12-02": { tiers: { urgent: 1 }, needs: { eviction: 1, "rent-arrears": 1 } },
  },
};

/**
 * The chart's texts in order: group headings, then each bar's name and number. A long name
 * is wrapped over several lines of text; they are joined again here.
 */
async function chartTexts(chart) {
  const lines = await chart.locator("text").evaluateAll((ts) => ts.map((e) => [e.getAttribute("class"), e.textContent]));
  const out = [];
  for (const [c, s] of lines) {
    const last = out[out.length - 1];
    if (last && c === last[0] && c !== "chart__value") last[1] += ` ${s}`;
    else out.push([c, s]);
  }
  return out;
}

/** A table's rows as their cells' text. */
async function tableRows(table) {
  return table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent.replace(/[\u2068\u2069]/g, "").trim())),
  );
}

async function openStaff(page, tallies) {
  await page.goto("/");
  await putTallies(page, tallies);
  const staff = new StaffPage(page);
  await staff.goto();
  await expect(staff.table).toBeVisible();
  return staff;
}

test("the charts show each week's numbers, with names on the bars and the same numbers in tables", async ({ page }) => {
  await openStaff(page, twoWeeks);
  await expect(page.getByRole("heading", { level: 2, name: t("staff-weeks-title") })).toBeVisible();

  const tiersChart = page.locator("svg#staff-tiers-chart");
  await expect(tiersChart).toHaveAttribute("role", "img");
  // Named by its <title>, described by its <desc>, both referenced by aria-labelledby.
  await expect(tiersChart.locator("title")).toHaveText(t("staff-tiers-chart"));
  const desc = clean(await tiersChart.locator("desc").textContent());
  expect(desc).toBe(tWith("en-GB", "staff-chart-desc", { first: "23 November 2026", last: "30 November 2026" }));
  const name = await tiersChart.evaluate((svg) =>
    svg.getAttribute("aria-labelledby").split(" ").map((id) => document.getElementById(id)?.textContent ?? "MISSING").join(" "),
  );
  expect(clean(name)).toBe(`${t("staff-tiers-chart")} ${desc}`);
  await expect(page.getByRole("img", { name: t("staff-tiers-chart") })).toHaveCount(1);

  const week = (day) => tWith("en-GB", "staff-week-of", { date: day });
  const bars = (counts) => tiers.flatMap((tier, i) => [["chart__label", t(`tier-${tier}`)], ["chart__value", String(counts[i])]]);
  const texts = (await chartTexts(tiersChart)).map(([c, s]) => [c, clean(s)]);
  expect(texts).toEqual([
    ["chart__group", week("23 November 2026")],
    ...bars([0, 2, 1, 0, 1]),
    ["chart__group", week("30 November 2026")],
    ...bars([0, 1, 0, 0, 0]),
  ]);
  // One bar per count above zero, longer for more.
  const widths = await tiersChart.locator("rect.chart__bar").evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("width"))));
  expect(widths).toHaveLength(4);
  expect(widths[0]).toBe(Math.max(...widths));
  expect(widths[0]).toBeCloseTo(2 * widths[1], 0);

  const tiersTable = page.getByRole("table", { name: t("staff-tiers-table") });
  await expect(tiersTable.locator("thead th")).toHaveText([t("staff-week"), ...tiers.map((x) => t(`tier-${x}`)), t("staff-total")]);
  expect(await tableRows(tiersTable)).toEqual([
    ["23 November 2026", "0", "2", "1", "0", "1", "4"],
    ["30 November 2026", "0", "1", "0", "0", "0", "1"],
  ]);

  // Needs: the most raised over both weeks (rent arrears 3, eviction 2, no spare money 1),
  // the same needs each week.
  const needsChart = page.locator("svg#staff-needs-chart");
  await expect(needsChart).toHaveAttribute("role", "img");
  await expect(needsChart.locator("title")).toHaveText(t("staff-needs-chart"));
  const needs = ["flag-rent-arrears", "flag-eviction", "flag-no-spare-money"].map(t);
  const needTexts = (await chartTexts(needsChart)).map(([c, s]) => [c, clean(s)]);
  expect(needTexts).toEqual([
    ["chart__group", week("23 November 2026")],
    ["chart__label", needs[0]], ["chart__value", "2"],
    ["chart__label", needs[1]], ["chart__value", "1"],
    ["chart__label", needs[2]], ["chart__value", "1"],
    ["chart__group", week("30 November 2026")],
    ["chart__label", needs[0]], ["chart__value", "1"],
    ["chart__label", needs[1]], ["chart__value", "1"],
    ["chart__label", needs[2]], ["chart__value", "0"],
  ]);
  const needsTable = page.getByRole("table", { name: t("staff-needs-table") });
  await expect(needsTable.locator("thead th")).toHaveText([t("staff-week"), ...needs]);
  expect(await tableRows(needsTable)).toEqual([
    ["23 November 2026", "2", "1", "1"],
    ["30 November 2026", "1", "1", "0"],
  ]);

  // The day table, download and delete are still there.
  await expect(page.getByRole("table", { name: t("staff-table-caption") }).locator("tbody tr")).toHaveCount(3);
  await expect(page.getByRole("button", { name: t("staff-download"), exact: true })).toBeVisible();
  await expectNoViolations(page, "the staff page with charts");
});

test("with more weeks than a chart shows, the charts show the latest and the tables all", async ({ page }) => {
  const days = {};
  // Eight Mondays, 5 October to 23 November 2026, with 1 to 8 people.
  for (let i = 0; i < 8; i++) {
    const day = new Date(Date.UTC(2026, 9, 5 + 7 * i)).toISOString().slice(0, 10);
    days[day] = { tiers: { signpost: i + 1 }, needs: { "rent-arrears": 1 } };
  }
  await openStaff(page, { schema: 1, days });
  await expect(page.getByText(tWith("en-GB", "staff-weeks-shown", { count: 6 }))).toBeVisible();
  const groups = (await chartTexts(page.locator("svg#staff-tiers-chart"))).filter(([c]) => c === "chart__group").map(([, s]) => clean(s));
  expect(groups).toHaveLength(6);
  expect(groups[0]).toBe(tWith("en-GB", "staff-week-of", { date: "19 October 2026" }));
  expect(groups[5]).toBe(tWith("en-GB", "staff-week-of", { date: "23 November 2026" }));
  const rows = await tableRows(page.getByRole("table", { name: t("staff-tiers-table") }));
  expect(rows.map((r) => r[0])).toHaveLength(8);
  expect(rows[0]).toEqual(["5 October 2026", "0", "0", "0", "1", "0", "1"]);
});

test("keyboard users reach the tables' scroll regions; nothing scrolls sideways at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openStaff(page, twoWeeks);
  const region = page.getByRole("region", { name: t("staff-tiers-table") });
  await expect(region).toHaveAttribute("tabindex", "0");
  await region.focus();
  await expect(region).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no horizontal scrolling at 320 px").toBeLessThanOrEqual(0);
  // The chart fits the screen and its text stays readable (at least 12 px).
  const chart = page.locator("svg#staff-tiers-chart");
  const box = await chart.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  const textHeight = await chart.locator("text.chart__label").first().evaluate((e) => e.getBoundingClientRect().height);
  expect(textHeight).toBeGreaterThanOrEqual(12);
  await expectNoViolations(page, "the staff page with charts at 320 px");
});

test("in Welsh the charts' titles, weeks and tables are Welsh", async ({ page, context }) => {
  await useLocale(context, "cy");
  await page.goto("/");
  await putTallies(page, twoWeeks);
  const staff = new StaffPage(page, "cy");
  await staff.goto();
  const chart = page.locator("svg#staff-tiers-chart");
  await expect(chart.locator("title")).toHaveText(tWith("cy", "staff-tiers-chart", {}));
  const groups = (await chartTexts(chart)).filter(([c]) => c === "chart__group").map(([, s]) => clean(s));
  expect(groups[0].startsWith(clean(tWith("cy", "staff-week-of", { date: "" })))).toBe(true);
  await expect(page.getByRole("table", { name: tWith("cy", "staff-tiers-table", {}) })).toBeVisible();
  await expectNoViolations(page, "the staff page with charts, in Welsh");
});

test("in Arabic, right to left, the charts are mirrored and every text stays inside them", async ({ page, context }) => {
  await useLocale(context, "ar");
  await page.goto("/");
  await putTallies(page, twoWeeks);
  const staff = new StaffPage(page, "ar");
  await staff.goto();
  for (const id of ["staff-tiers-chart", "staff-needs-chart"]) {
    const chart = page.locator(`svg#${id}`);
    const box = await chart.boundingBox();
    const outside = await chart.locator("text, rect").evaluateAll(
      (els, b) =>
        els
          .map((e) => [e.textContent, e.getBoundingClientRect()])
          .filter(([, r]) => r.left < b.x - 1 || r.right > b.x + b.width + 1)
          .map(([t]) => t),
      box,
    );
    expect(outside, `${id}: nothing drawn outside the chart`).toEqual([]);
    // Bars end at the right edge.
    const right = await chart.locator("rect").first().evaluate((r) => r.getBoundingClientRect().right);
    expect(Math.abs(right - (box.x + box.width))).toBeLessThan(2);
  }
});

test("in forced colours the bars and text take the system's text colour", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await openStaff(page, twoWeeks);
  const chart = page.locator("svg#staff-tiers-chart");
  const [bar, text, canvasText] = await chart.evaluate((svg) => {
    const probe = document.createElement("span");
    probe.style.color = "CanvasText";
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return [getComputedStyle(svg.querySelector("rect")).fill, getComputedStyle(svg.querySelector("text")).fill, c];
  });
  expect(bar).toBe(canvasText);
  expect(text).toBe(canvasText);
});

for (const [width, height] of [[375, 812], [1080, 1920]]) {
  test(`screenshot of the staff page's charts at ${width}x${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openStaff(page, twoWeeks);
    await page.screenshot({ path: `${shots}staff-charts-${width}x${height}.png`, fullPage: true });
  });
}
