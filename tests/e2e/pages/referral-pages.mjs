import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { node, optionLabelFor, tFor } from "../support/content.mjs";

// Page objects for the referral pages (/referral/consent … /referral/debts): what a person fills
// in before their referral summary. Every locator is by role and accessible name, with names
// read from content/locales/<locale>/referral.ftl, so rewording the pages does not break specs.

/** Escapes text for use inside a RegExp. */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A RegExp for an accessible name made of message `template` with its `{ $name }` placeables
 * filled from `args`: Fluent wraps each filled value in invisible isolation marks.
 */
function nameRe(template, args) {
  const body = template
    .split(/(\{\s*\$[\w-]+\s*\})/)
    .map((part) => {
      const m = /^\{\s*\$([\w-]+)\s*\}$/.exec(part);
      return m ? `\u2068?${escape(String(args[m[1]]))}\u2069?` : escape(part);
    })
    .join("");
  return new RegExp(`^\\s*${body}\\s*$`);
}

/** What every referral page has: a Back link, a Continue button and GOV.UK errors. */
export class ReferralPage extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.continueButton = page.getByRole("button", { name: this.t("continue"), exact: true });
    this.errorSummary = page
      .getByRole("alert")
      .filter({ has: page.getByRole("heading", { name: this.t("error-summary-title") }) });
    this.errorLinks = this.errorSummary.getByRole("link");
  }

  /** A fieldset of radios, named by its legend (message `id`). */
  group(id) {
    return this.page.getByRole("group", { name: this.t(id) });
  }

  /** Yes or No inside the fieldset whose legend is message `legendId`. */
  yesNo(legendId, yes) {
    return this.group(legendId).getByRole("radio", { name: this.t(yes ? "yes" : "no"), exact: true });
  }

  /** A text box or text area labelled by message `id` (its "(optional)" may follow). */
  field(id) {
    return this.page.getByRole("textbox", { name: this.t(id) });
  }

  /** Clicks Continue (or the named button) and waits for another URL. */
  async continue(button = this.continueButton) {
    const before = this.page.url();
    await button.click();
    await this.page.waitForURL((u) => u.href !== before, { timeout: 5_000 });
  }

  /** Clicks Continue expecting to stay, with errors: returns the error summary's messages. */
  async continueWithErrors(button = this.continueButton) {
    await button.click();
    await expect(this.errorSummary).toBeVisible();
    await expect(this.page).toHaveTitle(new RegExp(`^${escape(this.t("error-prefix"))} `));
    return (await this.errorLinks.allInnerTexts()).map((s) => BasePage.clean(s));
  }

  async expectAt(path) {
    await expect(this.page).toHaveURL(new RegExp(`${escape(path)}(\\?.*)?$`));
  }
}

/** `/referral/consent`: what the summary is, then yes or no for each group. */
export class ConsentPage extends ReferralPage {
  static path = "/referral/consent";

  constructor(page, locale) {
    super(page, locale);
    this.title = this.t("referral-consent-title");
  }

  async goto() {
    await this.page.goto(ConsentPage.path);
    await this.waitForApp();
  }

  async expectShown() {
    await this.expectAt(ConsentPage.path);
    await expect(this.heading).toHaveText(this.title);
  }

  /** `choices`: { contact, householdMoney, healthSafety }, each true (yes) or false (no). */
  async fill({ contact = true, householdMoney = true, healthSafety = true } = {}) {
    await this.yesNo("referral-consent-contact", contact).check();
    await this.yesNo("referral-consent-household-money", householdMoney).check();
    await this.yesNo("referral-consent-health-safety", healthSafety).check();
  }

  async submit(choices) {
    await this.fill(choices);
    await this.continue();
  }
}

/** `/referral/contact`: name, how, when, message, language, access needs. */
export class ContactPage extends ReferralPage {
  static path = "/referral/contact";

  constructor(page, locale) {
    super(page, locale);
    this.name = this.field("referral-contact-name");
    this.phone = this.field("referral-contact-phone");
    this.email = this.field("referral-contact-email");
    this.safeTimes = this.field("referral-contact-safe-times");
    this.language = this.field("referral-contact-language");
    this.access = this.field("referral-contact-access");
  }

