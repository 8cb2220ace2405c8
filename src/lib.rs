//! Signpost: a self-help triage wizard for debt and welfare support.
//!
//! - [`engine`]: the pure decision-tree engine (no web dependencies).
//! - [`content`]: the content shipped with the app, embedded at compile time.
//! - [`i18n`]: Fluent messages in the person's language.
//! - `app`: the Leptos web app (wasm32 only).

pub mod content;
pub mod display;
pub mod engine;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;
