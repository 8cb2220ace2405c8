import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { startId } from "../support/content.mjs";

export class StartPage extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    // A link styled as a button, exposed with role button.
    this.startButton = page.getByRole("button", { name: this.t("start-button"), exact: true });
  }

  async goto() {
    await this.page.goto("/");
    await this.waitForApp();
    await expect(this.heading).toHaveText(this.t("start-title"));
  }

  /** Clicks "Start now" and waits for the first question. */
  async start() {
    await this.startButton.click();
    await expect(this.page).toHaveURL(new RegExp(`/questions/${startId}$`));
  }
}
