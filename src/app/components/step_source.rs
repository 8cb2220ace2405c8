//! Where a step's advice comes from, under the step, for advisers only.

use crate::app::sources::source;
use crate::app::state::use_session;
use crate::engine::MessageId;
use crate::words::display::long_date;
use leptos::prelude::*;

/// "Source: Housing Act 1996, section 188; checked 6 December 2026", shown in adviser mode so
/// an adviser can trust (or question) each sentence before a client acts on it (the sources
/// are fetched then: `app/sources.rs`). Residents see the guide's checked date instead.
/// Titles are citations, so they are not translated.
#[component]
pub fn StepSourceNote(step: MessageId) -> impl IntoView {
    let session = use_session();
    move || {
        if !crate::app::adviser::on(&session) {
            return None;
        }
        let entry = source(&step)?;
        let date = session.t.with_value(|t| long_date(t, entry.checked));
        let cited = entry
            .sources
            .iter()
            .map(|s| match &s.url {
                // Opened only if the adviser chooses: the page itself fetches nothing.
                Some(url) => view! {
                    <a class="link" href=url.clone() rel="noopener noreferrer" target="_blank">{s.title.clone()}</a>
                }
                .into_any(),
                None => view! { <span>{s.title.clone()}</span> }.into_any(),
            })
            .enumerate()
            .map(|(i, v)| view! { {(i > 0).then_some("; ")}{v} })
            .collect_view();
        Some(view! {
            <p class="hint step-source">
                {session.text("step-source")}" "{cited}". "
                {session.text_with("step-source-checked", &[("date", date)])}
            </p>
        })
    }
}
