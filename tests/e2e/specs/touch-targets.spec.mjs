// Target size (WCAG 2.2, 2.5.8, AA): every button, every link in main, every radio and checkbox
// is at least 24 by 24 CSS px. Links inside the text of a paragraph or list item are exempt (the
// criterion's inline exception). On every kind of page, on a phone, left to right and right to left.
import { test, expect } from "../support/fixtures.mjs";
import { smallTargets } from "../support/targets.mjs";
import { visitEveryPageType } from "../support/locale-journey.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { defaultLocale } from "../support/content.mjs";

const MIN = 24;

// Every button, every link in main, every radio and checkbox; links in running text are exempt.
const targets = { min: MIN, selector: 'button, [role="button"], main a[href], input[type="radio"], input[type="checkbox"]', inlineExempt: true };

for (const locale of [defaultLocale, "ar"]) {
  test.describe(locale, () => {
    test.use({ viewport: { width: 375, height: 667 } });

    test(`targets are at least ${MIN}×${MIN} px on every kind of page (${locale})`, async ({ page, context }) => {
      await useLocale(context, locale);
      await visitEveryPageType(
        page,
        locale,
        async (name) => {
          const small = await page.evaluate(smallTargets, targets);
          expect.soft(small, `targets under ${MIN}×${MIN} px on ${name} (${locale})`).toEqual([]);
        },
        { errors: ["choice", "money", "date"], notFound: true },
      );
    });
  });
}
