// Kiosk mode for the specs: turning it on the way a hub does (the address, remembered for the
// browser session), and reading what Signpost has stored in each kind of storage.
import { expect } from "@playwright/test";

/** The keys kiosk mode may keep: its own setting (session) and the anonymous tallies (local). */
export const CONFIG_KEY = "signpost:v1:config";
export const TALLIES_KEY = "signpost:v1:tallies";

/** Opens the start page as a hub's kiosk bookmark would: `/?mode=kiosk` (and `idle`). */
export async function startKiosk(page, { idle } = {}) {
  const query = new URLSearchParams({ mode: "kiosk" });
  if (idle) query.set("idle", String(idle));
  await page.goto(`/?${query}`);
  await expect(page.locator("#loading")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
}

/** Signpost's keys (and values) in local and session storage. */
export async function storedKeys(page) {
  return page.evaluate(() => {
    const ours = (s) =>
      Object.fromEntries(
        Object.keys(s)
          .filter((k) => k.startsWith("signpost:"))
          .map((k) => [k, s.getItem(k)]),
      );
    return { local: ours(localStorage), session: ours(sessionStorage) };
  });
}

/**
 * After a reset: nothing of Signpost's but the kiosk setting (session storage; only the mode
 * and timings) and the anonymous tallies (local storage).
 */
export async function expectWiped(page) {
  const { local, session } = await storedKeys(page);
  expect(Object.keys(local).filter((k) => k !== TALLIES_KEY), "localStorage after the reset").toEqual([]);
  expect(Object.keys(session).filter((k) => k !== CONFIG_KEY), "sessionStorage after the reset").toEqual([]);
  // The setting that survives says how the kiosk works (mode, timings, exit page), nothing
  // about the person who used it.
  const setting = JSON.parse(session[CONFIG_KEY] ?? "{}");
  for (const k of Object.keys(setting)) expect(["mode", "idle_seconds", "exit_url"]).toContain(k);
}

/** The page's whole text must not contain any of `needles` (answers of the last person). */
export async function expectNoneOnPage(page, needles, where) {
  const text = await page.locator("body").innerText();
  for (const n of needles) expect(text, `${where} must not show "${n}"`).not.toContain(n);
}
