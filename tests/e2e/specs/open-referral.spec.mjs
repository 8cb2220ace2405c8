// /open-a-referral: a member without a case system opens a referral summary the person hands
// over: the .json file (the published example, which is exactly what the app makes) or the text
// a phone camera shows from the QR code. Bad input at each entrance is named; nothing is kept
// anywhere; it is axe-clean in English, Welsh and Arabic (right to left), and works by keyboard.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect } from "../support/fixtures.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { useLocale, LanguageSwitch } from "../pages/language-switch.mjs";
import { tFor, dirFor } from "../support/content.mjs";

const examplePath = fileURLToPath(new URL("../../../public/schema/example-referral-summary.json", import.meta.url));
const example = JSON.parse(readFileSync(examplePath, "utf8"));
const shots = fileURLToPath(new URL("../screenshots/", import.meta.url));

// The QR text of public/schema/README.md: members from the example directory.
const QR = [
  "SIGNPOST/1",
  "REF:SP-4K7M-Q2XD",
  "TIER:urgent",
  "DUE:2026-11-26=enforcement,2026-11-27=eviction,2026-12-14=court-papers",
  "NEEDS:eviction,enforcement,court-papers,deadline-soon,rent-arrears",
  "LANG:cy",
  "WITHHELD:health-safety",
  "NAME:Morwenna Quillerby",
  "PHONE:07700 900417",
  "VIA:phone",
  "MSG:no",
  "AREA:Truro",
  "PRIORITY:1200.50",
  "IN:1392.50",
  "OUT:1470",
  "SURPLUS:-77.50",
  "MEMBERS:carrick-way-money-advice,tidewater-housing-advice,fair-decision-appeals",
  "WORDS:Keeping the children at the same school",
].join("\n");

/** The message's text before its first placeable, to match a filled-in message by. */
const start = (locale, id) => tFor(locale, id).split("{")[0].trim();

const fileInput = (page) => page.locator("#open-file");
const textBox = (page) => page.locator("#open-text");

async function openPage(page, locale = "en-GB") {
  await page.goto("/open-a-referral");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFor(locale, "open-title"));
}

async function openFile(page, files, locale = "en-GB") {
  await fileInput(page).setInputFiles(files);
  await page.getByRole("button", { name: tFor(locale, "open-file-button") }).click();
}

async function openText(page, text, locale = "en-GB") {
  await textBox(page).fill(text);
  await page.getByRole("button", { name: tFor(locale, "open-text-button") }).click();
}

/** Every key and value in both storages, and the names of IndexedDB databases. */
async function everythingStored(page) {
  return page.evaluate(async () => {
    const dump = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    return { local: dump(localStorage), session: dump(sessionStorage), dbs, cookie: document.cookie };
  });
}

test("a downloaded .json file opens as the person saw it: their language beside English", async ({ page }) => {
  await openPage(page);
  await openFile(page, examplePath);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(example.reference);
  await expect(h1).toBeFocused();
  await expect(page.getByText(tFor("en-GB", "open-from-file"))).toBeVisible();
  // The person's words are marked as Welsh, with the English beside them.
  const need = example.needs[0];
  await expect(page.locator('main [lang="cy"]', { hasText: need.label }).first()).toBeVisible();
  await expect(page.locator('main .english[lang="en-GB"]', { hasText: `(${need.label_en})` }).first()).toBeVisible();
  // The dates to act by, set apart, each with how far away it is.
  const due = page.locator(".open-due");
  await expect(due.getByRole("heading", { name: tFor("en-GB", "open-dates-heading") })).toBeVisible();
  await expect(due.locator("li")).toHaveCount(example.urgency.deadlines.length);
  await expect(due).toContainText(example.urgency.deadlines[0].label_en);
  await expect(due.locator("li").first()).toContainText(/\((today|in \d+ days?|\d+ days? ago)\)/);
  // Each made-up member is marked where it is listed.
  const examples = example.members.filter((m) => m.example).length;
  expect(examples).toBeGreaterThan(0);
  await expect(page.locator("li.member").getByText(tFor("en-GB", "open-example-member"))).toHaveCount(examples);
  // A member cannot change the person's answers: no Change links.
  await expect(page.locator(".summary-change")).toHaveCount(0);
  await expect(page.getByText(example.contact.name)).toBeVisible();
});

