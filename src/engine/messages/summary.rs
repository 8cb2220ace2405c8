//! Messages of the referral summary (page, plain text and QR): `content/locales/*/summary.ftl`.

pub const SUMMARY_MESSAGES: &[&str] = &[];
