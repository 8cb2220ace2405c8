//! Adviser mode: every answer so far beside the question (below it on small screens), each
//! with a link to change it, so the adviser can go back over an answer without losing the place.

use crate::app::routes;
use crate::app::state::use_session;
use crate::engine::NodeId;
use leptos::prelude::*;

/// The path so far in order, with `current` (the question on the page) marked.
#[component]
pub fn AnswersPanel(current: NodeId) -> impl IntoView {
    let session = use_session();
    let mut rows: Vec<(NodeId, String, Option<Vec<String>>)> = session
        .answered_rows()
        .into_iter()
        .map(|(id, title, lines)| (id, title, Some(lines)))
        .collect();
    // The question on the page is last when it has not been answered yet.
    if !rows.iter().any(|(id, _, _)| id == &current) {
        if let Some(q) = session.content.question(&current) {
            rows.push((current.clone(), session.text(q.title.as_str()), None));
        }
    }
    let change = session.text("check-change");
    let this_question = session.text("adviser-panel-current");
    let not_answered = session.text("adviser-panel-not-answered");
    let empty = rows.is_empty().then(|| {
        view! { <p class="body">{session.text("adviser-panel-empty")}</p> }
    });
    view! {
        <section class="answers-panel" aria-labelledby="answers-panel-title">
            <h2 class="heading-s" id="answers-panel-title">{session.text("adviser-panel-title")}</h2>
            {empty}
            <ol class="answers-panel__list">
                {rows.into_iter().map(|(id, question, lines)| {
                    let is_current = id == current;
                    let answer = match lines {
                        None => view! { <p class="answers-panel__answer hint">{not_answered.clone()}</p> }.into_any(),
                        Some(lines) if lines.len() == 1 => {
                            view! { <p class="answers-panel__answer">{lines[0].clone()}</p> }.into_any()
                        }
                        Some(lines) => view! {
                            <ul class="answers-panel__answer list list--bullet">
                                {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                            </ul>
                        }.into_any(),
                    };
                    // The question on the page needs no link to itself.
                    let change = change.clone();
                    let link = (!is_current).then(|| {
                        let href = routes::question_url(&id, true);
                        let hidden = question.clone();
                        view! {
                            <a href=href class="link answers-panel__change">
                                {change}<span class="visually-hidden">{format!(" {hidden}")}</span>
                            </a>
                        }
                    });
                    view! {
                        <li class="answers-panel__item" class:answers-panel__item--current=is_current
                            aria-current=is_current.then_some("step")>
                            <p class="answers-panel__question">{question}</p>
                            {is_current.then(|| view! { <strong class="tag tag--current">{this_question.clone()}</strong> })}
                            {answer}
                            {link}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
