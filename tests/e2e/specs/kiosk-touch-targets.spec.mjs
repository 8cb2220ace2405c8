// Kiosk mode's large targets: every link, button, radio and checkbox is at least 44 by 44 CSS px
// (WCAG 2.5.5, the enhanced size, with no inline exception: people stand at a kiosk and tap at
// arm's length), and the text is a size up. On every kind of page, on a portrait kiosk screen
// and on a phone-sized one, left to right and right to left.
import { test, expect } from "../support/fixtures.mjs";
import { smallTargets } from "../support/targets.mjs";
import { visitEveryPageType } from "../support/locale-journey.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { defaultLocale } from "../support/content.mjs";
import { toReferralSummary } from "../support/referral-journey.mjs";
import { ConsentPage } from "../pages/referral-pages.mjs";
import { startKiosk } from "../support/kiosk.mjs";
import { StaffPage } from "../pages/kiosk-pages.mjs";

const MIN = 44;

// Every link but the skip link (1 px until focused), every button, radio and checkbox; no inline exception.
const targets = { min: MIN, selector: 'button, [role="button"], a[href]:not(.skip-link), input[type="radio"], input[type="checkbox"]', inlineExempt: false };

async function expectLargeTargets(page, name) {
  const small = await page.evaluate(smallTargets, targets);
  expect.soft(small, `targets under ${MIN}×${MIN} px on ${name}`).toEqual([]);
}

for (const [locale, viewport] of [
  [defaultLocale, { width: 1080, height: 1920 }],
  ["ar", { width: 375, height: 667 }],
]) {
  test.describe(`${locale} at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test(`kiosk targets are at least ${MIN}×${MIN} px on every kind of page (${locale})`, async ({ page, context }) => {
      await useLocale(context, locale);
      await startKiosk(page);
      // Bigger text than a resident's screen.
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(size).toBeGreaterThanOrEqual(19);
      await visitEveryPageType(page, locale, (name) => expectLargeTargets(page, name), {
        errors: ["choice", "money", "date"],
        notFound: true,
      });
    });
  });
}

test.describe("referral pages and the staff page", () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test(`kiosk targets are at least ${MIN}×${MIN} px on the referral pages and /staff`, async ({ page }) => {
    await startKiosk(page);
    await toReferralSummary(page);
    await expectLargeTargets(page, "referral summary");
    await page.goto(`${ConsentPage.path}?change=1`);
    await new ConsentPage(page).expectShown();
    await expectLargeTargets(page, "referral consent");
    const staff = new StaffPage(page);
    await staff.goto();
    await expect(staff.table).toBeVisible();
    await expectLargeTargets(page, "staff");
  });
});
