//! Quick exit: deletes everything Signpost keeps about the person on this device, tells the
//! browser's other Signpost tabs to do the same, and replaces the page with an everyday one.
//! The exit button, the Esc-twice shortcut and the other tabs' listener all end here.

use crate::app::state::Session;
use crate::app::storage;
use leptos::prelude::*;

/// Quick exit writes and at once removes this key: other tabs hear of it and leave too.
pub const EXIT_SIGNAL_KEY: &str = "signpost:v1:exit-now";

/// Tells every other tab of this browser to leave (quick exit).
pub fn signal_exit() {
    if let Some(local) = storage::local() {
        let _ = local.set_item(EXIT_SIGNAL_KEY, &js_sys::Date::now().to_string());
        let _ = local.remove_item(EXIT_SIGNAL_KEY);
    }
}

/// Deletes every answer, referral detail and language choice on this device and in memory,
/// then replaces this history entry with the neutral page; every other Signpost tab of this
/// browser leaves too. The kiosk's anonymous tallies stay: they say nothing about anyone. If
/// the browser will not open the hub's page, it goes to the default one: a person must never
/// be left on a hidden, blank page.
pub fn quick_exit(session: Session) {
    signal_exit();
    leave(session);
}

/// Quick exit in this tab only (another tab has already told the rest).
pub fn leave(session: Session) {
    crate::app::speech::stop();
    storage::wipe();
    crate::app::mode::forget_exit_choice();
    session.clear();
    let url = session.config.with_untracked(|c| c.exit_url.clone());
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(doc) = window.document() {
        // Nothing of the page stays on screen while the next one loads, nor in a copy of
        // it the browser might keep for Back. (An attribute, as the CSP forbids inline styles.)
        if let Some(body) = doc.body() {
            let _ = body.set_attribute("hidden", "");
        }
        doc.set_title("");
    }
    if let Err(e) = window.location().replace(&url) {
        log::warn!("quick exit could not open {url}: {e:?}; going to the default page");
        let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
    }
}
