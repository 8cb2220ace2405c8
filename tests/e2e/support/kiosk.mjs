// Kiosk mode for the specs: turning it on the way a hub does (the address, remembered for the
// browser session), and reading what Signpost has stored in each kind of storage.
import { expect } from "@playwright/test";

/** The one key kiosk mode keeps in session storage after a reset: the address's setting, as a
 * query string ("mode=kiosk&idle=120"). */
export const CONFIG_KEY = "signpost:v1:config";
/** What a device set up as a kiosk by the hub's file remembers in local storage (that it is a
 * kiosk, and the hub's last good settings): nothing about anyone, kept through every wipe. */
export const DEVICE_KEY = "signpost:v1:device";
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
 * Opens the start page of a kiosk set up the way a hub should: by its `signpost.json`, here
 * answered by `page.route` with `file` (an object, or a function of the request number that
 * returns { status, body } so a spec can break the file later).
 */
export async function routeHubFile(page, respond) {
  let n = 0;
  await page.route("**/signpost.json", (route) => {
    const r = respond(n++);
    return route.fulfill({
      status: r.status ?? 200,
      contentType: "application/json",
      body: typeof r.body === "string" ? r.body : JSON.stringify(r.body),
    });
  });
}

/**
 * After a reset: nothing about anyone in either storage. What may stay is how the device is
 * used: in sessionStorage the address's setting (mode, idle time, exit page), in localStorage
 * the device record (kiosk, the hub's settings). The tallies are in IndexedDB, in neither.
 */
export async function expectWiped(page) {
  const { local, session } = await storedKeys(page);
  expect(Object.keys(local).filter((k) => k !== DEVICE_KEY), "localStorage after the reset").toEqual([]);
  expect(Object.keys(session).filter((k) => k !== CONFIG_KEY), "sessionStorage after the reset").toEqual([]);
  const setting = new URLSearchParams(session[CONFIG_KEY] ?? "");
  for (const k of setting.keys()) expect(["mode", "idle", "exit"]).toContain(k);
  const device = JSON.parse(local[DEVICE_KEY] ?? "{}");
  for (const k of Object.keys(device)) expect(["kiosk", "hub"]).toContain(k);
}

/** The page's whole text must not contain any of `needles` (answers of the last person). */
export async function expectNoneOnPage(page, needles, where) {
  const text = await page.locator("body").innerText();
  for (const n of needles) expect(text, `${where} must not show "${n}"`).not.toContain(n);
}
