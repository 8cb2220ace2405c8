// The `test` every spec uses: Playwright's, plus a check after each test that the page had no
// uncaught errors, no console errors and made no request outside the app's own origin
// (no analytics, no fonts, no third parties).
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Pages outside the app a spec needs to reach, such as quick exit's neutral page: URL prefix
  // to the HTML to answer with. Every request under a prefix is answered here, in the browser,
  // so none leaves the machine, and none counts as a third-party request. Set it only where
  // needed: `test.use({ fulfilledElsewhere: { "https://www.bbc.co.uk/": "<h1>Weather</h1>" } })`.
  fulfilledElsewhere: [{}, { option: true }],
  // Console errors a spec causes on purpose (one regular expression), such as the browser's
  // own "Failed to load resource" line when a spec makes the server answer HTTP 500.
  expectedConsoleErrors: [null, { option: true }],
  page: async ({ page, baseURL, fulfilledElsewhere, expectedConsoleErrors }, use) => {
    const problems = [];
    const elsewhere = Object.entries(fulfilledElsewhere);
    for (const [prefix, body] of elsewhere) {
      await page.route(
        (url) => url.href.startsWith(prefix),
        (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }),
      );
    }
    const origin = new URL(baseURL).origin;
    page.on("pageerror", (e) => problems.push(`uncaught error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !expectedConsoleErrors?.test(m.text())) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (elsewhere.some(([prefix]) => r.url().startsWith(prefix))) return;
      if (u.protocol !== "data:" && u.protocol !== "blob:" && u.origin !== origin) {
        problems.push(`request outside the app: ${r.url()}`);
      }
    });
    await use(page);
    expect(problems, "page errors, console errors or third-party requests").toEqual([]);
  },
});

export { expect };
