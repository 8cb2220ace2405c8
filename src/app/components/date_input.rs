//! The GOV.UK date input: day, month and year boxes under the question as the legend.

use super::question_fieldset::QuestionFieldset;
use crate::app::state::use_session;
use crate::engine::Input;
use leptos::prelude::*;

#[derive(Clone, Copy)]
enum Part {
    Day,
    Month,
    Year,
}

/// Three labelled boxes; what the person types is kept even when it is not a real date.
#[component]
pub fn DateInput(
    id: String,
    title: String,
    hint: Option<String>,
    draft: RwSignal<Input>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let session = use_session();
    let field = move |part: Part, input_id: String, label: String, width: &'static str| {
        let get = move || {
            draft.with(|d| match part {
                Part::Day => d.day.clone(),
                Part::Month => d.month.clone(),
                Part::Year => d.year.clone(),
            })
        };
        view! {
            <div class="date-input__item">
                <label class="label date-input__label" for=input_id.clone()>{label}</label>
                <input class=format!("input date-input__input {width}") id=input_id type="text" inputmode="numeric"
                    class:input--error=move || error.with(Option::is_some)
                    prop:value=get
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|d| match part {
                            Part::Day => d.day = v,
                            Part::Month => d.month = v,
                            Part::Year => d.year = v,
                        });
                    }/>
            </div>
        }
    };
    view! {
        <QuestionFieldset id=id.clone() title=title hint=hint error=error role_group=true>
                <div class="date-input">
                    {field(Part::Day, id.clone(), session.text("date-day"), "input--width-2")}
                    {field(Part::Month, format!("{id}-month"), session.text("date-month"), "input--width-2")}
                    {field(Part::Year, format!("{id}-year"), session.text("date-year"), "input--width-4")}
                </div>
        </QuestionFieldset>
    }
}
