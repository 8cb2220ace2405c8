//! Fetching a language's text when someone chooses it. The app embeds only the default
//! locale's text; each other locale is one file, `locales/<code>.ftl` (written at build time
//! by `.ci/locales.mjs`, precached by the service worker for offline use), fetched once.

use crate::engine::locale::load_locale;
use crate::engine::SourceFile;
use crate::words::i18n;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether choosing `code` means fetching its text first.
pub fn needs_fetch(code: &str) -> bool {
    crate::content::FETCHED_LOCALES.contains(&code) && !i18n::is_registered(code)
}

/// A file the build wrote beside the app, as text; the error says why not, for the log.
/// Shared with `sources.rs`, which fetches the advice's sources the same way.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into::<web_sys::Response>();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .ok_or_else(|| "the file is not text".into())
}

/// Fetches and registers the text of `code`; the error says why not, for the log.
pub async fn fetch(code: &str) -> Result<(), String> {
    let text = fetch_text(&format!("/locales/{code}.ftl")).await?;
    // The engine reads it as it reads the content's own files (the build validated them);
    // only the locale matters here, not the rest of a content set.
    let file = SourceFile {
        path: format!("locales/{code}/{code}.ftl"),
        text,
    };
    let (locale, _) = load_locale(code, &[file]);
    if locale.messages.is_empty() {
        return Err("the file has no messages".into());
    }
    i18n::register_locale(locale);
    Ok(())
}
