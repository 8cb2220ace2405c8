// Before the app loads, or without JavaScript, the page still names the service and the
// national helplines as phone links.
import { test, expect } from "@playwright/test";
import { t } from "../support/content.mjs";
import { DEFAULT_EXIT_URL, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";

const helplines = [
  ["StepChange", "0800 138 1111"],
  ["National Debtline", "0808 808 4000"],
  ["Citizens Advice", "0800 144 8848"],
  ["Samaritans", "116 123"],
];

async function expectHelplines(page) {
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const [name, number] of helplines) {
    const link = page.getByRole("link", { name: new RegExp(`${name}.*${number}`) });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", new RegExp(`^tel:\\+?(44)?${number.replace(/^0/, "").replace(/ /g, "")}$`));
  }
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the page shows the service name and the helplines", { tag: "@smoke" }, async ({ page }) => {
    await page.goto("/questions/anything");
    await expect(page.getByText("Signpost", { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expectHelplines(page);
  });

  test("the page has a plain exit link that leaves", { tag: "@smoke" }, async ({ page }) => {
    await page.route(
      (url) => url.href.startsWith("https://www.bbc.co.uk/"),
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: NEUTRAL_PAGE }),
    );
    await page.goto("/questions/anything");
    const exit = page.getByRole("link", { name: `${t("exit-button-hidden")} ${t("exit-button")}`, exact: true });
    await expect(exit).toBeVisible();
    await expect(exit).toHaveAttribute("href", DEFAULT_EXIT_URL);
    await exit.click();
    await expectOnNeutralPage(page);
  });
});

test("if the app cannot start, the loading page keeps the helplines", { tag: "@smoke" }, async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.locator("#loading")).toBeVisible();
  await expectHelplines(page);
  // It says what the service is, in the start page's own words.
  await expect(page.locator("#loading .body-l")).toHaveText(t("start-lead"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("start-title"));
  // It reflows at 320 px like every page: the helpline links wrap.
  await page.setViewportSize({ width: 320, height: 640 });
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll("#loading *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.textContent.trim().slice(0, 40)),
  );
  expect(cut, "text past the right edge of the loading page at 320 px").toEqual([]);
});

test("the served HTML has a strict Content-Security-Policy and no third-party addresses", { tag: "@smoke" }, async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toMatch(/http-equiv="?Content-Security-Policy/);
  expect(html).toContain("default-src 'none'");
  // The one outside address is quick exit's neutral page: a link a person follows to leave,
  // which the page itself never loads.
  expect(html.replaceAll(DEFAULT_EXIT_URL, "")).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
});
