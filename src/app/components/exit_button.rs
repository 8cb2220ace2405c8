//! "Exit this page", at the top of every page: deletes everything Signpost keeps about the
//! person and replaces the page with an everyday one, so Back does not lead here. Also the
//! keyboard shortcut (Esc twice) and a link to "Staying safe online".

use crate::app::quick_exit::quick_exit;
use crate::app::routes;
use crate::app::state::{use_session, Session};
use crate::app::window_events::listen_for_life;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

/// Two presses of Escape closer together than this leave. On-screen keyboards have no Escape
/// key, so, unlike GOV.UK's three presses of Shift, typing on a phone cannot set it off.
const DOUBLE_PRESS_MS: f64 = 1000.0;
const STATUS_ID: &str = "exit-this-page-status";

thread_local! {
    static LAST_ESCAPE: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
}

/// The red "Exit this page" button (a real link to the neutral page, so it leaves even if the
/// click handler never runs), its shortcut hint, and "Staying safe online".
#[component]
pub fn ExitButton() -> impl IntoView {
    let session = use_session();
    listen_for_double_escape(session);
    let href = move || session.config.with(|c| c.exit_url.clone());
    view! {
        <div class="exit-this-page">
            <div class="width-container exit-this-page__inner">
                <a href=routes::STAYING_SAFE class="exit-this-page__safe">
                    {move || session.tracked_text("exit-staying-safe-link")}
                </a>
                <div class="exit-this-page__action">
                    <a href=href role="button" draggable="false" rel="nofollow noreferrer"
                        class="exit-this-page__button" aria-describedby="exit-this-page-hint"
                        on:click=move |ev| {
                            ev.prevent_default();
                            quick_exit(session);
                        }
                        // A link acts on Enter; as it is shown as a button, Space works too.
                        on:keydown=move |ev| {
                            if ev.key() == " " {
                                ev.prevent_default();
                                quick_exit(session);
                            }
                        }>
                        <span class="visually-hidden">{move || session.tracked_text("exit-button-hidden")}" "</span>
                        {move || session.tracked_text("exit-button")}
                    </a>
                    <span id="exit-this-page-hint" class="exit-this-page__hint">
                        {move || session.tracked_text("exit-shortcut-hint")}
                    </span>
                </div>
                // After one Escape, tells screen reader users that a second one leaves.
                <span id=STATUS_ID class="visually-hidden" aria-live="polite"></span>
            </div>
        </div>
    }
}

/// Escape twice within a second leaves. Listens on the window while capturing, before any
/// dialog or field can stop the key, so it works with the kiosk's warning open too.
fn listen_for_double_escape(session: Session) {
    listen_for_life(
        "double-escape",
        "keydown",
        true,
        move |ev: web_sys::KeyboardEvent| {
            // Holding the key down repeats it: that is one press, not two.
            if ev.key() != "Escape" || ev.repeat() || ev.is_composing() {
                return;
            }
            let now = js_sys::Date::now();
            let last = LAST_ESCAPE.with(|l| l.replace(now));
            if now - last <= DOUBLE_PRESS_MS {
                LAST_ESCAPE.with(|l| l.set(f64::NEG_INFINITY));
                quick_exit(session);
            } else {
                announce(&session.text("exit-shortcut-armed"));
                set_timeout(
                    || announce(""),
                    Duration::from_millis(DOUBLE_PRESS_MS as u64),
                );
            }
        },
    );
}

fn announce(text: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(STATUS_ID))
    {
        el.set_text_content(Some(text));
    }
}
