// "Exit this page" on every page: deletes every stored answer, then replaces the page with a
// neutral one (a weather page, or the hub's choice), so Back does not show Signpost's answers.
// The neutral pages are answered inside the browser (fulfilledElsewhere): nothing goes out.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, QuestionPage, startId } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { ExitBar, DEFAULT_EXIT_URL, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";
import { CONFIG_KEY, routeHubFile } from "../support/kiosk.mjs";

const HUB_EXIT_URL = "https://news.example.org/today";
test.use({
  fulfilledElsewhere: { "https://www.bbc.co.uk/": NEUTRAL_PAGE, "https://news.example.org/": NEUTRAL_PAGE },
});

const typed = "Help to talk to the card company about Trelawny Road";
const answers = { ...selfHelpDebts.answers, "help-most": typed };

/** Signpost's keys in the app's local storage, read from outside the page (it has left). */
async function localKeys(context, baseURL) {
  const origin = new URL(baseURL).origin;
  const state = await context.storageState();
  const ours = state.origins.find((o) => o.origin === origin)?.localStorage ?? [];
  return ours.map((e) => e.name).filter((k) => k.startsWith("signpost:"));
}

/** Back from the neutral page: an earlier page of Signpost, loaded afresh, without answers. */
async function expectBackShowsNoAnswers(page) {
  await page.goBack();
  const q = new QuestionPage(page);
  await q.waitForApp();
  await expect(page).toHaveURL(new RegExp(`/(questions/${startId})?$`));
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  expect(await page.locator("body").innerText()).not.toContain(typed);
  const session = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("signpost:")));
  expect(session.filter((k) => k !== CONFIG_KEY), "sessionStorage").toEqual([]);
}

test("the button wipes the answers and replaces the page with the weather", { tag: "@smoke" }, async ({ page, context, baseURL }) => {
  await startAndWalk(page, answers, { stopAt: "urgent-problems" });
  expect(await localKeys(context, baseURL)).toContain("signpost:v1:answers");
  const bar = new ExitBar(page);
  // A real link to the neutral page, so it leaves even if the app's handler never runs.
  await expect(bar.exitButton).toHaveAttribute("href", DEFAULT_EXIT_URL);
  await expect(bar.exitButton).toHaveAccessibleDescription(bar.t("exit-shortcut-hint"));
  await bar.exitButton.click();
  await expectOnNeutralPage(page);
  expect((await localKeys(context, baseURL)), "localStorage").toEqual([]);
  // The question page it left is no longer in the history: Back goes to an earlier one.
  await expectBackShowsNoAnswers(page);
});

test("a link can choose an exit page only from the hub's list", async ({ page }) => {
  // The shipped signpost.json lists no exit choices: a link's ?exit= is ignored, so whoever
  // sends the link (an abuser, say) cannot choose where the person lands when they flee.
  await page.goto(`/?exit=${encodeURIComponent(HUB_EXIT_URL)}`);
  const bar = new ExitBar(page);
  await bar.waitForApp();
  await expect(bar.exitButton).toHaveAttribute("href", DEFAULT_EXIT_URL);
  expect(await page.evaluate(() => sessionStorage.getItem("signpost:v1:config"))).toBeNull();
  await bar.exitButton.click();
  await expectOnNeutralPage(page);
});

test("a hub's exit page chosen by the address from the hub's list is used instead", async ({ page, context, baseURL }) => {
  await routeHubFile(page, () => ({ body: { exit_choices: [HUB_EXIT_URL] } }));
  await page.goto(`/?exit=${encodeURIComponent(HUB_EXIT_URL)}`);
  const bar = new ExitBar(page);
  await bar.waitForApp();
  await expect(bar.exitButton).toHaveAttribute("href", HUB_EXIT_URL);
  await page.getByRole("button", { name: bar.t("start-button") }).click();
  const q = new QuestionPage(page);
  await q.answer(startId, "yes");
  await q.continue();
  await bar.exitButton.click();
  await expectOnNeutralPage(page, HUB_EXIT_URL);
  expect((await localKeys(context, baseURL))).toEqual([]);
  // The link's choice does not outlive the exit: coming back, the default page again.
  await page.goto("/");
  await bar.waitForApp();
  await expect(bar.exitButton).toHaveAttribute("href", DEFAULT_EXIT_URL);
});

test("the button works from the keyboard, with Space as with Enter", async ({ page }) => {
  await page.goto("/");
  const bar = new ExitBar(page);
  await bar.waitForApp();
  await bar.exitButton.focus();
  await page.keyboard.press("Space");
  await expectOnNeutralPage(page);
});
