// Screenshots for people to look at (not compared): tests/e2e/screenshots/, gitignored.
import { test } from "../support/fixtures.mjs";
import { StartPage, startAndWalk, walk, QuestionPage, CheckAnswersPage, OutcomePage } from "../support/journey.mjs";
import { selfHelpDebts } from "../support/journeys.mjs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../screenshots/", import.meta.url));

for (const [width, height] of [[375, 667], [1080, 1920]]) {
  test.describe(`${width}x${height}`, () => {
    test.use({ viewport: { width, height } });
    const shot = (page, name) => page.screenshot({ path: `${dir}${name}-${width}x${height}.png`, fullPage: true });

    test("start, question and outcome", async ({ page }) => {
      await new StartPage(page).goto();
      await shot(page, "start");
      await startAndWalk(page, selfHelpDebts.answers, { stopAt: "debt-types" });
      await shot(page, "question");
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("alert").waitFor();
      await shot(page, "question-error");
      const q = new QuestionPage(page);
      await q.answer("debt-types", selfHelpDebts.answers["debt-types"]);
      await q.continue();
      await walk(page, selfHelpDebts.answers);
      await shot(page, "check-answers");
      await new CheckAnswersPage(page).seeResult.click();
      await new OutcomePage(page).expectOutcome(selfHelpDebts.outcome);
      await shot(page, "outcome");
    });

    test("loading page (the app never loads) and error page", async ({ page }) => {
      await page.route(/\.wasm$/, () => {});
      await page.goto("/");
      await page.locator("#quick-exit-link").waitFor();
      await shot(page, "loading");
      // What a server answers for /% or /x.png (there with a 4xx status).
      await page.goto("/error.html");
      await shot(page, "error");
    });
  });
}
