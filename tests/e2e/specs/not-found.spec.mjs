// Addresses that are not part of the service show "Page not found".
import { test, expect } from "../support/fixtures.mjs";
import { NotFoundPage } from "../pages/not-found-page.mjs";
import { t } from "../support/content.mjs";

for (const path of ["/no-such-page", "/questions/no-such-question", "/deep/unknown/path"]) {
  test(`${path} shows Page not found`, { tag: "@smoke" }, async ({ page }) => {
    const nf = new NotFoundPage(page);
    await nf.goto(path);
    await nf.expectShown();
    await expect(page).toHaveTitle(`${t("not-found-title")} – ${t("service-name")}`);
  });
}
