import { expect } from "@playwright/test";
import { tFor, defaultLocale, dirFor } from "../support/content.mjs";

/**
 * What every page has: one h1, a title "… – Signpost", a Back link on most steps. Names come
 * from `locale`'s text (default: the default locale), so one page object serves every language.
 */
export class BasePage {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {string} [locale] the language the page is expected to be in
   */
  constructor(page, locale = defaultLocale) {
    this.page = page;
    this.locale = locale;
    this.heading = page.getByRole("heading", { level: 1 });
    this.backLink = page.getByRole("link", { name: this.t("back"), exact: true });
    this.draftNote = page.getByRole("note").filter({ hasText: this.t("translation-draft-note") });
  }

  /** A message in this page object's locale. */
  t(id) {
    return tFor(this.locale, id);
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
    await expect(this.page).toHaveTitle(`${text} – ${this.t("service-name")}`);
  }

  /** `<html lang>` and `<html dir>` match `locale` (default: this page object's). */
  async expectLanguage(locale = this.locale) {
    const html = this.page.locator("html");
    await expect(html).toHaveAttribute("lang", locale);
    await expect(html).toHaveAttribute("dir", dirFor(locale));
  }

  pathname() {
    return new URL(this.page.url()).pathname;
  }

  async expectHeadingFocused() {
    await expect(this.heading).toBeFocused();
  }
}
