// Reflow (WCAG 1.4.10) and resized text (1.4.4): no horizontal scrolling at 320 CSS px wide (what
// 1280 px at 400% zoom gives), nor at 640 px wide (1280 px at 200% zoom) with text at 200% on top,
// on every kind of page, left to right and right to left. Screenshots: screenshots/reflow-*.png.
import { test, expect } from "../support/fixtures.mjs";
import { visitEveryPageType } from "../support/locale-journey.mjs";
import { useLocale } from "../pages/language-switch.mjs";
import { defaultLocale } from "../support/content.mjs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../screenshots/", import.meta.url));

const setups = [
  { name: "320", viewport: { width: 320, height: 640 }, text: null },
  { name: "640-text200", viewport: { width: 640, height: 800 }, text: "200%" },
];

/** What sticks out sideways, for the failure message. */
function overflowReport() {
  const w = window.innerWidth;
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const s = getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden" || el.closest(".visually-hidden")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > w + 1 || r.left < -1) {
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: w, sticksOut: out.slice(0, 8) };
}

for (const setup of setups) {
  for (const locale of [defaultLocale, "ar"]) {
    test.describe(`${setup.name} ${locale}`, () => {
      test.use({ viewport: setup.viewport, deviceScaleFactor: 1 });

      test(`no horizontal scrolling at ${setup.name}, ${locale}`, async ({ page, context }) => {
        await useLocale(context, locale);
        await visitEveryPageType(page, locale, async (name) => {
          if (setup.text) {
            // Text-only zoom: the root font size, which every rem and em follows. Set again
            // after full page loads (the not-found page is one).
            await page.evaluate((size) => (document.documentElement.style.fontSize = size), setup.text);
            await expect(page.locator("html")).toHaveCSS("font-size", "32px");
          }
          const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
          const report = fits ? null : await page.evaluate(overflowReport);
          expect.soft(report, `${name} (${locale}, ${setup.name}) scrolls sideways`).toBeNull();
          await page.screenshot({ path: `${dir}reflow-${setup.name}-${locale}-${name}.png`, fullPage: true });
        }, { notFound: false });
      });
    });
  }
}
