// "Listen to this page": the browser's own speech synthesis reads the question, the results
// and each guide aloud in the page's language. Speech synthesis is replaced by a recorder
// (Chromium headless has no voices): what would be spoken, in which language and voice, and
// each time speaking is stopped. It is offered only with a voice on the device for the
// language, never starts by itself, and stops on leaving the page, on quick exit and on a
// kiosk's reset.
import { test, expect } from "../support/fixtures.mjs";
import { startAndWalk, completeJourney, QuestionPage, OutcomePage, startId } from "../support/journey.mjs";
import { selfHelpBudget } from "../support/journeys.mjs";
import { t, tFor, questionText, optionLabel, node } from "../support/content.mjs";
import { LanguageSwitch } from "../pages/language-switch.mjs";
import { ExitBar, NEUTRAL_PAGE, expectOnNeutralPage } from "../pages/exit-pages.mjs";
import { FinishAndClear } from "../pages/kiosk-pages.mjs";
import { startKiosk } from "../support/kiosk.mjs";
import { expectNoViolations } from "../support/axe.mjs";
import { smallTargets } from "../support/targets.mjs";

test.use({ fulfilledElsewhere: { "https://www.bbc.co.uk/": NEUTRAL_PAGE } });

const ENGLISH = { name: "Test English", lang: "en-GB", localService: true, default: true };
const WELSH = { name: "Test Welsh", lang: "cy-GB", localService: true, default: false };
const REMOTE_WELSH = { name: "Online Welsh", lang: "cy-GB", localService: false, default: false };

/**
 * Replaces speech synthesis with a recorder offering `voices`. What is spoken and each stop
 * go to the test through `__speech` (an exposed function), so they survive the page leaving.
 */
async function recordSpeech(page, voices) {
  const log = [];
  await page.exposeFunction("__speech", (entry) => log.push(entry));
  await page.addInitScript((voices) => {
    let queue = [];
    const synth = {
      getVoices: () => voices.map((v) => ({ ...v, voiceURI: v.name })),
      speak(u) {
        queue.push(u);
        window.__speech({ spoke: u.text, lang: u.lang, voice: u.voice && u.voice.name });
      },
      cancel() {
        window.__speech({ cancelled: queue.length });
        const dropped = queue;
        queue = [];
        for (const u of dropped) u.onerror?.({ error: "canceled" });
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { get: () => synth, configurable: true });
    window.SpeechSynthesisUtterance = function (text) {
      this.text = text;
      this.lang = "";
      this.voice = null;
    };
  }, voices);
  return {
    spoken: () => log.filter((e) => "spoke" in e),
    stops: () => log.filter((e) => "cancelled" in e).length,
  };
}

function firstQuestion(page) {
  return startAndWalk(page, {}, { stopAt: startId });
}

test("on a question, Listen reads the question and its choices in English, and Stop stops it", async ({ page }) => {
  const speech = await recordSpeech(page, [ENGLISH, WELSH]);
  await firstQuestion(page);
  const listen = page.getByRole("button", { name: t("listen-page") });
  await expect(listen).toBeVisible();
  expect(speech.spoken(), "never starts by itself").toEqual([]);
  await expectNoViolations(page, "a question with the Listen button");

  await listen.click();
  const spoken = speech.spoken();
  expect(spoken.length).toBeGreaterThan(1);
  for (const s of spoken) expect(s).toMatchObject({ lang: "en-GB", voice: "Test English" });
  const said = spoken.map((s) => s.spoke).join(" ");
  expect(said).toContain(questionText(startId).replace(/[.?]$/, ""));
  for (const o of node(startId).options) expect(said).toContain(optionLabel(startId, o.id));
  // The control itself, the Continue button and the exit button are not read.
  expect(said).not.toContain(t("listen-page"));
  expect(said).not.toContain(t("continue"));

  const stop = page.getByRole("button", { name: t("listen-stop") });
  await expect(stop).toBeFocused();
  const stopsBefore = speech.stops();
  await stop.click();
  expect(speech.stops()).toBeGreaterThan(stopsBefore);
  await expect(page.getByRole("button", { name: t("listen-page") })).toBeFocused();
});

test("in Welsh it reads the Welsh words with a Welsh voice, and is axe-clean", async ({ page }) => {
  const speech = await recordSpeech(page, [ENGLISH, WELSH]);
  await firstQuestion(page);
  await new LanguageSwitch(page).switchTo("cy");
  const listen = page.getByRole("button", { name: tFor("cy", "listen-page") });
  await expect(listen).toBeVisible();
  await expectNoViolations(page, "a question in Welsh with the Listen button");
  await listen.click();
  const spoken = speech.spoken();
  expect(spoken.length).toBeGreaterThan(1);
  for (const s of spoken) expect(s).toMatchObject({ lang: "cy", voice: "Test Welsh" });
  expect(spoken.map((s) => s.spoke).join(" ")).toContain(tFor("cy", node(startId).title).replace(/[.?]$/, ""));
});

test("there is no Listen without a voice on the device for the page's language", async ({ page }) => {
  // The only Welsh voice would send the words to a server: it is never used.
  await recordSpeech(page, [ENGLISH, REMOTE_WELSH]);
  await firstQuestion(page);
  await expect(page.getByRole("button", { name: t("listen-page") })).toBeVisible();
  await new LanguageSwitch(page).switchTo("cy");
  await new QuestionPage(page).waitForApp();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFor("cy", node(startId).title));
  await expect(page.locator(".listen")).toHaveCount(0);
});

