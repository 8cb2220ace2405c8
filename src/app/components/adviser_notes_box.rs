//! The adviser's notes on the referral summary page, in a box that says whose they are, with a
//! link to write or change them in adviser mode.

use crate::app::state::use_session;
use crate::referral::flow;
use leptos::prelude::*;

/// Shown in adviser mode, and whenever there are notes (they are in the summary either way).
#[component]
pub fn AdviserNotesBox(notes: Option<String>) -> impl IntoView {
    let session = use_session();
    move || {
        let adviser = crate::app::adviser::on(&session);
        if notes.is_none() && !adviser {
            return None;
        }
        let body = match &notes {
            Some(n) => view! { <p class="body adviser-notes__text">{n.clone()}</p> }.into_any(),
            None => view! { <p class="body">{session.text("adviser-notes-none")}</p> }.into_any(),
        };
        let link_text = session.text(if notes.is_some() {
            "adviser-notes-change"
        } else {
            "adviser-notes-add"
        });
        let link = adviser.then(|| {
            view! {
                <p class="body no-print">
                    <a href=flow::ADVISER_NOTES class="link">{link_text}</a>
                </p>
            }
        });
        Some(view! {
            <section class="summary-section adviser-notes" aria-labelledby="adviser-notes-title">
                <h2 class="heading-m" id="adviser-notes-title">{session.text("adviser-notes-title")}</h2>
                <p class="body adviser-notes__marked"><strong>{session.text("adviser-notes-marked")}</strong></p>
                {body}
                {link}
            </section>
        })
    }
}
