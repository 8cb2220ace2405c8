//! A text box that is one of several on a page (or, with `heading`, the page's question).

use super::described_by;
use super::field_error::FieldError;
use leptos::prelude::*;

/// GOV.UK text input with its own label, hint, inline error and an optional "£" prefix.
/// `input_type` is "text", "tel" or "email"; `autocomplete` helps people fill it in.
#[component]
pub fn TextField(
    id: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    /// "(optional)" after the label, for a field that may be left empty.
    #[prop(optional)]
    optional: Option<String>,
    #[prop(optional)] prefix: Option<String>,
    /// The label as the page's h1, when the field is the page's only question.
    #[prop(optional)]
    heading: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = "input--width-full")] width: &'static str,
    #[prop(default = true)] spellcheck: bool,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let id_for_describe = id.clone();
    let describedby = move || described_by(&id_for_describe, has_hint, error.with(Option::is_some));
    let input = view! {
        <input class=format!("input {width}") id=id.clone() name=id.clone() type=input_type inputmode=inputmode
            autocomplete=autocomplete spellcheck=if spellcheck { "true" } else { "false" }
            class:input--error=move || error.with(Option::is_some)
            aria-describedby=describedby
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))/>
    };
    let field = match prefix {
        Some(p) => view! {
            <div class="input__wrapper">
                <div class="input__prefix" aria-hidden="true">{p}</div>
                {input}
            </div>
        }
        .into_any(),
        None => input.into_any(),
    };
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
            {field}
        </div>
    }
}
