import { expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { BasePage } from "./base-page.mjs";

/** `/referral/summary`: the summary, and every way of handing it over. */
export class ReferralSummaryPage extends BasePage {
  static path = "/referral/summary";

  constructor(page, locale) {
    super(page, locale);
    this.printButton = page.getByRole("button", { name: this.t("handoff-print"), exact: true });
    this.downloadJsonButton = page.getByRole("button", { name: this.t("handoff-download-json"), exact: true });
    this.downloadTextButton = page.getByRole("button", { name: this.t("handoff-download-text"), exact: true });
    this.copyButton = page.getByRole("button", { name: this.t("handoff-copy"), exact: true });
    this.emailLink = page.getByRole("link", { name: this.t("handoff-email"), exact: true });
    this.qrCode = page.getByRole("img", { name: this.t("handoff-qr-label") });
    this.status = page.getByRole("status");
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/referral\/summary$/);
    await expect(this.heading).toHaveText(this.t("handoff-title"));
  }

  /** Clicks a download button; returns the file's name and text. */
  async download(button) {
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
  }

  async downloadJson() {
    const { name, text } = await this.download(this.downloadJsonButton);
    return { name, json: JSON.parse(text) };
  }

  async downloadText() {
    return this.download(this.downloadTextButton);
  }

  /**
   * Reads the QR code as a phone would: the rendered SVG, drawn large enough for the decoder,
   * screenshotted and decoded with jsQR. Returns the decoded text.
   */
  async decodeQr() {
    await expect(this.qrCode).toBeVisible();
    // Draw each module a few pixels wide, as a phone camera would see it close up.
    await this.qrCode.evaluate((svg) => {
      svg.style.width = "720px";
      svg.style.height = "720px";
    });
    const png = PNG.sync.read(await this.qrCode.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code, "the QR code decodes").not.toBeNull();
    return code.data;
  }

  /** Whether the QR code says it holds the whole summary. */
  async qrComplete() {
    return (await this.qrCode.getAttribute("data-complete")) === "true";
  }
}

/** The QR text as { KEY: value }, after checking its first line. */
export function parseQr(text) {
  const [head, ...lines] = text.split("\n");
  expect(head).toBe("SIGNPOST/1");
  const out = {};
  for (const l of lines) {
    const i = l.indexOf(":");
    out[l.slice(0, i)] = l.slice(i + 1);
  }
  return out;
}
