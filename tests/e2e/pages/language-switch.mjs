import { expect } from "@playwright/test";
import { tFor, languageName, locales, defaultLocale } from "../support/content.mjs";

/** The localStorage key the app keeps the chosen language under (its value is JSON, `"cy"`). */
export const LOCALE_KEY = "signpost:v1:locale";

/**
 * The language switch in the header of every page: `<nav aria-label=…>` (the label in the
 * current language) listing every locale in its own name; the current one is a
 * `<span aria-current="true">`, the others are buttons.
 */
export class LanguageSwitch {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {string} [current] the language the page is in now (names the nav)
   */
  constructor(page, current = defaultLocale) {
    this.page = page;
    this.current = current;
    this.nav = page.getByRole("navigation", { name: tFor(current, "language-switch-label"), exact: true });
    this.currentItem = this.nav.locator('[aria-current="true"]');
  }

  /** The button for a language, named in that language ("Cymraeg"). */
  button(locale) {
    return this.nav.getByRole("button", { name: languageName(locale), exact: true });
  }

  /** Every locale in settings.json is listed in its own name and lang; `current` is not a button. */
  async expectListsEveryLocale() {
    await expect(this.nav).toBeVisible();
    await expect(this.nav.getByRole("listitem")).toHaveCount(locales.length);
    await expect(this.currentItem).toHaveCount(1);
    await expect(this.currentItem).toHaveText(languageName(this.current));
    await expect(this.currentItem).toHaveAttribute("lang", this.current);
    await expect(this.nav.getByRole("button", { name: languageName(this.current), exact: true })).toHaveCount(0);
    for (const locale of locales.filter((l) => l !== this.current)) {
      await expect(this.button(locale)).toBeVisible();
      await expect(this.button(locale)).toHaveAttribute("lang", locale);
    }
  }

  /**
   * Clicks the button for `locale`; returns the switch as it is named in the new language.
   * Checks `<html lang>` follows at once.
   */
  async switchTo(locale) {
    await this.button(locale).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", locale);
    return new LanguageSwitch(this.page, locale);
  }

  /** The language stored on the device, or null. */
  async stored() {
    const raw = await this.page.evaluate((k) => localStorage.getItem(k), LOCALE_KEY);
    if (raw === null) return null;
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
}

/**
 * Makes every page load of this browser context start in `locale`, as if the person had chosen it
 * earlier (for specs about a language rather than about switching). In both storages: a resident's
 * choice is in localStorage; on a kiosk or an adviser's screen it is in sessionStorage, and the
 * app never reads a shared screen's localStorage for a person's preference.
 */
export async function useLocale(context, locale) {
  await context.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key, JSON.stringify(value));
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // about:blank has no storage
      }
    },
    [LOCALE_KEY, locale],
  );
}
