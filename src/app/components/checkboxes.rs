//! Checkboxes for a multiple-choice question, with "None of these" style exclusive options.

use super::question_fieldset::QuestionFieldset;
use crate::app::state::use_session;
use crate::engine::Input;
use leptos::prelude::*;

/// A fieldset of checkboxes. `options` are (value, label, hint, exclusive). Ticking an
/// exclusive option clears the others, and ticking another clears it, as people expect.
#[component]
pub fn Checkboxes(
    id: String,
    name: String,
    title: String,
    hint: Option<String>,
    options: Vec<(String, String, Option<String>, bool)>,
    draft: RwSignal<Input>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let session = use_session();
    let or_text = session.text("or");
    let exclusive: Vec<String> = options
        .iter()
        .filter(|o| o.3)
        .map(|o| o.0.clone())
        .collect();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, item_hint, is_exclusive))| {
            let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
            let hint_id = format!("{input_id}-item-hint");
            let v_checked = value.clone();
            let v_change = value.clone();
            let exclusive = exclusive.clone();
            let divider = (is_exclusive && i > 0).then(|| view! { <div class="checkboxes__divider">{or_text.clone()}</div> });
            view! {
                {divider}
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id=input_id.clone() name=name.clone() value=value
                        aria-describedby=item_hint.as_ref().map(|_| hint_id.clone())
                        prop:checked=move || draft.with(|d| d.choices.contains(&v_checked))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            draft.update(|d| {
                                d.choices.retain(|c| c != &v_change);
                                if on {
                                    if is_exclusive {
                                        d.choices.clear();
                                    } else {
                                        d.choices.retain(|c| !exclusive.contains(c));
                                    }
                                    d.choices.push(v_change.clone());
                                }
                            });
                        }/>
                    <label class="checkboxes__label" for=input_id>{label}</label>
                    {item_hint.map(|h| view! { <div id=hint_id class="hint checkboxes__hint">{h}</div> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionFieldset id=id.clone() title=title hint=hint error=error>
                <div class="checkboxes">{items}</div>
        </QuestionFieldset>
    }
}
