// A message missing from a language is shown in English for that message only, and in adviser
// mode a note lists the text shown in English so the adviser can explain it. The language's
// file is served here without one message (as a translation that has not caught up would be).
import { test, expect } from "../support/fixtures.mjs";
import { StartPage } from "../support/journey.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";
import { useAdviserMode } from "../pages/adviser-pages.mjs";
import { t, tFor } from "../support/content.mjs";

/** Serves locales/pl.ftl without its `start-lead` message. */
async function polishWithoutStartLead(page) {
  await page.route("**/locales/pl.ftl", async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    const without = text.replace(/^start-lead = .*\n/m, "");
    expect(without, "the message was there to remove").not.toBe(text);
    await route.fulfill({ response, body: without });
  });
}

const note = (page) => page.getByRole("note").filter({ hasText: tFor("pl", "adviser-fallback-title") });

test("adviser mode lists the text shown in English because the language lacks it", async ({ page }) => {
  await polishWithoutStartLead(page);
  await useAdviserMode(page);
  await new LanguageSwitch(page).switchTo("pl");
  const start = new StartPage(page, "pl");
  await expect(start.heading).toHaveText(tFor("pl", "start-title"));
  // The one missing message is in English, marked as English; the rest is Polish.
  const lead = page.getByText(t("start-lead"), { exact: true }).first();
  await expect(lead).toBeVisible();
  await expect(note(page)).toBeVisible();
  await expect(note(page).getByRole("listitem")).toHaveCount(1);
  await expect(note(page).getByRole("listitem")).toHaveText(t("start-lead"));
  await expect(note(page).locator('[lang="en-GB"]')).toHaveText(t("start-lead"));
});

test("a resident sees the English text without the adviser's note", async ({ page }) => {
  await polishWithoutStartLead(page);
  const start = new StartPage(page);
  await start.goto();
  await new LanguageSwitch(page).switchTo("pl");
  await expect(start.heading).toHaveText(tFor("pl", "start-title"));
  await expect(page.getByText(t("start-lead"), { exact: true }).first()).toBeVisible();
  await expect(note(page)).toHaveCount(0);
});
