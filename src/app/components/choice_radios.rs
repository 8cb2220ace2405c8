//! Radios for a choice on a form page: the page's question (legend as h1) or one of several
//! questions on the page (a smaller legend).

use super::described_by;
use super::field_error::FieldError;
use crate::app::state::use_session;
use leptos::prelude::*;

/// A GOV.UK fieldset of radios bound to a string value. `options` are (value, label, hint);
/// `divider` puts "or" before the option at that index; `inline` lays out short answers
/// (Yes, No) side by side.
#[component]
pub fn ChoiceRadios(
    id: String,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    /// The legend as the page's h1.
    #[prop(optional)]
    heading: bool,
    #[prop(optional)] inline: bool,
    #[prop(optional)] divider: Option<usize>,
    options: Vec<(String, String, Option<String>)>,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let session = use_session();
    let or_text = session.text("or");
    let has_hint = hint.is_some();
    let id_for_describe = id.clone();
    let describedby = move || described_by(&id_for_describe, has_hint, error.with(Option::is_some));
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, label, item_hint))| {
            let input_id = if i == 0 { id.clone() } else { format!("{id}-{v}") };
            let hint_id = format!("{input_id}-item-hint");
            let v_checked = v.clone();
            let v_change = v.clone();
            let divider = (divider == Some(i) && i > 0)
                .then(|| view! { <div class="radios__divider">{or_text.clone()}</div> });
            view! {
                {divider}
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=input_id.clone() name=id.clone() value=v
                        aria-describedby=item_hint.as_ref().map(|_| hint_id.clone())
                        prop:checked=move || value.with(|x| x == &v_checked)
                        on:change=move |_| value.set(v_change.clone())/>
                    <label class="radios__label" for=input_id>{label}</label>
                    {item_hint.map(|h| view! { <div id=hint_id class="hint radios__hint">{h}</div> })}
                </div>
            }
        })
        .collect_view();
    let legend = if heading {
        view! { <legend class="fieldset__legend"><h1 class="heading-l">{legend}</h1></legend> }
            .into_any()
    } else {
        view! { <legend class="fieldset__legend fieldset__legend--m">{legend}</legend> }.into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=describedby>
                {legend}
                {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
                <FieldError id=format!("{id}-error") error=error/>
                <div class="radios" class:radios--inline=inline>{items}</div>
            </fieldset>
        </div>
    }
}
