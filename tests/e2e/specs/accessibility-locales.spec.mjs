// axe-core finds no WCAG 2.0/2.1/2.2 A or AA problems on any kind of page in Welsh and in Arabic
// (right to left): lang and dir on <html>, the language switch, the draft note, translated names.
import { test, expect } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { visitEveryPageType } from "../support/locale-journey.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { locales, dirFor } from "../support/content.mjs";

for (const locale of ["cy", "ar"]) {
  test.describe(locale, () => {
    test.beforeEach(async ({ context }) => {
      expect(locales, `settings.json "locales" should offer ${locale}`).toContain(locale);
      await useLocale(context, locale);
    });

    test(`every kind of page, with errors, has no axe violations (${locale})`, async ({ page }) => {
      const html = page.locator("html");
      await visitEveryPageType(
        page,
        locale,
        async (name) => {
          await expect(html).toHaveAttribute("lang", locale);
          await expect(html).toHaveAttribute("dir", dirFor(locale));
          await expectNoViolations(page, `${name} in ${locale}`);
        },
        { errors: ["choice", "money", "date"], notFound: true },
      );
    });
  });
}
