// The language switch in the header: every locale in its own name; switching re-renders the page
// in that language at the same address with every answer kept; the choice survives a reload;
// <html lang dir> follow it; draft translations show a note.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, completeJourney, QuestionPage, StartPage, CheckAnswersPage, OutcomePage } from "../support/journey.mjs";
import { selfHelpDebts, emergency } from "../support/journeys.mjs";
import { locales, defaultLocale, isDraft, questionTextFor, tFor, dirFor } from "../support/content.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";
import { NotFoundPage } from "../pages/not-found-page.mjs";

const answers = selfHelpDebts.answers;

test.beforeEach(() => {
  expect(locales, 'settings.json "locales" should offer Welsh, Polish and Arabic').toEqual(
    expect.arrayContaining([defaultLocale, "cy", "pl", "ar"]),
  );
});

/** The page shows question `id` in `locale`: heading, Continue, Back, title, lang and dir. */
async function expectQuestionIn(page, locale, id) {
  const q = new QuestionPage(page, locale);
  await q.expectQuestion(id);
  await expect(q.continueButton).toBeVisible();
  await expect(q.backLink).toBeVisible();
  await q.expectTitleFor(questionTextFor(locale, id));
  await q.expectLanguage();
  if (isDraft(locale)) await expect(q.draftNote).toBeVisible();
  else await expect(page.getByRole("note")).toHaveCount(0);
  return q;
}

test("the header of every page lists every language in its own name", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await new LanguageSwitch(page).expectListsEveryLocale();
  // The switch comes before the main content, in the header.
  await expect(page.getByRole("banner").getByRole("navigation", { name: tFor(defaultLocale, "language-switch-label") })).toBeVisible();
  await start.start();
  await new LanguageSwitch(page).expectListsEveryLocale();
  await completeJourney(page, emergency.answers);
  await new OutcomePage(page).expectOutcome(emergency.outcome);
  await new LanguageSwitch(page).expectListsEveryLocale();
  await new OutcomePage(page).checkAnswersLink.click();
  await new CheckAnswersPage(page).expectShown();
  await new LanguageSwitch(page).expectListsEveryLocale();
  const nf = new NotFoundPage(page);
  await nf.goto("/no-such-page");
  await nf.expectShown();
  await new LanguageSwitch(page).expectListsEveryLocale();
});

test("switching to Cymraeg mid-journey re-renders the page in Welsh and keeps every answer", async ({ page }) => {
  const visited = await startAndWalk(page, answers, { stopAt: "main-worry" });
  expect(visited).toEqual(["safe-now", "food-today", "energy-today", "home"]);
  const url = page.url();
  // An answer chosen but not yet submitted.
  await new QuestionPage(page).answer("main-worry", "budget");

  // Switch: same address, the question, its buttons and links now in Welsh.
  const cySwitch = await new LanguageSwitch(page).switchTo("cy");
  expect(page.url()).toBe(url);
  const cy = await expectQuestionIn(page, "cy", "main-worry");
  for (const opt of ["debts", "benefits", "budget"]) await expect(cy.radio("main-worry", opt)).toBeVisible();
  await expect(cy.radio("main-worry", "budget"), "the unsubmitted choice is kept").toBeChecked();
  await cySwitch.expectListsEveryLocale();
  expect(await cySwitch.stored()).toBe("cy");

  // A reload keeps Welsh (stored on the device) and the place.
  await page.reload();
  await cy.waitForApp();
  await expectQuestionIn(page, "cy", "main-worry");
  await new LanguageSwitch(page, "cy").expectListsEveryLocale();

  // Back, in Welsh: the earlier answers are still selected.
  await cy.backLink.click();
  await expectQuestionIn(page, "cy", "home");
  await cy.expectAnswered("home", answers.home);

  // Switching back to English keeps them too.
  const enSwitch = await new LanguageSwitch(page, "cy").switchTo(defaultLocale);
  const en = await expectQuestionIn(page, defaultLocale, "home");
  await en.expectAnswered("home", answers.home);
  await enSwitch.expectListsEveryLocale();
  expect(await enSwitch.stored()).toBe(defaultLocale);
  await en.backLink.click();
  await en.expectQuestion("energy-today");
  await en.expectAnswered("energy-today", answers["energy-today"]);
  await en.backLink.click();
  await en.expectQuestion("food-today");
  await en.expectAnswered("food-today", answers["food-today"]);
  await en.backLink.click();
  await en.expectQuestion("safe-now");
  await en.expectAnswered("safe-now", answers["safe-now"]);
});

