// Quick exit from the keyboard: Escape twice within a second (on-screen keyboards have no
// Escape key, so typing on a phone cannot set it off, unlike GOV.UK's triple Shift). One
// press only warns, for screen readers; it still works with the kiosk's warning dialog open.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, StartPage, walk, QuestionPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { ExitBar, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";
import { IdleWarning } from "../pages/kiosk-pages.mjs";
import { startKiosk, CONFIG_KEY } from "../support/kiosk.mjs";

test.use({ fulfilledElsewhere: { "https://www.bbc.co.uk/": NEUTRAL_PAGE } });

const answers = selfHelpDebts.answers;

async function storedAfterBack(page) {
  await page.goBack();
  await new QuestionPage(page).waitForApp();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  return page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith("signpost:")),
  );
}

test("Escape twice leaves and wipes; Escape once, or twice slowly, does not", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "debt-total" });
  const bar = new ExitBar(page);
  const q = new QuestionPage(page);
  await page.keyboard.press("Escape");
  await expect(bar.status).toHaveText(bar.t("exit-shortcut-armed"));
  await page.waitForTimeout(1_300);
  await expect(bar.status).toHaveText("");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1_300);
  await q.expectQuestion("debt-total");

  // Typing in a field (as on a phone's keyboard) does not count either.
  await q.input("debt-total").pressSequentially("12");
  await q.expectQuestion("debt-total");

  await bar.pressEscapeTwice();
  await expectOnNeutralPage(page);
  const left = await storedAfterBack(page);
  expect(left.filter((k) => k !== CONFIG_KEY), "storage after quick exit").toEqual([]);
});

test("Escape twice leaves even while the kiosk's idle warning is open", async ({ page }) => {
  await page.clock.install();
  await startKiosk(page, { idle: 30 });
  await new StartPage(page).start();
  await walk(page, answers, { stopAt: "home", focusFirst: false });
  const warning = new IdleWarning(page);
  await page.clock.fastForward(31_000);
  await expect(warning.dialog).toBeVisible();
  await new ExitBar(page).pressEscapeTwice();
  await expectOnNeutralPage(page);
  const left = await storedAfterBack(page);
  expect(left.filter((k) => k !== CONFIG_KEY), "storage after quick exit").toEqual([]);
  expect(left).not.toContain("signpost:v1:answers");
});
