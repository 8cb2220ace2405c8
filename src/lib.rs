//! Signpost: a self-help triage wizard for debt and welfare support.
//!
//! - [`engine`]: the pure decision-tree engine (no web dependencies).
//! - [`content`]: the content shipped with the app, embedded at compile time.

pub mod content;
pub mod engine;
