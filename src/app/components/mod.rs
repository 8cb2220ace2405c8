//! Reusable pieces of pages, one component per file.

pub mod adviser_notes_box;
pub mod answers_panel;
pub mod back_link;
pub mod bar_chart;
pub mod checkboxes;
pub mod choice_radios;
pub mod date_input;
pub mod document;
pub mod error_summary;
pub mod exit_button;
pub mod fallback_notice;
pub mod field_error;
pub mod file_upload;
pub mod finish_and_clear;
pub mod footer_links;
pub mod guide_card;
pub mod helplines;
pub mod idle_warning;
pub mod labelled_field;
pub mod language_switch;
pub mod layout;
pub mod listen_button;
pub mod notification_banner;
pub mod number_table;
pub mod opened_referral;
pub mod other_tab_notice;
pub mod question_fieldset;
pub mod radios;
pub mod restored_notice;
pub mod save_problem_notice;
pub mod service_card;
pub mod step_source;
pub mod text_area;
pub mod text_field;
pub mod text_input;
pub mod update_banner;
pub mod weekly_charts;
pub mod why_outcome;

/// The `aria-describedby` value for a field with an optional hint and an optional error.
pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}
