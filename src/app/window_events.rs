//! Listeners on the window that last as long as the app: quick exit's double Escape, the
//! second click of a double-click, other tabs' changes. Each is added once, however often the
//! component that asks for it renders.

use std::cell::RefCell;
use std::collections::HashSet;
use wasm_bindgen::convert::FromWasmAbi;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static ADDED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

/// Calls `handler` for every `kind` event on the window (while capturing, with `capture`: before
/// any dialog or field on the page can stop it). `name` says which listener this is: a second
/// call with the same name adds nothing.
pub fn listen_for_life<E>(
    name: &'static str,
    kind: &str,
    capture: bool,
    handler: impl FnMut(E) + 'static,
) where
    E: FromWasmAbi + 'static,
{
    if !ADDED.with(|a| a.borrow_mut().insert(name)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure = Closure::<dyn FnMut(E)>::new(handler);
    let _ = window.add_event_listener_with_callback_and_bool(
        kind,
        closure.as_ref().unchecked_ref(),
        capture,
    );
    // The app never removes these, so the closure must outlive this call.
    closure.forget();
}
