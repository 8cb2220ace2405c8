//! Messages of the kiosk pieces of the app: `content/locales/*/kiosk.ftl`.

pub const KIOSK_MESSAGES: &[&str] = &[];
