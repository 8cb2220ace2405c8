// The first frame a person sees is the loading page (the start page's heading and lead, and
// the helplines), never a blank page while the app starts; then the app replaces it.
import { test, expect } from "@playwright/test";
import { t } from "../support/content.mjs";

test("the loading page is painted before the app replaces it", { tag: "@smoke" }, async ({ page }) => {
  // Before any of the page's scripts: note what the first frame showing a heading contains.
  await page.addInitScript(() => {
    const frame = () => {
      if (!document.querySelector("h1")) return requestAnimationFrame(frame);
      window.__firstFrame = {
        loading: !!document.getElementById("loading"),
        app: !!document.querySelector("header.header"),
      };
    };
    requestAnimationFrame(frame);
  });
  await page.goto("/");
  await expect.poll(() => page.evaluate(() => window.__firstFrame)).toEqual({ loading: true, app: false });
  // Then the app: its start page, and the loading page gone.
  await expect(page.getByRole("button", { name: new RegExp(t("start-button")) })).toBeVisible();
  await expect(page.locator("#loading")).toHaveCount(0);
});
