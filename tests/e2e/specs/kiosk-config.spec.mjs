// A kiosk set up by the hub's signpost.json stays a kiosk whatever happens to that file. The
// failure this covers: when the file could not be read (HTTP 500 or 404, a network error,
// invalid JSON, an unknown field, a wrong type) the kiosk became a resident's device, saved
// answers to localStorage, and once the file was readable again offered the next visitor
// "Carry on where you left off" with the last person's answers. Now the device remembers that
// it is a kiosk and the hub's last good settings (config::resolve, tested natively too).
import { test, expect } from "../support/fixtures.mjs";
import { walk, StartPage, QuestionPage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { storedKeys, routeHubFile, DEVICE_KEY, expectNoneOnPage } from "../support/kiosk.mjs";
import { IdleWarning } from "../pages/kiosk-pages.mjs";
import { ResumeSection, ExitBar } from "../pages/exit-pages.mjs";

const KIOSK = { mode: "kiosk", idle_seconds: 30, warning_seconds: 10, exit_url: "https://news.example.org/today" };
const typed = "Ask about the rent arrears at Trelawny Road";
const answers = { ...selfHelpDebts.answers, "help-most": typed };

test.use({ expectedConsoleErrors: /Failed to load resource|net::ERR_FAILED/ });

// Each way the file can fail, as the server or network would give it.
const failures = {
  "HTTP 500": { status: 500, body: "Internal Server Error" },
  "HTTP 404": { status: 404, body: "Not Found" },
  "a network error": "abort",
  "invalid JSON": { body: '{"mode": "kiosk",' },
  "an unknown field": { body: { mode: "kiosk", idle: 60 } },
  "a wrong type": { body: { mode: "kiosk", idle_seconds: "180" } },
};

for (const [kind, failure] of Object.entries(failures)) {
  test(`a kiosk whose file fails with ${kind} stays a kiosk and offers nobody the last answers`, async ({ page, context }) => {
    let broken = false;
    await page.route("**/signpost.json", (route) => {
      if (!broken) return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(KIOSK) });
      if (failure === "abort") return route.abort("failed");
      const body = typeof failure.body === "string" ? failure.body : JSON.stringify(failure.body);
      return route.fulfill({ status: failure.status ?? 200, contentType: "application/json", body });
    });
    const start = new StartPage(page);
    await start.goto();
    await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
    const record = JSON.parse((await storedKeys(page)).local[DEVICE_KEY]);
    expect(record).toMatchObject({ kiosk: true, hub: { mode: "kiosk", idle_seconds: 30 } });

    // The file breaks; the page loads again (a reset, a reboot, the next visitor).
    broken = true;
    await page.reload();
    await new QuestionPage(page).waitForApp();
    await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
    await expect(new ExitBar(page).exitButton).toHaveAttribute("href", KIOSK.exit_url);
    await start.start();
    await walk(page, answers, { stopAt: "debt-total" });
    const { local, session } = await storedKeys(page);
    expect(Object.keys(local), "nothing about the person in localStorage").toEqual([DEVICE_KEY]);
    expect(Object.keys(session)).toContain("signpost:v1:answers");

    // The next visitor opens the kiosk in a new tab once the file is readable again: no
    // "carry on", no answers of the last person anywhere.
    broken = false;
    const next = await context.newPage();
    await routeHubFile(next, () => ({ body: KIOSK }));
    await next.goto("/");
    await new QuestionPage(next).waitForApp();
    await expect(next.locator("html")).toHaveAttribute("data-mode", "kiosk");
    await expect(new ResumeSection(next).region).toHaveCount(0);
    await expectNoneOnPage(next, [typed], "the next visitor's start page");
  });
}

test("a kiosk whose file cannot be read still warns when idle, with the last good timings", async ({ page }) => {
  await page.clock.install();
  let broken = false;
  await page.route("**/signpost.json", (route) =>
    broken
      ? route.fulfill({ status: 500, body: "" })
      : route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(KIOSK) }),
  );
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  broken = true;
  await page.reload();
  await new StartPage(page).start();
  await page.clock.runFor(31_000);
  const warning = new IdleWarning(page);
  await expect(warning.dialog).toBeVisible();
  expect(await warning.secondsLeft()).toBeLessThanOrEqual(10);
});

test("on a kiosk, the address can neither switch the mode off nor keep answers in localStorage", async ({ page }) => {
  await routeHubFile(page, () => ({ body: KIOSK }));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  await page.goto("/?mode=resident");
  await new QuestionPage(page).waitForApp();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  await new StartPage(page).start();
  await walk(page, answers, { stopAt: "debt-total" });
  expect(Object.keys((await storedKeys(page)).local)).toEqual([DEVICE_KEY]);
});

test("a kiosk made by the address stays one for the browser session: ?mode=resident is ignored", async ({ page }) => {
  await page.goto("/?mode=kiosk");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  await page.goto("/?mode=resident");
  await new QuestionPage(page).waitForApp();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
});

test("a hub that locks the mode is not overridden by the address", async ({ page }) => {
  await routeHubFile(page, () => ({ body: { mode: "adviser", lock_mode: true } }));
  await page.goto("/?mode=kiosk&idle=30");
  await new QuestionPage(page).waitForApp();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "adviser");
  expect((await storedKeys(page)).session["signpost:v1:config"]).toBeUndefined();
});

test("a remembered idle time of 0 is checked again on reload, not trusted", async ({ page }) => {
  await page.clock.install();
  await page.goto("/?mode=kiosk");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  // As if tampered with, or written by an older release without the checks.
  await page.evaluate(() => sessionStorage.setItem("signpost:v1:config", JSON.stringify({ mode: "kiosk", idle_seconds: 0 })));
  await page.reload();
  await new QuestionPage(page).waitForApp();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  // The default idle time (180 s): nothing after a few seconds, and no reset loop.
  await page.clock.runFor(5_000);
  await expect(new IdleWarning(page).dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/(\?mode=kiosk)?$/);
  expect((await storedKeys(page)).session["signpost:v1:config"]).toBe("mode=kiosk");
});
