// A whole referral journey with the keyboard alone: Tab and Shift+Tab to move, Space for radios
// and checkboxes, arrow keys inside a radio group, typing into text boxes, Enter on Continue and
// on links. Every control that takes focus shows it (an outline or a box-shadow), and focus never
// falls back to the page itself.
import { test, expect } from "../support/fixtures.mjs";
import { QuestionPage, StartPage, CheckAnswersPage, OutcomePage, defaultAnswer } from "../support/journey.mjs";
import { severalNeeds } from "../support/journeys.mjs";
import { node, questionText, questionTextFor, headingText, headingTextFor, languageName, t } from "../support/content.mjs";

/** What the focused element looks like: enough to tell whether focus can be seen. */
function describeFocus() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { none: true };
  const s = getComputedStyle(el);
  const after = getComputedStyle(el, "::after");
  const transparent = (c) => c === "transparent" || /rgba\([^)]*,\s*0\)$/.test(c);
  const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
  const shadow = s.boxShadow !== "none" || (after.content !== "none" && after.boxShadow !== "none");
  const r = el.getBoundingClientRect();
  return {
    none: false,
    what: `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}${el.getAttribute("type") ? ` type="${el.getAttribute("type")}"` : ""}> "${(el.labels?.[0]?.innerText || el.innerText || el.value || "").trim().slice(0, 40)}"`,
    control: el.matches("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"),
    focusVisible: el.matches(":focus-visible"),
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    boxShadow: s.boxShadow,
    visible: outline || shadow,
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.left < innerWidth && r.top < innerHeight,
  };
}

/** Checks the focused control shows its focus. Returns its description. */
async function expectFocusVisible(page) {
  const f = await page.evaluate(describeFocus);
  expect(f.none, "focus is on a control, not lost to the page").toBe(false);
  if (f.control) {
    expect.soft(f.focusVisible, `${f.what} matches :focus-visible`).toBe(true);
    expect.soft(f.visible, `${f.what} shows focus (outline: ${f.outline}; box-shadow: ${f.boxShadow})`).toBe(true);
    expect.soft(f.onScreen, `${f.what} is on screen when focused`).toBe(true);
  }
  return f;
}

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/**
 * Presses `key` (Tab or Shift+Tab) until `target` has focus, checking the focus of every control
 * met on the way. Fails after `max` presses.
 */
async function tabTo(page, target, { key = "Tab", max = 40 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    trail.push((await expectFocusVisible(page)).what);
    if (await isFocused(target)) return trail;
  }
  throw new Error(`${key} ×${max} never reached ${target}: went through ${trail.join(" → ")}`);
}

/** Enter on a focused link or button, then wait for the address to change. */
async function enterAndWaitForNavigation(page) {
  const before = page.url();
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.href !== before);
}

/** Answers the question on the page with the keyboard only, then Enter on Continue. */
async function answerWithKeyboard(page, q, id, value) {
  const type = node(id).type;
  switch (type) {
    case "yes_no":
    case "single_choice": {
      const options = node(id).options.map((o) => o.id);
      const index = options.indexOf(value);
      // Tab into the group lands on its first radio (none is checked yet).
      await tabTo(page, q.radio(id, options[0]));
      if (index === 0) {
        await page.keyboard.press("Space");
      } else {
        // Arrow keys move through the group and select as they go.
        for (let i = 0; i < index; i++) {
          await page.keyboard.press("ArrowDown");
          await expectFocusVisible(page);
        }
        // Up and down again: arrows go both ways.
        await page.keyboard.press("ArrowUp");
        await expect(q.radio(id, options[index - 1])).toBeChecked();
        await page.keyboard.press("ArrowDown");
      }
      await expect(q.radio(id, value)).toBeFocused();
      await expect(q.radio(id, value)).toBeChecked();
      await tabTo(page, q.continueButton);
      break;
    }
    case "multiple_choice": {
      const wanted = [].concat(value);
      for (const opt of wanted) {
        await tabTo(page, q.checkbox(id, opt));
        await page.keyboard.press("Space");
        await expect(q.checkbox(id, opt)).toBeChecked();
      }
      await tabTo(page, q.continueButton);
      // Shift+Tab goes back to the last box, Tab forward again to Continue.
      await tabTo(page, q.page.getByRole("checkbox").last(), { key: "Shift+Tab", max: 3 });
      await tabTo(page, q.continueButton, { max: 3 });
      for (const opt of wanted) await expect(q.checkbox(id, opt)).toBeChecked();
      break;
    }
    case "money":
    case "number":
    case "text": {
      await tabTo(page, q.input(id));
      await page.keyboard.type(String(value));
      await expect(q.input(id)).toHaveValue(String(value));
      await tabTo(page, q.continueButton);
      break;
    }
    case "date": {
      for (const [part, v] of [["day", value.day], ["month", value.month], ["year", value.year]]) {
        await tabTo(page, q.datePart(part));
        await page.keyboard.type(String(v));
      }
      await tabTo(page, q.continueButton);
      break;
    }
    default:
      throw new Error(`no keyboard answer for type ${type}`);
  }
  await enterAndWaitForNavigation(page);
}

