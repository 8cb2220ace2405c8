// Playwright configuration for Signpost's end-to-end tests.
// Runs Debian's Chromium (never a downloaded browser). `.ci/test` builds dist/, starts
// server.mjs on a free port and sets BASE_URL; run alone, this config starts the server itself
// on E2E_PORT (default 8181) against ../../dist (build it first: `.ci/serve` or `trunk build`).
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.E2E_PORT ?? 8181);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "specs",
  testMatch: "**/*.spec.mjs",
  outputDir: "test-results/artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A whole-journey spec takes 10-25 s on a quiet 2-core machine; on a fresh or busy one the
  // heavier ones passed 30 s (2026-12-03), so the default leaves room. A hang still fails.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  // PW_RESULTS: where the JSON results go (.ci/test sets it for its second run, against nginx).
  reporter: [["list"], ["json", { outputFile: process.env.PW_RESULTS ?? join(here, "test-results", "results.json") }]],
  use: {
    baseURL,
    trace: "off",
    screenshot: "off",
    video: "off",
    locale: "en-GB",
    timezoneId: "Europe/London",
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: `node ${JSON.stringify(join(here, "server.mjs"))} ${JSON.stringify(join(here, "..", "..", "dist"))}`,
        url: baseURL,
        env: { PORT: String(port) },
        reuseExistingServer: !process.env.CI,
        timeout: 10_000,
      },
});
