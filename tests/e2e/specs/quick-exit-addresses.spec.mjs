// Quick exit always leaves. Exit addresses the browser cannot open (they passed the old check,
// then location.replace threw after the page was hidden, leaving a blank Signpost page) are
// refused when the hub's file or a link gives them, and the default neutral page is used.
import { test, expect } from "../support/fixtures.mjs";
import { QuestionPage } from "../support/journey.mjs";
import { ExitBar, DEFAULT_EXIT_URL, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";
import { routeHubFile } from "../support/kiosk.mjs";

test.use({ fulfilledElsewhere: { "https://www.bbc.co.uk/": NEUTRAL_PAGE } });

const unopenable = ["https://a:b", "https://:443", "https://example.org:99999", "https://[x]"];

for (const bad of unopenable) {
  test(`a hub's exit page ${bad} is refused and quick exit goes to the default page`, async ({ page }) => {
    await routeHubFile(page, () => ({ body: { exit_url: bad } }));
    await page.goto("/");
    const bar = new ExitBar(page);
    await bar.waitForApp();
    await expect(bar.exitButton).toHaveAttribute("href", DEFAULT_EXIT_URL);
    await bar.exitButton.click();
    await expectOnNeutralPage(page);
  });
}

test("a link's unopenable exit address is ignored, even one the hub lists", async ({ page }) => {
  // A list with a bad entry is a mistake in the file: the file is refused as a whole.
  await routeHubFile(page, () => ({ body: { exit_choices: ["https://example.org:99999"] } }));
  await page.goto(`/?exit=${encodeURIComponent("https://example.org:99999")}`);
  const q = new QuestionPage(page);
  await q.waitForApp();
  const bar = new ExitBar(page);
  await expect(bar.exitButton).toHaveAttribute("href", DEFAULT_EXIT_URL);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expectOnNeutralPage(page);
});