test("a whole referral journey with the keyboard alone, focus always visible", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();

  // The first Tab reaches the skip link, shown on focus.
  await page.keyboard.press("Tab");
  await expectFocusVisible(page);
  const skip = page.getByRole("link", { name: t("skip-to-content"), exact: true });
  await expect(skip, "the skip link is the first thing Tab reaches").toBeFocused();
  await expect(skip).toBeInViewport();

  // Start now is a link styled as a button: Enter follows it.
  await tabTo(page, start.startButton);
  await enterAndWaitForNavigation(page);

  const q = new QuestionPage(page);
  const answered = [];
  for (let step = 0; step < 30; step++) {
    await page.waitForURL(/\/(questions\/[^/?#]+|check-answers)(\?.*)?$/);
    if (new URL(page.url()).pathname === "/check-answers") break;
    const id = q.currentId();
    await expect(q.heading).toHaveText(headingText(id));
    // Each step starts from the page's heading, so Tab goes on from there.
    await expect(q.heading).toBeFocused();
    const value = id in severalNeeds.answers ? severalNeeds.answers[id] : defaultAnswer(id);
    await answerWithKeyboard(page, q, id, value);
    answered.push(id);
  }
  expect(answered.length).toBeGreaterThan(5);

  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await expect(check.heading).toBeFocused();
  // Past the Back link and every Change link to See your result, a link: Enter follows it.
  await tabTo(page, check.seeResult);
  await enterAndWaitForNavigation(page);

  const outcome = new OutcomePage(page);
  await outcome.expectOutcome(severalNeeds.outcome);
  await expect(outcome.heading).toBeFocused();
  // The rest of the outcome page (its links, the footer's phone links) shows focus too.
  await tabTo(page, outcome.checkAnswersLink);
  await enterAndWaitForNavigation(page);
  await check.expectShown();
});

test("Shift+Tab walks back through a page in reverse, each control showing focus", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  const q = new QuestionPage(page);
  await expect(q.heading).toBeFocused();
  const forward = await tabTo(page, q.continueButton);
  // From Continue back to the Back link, through the radios in between.
  const backward = await tabTo(page, q.backLink, { key: "Shift+Tab", max: 10 });
  expect(backward.length).toBeGreaterThan(0);
  expect(forward.length).toBeGreaterThan(0);
  // Enter on the Back link goes to the start page.
  await enterAndWaitForNavigation(page);
  await expect(start.heading).toHaveText(start.t("start-title"));
});

test("the language switch works from the keyboard and keeps focus in the switch", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  const q = new QuestionPage(page);
  await expect(q.heading).toBeFocused();
  const cymraeg = page.getByRole("banner").getByRole("button", { name: languageName("cy"), exact: true });
  // Backwards from the heading, past the Back link, into the header.
  await tabTo(page, cymraeg, { key: "Shift+Tab", max: 10 });
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(q.heading).toHaveText(headingTextFor("cy", q.currentId()));
  // The page was re-rendered around the button; focus must not fall back to <body>, where a
  // screen reader loses its place and the next Tab starts from the top of the page.
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    return {
      lost: !el || el === document.body,
      inSwitch: !!el?.closest("nav") && !!el.closest("header"),
      isHeading: el?.matches("main h1") ?? false,
      what: el ? el.outerHTML.slice(0, 80) : "nothing",
    };
  });
  expect(where.lost, `focus after switching language: ${where.what}`).toBe(false);
  expect(where.inSwitch || where.isHeading, `focus after switching is in the language switch or on the h1: ${where.what}`).toBe(true);
  // Switch back the same way: Enter on English.
  const english = page.getByRole("banner").getByRole("button", { name: languageName("en-GB"), exact: true });
  await tabTo(page, english, { key: "Shift+Tab", max: 10 });
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});
