//! A double-click on Continue submits once. The first click moves to the next question; the
//! second would land on that page's Continue and submit it empty (or with the answer it was
//! given before). As GOV.UK Frontend's button does (`data-prevent-double-click`), the second
//! click of a double-click on any submit button is ignored: the browser counts it (the
//! click's `detail` is 2), so keyboard users and people who take their time are unaffected.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Listens on the window while capturing, before any form sees the click.
pub fn ignore_second_clicks() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(|ev: web_sys::MouseEvent| {
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
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    // Lasts as long as the app.
    on_click.forget();
}
