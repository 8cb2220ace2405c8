//! The frame of a question answered in a group of inputs (radios, checkboxes, a date): the
//! question as the legend's h1, its hint, its error, and the inputs inside one fieldset.

use super::described_by;
use super::field_error::FieldError;
use leptos::prelude::*;

/// GOV.UK fieldset with the question as the page heading. `role_group` marks a date's
/// three boxes as one group for screen readers.
#[component]
pub fn QuestionFieldset(
    id: String,
    title: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
    #[prop(optional)] role_group: bool,
    children: Children,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let id_for_describe = id.clone();
    let describedby = move || described_by(&id_for_describe, has_hint, error.with(Option::is_some));
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" role=role_group.then_some("group") aria-describedby=describedby>
                <legend class="fieldset__legend">
                    <h1 class="heading-l">{title}</h1>
                </legend>
                {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
                <FieldError id=format!("{id}-error") error=error/>
                {children()}
            </fieldset>
        </div>
    }
}
