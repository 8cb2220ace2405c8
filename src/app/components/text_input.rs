//! A text box (money, whole number or short text) whose label is the page heading.

use super::described_by;
use super::labelled_field::{with_prefix, LabelledField};
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
    view! {
        <LabelledField id=id.clone() label=title hint=hint optional=optional heading=true error=error>
            {with_prefix(prefix, input)}
        </LabelledField>
    }
}
