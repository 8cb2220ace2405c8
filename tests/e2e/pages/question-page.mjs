import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { node, questionTextFor, headingTextFor, optionLabelFor } from "../support/content.mjs";

/** `/questions/<id>`: one question, a Continue button, a Back link, an error summary. */
export class QuestionPage extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.continueButton = page.getByRole("button", { name: this.t("continue"), exact: true });
    this.errorSummary = page
      .getByRole("alert")
      .filter({ has: page.getByRole("heading", { name: this.t("error-summary-title") }) });
    this.errorLinks = this.errorSummary.getByRole("link");
  }

  async goto(id) {
    await this.page.goto(`/questions/${id}`);
    await this.waitForApp();
  }

  /** The id in the URL, or null when not on a question page. */
  currentId() {
    const m = /^\/questions\/([^/?#]+)/.exec(this.pathname());
    return m ? decodeURIComponent(m[1]) : null;
  }

  async expectQuestion(id) {
    await expect(this.page).toHaveURL(new RegExp(`/questions/${id}(\\?.*)?$`));
    await expect(this.heading).toHaveText(headingTextFor(this.locale, id));
  }

  /** The fieldset of a choice or date question, named by its legend (the h1). */
  group(id) {
    return this.page.getByRole("group", { name: questionTextFor(this.locale, id) });
  }

  radio(id, optionId) {
    return this.page.getByRole("radio", { name: optionLabelFor(this.locale, id, optionId), exact: true });
  }

  checkbox(id, optionId) {
    return this.page.getByRole("checkbox", { name: optionLabelFor(this.locale, id, optionId), exact: true });
  }

  /** The text input of a money, number or text question, labelled by the question (in the h1). */
  input(id) {
    return this.page.getByRole("textbox", { name: questionTextFor(this.locale, id) });
  }

  datePart(part) {
    const name = this.t(`date-${part}`);
    return this.page
      .getByRole("textbox", { name, exact: true })
      .or(this.page.getByRole("spinbutton", { name, exact: true }));
  }

  /**
   * Answers question `id` as a person would. Values: an option id (yes/no, single choice), an
   * array of option ids (multiple choice), a string (money, number, text), or
   * {day, month, year} / a Date (date).
   */
  async answer(id, value) {
    const q = node(id);
    switch (q.type) {
      case "yes_no":
      case "single_choice":
        await this.radio(id, value).check();
        break;
      case "multiple_choice":
        for (const opt of [].concat(value)) await this.checkbox(id, opt).check();
        break;
      case "money":
      case "number":
      case "text":
        await this.input(id).fill(String(value));
        break;
      case "date": {
        const d = value instanceof Date ? { day: value.getDate(), month: value.getMonth() + 1, year: value.getFullYear() } : value;
        await this.datePart("day").fill(String(d.day));
        await this.datePart("month").fill(String(d.month));
        await this.datePart("year").fill(String(d.year));
        break;
      }
      default:
        throw new Error(`question "${id}" has an unknown type "${q.type}"`);
    }
  }

  /** Checks that the page shows `value` as the answer to `id` (after Back or a reload). */
  async expectAnswered(id, value) {
    const q = node(id);
    switch (q.type) {
      case "yes_no":
      case "single_choice":
        await expect(this.radio(id, value)).toBeChecked();
        break;
      case "multiple_choice":
        for (const opt of [].concat(value)) await expect(this.checkbox(id, opt)).toBeChecked();
        break;
      case "money":
      case "number":
      case "text":
        await expect(this.input(id)).toHaveValue(String(value));
        break;
      case "date": {
        const d = value instanceof Date ? { day: value.getDate(), month: value.getMonth() + 1, year: value.getFullYear() } : value;
        await expect(this.datePart("day")).toHaveValue(new RegExp(`^0?${d.day}$`));
        await expect(this.datePart("month")).toHaveValue(new RegExp(`^0?${d.month}$`));
        await expect(this.datePart("year")).toHaveValue(String(d.year));
        break;
      }
    }
  }

  /** Clicks Continue and waits for the next page (a different URL). */
  async continue() {
    const before = this.page.url();
    await this.continueButton.click();
    try {
      await this.page.waitForURL((u) => u.href !== before, { timeout: 5_000 });
    } catch (e) {
      const alert = (await this.errorSummary.count()) ? await this.errorSummary.innerText() : "no error summary";
      throw new Error(`Continue did not leave ${before} (${BasePage.clean(alert)})`);
    }
  }

  /** Clicks Continue expecting to stay on the page with an error summary. */
  async continueExpectingError() {
    await this.continueButton.click();
    await expect(this.errorSummary).toBeVisible();
  }
}
