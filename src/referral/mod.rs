//! The referral layer: what a person types on the referral pages, checked and turned into the
//! engine's referral data; how those details are kept on the device; and the summary handed to
//! a consortium member (JSON, plain text, QR).
//!
//! Kept apart from the engine because it speaks the pages' language: element ids for each
//! field and the Fluent ids of GOV.UK-style error messages. The data it produces (consent,
//! contact details, finances, debts) and the content's referral settings are the engine's,
//! in [`crate::engine::referral`]; this layer only fills them in from forms.
//!
//! - [`forms`]: one module per referral page (or group of pages): the fields as typed, their
//!   element ids, and the check that turns them into data or errors.
//! - [`storage`]: the versioned wrapper the details are saved in, and reading them back.
//! - [`flow`]: the pages' order: Continue, Back, the summary's Change links and each page's
//!   guard, from the details saved and whether the person is changing something.
//! - [`summary`]: the referral summary: its data, building it, the plain text, the QR text, the
//!   reasons and the reference code.
//! - [`qr`]: the QR code the summary's text is handed over in.
//! - [`open`]: reading a summary's JSON or QR text back, for a member opening it.
//! - `scenario_summary`: the referral-summary half of a scenario's `expect` (native only).

pub mod flow;
pub mod forms;
// Opening a summary someone hands over (the member's page /open-a-referral).
pub mod open;
pub mod qr;
#[cfg(not(target_arch = "wasm32"))]
pub mod scenario_summary;
pub mod storage;
pub mod summary;
