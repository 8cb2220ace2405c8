import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { tFor } from "../support/content.mjs";

// Page objects for quick exit, "Staying safe online", carrying on with saved answers and
// "Delete my answers". Names come from content/locales/<locale>/exit.ftl.

/** The neutral page quick exit goes to unless a hub sets another (src/config.rs). */
export const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";
/** What the specs answer for it, so no request leaves the machine (see fulfilledElsewhere). */
export const NEUTRAL_PAGE = "<!doctype html><title>Weather</title><h1>Weather</h1>";

/**
 * A message with a Fluent select on a number (`{ $count -> [one] … *[other] … }`), for
 * `count`: the `one` variant for 1, else `other`, with `{ $count }` filled in. Enough for
 * en-GB, whose plural rules have only those two.
 */
export function plural(locale, id, count) {
  const text = tFor(locale, id);
  const variants = [...text.matchAll(/\*?\[(\w+)\]\s*(.*?)(?=\s*\*?\[\w+\]|\s*\}?\s*$)/g)];
  if (variants.length === 0) throw new Error(`${id} has no variants`);
  const pick = variants.find(([, key]) => key === (count === 1 ? "one" : "other")) ?? variants.at(-1);
  return pick[2].replace(/\{\s*\$count\s*\}/g, String(count));
}

/** The bar above the header on every page: "Staying safe online" and "Exit this page". */
export class ExitBar extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    // A link shown and exposed as a button, as GOV.UK's; its name starts "Emergency:".
    this.exitButton = page.getByRole("button", { name: this.t("exit-button") });
    this.stayingSafeLink = page
      .locator(".exit-this-page")
      .getByRole("link", { name: this.t("exit-staying-safe-link"), exact: true });
    this.status = page.locator("#exit-this-page-status");
  }

  async pressEscapeTwice() {
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Escape");
  }
}

/** Where quick exit lands: the neutral page, in place of the page it left. */
export async function expectOnNeutralPage(page, url = DEFAULT_EXIT_URL) {
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weather");
}

/** The footer's links, on every page. */
export class Footer extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.footer = page.getByRole("contentinfo");
    this.deleteLink = this.footer.getByRole("link", { name: this.t("footer-delete-link"), exact: true });
    this.stayingSafeLink = this.footer.getByRole("link", { name: this.t("exit-staying-safe-link"), exact: true });
  }
}

/** `/staying-safe-online`. */
export class StayingSafePage extends BasePage {
  static path = "/staying-safe-online";

  constructor(page, locale) {
    super(page, locale);
    this.helpLink = page.getByRole("main").getByRole("link", { name: this.t("safe-help-link"), exact: true });
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/staying-safe-online$/);
    await expect(this.heading).toHaveText(this.t("safe-title"));
    await this.expectTitleFor(this.t("safe-title"));
  }
}

/** `/delete-my-answers` ("Are you sure?") and `/delete-my-answers/done`. */
export class DeleteAnswersPage extends BasePage {
  static path = "/delete-my-answers";

  constructor(page, locale) {
    super(page, locale);
    this.confirmButton = page.getByRole("button", { name: this.t("delete-confirm"), exact: true });
    this.cancelLink = page.getByRole("link", { name: this.t("delete-cancel"), exact: true });
    this.startAgainLink = page.getByRole("link", { name: this.t("delete-done-start"), exact: true });
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/delete-my-answers(\?.*)?$/);
    await expect(this.heading).toHaveText(this.t("delete-title"));
  }

  async expectDone() {
    await expect(this.page).toHaveURL(/\/delete-my-answers\/done$/);
    await expect(this.heading).toHaveText(this.t("delete-done-title"));
    await this.expectTitleFor(this.t("delete-done-title"));
  }
}

/** On the start page with saved answers: "Carry on where you left off, or start again". */
export class ResumeSection extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.region = page.getByRole("region", { name: this.t("resume-heading") });
    this.carryOn = this.region.getByRole("button", { name: this.t("resume-continue"), exact: true });
    this.startAgain = this.region.getByRole("button", { name: this.t("start-over"), exact: true });
  }
}

/** The one-sentence notice after reading saved answers (a GOV.UK notification banner). */
export class RestoredBanner extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.region = page.getByRole("region", { name: this.t("restored-title"), exact: true });
  }
}
