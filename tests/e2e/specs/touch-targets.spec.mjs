// Target size (WCAG 2.2, 2.5.8, AA): every button, every link in main, every radio and checkbox
// is at least 24 by 24 CSS px. Links inside the text of a paragraph or list item are exempt (the
// criterion's inline exception). On every kind of page, on a phone, left to right and right to left.
import { test, expect } from "../support/fixtures.mjs";
import { visitEveryPageType } from "../support/locale-journey.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { defaultLocale } from "../support/content.mjs";

const MIN = 24;

/** Targets smaller than MIN×MIN that are not exempt, described. */
function smallTargets(min) {
  const targets = document.querySelectorAll(
    'button, [role="button"], main a[href], input[type="radio"], input[type="checkbox"]',
  );
  const small = [];
  for (const el of targets) {
    const s = getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden") continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    // Inline exception: a link in the running text of a paragraph or list item.
    if (el.matches("a") && s.display === "inline" && el.parentElement.closest("p, li")) continue;
    if (r.width < min - 0.01 || r.height < min - 0.01) {
      const label = (el.labels?.[0]?.innerText || el.innerText || el.value || "").trim().replace(/\s+/g, " ").slice(0, 40);
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      small.push(`${el.tagName.toLowerCase()}${cls} "${label}": ${r.width.toFixed(1)}×${r.height.toFixed(1)} (display: ${s.display})`);
    }
  }
  return small;
}

for (const locale of [defaultLocale, "ar"]) {
  test.describe(locale, () => {
    test.use({ viewport: { width: 375, height: 667 } });

    test(`targets are at least ${MIN}×${MIN} px on every kind of page (${locale})`, async ({ page, context }) => {
      test.setTimeout(60_000);
      await useLocale(context, locale);
      await visitEveryPageType(
        page,
        locale,
        async (name) => {
          const small = await page.evaluate(smallTargets, MIN);
          expect.soft(small, `targets under ${MIN}×${MIN} px on ${name} (${locale})`).toEqual([]);
        },
        { errors: ["choice", "money", "date"], notFound: true },
      );
    });
  });
}
