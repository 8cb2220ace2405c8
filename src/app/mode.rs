//! Which way the app is being used (resident, kiosk, adviser), from the hub's `signpost.json`,
//! what the device remembers and the address, without rebuilding. See README "Modes".
//!
//! Decided once, before the app mounts and before anything about a person is read from
//! storage ([`decide`]): the mode chooses where answers are kept, so it must never change
//! under a person's feet. The rules themselves are pure and tested natively
//! (`config::resolve`); this module only fetches and stores.

use crate::app::storage;
use crate::config::{self, Config, ConfigFile, DeviceRecord};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const HUB_FILE: &str = "/signpost.json";
/// How long start-up waits for the hub's file before using the last good copy (or the
/// defaults). The file is tiny and asked for while the loading page paints; a kiosk on a
/// broken network must still start.
const FILE_WAIT_MS: i32 = 5000;

/// Fetches the hub's file and reads it: the settings, or why they could not be used.
pub async fn fetch_hub_file() -> Result<ConfigFile, String> {
    let text = fetch_text(HUB_FILE).await?;
    config::from_file(&text).map_err(|e| e.to_string())
}

/// Decides the configuration from the hub's file (or why it could not be read), the device's
/// record and the address; remembers what the device and the session must, and sets where
/// answers are kept. Call once, before the session reads storage.
pub fn decide(file: Result<ConfigFile, String>) -> Config {
    let device = storage::local()
        .and_then(|s| s.get_item(storage::DEVICE_KEY).ok().flatten())
        .map(|t| DeviceRecord::read(&t))
        .unwrap_or_default();
    let remembered = storage::session()
        .and_then(|s| s.get_item(storage::CONFIG_KEY).ok().flatten())
        .unwrap_or_default();
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mut r = config::resolve(&device, file, &remembered, search.trim_start_matches('?'));
    if let Some(problem) = &r.problem {
        let using = if device.hub.is_some() {
            "the last copy that could be read"
        } else {
            "the defaults"
        };
        log::warn!("signpost.json could not be used ({problem}); using {using}");
    }
    if let Some(local) = storage::local() {
        let _ = if r.device.worth_keeping() {
            local.set_item(storage::DEVICE_KEY, &r.device.to_json())
        } else {
            local.remove_item(storage::DEVICE_KEY)
        };
    }
    if let Some(session) = storage::session() {
        let _ = if r.session.is_empty() {
            session.remove_item(storage::CONFIG_KEY)
        } else {
            session.set_item(storage::CONFIG_KEY, &r.session)
        };
    }
    // A kiosk keeps nothing about anyone in local storage: whatever is there was left before
    // the device became a kiosk, and must not be offered to the next person.
    if r.device.kiosk {
        storage::wipe_local();
    }
    if !browser_accepts(&r.config.exit_url) {
        log::warn!("quick exit: this browser cannot open {}", r.config.exit_url);
        r.config.exit_url = config::DEFAULT_EXIT_URL.to_owned();
    }
    storage::init_mode(r.config.mode);
    r.config
}

/// Whether the browser's own URL parser takes the address as a plain `https:` page: the
/// native rule is stricter, but the browser has the last word on what it will open.
pub fn browser_accepts(url: &str) -> bool {
    web_sys::Url::new(url).is_ok_and(|u| {
        u.protocol() == "https:"
            && !u.hostname().is_empty()
            && u.username().is_empty()
            && u.password().is_empty()
    })
}

/// Quick exit forgets a link's choice of exit page (a kiosk's mode stays for the next person).
pub fn forget_exit_choice() {
    if let Some(s) = storage::session() {
        let kept = s
            .get_item(storage::CONFIG_KEY)
            .ok()
            .flatten()
            .map(|t| config::without_exit(&t))
            .unwrap_or_default();
        let _ = if kept.is_empty() {
            s.remove_item(storage::CONFIG_KEY)
        } else {
            s.set_item(storage::CONFIG_KEY, &kept)
        };
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let js = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let abort = web_sys::AbortController::new().map_err(js)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&abort.signal()));
    let stop = wasm_bindgen::closure::Closure::once_into_js(move || abort.abort());
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(stop.unchecked_ref(), FILE_WAIT_MS);
    let resp = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| format!("no answer from the server within {FILE_WAIT_MS} ms, or offline"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(js)?;
    if !resp.ok() {
        return Err(format!("the server answered HTTP {}", resp.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(resp.text().map_err(js)?)
        .await
        .map_err(|_| "the file could not be read to the end".to_owned())?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_owned())
}

/// `<html data-mode="kiosk">`: the stylesheet makes targets and text bigger on kiosks.
pub fn reflect_on_page(config: RwSignal<Config>) {
    Effect::new(move |_| {
        let mode = config.with(|c| c.mode);
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("data-mode", mode.as_str());
        }
    });
}
