// Kiosk mode for the specs: turning it on the way a hub does (the address, remembered for the
// browser session), and reading what Signpost has stored in each kind of storage.
import { expect } from "@playwright/test";

/** The one key kiosk mode keeps in session storage after a reset: its own setting. */
export const CONFIG_KEY = "signpost:v1:config";
/** The anonymous tallies live in IndexedDB, in neither storage: this database, store, record. */
export const TALLIES_DB = { name: "signpost-kiosk", store: "tallies", record: "v1" };

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
 * The kiosk's tallies as stored (parsed JSON), or null when there are none. Never creates the
 * database: opening one that does not exist would make an empty one the app could not use.
 */
export async function storedTallies(page) {
  return page.evaluate(async ({ name, store, record }) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === name)) return null;
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      if (!db.objectStoreNames.contains(store)) return null;
      const value = await new Promise((ok, fail) => {
        const r = db.transaction(store).objectStore(store).get(record);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      return value === undefined ? null : JSON.parse(value);
    } finally {
      db.close();
    }
  }, TALLIES_DB);
}

/** Puts `tallies` (an object in the stored JSON shape) into the kiosk's database. */
export async function putTallies(page, tallies) {
  await page.evaluate(async ({ db: { name, store, record }, json }) => {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(store);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction(store, "readwrite");
      tx.objectStore(store).put(json, record);
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { db: TALLIES_DB, json: JSON.stringify(tallies) });
}

/**
 * After a reset: nothing of Signpost's in localStorage, and in sessionStorage only the kiosk
 * setting (the mode and timings). The anonymous tallies are in IndexedDB, in neither.
 */
export async function expectWiped(page) {
  const { local, session } = await storedKeys(page);
  expect(Object.keys(local), "localStorage after the reset").toEqual([]);
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
