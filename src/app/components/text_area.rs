//! A box for a longer answer in the person's own words.

use super::described_by;
use super::labelled_field::LabelledField;
use leptos::prelude::*;

/// GOV.UK textarea: label (the page's h1 with `heading`), hint, inline error.
#[component]
pub fn TextArea(
    id: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] optional: Option<String>,
    #[prop(optional)] heading: bool,
    #[prop(default = 5)] rows: u32,
    #[prop(default = "off")] autocomplete: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let id_for_describe = id.clone();
    let describedby = move || described_by(&id_for_describe, has_hint, error.with(Option::is_some));
    view! {
        <LabelledField id=id.clone() label=label hint=hint optional=optional heading=heading error=error>
            <textarea class="textarea" id=id.clone() name=id.clone() rows=rows autocomplete=autocomplete
                class:textarea--error=move || error.with(Option::is_some)
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </LabelledField>
    }
}
