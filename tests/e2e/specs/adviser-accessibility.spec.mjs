// Adviser mode pages pass axe (WCAG 2.2 A and AA) on a wide screen (1080 px) and reflow at
// 320 px without sideways scrolling: the answers panel beside the question when wide and below
// it when narrow, "Why this result?" open, the summary with the adviser's notes, and the notes
// page. Screenshots: screenshots/adviser-*.png.
import { test, expect } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { StartPage, walk, completeJourneyFromHere } from "../support/journey.mjs";
import { referralAnswers, toReferralSummary } from "../support/referral-journey.mjs";
import { AnswersPanel, WhyOutcome, AdviserNotesBox, AdviserNotesPage, useAdviserMode } from "../pages/adviser-pages.mjs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../screenshots/", import.meta.url));

const sizes = [
  { name: "1080x1920", viewport: { width: 1080, height: 1920 }, wide: true },
  { name: "320", viewport: { width: 320, height: 640 }, wide: false },
  { name: "375x667", viewport: { width: 375, height: 667 }, wide: false },
];

async function expectNoSidewaysScroll(page, what) {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect.soft(widths[0], `${what} scrolls sideways`).toBeLessThanOrEqual(widths[1]);
}

async function check(page, size, name) {
  // From the top: axe's target-size check counts a link scrolled under the sticky "Exit this
  // page" bar as too close to it, whichever link happens to be there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoViolations(page, `${name} at ${size.name}`);
  await expectNoSidewaysScroll(page, `${name} at ${size.name}`);
  await page.screenshot({ path: `${dir}adviser-${name}-${size.name}.png`, fullPage: true });
}

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: 1 });

    test(`question with the answers panel, and the result with why, at ${size.name}`, async ({ page }) => {
      await useAdviserMode(page);
      const start = new StartPage(page);
      await start.goto();
      await start.start();
      await walk(page, referralAnswers, { stopAt: "health" });
      const panel = new AnswersPanel(page);
      await expect(panel.region).toBeVisible();
      const form = await page.locator("main form").boundingBox();
      const box = await panel.region.boundingBox();
      if (size.wide) {
        expect(box.x, "the panel is beside the question").toBeGreaterThanOrEqual(form.x + form.width);
        expect(box.y).toBeLessThan(form.y + form.height);
      } else {
        expect(box.y, "the panel is below the question").toBeGreaterThanOrEqual(form.y + form.height);
      }
      await check(page, size, "question");

      await completeJourneyFromHere(page, referralAnswers);
      const why = new WhyOutcome(page);
      await why.open();
      await check(page, size, "outcome-why");
      await why.details.screenshot({ path: `${dir}adviser-why-${size.name}.png` });
    });

    test(`the summary with the adviser's notes, and the notes page, at ${size.name}`, async ({ page }) => {
      test.setTimeout(90_000);
      await useAdviserMode(page);
      await toReferralSummary(page);
      const box = new AdviserNotesBox(page);
      await box.addLink.click();
      const notes = new AdviserNotesPage(page);
      await notes.expectShown();
      await check(page, size, "notes");
      await notes.save("Seen at the hub with a support worker. Prefers letters in large print.");
      await expect(box.region).toBeVisible();
      await box.region.scrollIntoViewIfNeeded();
      await check(page, size, "summary-notes");
    });
  });
}
