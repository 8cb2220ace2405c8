//! Where the app keeps things on the device. A resident's phone keeps answers in local storage
//! so they can come back later; a kiosk or an adviser's shared screen keeps them only in session
//! storage, which the browser drops with the tab, and the kiosk wipes it when idle. The mode is
//! decided once at start-up (`app::mode::decide`) and never changes while the page lives.

use crate::config::Mode;
use std::cell::Cell;

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Resident) };
}

/// Every key the app writes starts with this, so a wipe finds them all.
pub const PREFIX: &str = "signpost:";
/// The address's settings (`?mode=kiosk`), remembered for the browser session as a query
/// string. Survives a kiosk's reset: it says nothing about anyone.
pub const CONFIG_KEY: &str = "signpost:v1:config";
/// What the device remembers about how it is used (`config::DeviceRecord`, local storage):
/// that it is a kiosk, and the hub's last good settings. Nothing about anyone; survives
/// every wipe, so a kiosk stays a kiosk.
pub const DEVICE_KEY: &str = "signpost:v1:device";

/// Sets where answers go, once, at start-up.
pub fn init_mode(mode: Mode) {
    MODE.with(|m| m.set(mode));
}

pub fn mode() -> Mode {
    MODE.with(Cell::get)
}

/// Whether answers outlive the browser tab.
fn persists(mode: Mode) -> bool {
    mode == Mode::Resident
}

fn storage_for(mode: Mode) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    if persists(mode) {
        w.local_storage().ok().flatten()
    } else {
        w.session_storage().ok().flatten()
    }
}

/// The storage for answers and referral details in the current mode.
pub fn device() -> Option<web_sys::Storage> {
    storage_for(mode())
}

/// Whether answers are kept where another tab of the same browser also reads and writes them.
pub fn shared_between_tabs() -> bool {
    persists(mode())
}

pub fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    device()?.get_item(key).ok().flatten()
}

/// Saves. A failure (a full disk, private browsing, storage turned off) is returned so the
/// person can be told their answers are not being kept.
pub fn set(key: &str, value: &str) -> Result<(), String> {
    let s = device().ok_or("this browser offers no storage")?;
    s.set_item(key, value).map_err(|e| {
        let why = format!("{e:?}");
        log::warn!("could not save {key}: {why}");
        why
    })
}

pub fn delete(key: &str) {
    if let Some(s) = device() {
        let _ = s.remove_item(key);
    }
}

fn keys(s: &web_sys::Storage) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

/// Whether a key holds anything about a person (everything but the two settings keys).
fn personal(key: &str) -> bool {
    key != CONFIG_KEY && key != DEVICE_KEY
}

/// Removes every answer, referral detail, draft and preference this app stored, in both kinds
/// of storage. The kiosk's anonymous tallies are elsewhere (`tally_store`) and stay, as do
/// the two settings keys.
pub fn wipe() {
    for s in [local(), session()].into_iter().flatten() {
        for key in keys(&s).into_iter().filter(|k| personal(k)) {
            let _ = s.remove_item(&key);
        }
    }
}

/// Removes what earlier use left about a person in local storage (a device that has become
/// a kiosk).
pub fn wipe_local() {
    if let Some(s) = local() {
        for key in keys(&s).into_iter().filter(|k| personal(k)) {
            let _ = s.remove_item(&key);
        }
    }
}
