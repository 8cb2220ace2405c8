// The HTML report of `signpost tallies merge` (issue 20): one self-contained page that asks
// for nothing from anywhere, passes axe, and fits 320 px. The spec runs the native tool
// (`cargo run`, a quick no-op when `cargo test` has built it) on two kiosks' exports, then
// opens the report at an address of the app's origin answered in the browser, so the
// fixture's check that nothing else is requested holds for it too.
// Screenshots for people to look at: screenshots/tallies-report-*.png.
import { test, expect } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shots = fileURLToPath(new URL("../screenshots/", import.meta.url));
const head = "date,kind,code,label,count\r\n";

let dir;
let report;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "signpost-report-"));
  const rows = (list) => head + list.map((r) => `${r.join(",")}\r\n`).join("");
  writeFileSync(
    join(dir, "Truro library.csv"),
    rows([
      ["2026-11-23", "need", "rent-arrears", "Rent arrears", 3],
      ["2026-11-23", "tier", "urgent", "Act today", 2],
      ["2026-11-23", "tier", "referral", "An adviser can help", 1],
      ["2026-12-01", "need", "eviction", "Home at risk", 1],
      ["2026-12-01", "tier", "urgent", "Act today", 1],
    ]),
  );
  writeFileSync(
    join(dir, "Bodmin <hub>.csv"),
    rows([
      ["2026-11-24", "need", "no-spare-money", "No money left", 2],
      ["2026-11-24", "tier", "self-help", "You can do this yourself", 2],
    ]),
  );
  report = join(dir, "report.html");
  execFileSync(
    "cargo",
    ["run", "--quiet", "--bin", "signpost", "--", "tallies", "merge", "--html", report, join(dir, "Truro library.csv"), join(dir, "Bodmin <hub>.csv")],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"], timeout: 15 * 60_000 },
  );
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const address = "/tallies-report.html";

/** Opens the report as if served, without the server knowing it. */
async function openReport(page) {
  const body = readFileSync(report, "utf8");
  await page.route(`**${address}`, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }));
  await page.goto(address);
}

test("the merged report asks for nothing, has a table for each chart and passes axe", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await openReport(page);
  expect(requests.map((u) => new URL(u).pathname), "only the page itself").toEqual([address]);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator("script")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demand figures from 2 hubs");
  await expect(page.getByRole("heading", { level: 2, name: "Bodmin <hub>" })).toBeVisible();

  const charts = page.getByRole("img");
  const tables = page.getByRole("table");
  await expect(charts).toHaveCount(7);
  await expect(tables).toHaveCount(7);
  const truro = page.getByRole("table", { name: "People by week and level of help: Truro library" });
  const cells = await truro.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(cells).toEqual([
    ["23 November 2026", "0", "2", "1", "0", "0", "3"],
    ["30 November 2026", "0", "1", "0", "0", "0", "1"],
  ]);
  await expect(page.getByRole("img", { name: /^People by level of help, per week: Truro library/ })).toHaveCount(1);
  await expectNoViolations(page, "the merged report");
});

for (const [width, height] of [[320, 640], [375, 812], [1080, 1920]]) {
  test(`the report fits ${width} px wide without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openReport(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}tallies-report-${width}x${height}.png`, fullPage: true });
  });
}
