//! The kiosk's two jobs beyond the questions: starting again for the next person with nothing
//! of the last one left ([`reset`]), and counting outcomes for the consortium without keeping
//! anything about anyone ([`count_outcomes`]).

use crate::app::state::{today, Session};
use crate::app::{storage, tally_store};
use crate::engine::NodeId;
use leptos::prelude::*;

/// Outcomes this kiosk session has already counted (session storage, so a reload does not
/// count a person twice, and the reset wipes it with everything else).
const COUNTED_KEY: &str = "signpost:v1:kiosk-counted";

/// Ends the session for the next person: every stored byte of Signpost's in local and session
/// storage except the kiosk setting itself (`signpost:v1:config`: only the mode and timings from
/// the address, nothing about the person; it must survive so the kiosk stays a kiosk), the
/// in-memory answers and drafts, and the page. A full document load rather than a route
/// change: it throws away every signal, closure and rendered node of the last person. The
/// history entries they made stay in the browser (a page cannot delete them), but each one
/// now loads fresh with empty storage, so Back finds no answers and lands on the start or
/// the first question, blank.
pub fn reset(session: Session) {
    crate::app::speech::stop();
    session.clear();
    storage::wipe();
    // A kiosk's tab never closes, so a downloaded release waits for this moment to start.
    crate::app::offline::activate_waiting();
    if let Some(w) = web_sys::window() {
        if w.location().replace(crate::app::routes::START).is_err() {
            let _ = w.location().reload();
        }
    }
}

/// A page kept in the browser's back-forward cache would come back with the last person's
/// rendered answers; on a kiosk such a page is loaded again instead (from empty storage).
pub fn reload_if_restored(ev: &web_sys::Event) {
    let persisted = js_sys::Reflect::get(ev, &"persisted".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if persisted {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}

/// On a kiosk, counts each outcome the session reaches, once, in the anonymous tallies.
/// Nothing else is written: the day (not the time), the tier, and the need and risk flags.
/// The tallies live in their own database ([`tally_store`]), the one thing a kiosk keeps
/// between people, so staff can export them; they hold no answers and cannot be traced to a
/// person. Residents' own
/// devices and advisers' screens keep none.
pub fn count_outcomes(session: Session) {
    Effect::new(move |_| {
        if !session.config.with(|c| c.keeps_tallies()) {
            return;
        }
        let reached = session.evaluation.with(|ev| {
            let e = ev.as_ref().ok()?;
            Some((e.outcome()?.clone(), e.flags.clone()))
        });
        let Some((outcome, flags)) = reached else {
            return;
        };
        let Some(tier) = session.content.outcome(&outcome).map(|o| o.tier) else {
            return;
        };
        if !mark_counted(&outcome) {
            return;
        }
        let content = session.content;
        leptos::task::spawn_local(async move {
            let mut tallies = tally_store::read().await;
            tallies.record(today(), tier, &flags, content);
            tally_store::write(tallies).await;
        });
    });
}

/// Marks `outcome` counted for this session; false when it already was.
fn mark_counted(outcome: &NodeId) -> bool {
    let Some(s) = storage::session() else {
        return false;
    };
    let mut counted: Vec<String> = s
        .get_item(COUNTED_KEY)
        .ok()
        .flatten()
        .and_then(|v| serde_json::from_str(&v).ok())
        .unwrap_or_default();
    if counted.iter().any(|c| c == outcome.as_str()) {
        return false;
    }
    counted.push(outcome.as_str().to_owned());
    let json = serde_json::to_string(&counted).unwrap_or_default();
    s.set_item(COUNTED_KEY, &json).is_ok()
}
