// On a shared screen the browser must not remember one person's name, phone number or email
// and offer them to the next: the contact fields carry autocomplete="off" on kiosks and
// advisers' screens, and the helpful hints (name, tel, email) on a person's own device.
import { test, expect } from "../support/fixtures.mjs";
import { completeJourney } from "../support/journey.mjs";
import { referralAnswers } from "../support/referral-journey.mjs";
import { ConsentPage, ContactPage, referralStartButton } from "../pages/referral-pages.mjs";
import { startKiosk } from "../support/kiosk.mjs";

async function toContactPage(page) {
  await completeJourney(page, referralAnswers);
  await referralStartButton(page).click();
  const consent = new ConsentPage(page);
  await consent.expectShown();
  await consent.submit({ contact: true, householdMoney: true, healthSafety: true });
  const contact = new ContactPage(page);
  await contact.expectAt(ContactPage.path);
  return contact;
}

test("a kiosk's contact fields ask the browser not to remember them", async ({ page }) => {
  await startKiosk(page);
  const contact = await toContactPage(page);
  for (const field of [contact.name, contact.phone, contact.email]) {
    await expect(field).toHaveAttribute("autocomplete", "off");
  }
});

test("on a person's own device the contact fields keep their autocomplete hints", async ({ page }) => {
  await page.goto("/");
  const contact = await toContactPage(page);
  await expect(contact.name).toHaveAttribute("autocomplete", "name");
  await expect(contact.phone).toHaveAttribute("autocomplete", "tel");
  await expect(contact.email).toHaveAttribute("autocomplete", "email");
});
