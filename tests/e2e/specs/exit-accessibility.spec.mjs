// The quick exit bar, "Staying safe online" and the resume section: axe-clean, reachable from
// every page, large enough to tap, no sideways scrolling at 320 CSS pixels, and on a phone
// always in view without hiding what has focus.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, StartPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { ExitBar, Footer, StayingSafePage, ResumeSection } from "../pages/exit-pages.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { t } from "../support/content.mjs";

test("Staying safe online is linked from the exit bar and the footer, and is axe-clean", async ({ page }) => {
  await page.goto("/");
  const bar = new ExitBar(page);
  await bar.waitForApp();
  await bar.stayingSafeLink.click();
  const safe = new StayingSafePage(page);
  await safe.expectShown();
  await safe.expectHeadingFocused();
  // It names the button and the shortcut, and points to the safety page.
  await expect(page.getByRole("main")).toContainText(t("exit-button"));
  await expect(page.getByRole("main")).toContainText("Esc");
  await expectNoViolations(page, "Staying safe online");
  await safe.helpLink.click();
  await expect(page).toHaveURL(/\/help\/[^/]+$/);

  await new Footer(page).stayingSafeLink.click();
  await safe.expectShown();
});

test("the start page with answers to carry on is axe-clean", async ({ page }) => {
  await startAndWalk(page, selfHelpDebts.answers, { stopAt: "home" });
  await page.goto("/");
  await new StartPage(page).waitForApp();
  await expect(new ResumeSection(page).region).toBeVisible();
  await expectNoViolations(page, "the start page with saved answers");
});

for (const [width, height] of [[320, 640], [375, 667], [1080, 1920]]) {
  test(`the exit bar at ${width}×${height}: on top, big enough, no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/staying-safe-online");
    const bar = new ExitBar(page);
    await bar.waitForApp();
    const box = await bar.exitButton.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    // On a phone it stays in view while the page scrolls, and a focused link is not hidden
    // under it; on a larger screen it scrolls away rather than cover what is read.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    if (width <= 640) await expect(bar.exitButton).toBeInViewport();
    const lastLink = new Footer(page).deleteLink;
    await page.evaluate(() => window.scrollTo(0, 0));
    await lastLink.focus();
    const barBox = await page.locator(".exit-this-page").boundingBox();
    const linkBox = await lastLink.boundingBox();
    expect(linkBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
  });
}
