import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { node, outcomeTitleFor } from "../support/content.mjs";

/** `/outcome`: the outcome's title, next steps, guides, services. */
export class OutcomePage extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.nextSteps = page.getByRole("heading", { name: this.t("outcome-today") });
    this.guides = page.getByRole("heading", { name: this.t("outcome-guides") });
    this.services = page.getByRole("heading", { name: this.t("outcome-services") });
    this.checkAnswersLink = page.getByRole("link", { name: this.t("outcome-check-answers") });
    this.startAgainLink = page
      .getByRole("link", { name: this.t("outcome-start-again") })
      .or(page.getByRole("button", { name: this.t("outcome-start-again") }));
  }

  /** Checks the page shows outcome `id` with the sections its content has. */
  async expectOutcome(id) {
    const o = node(id);
    await expect(this.page).toHaveURL(/\/outcome$/);
    await expect(this.heading).toHaveText(outcomeTitleFor(this.locale, id));
    if ((o.next_steps ?? []).length) await expect(this.nextSteps).toBeVisible();
    if ((o.guides ?? []).length) await expect(this.guides).toBeVisible();
    if ((o.services ?? []).length) await expect(this.services).toBeVisible();
    await expect(this.checkAnswersLink).toBeVisible();
    await expect(this.startAgainLink).toBeVisible();
  }
}
