//! Words: everything the person reads that is not content data. The Fluent translator for the
//! person's language, dates and money and answers written out, and "Why this result?" put
//! into words. Used by the referral layer and the app; uses only the engine.
//!
//! - [`i18n`]: the Fluent translator and the locales the app has.
//! - [`display`]: dates, money, question titles and answers as the person reads them.
//! - [`document`]: a page's reading part as plain data (the summary, "Why this result?").
//! - [`leaflet`]: the printed leaflet's words, from the content and the directory;
//!   `leaflet_html` writes it as a standalone page for `signpost leaflet` (native).
//! - [`reasons`]: why a member is recommended, as a sentence.
//! - [`speech`]: "Listen": the voice for a page's language, and its text as pieces to read.
//! - `english`: the same explanation in the authors' English, for `signpost explain` (native).
//! - [`why`]: "Why this result?" for advisers, in the person's language.
//! - [`why_document`]: the same as a [`document::Document`] for the result page.

pub mod display;
pub mod document;
#[cfg(not(target_arch = "wasm32"))]
pub mod english;
pub mod i18n;
pub mod leaflet;
#[cfg(not(target_arch = "wasm32"))]
pub mod leaflet_html;
pub mod reasons;
pub mod speech;
pub mod why;
pub mod why_document;
