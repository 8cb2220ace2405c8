// Adviser mode: the adviser's notes reach the referral summary, marked as the adviser's and
// apart from the person's own words: on the page, in the JSON download (valid against the
// published schema) and in the text download. Without adviser mode there are none.
import { test, expect } from "../support/fixtures.mjs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { toReferralSummary, words } from "../support/referral-journey.mjs";
import { t } from "../support/content.mjs";
import { AdviserNotesBox, AdviserNotesPage, useAdviserMode } from "../pages/adviser-pages.mjs";

const notes = "Seen at the library hub with her daughter. Please phone after 3pm.\nShe has the court letter.";

async function validator(page) {
  const res = await page.request.get("/schema/referral-summary-1.schema.json");
  expect(res.ok()).toBe(true);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(await res.json());
}

test("the adviser's notes reach the summary and its downloads, marked as the adviser's", async ({ page }) => {
  await useAdviserMode(page);
  const summary = await toReferralSummary(page);
  const box = new AdviserNotesBox(page);
  await expect(box.region).toContainText(t("adviser-notes-none"));

  await box.addLink.click();
  const notesPage = new AdviserNotesPage(page);
  await notesPage.expectShown();
  await notesPage.save(notes);

  await summary.expectShown();
  await expect(box.region).toContainText(t("adviser-notes-marked"));
  await expect(box.region.locator(".adviser-notes__text")).toHaveText(notes);
  await expect(box.changeLink).toBeVisible();

  const { json } = await summary.downloadJson();
  const validate = await validator(page);
  expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(json.schema_version).toBe("1.3.0");
  expect(json.adviser_notes).toBe(notes);
  expect(json.own_words).toBe(words);

  const { text } = await summary.downloadText();
  const heading = t("adviser-notes-summary-heading").toUpperCase();
  // Quoted, so nothing typed in them can pass for a heading of the summary.
  const quoted = notes.split("\n").map((l) => `> ${l}`).join("\n");
  expect(text).toContain(`${heading}\n${quoted}\n`);

  // Changing them keeps one set of notes.
  await box.changeLink.click();
  await notesPage.expectShown();
  await expect(notesPage.notes).toHaveValue(notes);
  await notesPage.save("");
  await expect(box.region).toContainText(t("adviser-notes-none"));
  const { json: cleared } = await summary.downloadJson();
  expect(cleared).not.toHaveProperty("adviser_notes");
});

test("without adviser mode there is no notes box, and the notes page is not offered", async ({ page }) => {
  await useAdviserMode(page, "resident");
  const summary = await toReferralSummary(page);
  const box = new AdviserNotesBox(page);
  await expect(box.region).toHaveCount(0);
  await expect(box.addLink).toHaveCount(0);
  const { json } = await summary.downloadJson();
  expect(json).not.toHaveProperty("adviser_notes");
  await page.goto(AdviserNotesPage.path);
  await summary.expectShown();
});
