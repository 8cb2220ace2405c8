//! The frame a single labelled control shares (text box, text area): the label (or, for the
//! page's only question, the label inside the page's h1), "(optional)", the hint and the
//! inline error, around the control.

use super::field_error::FieldError;
use leptos::prelude::*;

/// GOV.UK form group for one control whose `id` is `id`; the control is `children`.
#[component]
pub fn LabelledField(
    id: String,
    label: String,
    hint: Option<String>,
    /// "(optional)" after the label, for a field that may be left empty.
    optional: Option<String>,
    /// The label as the page's h1, when the field is the page's only question.
    heading: bool,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let label_class = if heading {
        "label heading-l"
    } else {
        "label label--s"
    };
    let label = view! {
        <label class=label_class for=id.clone()>
            {label}
            {optional.map(|o| view! { " " <span class="label__optional">{o}</span> })}
        </label>
    };
    let label = if heading {
        view! { <h1 class="label-wrapper">{label}</h1> }.into_any()
    } else {
        label.into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            {label}
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
            <FieldError id=format!("{id}-error") error=error/>
            {children()}
        </div>
    }
}

/// A text box with an optional prefix ("£") shown before it.
pub fn with_prefix(prefix: Option<String>, input: impl IntoView + 'static) -> AnyView {
    match prefix {
        Some(p) => view! {
            <div class="input__wrapper">
                <div class="input__prefix" aria-hidden="true">{p}</div>
                {input}
            </div>
        }
        .into_any(),
        None => input.into_any(),
    }
}
