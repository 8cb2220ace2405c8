//! Where each step's advice comes from, for adviser mode. Residents never see the citations,
//! so they are not embedded in the app (they would add about 16 KiB brotli to every first
//! visit): the build writes them to `sources.json` (`.ci/sources.mjs`, precached by the
//! service worker like every built file), and the app fetches that file once, the first time
//! an adviser's page asks for a step's source. If it cannot be had, the notes are left out;
//! the advice itself is all embedded.

use crate::engine::model::StepSource;
use crate::engine::MessageId;
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;

/// The fetched sources by step, once they have arrived.
#[derive(Clone, Copy)]
pub struct Sources {
    by_step: RwSignal<Option<Arc<HashMap<MessageId, StepSource>>>>,
    asked: StoredValue<bool>,
}

#[derive(Deserialize)]
struct File {
    steps: Vec<StepSource>,
}

/// Makes the sources available to the pages; nothing is fetched until one asks.
pub fn provide() {
    provide_context(Sources {
        by_step: RwSignal::new(None),
        asked: StoredValue::new(false),
    });
}

/// The source of `step`, read reactively: `None` until the file has arrived (asking for it
/// the first time), and for a step the file does not name.
pub fn source(step: &MessageId) -> Option<StepSource> {
    let sources = use_context::<Sources>()?;
    if !sources.asked.get_value() {
        sources.asked.set_value(true);
        leptos::task::spawn_local(async move {
            match fetch().await {
                Ok(steps) => sources.by_step.set(Some(Arc::new(
                    steps.into_iter().map(|s| (s.step.clone(), s)).collect(),
                ))),
                Err(e) => log::warn!("the advice's sources are not available: {e}"),
            }
        });
    }
    sources
        .by_step
        .with(|m| m.as_ref().and_then(|m| m.get(step).cloned()))
}

async fn fetch() -> Result<Vec<StepSource>, String> {
    let text = super::locales::fetch_text("/sources.json").await?;
    serde_json::from_str::<File>(&text)
        .map(|f| f.steps)
        .map_err(|e| format!("sources.json cannot be read: {e}"))
}
