import { expect } from "@playwright/test";
import { t } from "../support/content.mjs";

/** What every page has: one h1, a title "… – Signpost", a Back link on most steps. */
export class BasePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.backLink = page.getByRole("link", { name: t("back"), exact: true });
  }

  /** The app has mounted (the loading placeholder from index.html is gone) and shows an h1. */
  async waitForApp() {
    await expect(this.page.locator("#loading")).toHaveCount(0);
    await expect(this.heading).toHaveCount(1);
  }

  /** Text without Fluent's invisible isolation marks and with spaces collapsed. */
  static clean(text) {
    return text.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();
  }

  async headingText() {
    return BasePage.clean(await this.heading.innerText());
  }

  async expectTitleFor(text) {
    await expect(this.page).toHaveTitle(`${text} – ${t("service-name")}`);
  }

  pathname() {
    return new URL(this.page.url()).pathname;
  }

  async expectHeadingFocused() {
    await expect(this.heading).toBeFocused();
  }
}
