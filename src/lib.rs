//! Signpost: a self-help triage wizard for debt and welfare support.
//!
//! - [`engine`]: the pure decision-tree engine (no web dependencies).
//! - [`config`]: the mode (resident, kiosk, adviser) and kiosk settings a hub sets.
//! - [`content`]: the content shipped with the app, embedded at compile time.
//! - [`i18n`]: Fluent messages in the person's language.
//! - [`referral`]: the referral pages' forms (fields, element ids, error messages) and how the
//!   details are saved on the device; the data itself is the engine's ([`engine::referral`]).
//! - [`summary`]: the referral summary (JSON, plain text, QR text) for consortium members.
//! - `scenario_summary`: the referral-summary half of a scenario's `expect` (native only).
//! - [`explain_words`]: "Why this result?" for advisers, in the person's language.
//! - `app`: the Leptos web app (wasm32 only).
//!
//! The layers, and which may use which (each uses its own layer and those below it; the engine uses
//! nothing else of the crate, so the build script can include it alone):
//!
//! ```text
//! app                                  pages, components, state (wasm32 only)
//! summary, referral, explain_words     the referral and "Why this result?", in words
//! display, i18n, qr, content, config   words, formats, the embedded content, the mode
//! engine                               content model, rules, evaluation, authoring checks
//! ```

pub mod config;
pub mod content;
pub mod display;
/// The engine crate (`src/engine/`), under the name the rest of the crate uses.
pub use signpost_engine as engine;
pub mod explain_words;
pub mod i18n;
pub mod qr;
pub mod referral;
#[cfg(not(target_arch = "wasm32"))]
pub mod scenario_summary;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod app;
