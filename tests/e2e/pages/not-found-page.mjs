import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";
import { t } from "../support/content.mjs";

export class NotFoundPage extends BasePage {
  async goto(path) {
    await this.page.goto(path);
    await this.waitForApp();
  }

  async expectShown() {
    await expect(this.heading).toHaveText(t("not-found-title"));
  }
}
