//! Signpost: a self-help triage wizard for debt and welfare support.
//!
//! - [`engine`]: the decision-tree engine, a crate of its own (`src/engine/`, no web
//!   dependencies): the content model and the rules; its authors' side (`engine::authoring`:
//!   load, validate, coverage, scenarios) is native only.
//! - [`content`]: the content shipped with the app, embedded at compile time.
//! - [`config`]: the mode (resident, kiosk, adviser) and kiosk settings a hub sets.
//! - [`words`]: the Fluent translator, dates and money in words, "Why this result?" in words.
//! - [`referral`]: the referral pages' forms, the saved details, and the summary (JSON, plain
//!   text, QR) for consortium members.
//! - [`reports`]: demand figures by week, bar charts (SVG), merging hubs' exported CSV.
//! - `app`: the Leptos web app (wasm32 only).
//!
//! The layers, and which may use which (each uses only the layers below it, and Cargo enforces
//! the engine's line: it is another crate, with no web dependency to import):
//!
//! ```text
//! app                pages, components, state, routes, browser storage (wasm32 only)
//! referral, reports  forms, saved details, summary and its writers, QR; demand reports
//! words              translator, formats, "Why this result?" in words
//! content, config    the embedded content; the mode and the kiosk's settings
//! engine             content model, rules, evaluation; authoring (native only)
//! ```

pub mod config;
pub mod content;
/// The engine: natively its own crate (`src/engine/`); in the web app the same files as a
/// module, so generic code is not compiled twice (see `src/engine/crate.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub use signpost_engine::engine;
#[cfg(target_arch = "wasm32")]
#[path = "engine/mod.rs"]
pub mod engine;
pub mod referral;
/// Demand reports from kiosks' tallies: weeks, charts, and (natively) merging hubs' CSV files.
pub mod reports;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod app;
