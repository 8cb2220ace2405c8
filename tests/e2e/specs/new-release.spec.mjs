// A new release replaces the old one without losing anyone's answers: the new service worker
// downloads in the background, a banner says a new version is ready, and "Use the new version"
// loads it; the answers are still there and only the new release's cache is left.
import { test, expect } from "@playwright/test";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { StartPage, QuestionPage, walk } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { withOwnServer, untilControlled, signpostCaches } from "../support/offline.mjs";
import { t } from "../support/content.mjs";
import { expectNoViolations } from "../support/axe.mjs";

/** Publishes a "new release" on the server: the same files under a new cache version. */
function publishNewRelease(dir) {
  const file = join(dir, "sw.js");
  const old = readFileSync(file, "utf8");
  const version = /const VERSION = "([0-9a-f]{16})"/.exec(old)[1];
  const next = version.split("").reverse().join("") === version ? "0".repeat(16) : version.split("").reverse().join("");
  writeFileSync(file, old.replace(`const VERSION = "${version}"`, `const VERSION = "${next}"`));
  // The server prefers precompressed copies; they describe the old file.
  for (const ext of [".br", ".gz"]) rmSync(file + ext, { force: true });
  return { version, next };
}

test("a new version is offered, not forced, and keeps the answers", async ({ browser }) => {
  await withOwnServer(browser, async ({ page, server }) => {
    const start = new StartPage(page);
    await start.goto();
    await untilControlled(page);
    const banner = page.getByRole("region", { name: t("update-title") });
    await expect(banner, "the first visit is no update").toHaveCount(0);
    await start.start();
    await walk(page, selfHelpBudget.answers, { stopAt: "home" });
    const q = new QuestionPage(page);
    await q.expectQuestion("home");

    const { next } = publishNewRelease(server.dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(banner).toContainText(t("update-ready"));
    // Nothing changes until the person chooses: still the same question.
    await q.expectQuestion("home");
    await expectNoViolations(page, "the new version banner");
    await page.screenshot({ path: fileURLToPath(new URL("../screenshots/new-release-banner.png", import.meta.url)) });

    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: t("update-use") }).click()]);
    await q.waitForApp();
    await expect(banner).toHaveCount(0);
    await q.expectQuestion("home");
    await expect.poll(async () => (await signpostCaches(page)).map((c) => c.name)).toEqual([`signpost-${next}`]);
    // The answers given before the update are still there.
    await q.backLink.click();
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);
  });
});