test("the text from a QR code opens, in the page's words", async ({ page }) => {
  await openPage(page);
  await openText(page, QR);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SP-4K7M-Q2XD");
  await expect(page.getByText(tFor("en-GB", "open-from-qr"))).toBeVisible();
  await expect(page.locator(".open-due li")).toHaveCount(3);
  await expect(page.getByText("Morwenna Quillerby")).toBeVisible();
  await expect(page.getByText(tFor("en-GB", "open-example-member"))).toHaveCount(3);
  await expect(page.getByText(tFor("en-GB", "open-qr-part"))).toHaveCount(0);
  // A code that was full says the summary is only part.
  await page.getByRole("button", { name: tFor("en-GB", "open-close") }).first().click();
  await openText(page, QR.replace("SIGNPOST/1\n", "SIGNPOST/1\nPART:1\n"));
  await expect(page.getByText(tFor("en-GB", "open-qr-part"))).toBeVisible();
});

test("bad input at each entrance is named, in the error summary and at the field", async ({ page }) => {
  await openPage(page);
  const summary = page.locator(".error-summary");
  const expectError = async (field, text) => {
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text);
    await expect(page.locator(`#${field}-error`)).toContainText(text);
    await expect(page).toHaveTitle(new RegExp(`^${tFor("en-GB", "error-prefix")}`));
  };
  await page.getByRole("button", { name: tFor("en-GB", "open-file-button") }).click();
  await expectError("open-file", tFor("en-GB", "open-error-no-file"));
  // The summary's link takes focus to the field.
  await summary.getByRole("link").click();
  await expect(fileInput(page)).toBeFocused();

  const wrong = [
    [{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Dear adviser, please help") }, "open-error-not-signpost-file"],
    [{ name: "empty.json", mimeType: "application/json", buffer: Buffer.alloc(0) }, "open-error-empty-file"],
    [{ name: "photo.json", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]) }, "open-error-not-text"],
    [{ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"schema_version": "1.3.0",') }, "open-error-not-json"],
  ];
  for (const [file, id] of wrong) {
    await openFile(page, file);
    await expectError("open-file", start("en-GB", id));
  }
  const missing = { ...example };
  delete missing.consent;
  await openFile(page, { name: "x.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(missing)) });
  await expectError("open-file", start("en-GB", "open-error-field"));
  await expect(summary).toContainText("consent");

  await openText(page, "");
  await expectError("open-text", tFor("en-GB", "open-error-no-text"));
  await expect(page.locator("#open-file-error")).toHaveCount(0);
  await openText(page, "SIGNPOST/1\nREF:SP-4K7M-Q2XD\nTIER:very-urgent");
  await expectError("open-text", start("en-GB", "open-error-qr-value"));
  await expect(summary).toContainText("TIER");
  await openText(page, "hello");
  await expectError("open-text", tFor("en-GB", "open-error-not-signpost-text"));
});

test("a summary from a newer version of Signpost says which version", async ({ page }) => {
  await openPage(page);
  const newer = { ...example, schema_version: "2.0.0" };
  await openFile(page, { name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(newer)) });
  const error = page.locator("#open-file-error");
  await expect(error).toContainText(start("en-GB", "open-error-newer"));
  await expect(error).toContainText("2.0.0");
  await openText(page, QR.replace("SIGNPOST/1", "SIGNPOST/2"));
  await expect(page.locator("#open-text-error")).toContainText(start("en-GB", "open-error-newer"));
  // A newer 1.x opens, and says what it cannot show.
  await openFile(page, {
    name: "minor.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...example, schema_version: "1.9.0", later: true })),
  });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(example.reference);
  await expect(page.getByText(start("en-GB", "open-newer"))).toBeVisible();
});

test("nothing is kept: not in storage, the address or IndexedDB, and closing forgets it", async ({ page }) => {
  await openPage(page);
  const before = await everythingStored(page);
  const url = page.url();
  await openFile(page, examplePath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(example.reference);
  const during = await everythingStored(page);
  expect(during).toEqual(before);
  expect(JSON.stringify(during)).not.toContain(example.reference);
  expect(page.url()).toBe(url);

  const close = page.getByRole("button", { name: tFor("en-GB", "open-close") });
  await expect(close).toHaveCount(2);
  await close.last().click();
  await expect(page.locator("#open-closed")).toBeFocused();
  await expect(page.locator("#open-closed")).toHaveText(tFor("en-GB", "open-closed"));
  await expect(page.getByText(example.contact.name)).toHaveCount(0);
  await expect(page.getByText(example.reference)).toHaveCount(0);
  // The QR text typed in goes too.
  await openText(page, QR);
  await page.getByRole("button", { name: tFor("en-GB", "open-close") }).first().click();
  await expect(textBox(page)).toHaveValue("");
  const after = await everythingStored(page);
  expect(after).toEqual(before);
  expect(JSON.stringify(after)).not.toMatch(/SP-4K7M|SP-99M0|Morwenna/);
  // Switching language draws the page again: what is open stays open.
  await openFile(page, examplePath);
  await new LanguageSwitch(page).button("cy").click();
  await expect(page.getByRole("button", { name: tFor("cy", "open-close") }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(example.reference);
  // Leaving the page forgets it: coming back (Back, in the app) shows the empty form.
  await page.getByRole("link", { name: tFor("cy", "exit-staying-safe-link") }).first().click();
  await expect(page).toHaveURL(/staying-safe-online/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFor("cy", "open-title"));
  await expect(page.getByText(example.reference)).toHaveCount(0);
});

test("keyboard only: paste QR text, open it, close it", async ({ page }) => {
  await openPage(page);
  // From the heading, Tab reaches the file input, then its button, then the text box.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Tab");
  await expect(fileInput(page)).toBeFocused();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(examplePath);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: tFor("en-GB", "open-file-button") })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: tFor("en-GB", "open-close") }).first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#open-closed")).toBeFocused();

  await textBox(page).focus();
  await page.keyboard.insertText(QR);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: tFor("en-GB", "open-text-button") })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SP-4K7M-Q2XD");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

for (const locale of ["en-GB", "cy", "ar"]) {
  test(`axe finds nothing: the form with errors, a file and QR text opened (${locale})`, async ({ page, context }) => {
    if (locale !== "en-GB") await useLocale(context, locale);
    await openPage(page, locale);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", locale);
    await expect(html).toHaveAttribute("dir", dirFor(locale));
    await expectNoViolations(page, `the open page (${locale})`);
    await page.getByRole("button", { name: tFor(locale, "open-file-button") }).click();
    await openText(page, "hello", locale);
    await expect(page.locator("#open-text-error")).toBeVisible();
    await expectNoViolations(page, `the open page with errors (${locale})`);
    await openFile(page, examplePath, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(example.reference);
    await expectNoViolations(page, `an opened file (${locale})`);
    for (const [width, height] of [[375, 667], [1080, 1920]]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${shots}open-referral-file-${locale}-${width}x${height}.png`, fullPage: true });
    }
    await page.getByRole("button", { name: tFor(locale, "open-close") }).first().click();
    await openText(page, QR, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SP-4K7M-Q2XD");
    await expectNoViolations(page, `opened QR text (${locale})`);
    for (const [width, height] of [[375, 667], [1080, 1920]]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${shots}open-referral-qr-${locale}-${width}x${height}.png`, fullPage: true });
    }
  });
}

test("reflows at 320 CSS px: the form, its errors and an opened summary, in English and Arabic", async ({ page, context }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  for (const locale of ["en-GB", "ar"]) {
    if (locale !== "en-GB") await useLocale(context, locale);
    await openPage(page, locale);
    expect(await fits(), `the form (${locale})`).toBe(true);
    await openText(page, "hello", locale);
    await expect(page.locator("#open-text-error")).toBeVisible();
    expect(await fits(), `the form with an error (${locale})`).toBe(true);
    await openFile(page, examplePath, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(example.reference);
    expect(await fits(), `an opened file (${locale})`).toBe(true);
    await page.getByRole("button", { name: tFor(locale, "open-close") }).first().click();
    await openText(page, QR, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SP-4K7M-Q2XD");
    expect(await fits(), `opened QR text (${locale})`).toBe(true);
  }
});

test("the staff page links to it; the person's start page does not", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('a[href="/open-a-referral"]')).toHaveCount(0);
  await page.goto("/staff");
  await page.getByRole("link", { name: tFor("en-GB", "open-staff-link") }).click();
  await expect(page).toHaveURL(/\/open-a-referral$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFor("en-GB", "open-title"));
});
