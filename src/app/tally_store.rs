//! Where a kiosk keeps its anonymous demand figures: IndexedDB, apart from everything else.
//!
//! A kiosk writes nothing to local storage, and after a reset neither local nor session storage
//! holds anything of Signpost's about anyone. The figures are not about anyone (a day, a tier,
//! need codes and counts) but they must outlive the browser session so that staff can export
//! them days later; a database of their own keeps them out of both storages and out of every
//! wipe, which only ever touches those storages.

use crate::engine::tally::{self, Tallies};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "signpost-kiosk";
const STORE: &str = "tallies";
/// The one record: the figures as the engine's versioned JSON (see `engine::tally`).
const RECORD: &str = "v1";

/// Resolves with a request's result, or fails with its error.
async fn finished(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let why = failed
                .error()
                .ok()
                .flatten()
                .map(|e| JsValue::from(e.message()))
                .unwrap_or_else(|| "IndexedDB request failed".into());
            let _ = reject.call1(&JsValue::NULL, &why);
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()?
        .ok_or("IndexedDB is not available")?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    // The first open creates the store; later versions of the figures change the record's
    // JSON (which `tally::restore` reads leniently), not the database.
    let upgrade = Closure::once_into_js(move |ev: web_sys::Event| {
        let db = ev
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(finished(&request).await?.unchecked_into())
}

/// The kiosk's figures; missing, unreadable or unavailable ones start again (logged, never
/// shown to the public).
pub async fn read() -> Tallies {
    match read_text().await {
        Ok(Some(text)) => {
            let restored = tally::restore(&text);
            if restored.corrupted {
                log::warn!("the kiosk's demand figures could not be read; starting them again");
            } else if restored.dropped > 0 {
                log::warn!(
                    "{} entries of the kiosk's demand figures were not valid and were left out",
                    restored.dropped
                );
            }
            restored.tallies
        }
        Ok(None) => Tallies::default(),
        Err(e) => {
            log::warn!("could not read the kiosk's demand figures: {e:?}");
            Tallies::default()
        }
    }
}

async fn read_text() -> Result<Option<String>, JsValue> {
    let db = open().await?;
    let store = db.transaction_with_str(STORE)?.object_store(STORE)?;
    let value = finished(&store.get(&RECORD.into())?).await;
    db.close();
    Ok(value?.as_string())
}

/// Replaces the figures; empty ones delete the record.
pub async fn write(tallies: Tallies) {
    if let Err(e) = write_text(&tallies).await {
        log::warn!("could not save the kiosk's demand figures: {e:?}");
    }
}

async fn write_text(tallies: &Tallies) -> Result<(), JsValue> {
    let db = open().await?;
    let store = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?
        .object_store(STORE)?;
    let request = if tallies.is_empty() {
        store.delete(&RECORD.into())?
    } else {
        store.put_with_key(&tallies.to_json().into(), &RECORD.into())?
    };
    let done = finished(&request).await;
    db.close();
    done.map(|_| ())
}
