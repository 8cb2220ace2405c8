//! Messages of the kiosk pieces of the app: `content/locales/*/kiosk.ftl`.

pub const KIOSK_MESSAGES: &[&str] = &[
    // The inactivity warning.
    "kiosk-idle-title",
    "kiosk-idle-body",
    "kiosk-idle-countdown",
    "kiosk-idle-stay",
    "kiosk-idle-clear",
    // "Finish and clear" on the outcome and summary pages.
    "kiosk-finish-title",
    "kiosk-finish-body",
    "kiosk-finish",
    "kiosk-print",
    // The staff page (/staff).
    "staff-title",
    "staff-lead",
    "staff-what-is-kept",
    "staff-none",
    "staff-table-caption",
    "staff-date",
    "staff-top-needs",
    "staff-need-count",
    "staff-download",
    "staff-delete",
    "staff-delete-title",
    "staff-delete-body",
    "staff-delete-yes",
    "staff-delete-no",
    "staff-deleted",
];
