//! Radios for a single-choice or yes/no question, with the question as the legend.

use super::question_fieldset::QuestionFieldset;
use crate::engine::Input;
use leptos::prelude::*;

/// A fieldset of radios. `options` are (value, label, hint).
#[component]
pub fn Radios(
    id: String,
    name: String,
    title: String,
    hint: Option<String>,
    options: Vec<(String, String, Option<String>)>,
    draft: RwSignal<Input>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, item_hint))| {
            let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
            let hint_id = format!("{input_id}-item-hint");
            let v_checked = value.clone();
            let v_change = value.clone();
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=input_id.clone() name=name.clone() value=value
                        aria-describedby=item_hint.as_ref().map(|_| hint_id.clone())
                        prop:checked=move || draft.with(|d| d.choices.first() == Some(&v_checked))
                        on:change=move |_| draft.update(|d| d.choices = vec![v_change.clone()])/>
                    <label class="radios__label" for=input_id>{label}</label>
                    {item_hint.map(|h| view! { <div id=hint_id class="hint radios__hint">{h}</div> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionFieldset id=id.clone() title=title hint=hint error=error>
                <div class="radios">{items}</div>
        </QuestionFieldset>
    }
}
