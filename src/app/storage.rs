//! Where the app keeps things on the device. A resident's phone keeps answers in local storage
//! so they can come back later; a kiosk or an adviser's shared screen keeps them only in session
//! storage, which the browser drops with the tab, and the kiosk wipes it when idle.

use crate::config::Mode;
use std::cell::Cell;

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Resident) };
}

/// Every key the app writes starts with this, so a wipe finds them all.
pub const PREFIX: &str = "signpost:";
/// The mode override from the address (`?mode=kiosk`), remembered for the browser session.
pub const CONFIG_KEY: &str = "signpost:v1:config";

/// Sets where answers go from now on. Moving between kinds of storage moves what is kept, so
/// a kiosk set up by its config file never leaves answers in local storage.
pub fn set_mode(mode: Mode) {
    let before = MODE.with(|m| m.replace(mode));
    if persists(before) == persists(mode) {
        return;
    }
    let (Some(from), Some(to)) = (storage_for(before), storage_for(mode)) else {
        return;
    };
    for key in keys(&from) {
        if key == CONFIG_KEY {
            continue;
        }
        if let Ok(Some(v)) = from.get_item(&key) {
            let _ = to.set_item(&key, &v);
        }
        let _ = from.remove_item(&key);
    }
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

pub fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    device()?.get_item(key).ok().flatten()
}

/// Saves; a failure (private browsing, a full disk) is logged and the app carries on.
pub fn set(key: &str, value: &str) {
    if let Some(s) = device() {
        if let Err(e) = s.set_item(key, value) {
            log::warn!("could not save {key}: {e:?}");
        }
    }
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

/// Removes every answer, referral detail, draft and preference this app stored, in both kinds
/// of storage. The kiosk's anonymous tallies are elsewhere (`tally_store`) and stay.
pub fn wipe() {
    for s in [local(), session()].into_iter().flatten() {
        for key in keys(&s) {
            if key == CONFIG_KEY {
                continue;
            }
            let _ = s.remove_item(&key);
        }
    }
}
