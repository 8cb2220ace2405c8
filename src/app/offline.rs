//! The service worker (written at build time by `.ci/sw.mjs`): registers it, so the app works
//! offline once loaded, and notices when a new release is waiting to take over.
//!
//! A new worker waits until the person agrees ([`use_new_version`]), because taking over means
//! loading the page again; their answers are in storage, so nothing is lost. A kiosk's tab never
//! closes, so a waiting release would never start there: the kiosk's reset, which loads the page
//! anyway, lets it take over ([`activate_waiting`]).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const SCRIPT: &str = "/sw.js";

thread_local! {
    static REGISTRATION: std::cell::RefCell<Option<ServiceWorkerRegistration>> =
        const { std::cell::RefCell::new(None) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or with them turned off) have no such property.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker; `update_ready` becomes true when a new release has been downloaded and
/// waits to take over. Debug builds (`trunk serve`) have no worker.
pub fn register(update_ready: RwSignal<bool>) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    leptos::task::spawn_local(async move {
        // Where workers are blocked (a browser policy, or the end-to-end tests) the promise
        // may resolve to nothing at all rather than fail.
        let registration = match JsFuture::from(container.register(SCRIPT)).await {
            Ok(r) => match r.dyn_into::<ServiceWorkerRegistration>() {
                Ok(r) => r,
                Err(_) => return,
            },
            Err(e) => {
                log::warn!("offline use is not available: {e:?}");
                return;
            }
        };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));
        // The first worker of all is no update: nothing was running before it.
        let has_controller = move || container_controls();
        if registration.waiting().is_some() && has_controller() {
            update_ready.try_set(true);
        }
        let found = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = found.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    update_ready.try_set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

fn container_controls() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Tells the waiting release to take over; returns whether there was one.
pub fn activate_waiting() -> bool {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => worker.post_message(&"skip-waiting".into()).is_ok(),
        None => false,
    }
}

/// "Use the new version": the waiting release takes over, then the page loads again from it
/// (answers are kept in storage).
pub fn use_new_version() {
    let Some(container) = container() else {
        return;
    };
    let reload = Closure::once_into_js(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    if !activate_waiting() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}
