// Quick exit before the app has loaded, or if it never does (a slow phone, a blocked or broken
// download): the loading page of index.html has the same red "Exit this page" link and the
// same Escape-twice shortcut as the app, which wipe the same keys, hide the page and replace
// it with the neutral page (the hub's, if this device remembers one). Once the app has
// mounted, only the app's own quick exit runs.
import { test, expect } from "../support/fixtures.mjs";
import { t } from "../support/content.mjs";
import { StartPage } from "../support/journey.mjs";
import { DEFAULT_EXIT_URL, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const HUB_EXIT_URL = "https://hub.example.org/news";
const DEVICE_KEY = "signpost:v1:device";
const CONFIG_KEY = "signpost:v1:config";

test.use({ fulfilledElsewhere: { "https://www.bbc.co.uk/": NEUTRAL_PAGE, "https://hub.example.org/": NEUTRAL_PAGE } });

/** Keeps the app from ever loading: its .wasm download never finishes (and never fails). */
async function neverLoadTheApp(page) {
  await page.route(/\.wasm$/, () => {});
}

function exitLink(page) {
  return page.locator("#loading").getByRole("button", { name: t("exit-button") });
}

/** Puts what a person, a kiosk and another site might have stored on this origin. */
async function seedStorage(page, device) {
  await page.evaluate(
    ([device, deviceKey, configKey]) => {
      localStorage.setItem("signpost:v1:answers", '{"home":"rent"}');
      localStorage.setItem("signpost:v1:locale", "cy");
      if (device !== undefined) localStorage.setItem(deviceKey, device);
      localStorage.setItem("not-signpost", "kept");
      sessionStorage.setItem(configKey, '{"mode":"kiosk"}');
      sessionStorage.setItem("signpost:v1:answers", '{"home":"rent"}');
      sessionStorage.setItem("signpost:v1:referral", '{"name":"Sam"}');
    },
    [device, DEVICE_KEY, CONFIG_KEY],
  );
}

/** The keys on this origin, back on the (still loading) page. */
async function storedKeys(page) {
  await page.goto("/");
  return page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() }));
}

/** Notes what the page looks like when quick exit hides it: `seen()` gives it afterwards. */
async function watchHiding(page) {
  let state = null;
  await page.exposeFunction("__signpostHidden", (s) => (state ??= s));
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (document.body.hidden) window.__signpostHidden({ hidden: true, title: document.title });
    }).observe(document.body, { attributes: true });
  });
  return () => state;
}

test("the loading page has the exit link; Escape twice leaves and wipes all but two keys", { tag: "@smoke" }, async ({ page }) => {
  await neverLoadTheApp(page);
  await page.goto("/");
  await expect(page.locator("#loading")).toBeVisible();
  const link = exitLink(page);
  await expect(link).toBeVisible();
  await expect(link).toHaveAccessibleName(`${t("exit-button-hidden")} ${t("exit-button")}`);
  await expect(link).toHaveAttribute("href", DEFAULT_EXIT_URL);
  await expect(page.locator("#loading .exit-this-page__hint")).toHaveText(t("exit-shortcut-hint"));
  await seedStorage(page, '{"kiosk":true}');

  // One press only warns (for screen readers); a second within a second leaves.
  await page.keyboard.press("Escape");
  await expect(page.locator("#quick-exit-status")).toHaveText(t("exit-shortcut-armed"));
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press("Escape");
  await expectOnNeutralPage(page);

  expect(await storedKeys(page)).toEqual({ local: ["not-signpost", DEVICE_KEY], session: [CONFIG_KEY] });
});

test("Escape held down, or pressed twice slowly, does not leave", { tag: "@smoke" }, async ({ page }) => {
  await neverLoadTheApp(page);
  await page.goto("/");
  await expect(exitLink(page)).toBeVisible();
  // Held down: the second keydown is a repeat.
  await page.keyboard.down("Escape");
  await page.keyboard.down("Escape");
  await page.keyboard.up("Escape");
  await page.waitForTimeout(1_300);
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("#loading")).toBeVisible();
});

test("the link goes to the hub's exit page remembered on this device, hiding the page first", { tag: "@smoke" }, async ({ page }) => {
  await neverLoadTheApp(page);
  await page.goto("/");
  await seedStorage(page, JSON.stringify({ kiosk: true, hub: { mode: "kiosk", exit_url: HUB_EXIT_URL } }));
  await page.reload();
  // As a plain link too (if its handler never ran).
  await expect(exitLink(page)).toHaveAttribute("href", HUB_EXIT_URL);

  const seen = await watchHiding(page);
  await exitLink(page).click();
  await expectOnNeutralPage(page, HUB_EXIT_URL);
  // While the neutral page loaded, nothing of this one showed, not even its title.
  expect(seen()).toEqual({ hidden: true, title: "" });

  const kept = JSON.stringify({ kiosk: true, hub: { mode: "kiosk", exit_url: HUB_EXIT_URL } });
  expect(await storedKeys(page)).toEqual({ local: ["not-signpost", DEVICE_KEY], session: [CONFIG_KEY] });
  expect(await page.evaluate((k) => localStorage.getItem(k), DEVICE_KEY)).toBe(kept);
});

test("a remembered exit page that is not a safe https address is not used; Space on the link leaves", { tag: "@smoke" }, async ({ page }) => {
  await neverLoadTheApp(page);
  await page.goto("/");
  const unsafe = [
    "not json",
    "null",
    "[]",
    '{"hub":null}',
    '{"hub":{"exit_url":42}}',
    '{"hub":{"exit_url":"http://example.org/"}}',
    '{"hub":{"exit_url":"javascript:alert(1)"}}',
    '{"hub":{"exit_url":"https://someone:secret@example.org/"}}',
    '{"hub":{"exit_url":"/relative"}}',
    '{"hub":{"exit_url":"https://"}}',
  ];
  for (const device of unsafe) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DEVICE_KEY, device]);
    await page.reload();
    await expect(exitLink(page), device).toHaveAttribute("href", DEFAULT_EXIT_URL);
  }
  await exitLink(page).focus();
  await page.keyboard.press("Space");
  await expectOnNeutralPage(page);
});

test("once the app has loaded, its own quick exit leaves, once", { tag: "@smoke" }, async ({ page }) => {
  const exits = [];
  page.on("request", (r) => {
    if (r.url().startsWith(DEFAULT_EXIT_URL)) exits.push(r.url());
  });
  await new StartPage(page).goto();
  await expect(page.locator("#loading")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expectOnNeutralPage(page);
  await page.waitForTimeout(500);
  expect(exits, "requests for the neutral page").toHaveLength(1);
});

test("the loading page with its exit link passes axe", { tag: "@smoke" }, async ({ page }) => {
  await neverLoadTheApp(page);
  await page.goto("/");
  await expect(exitLink(page)).toBeVisible();
  await expectNoViolations(page, "the loading page", { soft: false });
});
