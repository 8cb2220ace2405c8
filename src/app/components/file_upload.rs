//! A file input in the GOV.UK pattern, for the member's page that opens a referral summary.

use super::described_by;
use super::field_error::FieldError;
use leptos::prelude::*;

/// GOV.UK file upload: label, hint, inline error and the browser's own file input (which
/// keyboard and screen reader users already know). `input` gives the page the chosen file.
#[component]
pub fn FileUpload(
    id: &'static str,
    label: String,
    hint: String,
    accept: &'static str,
    input: NodeRef<leptos::html::Input>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let describedby = move || described_by(id, true, error.with(Option::is_some));
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label label--s" for=id>{label}</label>
            <div id=format!("{id}-hint") class="hint">{hint}</div>
            <FieldError id=format!("{id}-error") error=error/>
            <input type="file" class="file-upload" id=id name=id accept=accept node_ref=input
                class:file-upload--error=move || error.with(Option::is_some)
                aria-describedby=describedby/>
        </div>
    }
}
