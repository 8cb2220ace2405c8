// An address the server cannot read (/%, a broken percent-encoding) or a file that does not
// exist (/x.png) gets public/error.html with its 4xx status: the helplines, a way to the start
// page and a quick exit, under the same Content-Security-Policy, never bare text. (A step's
// address that does not exist, /questions/nothing, is the app's own "Page not found":
// not-found.spec.mjs.)
import { test, expect } from "@playwright/test";
import { watchForProblems } from "../support/offline.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { DEFAULT_EXIT_URL, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";
import { t } from "../support/content.mjs";

const helplines = [
  ["StepChange", "0800 138 1111", "tel:+448001381111"],
  ["National Debtline", "0808 808 4000", "tel:+448088084000"],
  ["Citizens Advice", "0800 144 8848", "tel:+448001448848"],
  ["Samaritans", "116 123", "tel:116123"],
];

/**
 * The browser logs every 4xx answer as "Failed to load resource" (that is the point here);
 * any other console error (a blocked script or style) or uncaught error is a problem.
 */
function otherProblems(problems) {
  return problems.filter((p) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(p));
}

async function expectErrorPage(page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("main")).toHaveCount(1);
  for (const [name, number, href] of helplines) {
    await expect(page.getByRole("link", { name: new RegExp(`${name}.*${number}`) })).toHaveAttribute("href", href);
  }
  await expect(page.getByRole("link", { name: "Go to the start page" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("button", { name: t("exit-button") })).toHaveAttribute("href", DEFAULT_EXIT_URL);
  // Styled by the app's stylesheet (the red exit button), which the CSP allowed.
  await expect(page.getByRole("button", { name: t("exit-button") })).toHaveCSS("background-color", "rgb(212, 53, 28)");
}

for (const [path, status] of [
  ["/%", 400],
  ["/%E0%A4%A", 400],
  ["/x.png", 404],
  ["/questions/home.json", 404],
]) {
  test(`${path} answers ${status} with the error page`, { tag: "@smoke" }, async ({ page }) => {
    const problems = watchForProblems(page);
    const response = await page.goto(path);
    expect(response.status()).toBe(status);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    await expectErrorPage(page);
    expect(otherProblems(problems)).toEqual([]);
  });
}

test("the error page passes axe, and leads to the start page", async ({ page }) => {
  await page.goto("/x.png");
  await expectErrorPage(page);
  await expectNoViolations(page, "error.html", { soft: false });
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("start-title"));
});

test("quick exit works on the error page too (Escape twice), wiping the person's keys", async ({ page }) => {
  await page.route((url) => url.href.startsWith("https://www.bbc.co.uk/"), (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: NEUTRAL_PAGE }),
  );
  await page.goto("/x.png");
  await page.evaluate(() => localStorage.setItem("signpost:v1:answers", "{}"));
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expectOnNeutralPage(page);
  await page.goto("/x.png");
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
