// Windows high contrast (forced colours) and reduced motion: the start page and a question page
// still pass axe, the Continue button is visible with a border, and focus still shows (box-shadows
// are dropped in forced colours, so only outlines and borders count). Screenshots saved.
import { test, expect } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { StartPage, QuestionPage } from "../support/journey.mjs";
import { startId } from "../support/content.mjs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../screenshots/", import.meta.url));

/** The focused element's outline, as forced colours draw it (box-shadow is forced to none). */
function focusOutline() {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return {
    what: `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ""}>`,
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    shows: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== "rgba(0, 0, 0, 0)",
  };
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
});

test("start page in forced colours with reduced motion", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
  expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
  await expect(start.startButton).toBeVisible();
  await expectNoViolations(page, "the start page (forced colours)");
  // Keyboard focus on Start now still shows.
  await start.startButton.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(start.startButton).toBeFocused();
  const f = await page.evaluate(focusOutline);
  expect.soft(f.shows, `${f.what} focus in forced colours (outline: ${f.outline})`).toBe(true);
  await page.screenshot({ path: `${dir}forced-colors-start.png`, fullPage: true });
});

test("question page in forced colours: Continue has a visible border, focus shows", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  const q = new QuestionPage(page);
  await q.expectQuestion(startId);
  await expect(q.continueButton).toBeVisible();
  await expectNoViolations(page, "a question page (forced colours)");
  const border = await q.continueButton.evaluate((b) => {
    const s = getComputedStyle(b);
    return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, color: s.borderTopColor, background: s.backgroundColor };
  });
  expect.soft(border.style, "Continue has a border in forced colours").not.toBe("none");
  expect.soft(border.width, "Continue's border width").toBeGreaterThanOrEqual(1);
  expect.soft(border.color, "Continue's border is not transparent").not.toBe("rgba(0, 0, 0, 0)");
  expect.soft(border.color, "Continue's border differs from its background").not.toBe(border.background);
  // No animations or transitions run.
  const motion = await q.continueButton.evaluate((b) => {
    const s = getComputedStyle(b);
    return { transition: s.transitionDuration, animation: s.animationName };
  });
  expect(motion.transition.split(",").every((d) => parseFloat(d) === 0)).toBe(true);
  expect(motion.animation).toBe("none");
  // Focus, with the keyboard, on a radio and on Continue still shows.
  await expect(q.heading).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(q.radio(startId, "yes")).toBeFocused();
  let f = await page.evaluate(focusOutline);
  expect.soft(f.shows, `${f.what} focus in forced colours (outline: ${f.outline})`).toBe(true);
  await page.keyboard.press("Tab");
  await expect(q.continueButton).toBeFocused();
  f = await page.evaluate(focusOutline);
  expect.soft(f.shows, `${f.what} focus in forced colours (outline: ${f.outline})`).toBe(true);
  await page.screenshot({ path: `${dir}forced-colors-question.png`, fullPage: true });
  // And with an error.
  await q.continueExpectingError();
  await expectNoViolations(page, "a question page with an error (forced colours)");
  await page.screenshot({ path: `${dir}forced-colors-question-error.png`, fullPage: true });
});

test("the language switch shows focus in forced colours", async ({ page }) => {
  await new StartPage(page).goto();
  const buttons = page.getByRole("banner").getByRole("button");
  test.skip((await buttons.count()) === 0, "only one language offered");
  // The last link in the header comes just before the switch ("Get help now" follows the service name).
  await page.getByRole("banner").getByRole("link").last().focus();
  await page.keyboard.press("Tab");
  await expect(buttons.first()).toBeFocused();
  const f = await page.evaluate(focusOutline);
  expect.soft(f.shows, `${f.what} focus in forced colours (outline: ${f.outline})`).toBe(true);
});
