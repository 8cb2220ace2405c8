//! Adviser mode (an adviser going through the questions with someone): whether it is on.
//! The pieces it adds live in `components/answers_panel.rs`, `components/why_outcome.rs`,
//! `components/adviser_notes_box.rs`, `components/fallback_notice.rs` and
//! `pages/referral/adviser_notes.rs`.

use crate::app::state::Session;
use crate::config::Mode;
use leptos::prelude::*;

/// Whether adviser mode is on, read reactively: the hub's `signpost.json` can turn it on a
/// moment after start-up.
pub fn on(session: &Session) -> bool {
    session.config.with(|c| c.mode == Mode::Adviser)
}
