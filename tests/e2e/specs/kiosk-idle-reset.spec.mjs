// A kiosk left alone warns, can be extended once ("I'm still here", WCAG 2.2.1), and then, left
// alone again, counts down and resets: local storage holds nothing of Signpost's, session storage only the kiosk setting
// (the anonymous tallies are in IndexedDB), no answer is on the page, and Back does not bring one back.
// Playwright's clock skips the waiting: ?idle=30 gives a 30 s idle time and a 15 s countdown.
import { test, expect } from "../support/fixtures.mjs";
import { walk, StartPage, QuestionPage, CheckAnswersPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { startKiosk, storedKeys, expectWiped, expectNoneOnPage } from "../support/kiosk.mjs";
import { IdleWarning } from "../pages/kiosk-pages.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const IDLE = 30_000;
const WARNING = 15_000;
const typed = "Keeping the boiler on at Trelawny Road";
const answers = { ...selfHelpDebts.answers, "help-most": typed };
// What only this person's answers would put on a page.
const traces = [typed, "£850.50"];

/** Back from the start page after a reset: wherever it lands, nothing of the last person. */
async function expectBackShowsNothing(page) {
  const q = new QuestionPage(page);
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await q.waitForApp();
    // Each earlier entry loads afresh from empty storage and sends the person to the start.
    await expect(page).toHaveURL(new RegExp(`/(questions/${startId})?$`));
    await expectNoneOnPage(page, traces, `the page Back reached (${i + 1})`);
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  }
}

test("left idle, the kiosk warns, is extended once, then counts down and wipes everything", async ({ page }) => {
  await page.clock.install();
  await startKiosk(page, { idle: 30 });
  await new StartPage(page).start();
  await walk(page, answers);
  const check = new CheckAnswersPage(page);
  await check.expectShown();
  await expect(page.getByText(typed)).toBeVisible();

  // Idle: the warning, with focus on "I'm still here" and the countdown from 15 seconds.
  const warning = new IdleWarning(page);
  await expect(warning.dialog).toBeHidden();
  await page.clock.fastForward(IDLE - 2_000);
  await page.clock.runFor(1_000);
  await expect(warning.dialog, "no warning before the idle time").toBeHidden();
  await page.clock.fastForward(2_000);
  await expect(warning.dialog).toBeVisible();
  await expect(warning.stayButton).toBeFocused();
  expect(await warning.secondsLeft()).toBe(WARNING / 1000);
  await expect(warning.dialog.locator('[aria-live="polite"]')).toContainText(String(WARNING / 1000));
  await page.clock.runFor(5_000);
  expect(await warning.secondsLeft()).toBeLessThanOrEqual(11);
  // Large targets in the dialog too, and axe-clean while it is open.
  for (const b of [warning.stayButton, warning.clearButton]) {
    const box = await b.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await expectNoViolations(page, "the inactivity warning");

  // "I'm still here": the warning closes and nothing is lost.
  await warning.stayButton.click();
  await expect(warning.dialog).toBeHidden();
  await check.expectShown();
  await expect(page.getByText(typed)).toBeVisible();
  expect(Object.keys((await storedKeys(page)).session)).toContain("signpost:v1:answers");

  // Idle again, and this time nobody answers: the countdown runs out.
  await page.clock.fastForward(IDLE);
  await expect(warning.dialog).toBeVisible();
  await page.clock.fastForward(WARNING);
  await page.waitForURL((u) => u.pathname === "/");
  const start = new StartPage(page);
  await start.waitForApp();
  await expect(start.heading).toHaveText(start.t("start-title"));
  await expect(start.startButton).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  await expectWiped(page);
  await expectNoneOnPage(page, traces, "the start page after the reset");
  await expectBackShowsNothing(page);
  // Still a kiosk for the next person.
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
});

test("Escape extends like \"I'm still here\"; \"Finish and clear now\" wipes at once", async ({ page }) => {
  await page.clock.install();
  await startKiosk(page, { idle: 30 });
  await new StartPage(page).start();
  await walk(page, answers, { stopAt: "main-worry" });
  const warning = new IdleWarning(page);

  await page.clock.fastForward(IDLE);
  await expect(warning.dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(warning.dialog).toBeHidden();
  await new QuestionPage(page).expectQuestion("main-worry");

  await page.clock.fastForward(IDLE);
  await expect(warning.dialog).toBeVisible();
  await warning.clearButton.click();
  await page.waitForURL((u) => u.pathname === "/");
  await new StartPage(page).waitForApp();
  await expectWiped(page);
});

test("a resident's phone never shows the warning", async ({ page }) => {
  await page.clock.install();
  const start = new StartPage(page);
  await start.goto();
  await start.start();
  await page.clock.fastForward(3_600_000);
  await page.clock.runFor(2_000);
  await expect(new IdleWarning(page).dialog).toBeHidden();
  await new QuestionPage(page).expectQuestion(startId);
});
