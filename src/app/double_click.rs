//! A double-click on Continue submits once. The first click moves to the next question; the
//! second would land on that page's Continue and submit it empty (or with the answer it was
//! given before). As GOV.UK Frontend's button does (`data-prevent-double-click`), the second
//! click of a double-click on any submit button is ignored: the browser counts it (the
//! click's `detail` is 2), so keyboard users and people who take their time are unaffected.

use crate::app::window_events::listen_for_life;
use wasm_bindgen::JsCast;

/// Listens on the window while capturing, before any form sees the click.
pub fn ignore_second_clicks() {
    listen_for_life("double-click", "click", true, |ev: web_sys::MouseEvent| {
        if ev.detail() < 2 {
            return;
        }
        let on_submit_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[type=submit]").ok().flatten())
            .is_some();
        if on_submit_button {
            ev.prevent_default();
            ev.stop_propagation();
        }
    });
}
