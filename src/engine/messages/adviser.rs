//! Messages of the adviser pieces of the app: `content/locales/*/adviser.ftl`.

pub const ADVISER_MESSAGES: &[&str] = &[];
