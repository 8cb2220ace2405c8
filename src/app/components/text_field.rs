//! A text box that is one of several on a page (or, with `heading`, the page's question).

use super::described_by;
use super::labelled_field::{with_prefix, LabelledField};
use leptos::prelude::*;

/// GOV.UK text input with its own label, hint, inline error and an optional "£" prefix.
/// `input_type` is "text", "tel" or "email"; `autocomplete` helps people fill it in on their
/// own device. On a kiosk or an adviser's screen it is always "off": a shared browser would
/// remember one person's name and number and offer them to the next.
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
    let autocomplete = if crate::app::storage::mode() == crate::config::Mode::Resident {
        autocomplete
    } else {
        "off"
    };
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
    view! {
        <LabelledField id=id.clone() label=label hint=hint optional=optional heading=heading error=error>
            {with_prefix(prefix, input)}
        </LabelledField>
    }
}
