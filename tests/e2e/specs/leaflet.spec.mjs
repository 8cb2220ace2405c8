// The printed leaflet (/leaflet): "Worried about money?" from the same content and directory
// as the app. Its local contacts are the directory's, its helplines the content's; it is
// axe-clean in English and Welsh, prints on at most two A4 pages in each, and a kiosk's start
// page links to it.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect } from "../support/fixtures.mjs";
import { StartPage } from "../support/journey.mjs";
import { t, tFor, service } from "../support/content.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";
import { startKiosk } from "../support/kiosk.mjs";
import { expectNoViolations } from "../support/axe.mjs";

const contentDir = fileURLToPath(new URL("../../../content/", import.meta.url));
/** Every directory member by id, with `example` from its file. */
const members = new Map(
  readdirSync(`${contentDir}/directory`)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(`${contentDir}/directory/${f}`, "utf8"));
      return file.services.map((s) => [s.id, { ...s, example: file.example === true }]);
    }),
);
const leaflet = JSON.parse(readFileSync(`${contentDir}/leaflet.json`, "utf8"));

async function openLeaflet(page) {
  await page.goto("/leaflet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(leaflet.title));
}

/** The number of pages of the page printed on A4, as Chromium prints it. */
async function printedPages(page) {
  const pdf = await page.pdf({ format: "A4" });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test("every situation, with the directory's members and the content's helplines", async ({ page }) => {
  await openLeaflet(page);
  const situations = page.locator(".leaflet__situation");
  await expect(situations).toHaveCount(leaflet.situations.length);
  for (const [i, s] of leaflet.situations.entries()) {
    const section = situations.nth(i);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(t(s.title));
    const lines = section.locator("li[data-service]");
    const n = await lines.count();
    let local = 0;
    for (let k = 0; k < n; k++) {
      const line = lines.nth(k);
      const id = await line.getAttribute("data-service");
      const m = members.get(id);
      if (m) {
        local++;
        // A member listed for a need it helps with, by its own name and first phone number.
        expect(m.needs.some((need) => s.needs.includes(need)), `${id} for ${s.title}`).toBe(true);
        const phone = m.contacts.find((c) => c.channel === "phone").value;
        await expect(line).toContainText(m.organisation);
        // A made-up member's number reaches nobody: shown, not linked (as on the results page).
        if (m.example) {
          await expect(line).toContainText(phone);
          await expect(line.getByRole("link")).toHaveCount(0);
        } else {
          await expect(line.getByRole("link", { name: phone })).toHaveAttribute("href", `tel:${phone.replace(/ /g, "")}`);
        }
        await expect(line.locator(".leaflet__example")).toHaveCount(m.example ? 1 : 0);
      } else {
        expect(s.helplines, `${id} is one of the situation's helplines`).toContain(id);
        const phone = service(id).contacts.find((c) => c.channel === "phone").value;
        await expect(line).toContainText(phone);
      }
    }
    expect(local, `local members for ${s.title}`).toBeGreaterThan(0);
  }
  // The QR code opens this copy of the app.
  await expect(page.locator(".leaflet__url")).toHaveText(new URL("/", page.url()).href);
  await expect(page.locator("svg.leaflet__qr path")).toHaveAttribute("d", /^M\d/);
});

for (const locale of ["en-GB", "cy"]) {
  test(`in ${locale}: axe-clean, and it prints on at most two A4 pages`, async ({ page }) => {
    await openLeaflet(page);
    if (locale !== "en-GB") {
      await new LanguageSwitch(page).switchTo(locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFor(locale, leaflet.title));
      await expect(page.locator(".leaflet__situation h2").first()).toHaveText(tFor(locale, leaflet.situations[0].title));
    }
    await expectNoViolations(page, `the leaflet in ${locale}`);
    const pages = await printedPages(page);
    expect(pages).toBeGreaterThan(0);
    expect(pages, "printed pages").toBeLessThanOrEqual(2);
  });
}

test("Print this leaflet opens the print dialogue", async ({ page }) => {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await openLeaflet(page);
  await page.getByRole("button", { name: t("leaflet-print") }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
});

test("a kiosk's start page links to the leaflet; a resident's does not", async ({ page }) => {
  await page.goto("/");
  const start = new StartPage(page);
  await start.waitForApp();
  await expect(page.getByRole("link", { name: t("leaflet-print-a-leaflet") })).toHaveCount(0);
  await startKiosk(page);
  const link = page.getByRole("link", { name: t("leaflet-print-a-leaflet") });
  await expect(link).toHaveAttribute("href", "/leaflet");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(leaflet.title));
});