  /** How to contact: "phone", "text" or "email". */
  method(m) {
    return this.group("referral-contact-method").getByRole("radio", {
      name: this.t(`referral-contact-method-${m}`),
      exact: true,
    });
  }

  leaveMessage(yes) {
    return this.yesNo("referral-contact-leave-message", yes);
  }

  /**
   * Fills what is given: { name, method, phone, email, safeTimes, leaveMessage (bool),
   * language, access }.
   */
  async fill(d) {
    if (d.name !== undefined) await this.name.fill(d.name);
    if (d.method !== undefined) await this.method(d.method).check();
    if (d.phone !== undefined) await this.phone.fill(d.phone);
    if (d.email !== undefined) await this.email.fill(d.email);
    if (d.safeTimes !== undefined) await this.safeTimes.fill(d.safeTimes);
    if (d.leaveMessage !== undefined) await this.leaveMessage(d.leaveMessage).check();
    if (d.language !== undefined) await this.language.fill(d.language);
    if (d.access !== undefined) await this.access.fill(d.access);
  }

  async submit(d) {
    await this.fill(d);
    await this.continue();
  }
}

/** `/referral/area`: a town from the directory, "Somewhere else" or "I'd rather not say". */
export class AreaPage extends ReferralPage {
  static path = "/referral/area";

  /** A town's radio, or `null` for "somewhere else" / "not-say" pass those strings. */
  choice(area) {
    const name =
      area === "somewhere-else"
        ? this.t("referral-area-elsewhere")
        : area === "not-say"
          ? this.t("referral-area-not-say")
          : area;
    return this.page.getByRole("radio", { name, exact: true });
  }

  async submit(area) {
    await this.choice(area).check();
    await this.continue();
  }
}

/** `/referral/what-matters`: their own words (optional). */
export class WhatMattersPage extends ReferralPage {
  static path = "/referral/what-matters";

  constructor(page, locale) {
    super(page, locale);
    this.text = this.field("referral-what-matters-title");
  }

  async submit(text) {
    if (text !== undefined) await this.text.fill(text);
    await this.continue();
  }
}

/** `/referral/money` and its pages: quick totals, or the SFS categories item by item. */
export class MoneyPages extends ReferralPage {
  static path = "/referral/money";

  /** "quick", "detailed" or "not-say". */
  route(r) {
    return this.page.getByRole("radio", { name: this.t(`referral-money-${r}`), exact: true });
  }

  async chooseRoute(r) {
    await this.route(r).check();
    await this.continue();
  }

  quickField(which) {
    return this.field(`referral-quick-${which}`);
  }

  /** On /referral/money/quick: { income, fixed, flexible } as typed ("1200.50"). */
  async submitQuick({ income, fixed, flexible }) {
    if (income !== undefined) await this.quickField("income").fill(String(income));
    if (fixed !== undefined) await this.quickField("fixed").fill(String(fixed));
    if (flexible !== undefined) await this.quickField("flexible").fill(String(flexible));
    await this.continue();
  }

  /** A detailed-route box by SFS key: "earnings", "benefits", "home-contents", "savings"… */
  category(key) {
    return this.field(`referral-sfs-${key}`);
  }

  /** On an income, fixed-costs or flexible-costs page: { key: amount }; others left blank. */
  async submitCategories(amounts = {}) {
    for (const [key, value] of Object.entries(amounts)) await this.category(key).fill(String(value));
    await this.continue();
  }

  /**
   * The whole detailed route from /referral/money/income: { income: {...}, fixed: {...},
   * flexible: {...} }.
   */
  async submitDetailed({ income = {}, fixed = {}, flexible = {} } = {}) {
    await this.expectAt("/referral/money/income");
    await this.submitCategories(income);
    await this.expectAt("/referral/money/fixed-costs");
    await this.submitCategories(fixed);
    await this.expectAt("/referral/money/flexible-costs");
    await this.submitCategories(flexible);
  }
}

/** `/referral/debts` (the list), `/referral/debts/add`, `/referral/debts/<n>` and `…/remove`. */
export class DebtsPages extends ReferralPage {
  static path = "/referral/debts";

