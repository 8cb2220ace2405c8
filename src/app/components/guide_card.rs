//! A self-help guide, folded into a GOV.UK-style details element so a long plan stays short.

use crate::app::components::listen_button::ListenButton;
use crate::app::components::step_source::StepSourceNote;
use crate::app::state::use_session;
use crate::engine::model::Guide;
use crate::words::display::long_date;
use leptos::prelude::*;

/// One guide: what it is for, what to have ready, its steps, and when they were last checked
/// against their sources (each step's source too, in adviser mode).
/// `open` unfolds it, for the most urgent guide on the page.
#[component]
pub fn GuideCard(guide: Guide, #[prop(optional)] open: bool) -> impl IntoView {
    let session = use_session();
    let reviewed = guide.last_reviewed.map(|d| {
        let date = session.t.with_value(|t| long_date(t, d));
        session.text_with("outcome-reviewed", &[("date", date)])
    });
    let ready = guide
        .have_ready
        .iter()
        .map(|m| session.text(m.as_str()))
        .collect::<Vec<_>>();
    let text_id = format!("guide-{}", guide.id);
    let listen_root = text_id.clone();
    view! {
        <details class="details guide" open=open>
            <summary class="details__summary">
                <span class="details__summary-text">{session.text(guide.title.as_str())}</span>
            </summary>
            <div class="details__text" id=text_id>
                <ListenButton root=listen_root label="listen-guide"/>
                <p class="body">{session.text(guide.summary.as_str())}</p>
                {(!ready.is_empty()).then(|| view! {
                    <h3 class="heading-s">{session.text("outcome-have-ready")}</h3>
                    <ul class="list list--bullet">{ready.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                })}
                <h3 class="heading-s">{session.text("outcome-steps")}</h3>
                <ol class="list list--number">
                    {guide.steps.iter().map(|s| view! { <li>{session.text(s.as_str())}<StepSourceNote step=s.clone()/></li> }).collect_view()}
                </ol>
                {reviewed.map(|r| view! { <p class="hint">{r}</p> })}
            </div>
        </details>
    }
}
