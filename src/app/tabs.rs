//! Other tabs and windows of the same browser. A resident's answers are in local storage,
//! which every tab shares: without this, the last tab to save would silently overwrite the
//! other's answers. Now a tab that sees another change them stops saving and says so
//! (`components::other_tab_notice`), and quick exit in one tab leaves every tab.

use crate::app::quick_exit::{leave, EXIT_SIGNAL_KEY};
use crate::app::state::{Session, REFERRAL_KEY, STORAGE_KEY};
use crate::app::storage;
use crate::app::window_events::listen_for_life;
use crate::engine::saved::restore;
use crate::referral::storage::restore_referral;
use leptos::prelude::*;

/// Listens for other tabs' changes (the `storage` event fires only in the other tabs).
pub fn watch(session: Session) {
    listen_for_life(
        "other-tabs",
        "storage",
        false,
        move |ev: web_sys::StorageEvent| {
            let key = ev.key();
            if key.as_deref() == Some(EXIT_SIGNAL_KEY) {
                if ev.new_value().is_some() {
                    leave(session);
                }
                return;
            }
            if !storage::shared_between_tabs() || session.other_tab.get_untracked() {
                return;
            }
            let changed = match key.as_deref() {
                // Cleared as a whole (by the browser's tools, or a script).
                None => true,
                Some(STORAGE_KEY) => answers_differ(session, ev.new_value()),
                Some(REFERRAL_KEY) => referral_differs(session, ev.new_value()),
                Some(_) => false,
            };
            if changed {
                session.other_tab.set(true);
            }
        },
    );
}

/// Whether another tab's saved answers differ from this page's. A tab that opens writes back
/// what it read: that is no change and must not alarm the first tab.
fn answers_differ(session: Session, saved: Option<String>) -> bool {
    let theirs = saved
        .map(|t| restore(session.content, &t).answers)
        .unwrap_or_default();
    session.answers.with_untracked(|ours| ours != &theirs)
}

fn referral_differs(session: Session, saved: Option<String>) -> bool {
    let theirs = saved.and_then(|t| restore_referral(&t)).unwrap_or_default();
    session.referral.with_untracked(|ours| ours != &theirs)
}

/// "Keep the answers on this page": this page's answers are saved over the other tab's, and
/// saving starts again.
pub fn keep_these(session: Session) {
    session.other_tab.set(false);
    session.save_answers(js_sys::Date::now());
    session.save_referral();
}

/// "Use the latest answers": the page loads again and reads what is saved.
pub fn use_latest() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
