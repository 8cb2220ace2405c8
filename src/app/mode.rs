//! Which way the app is being used (resident, kiosk, adviser), from the address and the hub's
//! `signpost.json`, without rebuilding. See README "Modes".

use crate::app::storage;
use crate::config::{self, Config, ConfigFile, ConfigOverride};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The override from this address (`?mode=kiosk`), added to what this browser session
/// remembered, and remembered again.
pub fn session_override() -> ConfigOverride {
    let remembered = storage::session()
        .and_then(|s| s.get_item(storage::CONFIG_KEY).ok().flatten())
        .and_then(|v| serde_json::from_str::<ConfigOverride>(&v).ok())
        .unwrap_or_default();
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let now = match config::from_query(search.trim_start_matches('?')) {
        Some(q) => remembered.then(q),
        None => remembered,
    };
    if let (Some(s), Ok(json)) = (storage::session(), serde_json::to_string(&now)) {
        if !now.is_empty() {
            let _ = s.set_item(storage::CONFIG_KEY, &json);
        }
    }
    now
}

/// The configuration to start with: the address's override on the defaults. The hub's file
/// arrives a moment later ([`load_hub_file`]).
pub fn initial() -> (Config, ConfigOverride) {
    let o = session_override();
    let c = config::merge(&ConfigFile::default(), &o);
    storage::set_mode(c.mode);
    (c, o)
}

/// Reads `/signpost.json` (the hub's settings, editable without rebuilding) and applies it
/// under the address's override. A missing or broken file keeps the defaults: the error is
/// logged for the hub's staff, and people can still use the service.
pub fn load_hub_file(config: RwSignal<Config>, o: ConfigOverride) {
    leptos::task::spawn_local(async move {
        let Some(text) = fetch_text("/signpost.json").await else {
            return;
        };
        match config::from_file(&text) {
            Ok(file) => {
                let c = config::merge(&file, &o);
                storage::set_mode(c.mode);
                if config.get_untracked() != c {
                    config.set(c);
                }
            }
            Err(e) => log::warn!("{e}"),
        }
    });
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let resp = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(resp.text().ok()?)
        .await
        .ok()?;
    text.as_string()
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
