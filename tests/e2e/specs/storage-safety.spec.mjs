// Nothing lost in silence: two tabs that would overwrite each other's answers say so instead,
// a save that fails (storage full or turned off) is shown, and referral details that cannot
// be read are reported, and dropped with answers that cannot be read.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, walk, StartPage, QuestionPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { DeleteAnswersPage, RestoredBanner, ResumeSection, NEUTRAL_PAGE, expectOnNeutralPage, ExitBar } from "../pages/exit-pages.mjs";
import { t } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const ANSWERS = "signpost:v1:answers";
const REFERRAL = "signpost:v1:referral";
const answers = selfHelpDebts.answers;
test.use({ fulfilledElsewhere: { "https://www.bbc.co.uk/": NEUTRAL_PAGE } });

const saved = () => JSON.parse(localStorage.getItem("signpost:v1:answers") ?? "null");

test("a tab whose answers another tab changed stops saving and lets the person choose", async ({ page, context }) => {
  await startAndWalk(page, answers, { stopAt: "home" });
  const mine = await page.evaluate(saved);
  expect(Object.keys(mine.answers).length).toBeGreaterThan(1);

  // Another tab: opening it changes nothing (it writes back what it read), so no alarm yet.
  const other = await context.newPage();
  await other.goto("/");
  await new StartPage(other).waitForApp();
  const banner = page.getByRole("alert").filter({ hasText: t("other-tab-changed") });
  await expect(banner).toHaveCount(0);

  // The other tab deletes the answers.
  await other.goto(DeleteAnswersPage.path);
  await new DeleteAnswersPage(other).confirmButton.click();
  await expect.poll(() => other.evaluate(saved)).toBeNull();

  // This tab says so, and no longer saves over what the other tab did.
  await expect(banner).toBeVisible();
  await expectNoViolations(page, "a question with the other-tab notice");
  const q = new QuestionPage(page);
  await q.answer("home", answers.home);
  await q.continue();
  expect(await page.evaluate(saved), "this tab did not overwrite the other's change").toBeNull();

  // "Keep the answers on this page": saved again, and saving carries on.
  await banner.getByRole("button", { name: t("other-tab-keep-these") }).click();
  await expect(banner).toHaveCount(0);
  expect(Object.keys((await page.evaluate(saved)).answers)).toContain("home");
});

test("'Use the answers from the other tab' loads what the other tab saved", async ({ page, context }) => {
  await startAndWalk(page, answers, { stopAt: "home" });
  const other = await context.newPage();
  await other.goto(DeleteAnswersPage.path);
  await new DeleteAnswersPage(other).confirmButton.click();
  const banner = page.getByRole("alert").filter({ hasText: t("other-tab-changed") });
  await banner.getByRole("button", { name: t("other-tab-use-latest") }).click();
  // The answers were deleted there, so here the journey starts again.
  await new QuestionPage(page).waitForApp();
  await expect(banner).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/(questions/${startId})?$`));
});

test("quick exit in one tab leaves every Signpost tab", async ({ page, context }) => {
  await startAndWalk(page, answers, { stopAt: "home" });
  const other = await context.newPage();
  await other.route((u) => u.href.startsWith("https://www.bbc.co.uk/"), (r) =>
    r.fulfill({ status: 200, contentType: "text/html", body: NEUTRAL_PAGE }));
  await other.goto("/");
  await new StartPage(other).waitForApp();
  await new ExitBar(other).exitButton.click();
  await expectOnNeutralPage(other);
  await expectOnNeutralPage(page);
});

test("when the answers cannot be saved, the person is told before they lose them", async ({ page }) => {
  // A full disk: every write of the answers fails as browsers fail it.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === "signpost:v1:answers") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, k, v);
    };
  });
  await page.goto("/");
  const start = new StartPage(page);
  await start.waitForApp();
  const warning = page.getByRole("alert").filter({ hasText: t("save-problem-not-saved") });
  await expect(warning).toHaveCount(0);
  await start.start();
  await walk(page, answers, { stopAt: "home" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(t("save-problem-what-to-do"));
  await expectNoViolations(page, "a question with the not-saved warning");
  // The journey carries on.
  const q = new QuestionPage(page);
  await q.answer("home", answers.home);
  await q.continue();
  await expect(page).not.toHaveURL(/\/questions\/home$/);
});

/** Opens the start page with these keys in local storage, written before the app starts. */
async function loadWithSaved(page, values) {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem("test:seeded")) return;
    sessionStorage.setItem("test:seeded", "1");
    for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x);
  }, values);
  await page.goto("/");
  await new StartPage(page).waitForApp();
}

const goodAnswers = JSON.stringify({
  schema: 1,
  tree_version: "any",
  saved_at: Date.now() - 60_000,
  answers: { [startId]: { type: "choice", value: "yes" } },
});
const goodReferral = JSON.stringify({
  schema: 1,
  saved_at: Date.now() - 60_000,
  details: { reference: "SP-TEST-1234", what_matters: "Keeping the flat" },
});

test("referral details that cannot be read are reported, not dropped in silence", async ({ page }) => {
  await loadWithSaved(page, { [ANSWERS]: goodAnswers, [REFERRAL]: '{"schema":1,"details":{"debts":"lots"' });
  const banner = new RestoredBanner(page);
  await expect(banner.region).toContainText(t("restored-referral-corrupted"));
  await expectNoViolations(page, "the start page with the referral notice");
  // The answers themselves were fine: the person can carry on with them.
  await expect(new ResumeSection(page).region).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), REFERRAL)).toBeNull();
});

test("answers that cannot be read start again with the referral details given with them", async ({ page }) => {
  await loadWithSaved(page, { [ANSWERS]: '{"schema":1,"answers":[', [REFERRAL]: goodReferral });
  const banner = new RestoredBanner(page);
  await expect(banner.region).toContainText(t("restored-corrupted"));
  // The old reference and words are not reused for the new start.
  expect(await page.evaluate((k) => localStorage.getItem(k), REFERRAL)).toBeNull();
  await new StartPage(page).start();
  await walk(page, answers, { stopAt: "home" });
  expect(await page.evaluate((k) => localStorage.getItem(k), REFERRAL)).toBeNull();
});
