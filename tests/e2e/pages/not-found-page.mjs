import { expect } from "@playwright/test";
import { BasePage } from "./base-page.mjs";

export class NotFoundPage extends BasePage {
  async goto(path) {
    await this.page.goto(path);
    await this.waitForApp();
  }

  async expectShown() {
    await expect(this.heading).toHaveText(this.t("not-found-title"));
  }
}
