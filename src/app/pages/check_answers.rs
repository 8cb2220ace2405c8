//! Check your answers: every answer on the path, each with a Change link.

use crate::app::components::back_link::BackLink;
use crate::app::routes;
use crate::app::state::{set_title, use_session};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::NavigateOptions;

/// GOV.UK check answers: a summary list, then See your result.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let session = use_session();
    // Only once the path has ended; otherwise back to the question that is next.
    let step = session
        .evaluation
        .with_untracked(|ev| ev.as_ref().map(|e| e.step.clone()).ok());
    match step {
        Some(crate::engine::Step::Outcome(_)) => {}
        Some(other) => {
            let to = routes::step_url(&other, false);
            return view! { <Redirect path=to options=NavigateOptions { replace: true, ..Default::default() }/> }.into_any();
        }
        None => return view! { <Redirect path=routes::START/> }.into_any(),
    }
    let title = session.text("check-title");
    set_title(&session, &title, false);
    let change = session.text("check-change");
    let rows = session.answered_rows();
    // Back goes to the last question answered, as the browser's Back button would.
    let back = rows
        .last()
        .map(|(id, _, _)| routes::question_url(id, false))
        .unwrap_or_else(|| routes::START.to_owned());
    view! {
        <BackLink href=back/>
        <h1 class="heading-l">{title}</h1>
        <dl class="summary-list">
            {rows.into_iter().map(|(id, question, lines)| {
                let change = change.clone();
                let href = routes::question_url(&id, true);
                let answer = if lines.len() == 1 {
                    view! { <p class="summary-list__answer">{lines[0].clone()}</p> }.into_any()
                } else {
                    view! { <ul class="summary-list__answers">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                };
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{question.clone()}</dt>
                        <dd class="summary-list__value">{answer}</dd>
                        <dd class="summary-list__actions">
                            <a href=href class="link">
                                {change}<span class="visually-hidden">" "{question}</span>
                            </a>
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
        <a href=routes::OUTCOME class="button" role="button" draggable="false">{session.text("check-continue")}</a>
    }
    .into_any()
}
