//! The start page: what the service does, what to expect, and Start now.

use crate::app::routes;
use crate::app::state::{set_title, use_session, Session};
use crate::engine::saved::SavedAgo;
use crate::engine::{Answers, Step};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

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
    let continue_text = session.text("resume-continue");
    let over_text = session.text("start-over");
    let navigate = use_navigate();
    // Starting again begins at the first question, with nothing of the earlier answers.
    let start_again = move |_| {
        session.clear();
        navigate(&first.get_untracked(), Default::default());
    };
    // Someone coming back sees "Carry on" first; someone new reads what to expect first.
    let resume_view = move || {
        let (continue_text, over_text) = (continue_text.clone(), over_text.clone());
        let start_again = start_again.clone();
        resume.get().map(|href| {
            view! {
                <section class="resume" aria-labelledby="resume-heading">
                    <h2 class="heading-m" id="resume-heading">{session.text("resume-heading")}</h2>
                    <p class="body">{saved_ago(&session)}</p>
                    <div class="button-group">
                        <a href=href class="button" role="button" draggable="false">{continue_text}</a>
                        <button type="button" class="button button--secondary" on:click=start_again>
                            {over_text}
                        </button>
                    </div>
                </section>
            }
        })
    };
    let start_view = move || {
        let start_text = start_text.clone();
        resume.with(Option::is_none).then(|| {
            view! {
                <a href=first.get() class="button button--start" role="button" draggable="false">
                    {start_text}
                    <svg class="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
                    </svg>
                </a>
            }
        })
    };
    view! {
        <h1 class="heading-xl">{title}</h1>
        {resume_view}
        <p class="body-l">{session.text("start-lead")}</p>
        <p class="body">{session.text("start-what-you-need")}</p>
        <p class="body">{session.text("start-what-happens")}</p>
        <p class="body">{session.text("start-privacy")}</p>
        {start_view}
        {move || session.config.with(|c| c.mode == crate::config::Mode::Kiosk).then(|| view! {
            <p class="body"><a href=routes::LEAFLET class="link">{session.text("leaflet-print-a-leaflet")}</a></p>
        })}
    }
}

/// "You answered some questions 2 hours ago", in the locale's plural form.
fn saved_ago(session: &Session) -> String {
    let Some(at) = session.saved_at.get_value() else {
        return session.text("resume-saved-now");
    };
    let (id, count) = match SavedAgo::between(at, js_sys::Date::now()) {
        SavedAgo::JustNow => return session.text("resume-saved-now"),
        SavedAgo::Minutes(n) => ("resume-saved-minutes", n),
        SavedAgo::Hours(n) => ("resume-saved-hours", n),
        SavedAgo::Days(n) => ("resume-saved-days", n),
    };
    session
        .t
        .with_value(|t| t.text_with_count(id, "count", count))
}
