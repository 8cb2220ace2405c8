//! A text box (money, whole number or short text) whose label is the page heading.

use super::described_by;
use super::field_error::FieldError;
use crate::engine::Input;
use leptos::prelude::*;

/// GOV.UK text input with the label inside the h1, an optional "£" prefix.
#[component]
pub fn TextInput(
    id: String,
    title: String,
    hint: Option<String>,
    /// "(optional)" after the label, GOV.UK-style, for a question that may be left empty.
    optional: Option<String>,
    prefix: Option<String>,
    inputmode: &'static str,
    width: &'static str,
    autocomplete: &'static str,
    draft: RwSignal<Input>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let id_for_describe = id.clone();
    let describedby = move || described_by(&id_for_describe, has_hint, error.with(Option::is_some));
    let input = view! {
        <input class=format!("input {width}") id=id.clone() name=id.clone() type="text" inputmode=inputmode
            autocomplete=autocomplete spellcheck="false"
            class:input--error=move || error.with(Option::is_some)
            aria-describedby=describedby
            prop:value=move || draft.with(|d| d.text.clone())
            on:input=move |ev| {
                let v = event_target_value(&ev);
                draft.update(|d| d.text = v);
            }/>
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
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <h1 class="label-wrapper">
                <label class="label heading-l" for=id.clone()>
                    {title}
                    {optional.map(|o| view! { " " <span class="label__optional">{o}</span> })}
                </label>
            </h1>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
            <FieldError id=format!("{id}-error") error=error/>
            {field}
        </div>
    }
}
