// axe-core with the tags every accessibility spec uses: WCAG 2.0, 2.1 and 2.2, levels A and AA.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The violations on the page now, one readable line (plus one per element) each. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join("; ")}`)
        .join("\n    ")}`,
  );
}

/** Expects no violations; soft, so every page of a journey is reported in one run. */
export async function expectNoViolations(page, what, { soft = true } = {}) {
  const found = await axeViolations(page);
  (soft ? expect.soft : expect)(found, `axe violations on ${what}`).toEqual([]);
}
