import { expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { BasePage } from "./base-page.mjs";

// Page objects for kiosk mode: the inactivity warning, the "Finish and clear" block on the
// outcome and summary pages, and the staff page with the demand figures. Names come from
// content/locales/<locale>/kiosk.ftl.

/** The modal warning shown after `idle` seconds without a tap or key. */
export class IdleWarning extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.dialog = page.getByRole("dialog", { name: this.t("kiosk-idle-title") });
    this.stayButton = this.dialog.getByRole("button", { name: this.t("kiosk-idle-stay"), exact: true });
    this.clearButton = this.dialog.getByRole("button", { name: this.t("kiosk-idle-clear"), exact: true });
    this.countdown = this.dialog.locator(".idle-warning__countdown");
  }

  /** The seconds the countdown shows now. */
  async secondsLeft() {
    const text = BasePage.clean(await this.countdown.innerText());
    return Number(/(\d+)/.exec(text)[1]);
  }
}

/** "Finished?": Print (outcome page) and "Finish and clear", kiosk mode only. */
export class FinishAndClear extends BasePage {
  constructor(page, locale) {
    super(page, locale);
    this.section = page.getByRole("region", { name: this.t("kiosk-finish-title") });
    this.finishButton = page.getByRole("button", { name: this.t("kiosk-finish"), exact: true });
    this.printButton = page.getByRole("button", { name: this.t("kiosk-print"), exact: true });
  }
}

/** `/staff`: the anonymous demand figures, a CSV download and a way to delete them. */
export class StaffPage extends BasePage {
  static path = "/staff";

  constructor(page, locale) {
    super(page, locale);
    this.table = page.getByRole("table", { name: this.t("staff-table-caption") });
    this.downloadButton = page.getByRole("button", { name: this.t("staff-download"), exact: true });
    this.deleteButton = page.getByRole("button", { name: this.t("staff-delete"), exact: true });
    this.confirmHeading = page.getByRole("heading", { name: this.t("staff-delete-title") });
    this.confirmYes = page.getByRole("button", { name: this.t("staff-delete-yes"), exact: true });
    this.confirmNo = page.getByRole("button", { name: this.t("staff-delete-no"), exact: true });
    this.none = page.getByText(this.t("staff-none"));
    this.deleted = page.getByRole("status").filter({ hasText: this.t("staff-deleted") });
  }

  async goto() {
    await this.page.goto(StaffPage.path);
    await this.waitForApp();
    await expect(this.heading).toHaveText(this.t("staff-title"));
  }

  /** The table's body rows, each as its cells' text: [day, ...tier counts, needs]. */
  async rows() {
    return this.table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.innerText.replace(/[\u2068\u2069]/g, "").trim())),
    );
  }

  /** The column headings, in order. */
  async columns() {
    return this.table.locator("thead th").allInnerTexts();
  }

  /** Clicks Download; returns the file's name and text. */
  async downloadCsv() {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.downloadButton.click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  }
}
