// The `test` every spec uses: Playwright's, plus a check after each test that the page had no
// uncaught errors, no console errors and made no request outside the app's own origin
// (no analytics, no fonts, no third parties).
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on("pageerror", (e) => problems.push(`uncaught error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol !== "data:" && u.protocol !== "blob:" && u.origin !== origin) {
        problems.push(`request outside the app: ${r.url()}`);
      }
    });
    await use(page);
    expect(problems, "page errors, console errors or third-party requests").toEqual([]);
  },
});

export { expect };
