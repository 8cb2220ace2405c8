import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { questionTextFor } from "../support/content.mjs";

// Page objects for adviser mode: the answers panel beside each question, "Why this result?" on
// the result page, and the adviser's notes (their page and their box on the referral summary).
// Names come from content/locales/<locale>/adviser.ftl.

/** Turns adviser mode on for this browser session, as a hub would with `?mode=adviser`. */
export async function useAdviserMode(page, mode = "adviser") {
  await page.goto(`/?mode=${mode}`);
  await expect(page.locator("#loading")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("data-mode", mode);
}

/** The "Answers so far" panel on a question page. */
export class AnswersPanel extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.region = page.getByRole("region", { name: this.t("adviser-panel-title") });
    this.items = this.region.getByRole("listitem").filter({ has: page.locator(".answers-panel__question") });
    this.current = this.items.filter({ hasText: this.t("adviser-panel-current") });
  }

  /** The row of question `id`, found by its title. */
  item(id) {
    return this.items.filter({ hasText: questionTextFor(this.locale, id) });
  }

  /** Its "Change" link, named "Change <question>" for screen readers. */
  changeLink(id) {
    return this.region.getByRole("link", { name: `${this.t("check-change")} ${questionTextFor(this.locale, id)}`, exact: true });
  }
}

/** "Why this result?" on the result page: a details element, opened by its summary. */
export class WhyOutcome extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.toggle = page.locator("summary").filter({ hasText: this.t("adviser-why-title") });
    this.details = page.getByRole("group").filter({ has: this.toggle });
    this.resultHeading = page.getByRole("heading", { name: this.t("adviser-why-result-heading") });
    this.flagsHeading = page.getByRole("heading", { name: this.t("adviser-why-flags-heading") });
    this.membersHeading = page.getByRole("heading", { name: this.t("adviser-why-members-heading") });
  }

  async open() {
    await this.toggle.click();
    await expect(this.resultHeading).toBeVisible();
  }

  /** The text of the whole explanation, spaces collapsed. */
  async text() {
    return BasePage.clean(await this.details.innerText());
  }
}

/** `/referral/adviser-notes`: the adviser's notes. */
export class AdviserNotesPage extends BasePage {
  static path = "/referral/adviser-notes";

  constructor(page, locale) {
    super(page, locale);
    this.notes = page.getByRole("textbox", { name: this.t("adviser-notes-title") });
    this.saveButton = page.getByRole("button", { name: this.t("adviser-notes-save"), exact: true });
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/referral\/adviser-notes$/);
    await expect(this.heading).toHaveText(new RegExp(`^${this.t("adviser-notes-title")}`));
  }

  async save(text) {
    await this.notes.fill(text);
    await this.saveButton.click();
    await expect(this.page).toHaveURL(/\/referral\/summary$/);
  }
}

/** The adviser's notes box on the referral summary page. */
export class AdviserNotesBox extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.region = page.getByRole("region", { name: this.t("adviser-notes-title") });
    this.addLink = page.getByRole("link", { name: this.t("adviser-notes-add"), exact: true });
    this.changeLink = page.getByRole("link", { name: this.t("adviser-notes-change"), exact: true });
  }
}