test("with no voices at all there is no Listen control", async ({ page }) => {
  await recordSpeech(page, []);
  await firstQuestion(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".listen")).toHaveCount(0);
});

test("the results page and each guide have their own Listen; a guide's reads only the guide", async ({ page }) => {
  const speech = await recordSpeech(page, [ENGLISH]);
  await completeJourney(page, selfHelpBudget.answers);
  const outcome = new OutcomePage(page);
  await outcome.expectOutcome(selfHelpBudget.outcome);
  await expect(page.getByRole("button", { name: t("listen-page") })).toHaveCount(1);
  const guide = page.locator("details.guide[open]").first();
  const guideListen = guide.getByRole("button", { name: t("listen-guide") });
  await expect(guideListen).toBeVisible();
  await expectNoViolations(page, "the results page with Listen buttons");

  await guideListen.click();
  const said = speech.spoken().map((s) => s.spoke).join(" ");
  const guideText = await guide.locator(".details__text").innerText();
  expect(said.length).toBeGreaterThan(0);
  // Everything read is in the guide; the page's heading is not.
  expect(said).not.toContain(await outcome.heading.innerText());
  expect(guideText).toContain(said.split(". ")[0].replace(/\.$/, ""));

  // Reading the whole page stops the guide's reading first.
  await page.getByRole("button", { name: t("listen-page") }).click();
  await expect(guide.getByRole("button", { name: t("listen-guide") })).toBeVisible();
  await expect(page.getByRole("button", { name: t("listen-stop") })).toHaveCount(1);
  expect(speech.spoken().map((s) => s.spoke).join(" ")).toContain(await outcome.heading.innerText());
});

test("leaving the page stops the reading", async ({ page }) => {
  const speech = await recordSpeech(page, [ENGLISH]);
  await firstQuestion(page);
  await page.getByRole("button", { name: t("listen-page") }).click();
  const before = speech.stops();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: t("continue") }).click();
  await expect(page).not.toHaveURL(new RegExp(`/questions/${startId}$`));
  await expect.poll(() => speech.stops()).toBeGreaterThan(before);
});

test("quick exit stops the reading before it leaves", async ({ page }) => {
  const speech = await recordSpeech(page, [ENGLISH]);
  await firstQuestion(page);
  await page.getByRole("button", { name: t("listen-page") }).click();
  const before = speech.stops();
  await new ExitBar(page).exitButton.click();
  await expectOnNeutralPage(page);
  expect(speech.stops()).toBeGreaterThan(before);
});

test("a kiosk's Finish and clear stops the reading", async ({ page }) => {
  const speech = await recordSpeech(page, [ENGLISH]);
  await startKiosk(page);
  await completeJourney(page, selfHelpBudget.answers);
  await new OutcomePage(page).expectOutcome(selfHelpBudget.outcome);
  // A kiosk's targets are at least 44 px each way (kiosk-touch-targets.spec.mjs).
  const small = await page.evaluate(smallTargets, { min: 44, selector: ".listen__button", inlineExempt: false });
  expect(small).toEqual([]);
  await page.getByRole("button", { name: t("listen-page") }).click();
  const before = speech.stops();
  await new FinishAndClear(page).finishButton.click();
  await page.waitForURL((u) => u.pathname === "/");
  expect(speech.stops()).toBeGreaterThan(before);
});
