//! The start page: what the service does, what to expect, and Start now.

use crate::app::routes;
use crate::app::state::{set_title, use_session};
use crate::engine::{Answers, Step};
use leptos::prelude::*;
use leptos_router::components::A;

/// GOV.UK start page. With saved answers, offers to carry on or start again.
#[component]
pub fn StartPage() -> impl IntoView {
    let session = use_session();
    let title = session.text("start-title");
    set_title(&session, &title, false);
    let first = Memo::new(move |_| {
        let empty = Answers::new();
        match crate::engine::evaluate(session.content, &empty, crate::app::state::today()) {
            Ok(ev) => routes::step_url(&ev.step, false),
            Err(_) => routes::START.to_owned(),
        }
    });
    let resume = Memo::new(move |_| {
        if session.answers.with(Answers::is_empty) {
            return None;
        }
        session.evaluation.with(|ev| {
            ev.as_ref().ok().map(|e| match &e.step {
                Step::Question(_) => routes::step_url(&e.step, false),
                Step::Outcome(_) => routes::CHECK_ANSWERS.to_owned(),
            })
        })
    });
    let start_text = session.text("start-button");
    let continue_text = session.text("start-continue");
    let over_text = session.text("start-over");
    view! {
        <h1 class="heading-xl">{title}</h1>
        <p class="body-l">{session.text("start-lead")}</p>
        <p class="body">{session.text("start-what-you-need")}</p>
        <p class="body">{session.text("start-what-happens")}</p>
        <p class="body">{session.text("start-privacy")}</p>
        {move || {
            let (continue_text, over_text, start_text) = (continue_text.clone(), over_text.clone(), start_text.clone());
            match resume.get() {
            Some(href) => view! {
                <div class="button-group">
                    <A href=href attr:class="button" attr:role="button" attr:draggable="false">{continue_text}</A>
                    <button type="button" class="button button--secondary" on:click=move |_| session.clear()>
                        {over_text}
                    </button>
                </div>
            }
            .into_any(),
            None => view! {
                <A href=first.get() attr:class="button button--start" attr:role="button" attr:draggable="false">
                    {start_text}
                    <svg class="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
                    </svg>
                </A>
            }
            .into_any(),
        }}}
    }
}
