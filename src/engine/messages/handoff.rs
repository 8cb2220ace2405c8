//! Messages of the referral summary page's hand-off (print, download, copy, email, QR):
//! `content/locales/*/handoff.ftl`.

pub const HANDOFF_MESSAGES: &[&str] = &[
    "handoff-title",
    "handoff-lead",
    "handoff-on-device",
    "handoff-share",
    "handoff-print",
    "handoff-download-json",
    "handoff-download-text",
    "handoff-copy",
    "handoff-copied",
    "handoff-copy-failed",
    "handoff-email",
    "handoff-email-hint",
    "handoff-qr",
    "handoff-qr-hint",
    "handoff-qr-label",
    "handoff-about",
];