test("switching on Check your answers keeps the address and lists the answers in the new language", async ({ page }) => {
  await startAndWalk(page, answers);
  await new CheckAnswersPage(page).expectShown();
  await new LanguageSwitch(page).switchTo("cy");
  await expect(page).toHaveURL(/\/check-answers$/);
  const check = new CheckAnswersPage(page, "cy");
  await check.expectShown();
  await check.expectLanguage();
  await expect(check.term("home")).toHaveText(questionTextFor("cy", "home"));
  await expect(check.changeLink("home")).toBeVisible();
  await expect(check.seeResult).toBeVisible();
});

test("Arabic sets dir=rtl and lang=ar, and switching back restores ltr", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.expectLanguage(defaultLocale);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await new LanguageSwitch(page).switchTo("ar");
  const ar = new StartPage(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await ar.expectLanguage();
  await expect(ar.heading).toHaveText(tFor("ar", "start-title"));
  await expect(ar.startButton).toBeVisible();
  // Laid out right to left: the heading's text starts at the right edge of main.
  const gap = await ar.heading.evaluate((h1) => {
    const range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect();
    const main = h1.closest("main").getBoundingClientRect();
    const pad = parseFloat(getComputedStyle(h1.closest("main")).paddingInlineStart) || 0;
    return { right: main.right - pad - text.right, left: text.left - main.left };
  });
  expect(Math.abs(gap.right), `heading text flush right in main (${JSON.stringify(gap)})`).toBeLessThan(2);
  await new LanguageSwitch(page, "ar").switchTo(defaultLocale);
  await start.expectLanguage(defaultLocale);
  await expect(start.heading).toHaveText(tFor(defaultLocale, "start-title"));
});

test("a draft translation shows a note under the header; English does not", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await expect(page.getByRole("note")).toHaveCount(0);
  let current = defaultLocale;
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    await new LanguageSwitch(page, current).switchTo(locale);
    current = locale;
    const inLocale = new StartPage(page, locale);
    await expect(inLocale.heading).toHaveText(tFor(locale, "start-title"));
    if (isDraft(locale)) {
      await expect(inLocale.draftNote, `draft note for ${locale}`).toBeVisible();
      await expect(inLocale.draftNote).toHaveText(tFor(locale, "translation-draft-note"));
      // Under the header, before the main content.
      const [note, header, main] = await Promise.all([
        inLocale.draftNote.boundingBox(),
        page.getByRole("banner").boundingBox(),
        page.getByRole("main").boundingBox(),
      ]);
      expect(note.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect(note.y + note.height).toBeLessThanOrEqual(main.y + 1);
    } else {
      await expect(page.getByRole("note"), `no draft note for ${locale}`).toHaveCount(0);
    }
    await inLocale.expectLanguage();
    await expect(page.locator("html")).toHaveAttribute("dir", dirFor(locale));
  }
  await new LanguageSwitch(page, current).switchTo(defaultLocale);
  await expect(start.heading).toHaveText(tFor(defaultLocale, "start-title"));
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("what is typed but not submitted survives a switch, and is read in the new language", async ({ page }) => {
  await startAndWalk(page, answers, { stopAt: "debt-total" });
  const en = new QuestionPage(page);
  await en.answer("debt-total", "1200,50");
  await new LanguageSwitch(page).switchTo("pl");
  const pl = await expectQuestionIn(page, "pl", "debt-total");
  await expect(pl.input("debt-total")).toHaveValue("1200,50");
  await pl.continue();
  await pl.expectQuestion("urgent-problems");
});
