import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { questionTextFor } from "../support/content.mjs";

/** `/check-answers`: a description list of questions (terms) and answers (definitions). */
export class CheckAnswersPage extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.list = page.getByRole("list").or(page.locator("dl")).first();
    this.questions = page.getByRole("term");
    this.seeResult = page
      .getByRole("button", { name: this.t("check-continue"), exact: true })
      .or(page.getByRole("link", { name: this.t("check-continue"), exact: true }));
  }

  async goto() {
    await this.page.goto("/check-answers");
    await this.waitForApp();
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/check-answers$/);
    await expect(this.heading).toHaveText(this.t("check-title"));
  }

  /** The question texts listed, in order. */
  async listedQuestions() {
    return (await this.questions.allInnerTexts()).map(BasePage.clean);
  }

  /** The row's question (term) for a question id. */
  term(id) {
    return this.questions.filter({ hasText: questionTextFor(this.locale, id) });
  }

  /** The answer shown for a question: the definition right after its term. */
  answer(id) {
    return this.term(id).locator("xpath=following-sibling::dd[1]");
  }

  /** The "Change" link, named "Change <question text>" for screen readers. */
  changeLink(id) {
    return this.page.getByRole("link", { name: `${this.t("check-change")} ${questionTextFor(this.locale, id)}` });
  }

  async change(id) {
    await this.changeLink(id).click();
    await expect(this.page).toHaveURL(new RegExp(`/questions/${id}(\\?.*)?$`));
  }
}
