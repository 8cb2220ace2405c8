// "Delete my answers", in every page's footer: asks first ("No" goes back to where the person
// was), then removes every answer from the device and from memory, in every mode.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, walk, StartPage, QuestionPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { DeleteAnswersPage, Footer, ResumeSection } from "../pages/exit-pages.mjs";
import { startKiosk, storedKeys, CONFIG_KEY } from "../support/kiosk.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const answers = selfHelpDebts.answers;

test("Delete my answers asks first, then leaves nothing on the device", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "debt-total" });
  const q = new QuestionPage(page);
  const footer = new Footer(page);
  const del = new DeleteAnswersPage(page);

  // "No, keep my answers" goes back to the question, answers kept.
  await footer.deleteLink.click();
  await del.expectShown();
  await del.expectHeadingFocused();
  await expectNoViolations(page, "the delete page");
  await del.cancelLink.click();
  await q.expectQuestion("debt-total");
  await q.backLink.click();
  await q.expectAnswered("debt-types", answers["debt-types"]);

  await footer.deleteLink.click();
  await del.expectShown();
  await del.confirmButton.click();
  await del.expectDone();
  await expectNoViolations(page, "the answers-deleted page");
  const { local, session } = await storedKeys(page);
  expect(Object.keys(local), "localStorage").toEqual([]);
  expect(Object.keys(session).filter((k) => k !== CONFIG_KEY), "sessionStorage").toEqual([]);

  // Back from the confirmation skips "Are you sure?", and shows no answer either.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/delete-my-answers$/);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);

  // Nothing to carry on with, even after a reload.
  await page.goto("/");
  const start = new StartPage(page);
  await start.waitForApp();
  await expect(new ResumeSection(page).region).toHaveCount(0);
  await expect(start.startButton).toBeVisible();
});

test("Delete my answers on a kiosk clears session storage too, keeping only the kiosk's own keys", async ({ page }) => {
  await startKiosk(page);
  await new StartPage(page).start();
  await walk(page, answers, { stopAt: "home", focusFirst: false });
  expect(Object.keys((await storedKeys(page)).session)).toContain("signpost:v1:answers");
  await new Footer(page).deleteLink.click();
  const del = new DeleteAnswersPage(page);
  await del.confirmButton.click();
  await del.expectDone();
  const { local, session } = await storedKeys(page);
  expect(Object.keys(local)).toEqual([]);
  expect(Object.keys(session).filter((k) => k !== CONFIG_KEY)).toEqual([]);
  await del.startAgainLink.click();
  await expect(new StartPage(page).startButton).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
});
