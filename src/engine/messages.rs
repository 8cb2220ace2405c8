//! Interface messages the app needs from every locale, beside those the content refers to.
//! Validation checks each exists in the default locale (`content/locales/<default>/ui.ftl`).

pub const UI_MESSAGES: &[&str] = &[
    "service-name",
    "skip-to-content",
    "start-title",
    "start-lead",
    "start-what-you-need",
    "start-what-happens",
    "start-privacy",
    "start-button",
    "start-continue",
    "start-over",
    "back",
    "listen-page",
    "listen-guide",
    "listen-stop",
    "leaflet-page-title",
    "leaflet-what-helps",
    "leaflet-local",
    "leaflet-national",
    "leaflet-danger",
    "leaflet-example",
    "leaflet-print",
    "leaflet-print-a-leaflet",
    "continue",
    "or",
    "yes",
    "no",
    "dont-know",
    "select-all-that-apply",
    "money-prefix",
    "date-day",
    "date-month",
    "date-year",
    "date-hint",
    "error-prefix",
    "error-summary-title",
    "check-title",
    "check-change",
    "check-continue",
    "outcome-today",
    "outcome-have-ready",
    "outcome-steps",
    "deadline-named",
    "outcome-dates",
    "service-example",
    "get-help-now-link",
    "safety-carry-on",
    "safety-carry-on-hint",
    "optional",
    "check-not-given",
    "outcome-guides",
    "outcome-services",
    "outcome-reviewed",
    "step-source",
    "step-source-checked",
    "service-contact-text",
    "outcome-check-answers",
    "outcome-start-again",
    "tier-emergency",
    "tier-urgent",
    "tier-referral",
    "tier-signpost",
    "tier-self-help",
    "deadline",
    "not-found-title",
    "not-found-body",
    "content-error-title",
    "content-error-body",
    "footer-privacy",
    "footer-privacy-shared",
    "update-title",
    "update-ready",
    "update-use",
    "language-load-failed",
    "helplines-title",
    "error-choose-one",
    "error-choose-at-least-one",
    "error-exclusive-combined",
    "error-money-missing",
    "error-money-format",
    "error-money-too-small",
    "error-money-too-big",
    "error-number-missing",
    "error-number-format",
    "error-number-too-small",
    "error-number-too-big",
    "error-date-missing",
    "error-date-missing-day",
    "error-date-missing-month",
    "error-date-missing-year",
    "error-date-year",
    "error-date-invalid",
    "error-text-missing",
    "error-text-too-long",
    "language-name",
    "language-switch-label",
    "translation-draft-note",
    "month-1",
    "month-2",
    "month-3",
    "month-4",
    "month-5",
    "month-6",
    "month-7",
    "month-8",
    "month-9",
    "month-10",
    "month-11",
    "month-12",
    "date-long",
    "money-decimal-separator",
    "money-group-separator",
    "money-amount",
];

mod adviser;
mod exit;
mod handoff;
mod kiosk;
mod open_referral;
mod referral_pages;
mod summary;

/// Messages of the referral pages and the referral summary. They are needed (and checked) only
/// when `content/settings.json` has "referral", so content without referrals need not have them.
pub fn referral_messages() -> impl Iterator<Item = &'static str> {
    referral_pages::REFERRAL_PAGE_MESSAGES
        .iter()
        .chain(summary::SUMMARY_MESSAGES)
        .chain(handoff::HANDOFF_MESSAGES)
        .chain(kiosk::KIOSK_MESSAGES)
        .chain(exit::EXIT_MESSAGES)
        .chain(adviser::ADVISER_MESSAGES)
        .chain(open_referral::OPEN_REFERRAL_MESSAGES)
        .copied()
}

/// The `.ftl` file an interface message belongs in, for error messages: `ui.ftl`, or
/// `referral.ftl` and `summary.ftl` for the referral pages and the summary.
pub fn message_file(m: &str) -> &'static str {
    if summary::SUMMARY_MESSAGES.contains(&m) {
        "summary.ftl"
    } else if handoff::HANDOFF_MESSAGES.contains(&m) {
        "handoff.ftl"
    } else if kiosk::KIOSK_MESSAGES.contains(&m) {
        "kiosk.ftl"
    } else if exit::EXIT_MESSAGES.contains(&m) {
        "exit.ftl"
    } else if adviser::ADVISER_MESSAGES.contains(&m) {
        "adviser.ftl"
    } else if open_referral::OPEN_REFERRAL_MESSAGES.contains(&m) {
        "open-referral.ftl"
    } else if referral_pages::REFERRAL_PAGE_MESSAGES.contains(&m) {
        "referral.ftl"
    } else {
        "ui.ftl"
    }
}