  constructor(page, locale) {
    super(page, locale);
    this.addButton = page
      .getByRole("button", { name: this.t("referral-debts-add"), exact: true })
      .or(page.getByRole("button", { name: this.t("referral-debts-add-another"), exact: true }));
    this.saveButton = page.getByRole("button", { name: this.t("referral-debt-save"), exact: true });
    this.owedTo = this.field("referral-debt-owed-to");
    this.amount = this.field("referral-debt-amount");
    this.arrears = this.field("referral-debt-arrears");
    /** One summary card per debt, each with its type as a level-2 heading. */
    this.cards = page.getByRole("heading", { level: 2 }).filter({ hasNot: page.locator("#error-summary-title") });
  }

  /** The label of a debt type (an option id of the debt question). */
  kindLabel(kind) {
    return optionLabelFor(this.locale, "debt-types", kind);
  }

  kind(kind) {
    return this.group("referral-debt-kind").getByRole("radio", { name: this.kindLabel(kind), exact: true });
  }

  /** The nth debt's (from 1) Change link; its hidden text names the debt. */
  changeLink(n, kind) {
    const name = nameRe(`${this.t("check-change")} ${this.t("referral-debt-hidden")}`, { n, kind: this.kindLabel(kind) });
    return this.page.getByRole("link", { name });
  }

  removeLink(n, kind) {
    const name = nameRe(`${this.t("referral-debt-remove")} ${this.t("referral-debt-hidden")}`, { n, kind: this.kindLabel(kind) });
    return this.page.getByRole("link", { name });
  }

  /** "Priority" / "Not priority" tags on the list, in order. */
  async priorityTags() {
    const priority = this.t("referral-debt-priority");
    const not = this.t("referral-debt-not-priority");
    const tags = await this.page.locator("main strong").allInnerTexts();
    return tags.map((s) => BasePage.clean(s)).filter((s) => s === priority || s === not);
  }

  /** On the add or change page: { kind, owedTo, amount, arrears } (arrears optional). */
  async fillDebt({ kind, owedTo, amount, arrears }) {
    if (kind !== undefined) await this.kind(kind).check();
    if (owedTo !== undefined) await this.owedTo.fill(owedTo);
    if (amount !== undefined) await this.amount.fill(String(amount));
    if (arrears !== undefined) await this.arrears.fill(String(arrears));
  }

  /** From the list: Add a debt, fill it in, Save; back on the list. */
  async addDebt(debt) {
    await this.continue(this.addButton);
    await this.expectAt("/referral/debts/add");
    await this.fillDebt(debt);
    await this.continue(this.saveButton);
    await this.expectAt(DebtsPages.path);
  }

  /** From the list: Change the nth debt (of type `kind`), with the fields in `changes`. */
  async changeDebt(n, kind, changes) {
    await this.changeLink(n, kind).click();
    await this.expectAt(`/referral/debts/${n}`);
    await this.fillDebt(changes);
    await this.continue(this.saveButton);
    await this.expectAt(DebtsPages.path);
  }

  /** From the list: Remove the nth debt, answering `yes` (default) or no on the check page. */
  async removeDebt(n, kind, yes = true) {
    await this.removeLink(n, kind).click();
    await this.expectAt(`/referral/debts/${n}/remove`);
    await this.page.getByRole("radio", { name: this.t(yes ? "yes" : "no"), exact: true }).check();
    await this.continue();
    await this.expectAt(DebtsPages.path);
  }

  /** The list's Continue: on to the summary. */
  async finish() {
    await this.page.getByRole("button", { name: this.t("continue"), exact: true }).click();
    await this.expectAt("/referral/summary");
  }
}

/** The "Make a referral summary" start button on the outcome page. */
export function referralStartButton(page, locale) {
  return page.getByRole("button", { name: tFor(locale ?? "en-GB", "referral-start-button") });
}

/** Whether outcome `id` offers a referral summary (emergency, urgent or referral tier). */
export function offersReferral(id) {
  return ["emergency", "urgent", "referral"].includes(node(id).tier);
}
