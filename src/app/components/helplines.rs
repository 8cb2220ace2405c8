//! The free national helplines, in the footer of every page and on error pages.

use crate::app::state::use_session;
use leptos::prelude::*;

/// Helpline (name, number); the numbers are the services' own public ones.
const HELPLINES: [(&str, &str); 4] = [
    ("StepChange", "0800 138 1111"),
    ("National Debtline", "0808 808 4000"),
    ("Citizens Advice Adviceline", "0800 144 8848"),
    ("Samaritans", "116 123"),
];

/// Citizens Advice's line for Wales, in place of the England Adviceline on a copy for Wales.
const ADVICELINK_CYMRU: (&str, &str) = ("Advicelink Cymru", "0800 702 2020");

/// A short list of helplines with tap-to-call links.
#[component]
pub fn Helplines() -> impl IntoView {
    let session = use_context::<crate::app::state::Session>();
    let title = session
        .map(|_| use_session().text("helplines-title"))
        .unwrap_or_else(|| "Free, confidential help".into());
    let wales = session.is_some_and(|s| {
        s.content
            .settings
            .as_ref()
            .and_then(|x| x.nation.as_deref())
            == Some("Wales")
    });
    let lines = HELPLINES.map(|h| {
        if wales && h.0 == "Citizens Advice Adviceline" {
            ADVICELINK_CYMRU
        } else {
            h
        }
    });
    view! {
        <section class="helplines" aria-labelledby="helplines-title">
            <h2 class="heading-s" id="helplines-title">{title}</h2>
            <ul class="helplines__list">
                {lines.iter().map(|(name, number)| {
                    let tel = format!("tel:{}", number.replace(' ', ""));
                    view! { <li>{*name}": "<a href=tel class="link">{*number}</a></li> }
                }).collect_view()}
            </ul>
        </section>
    }
}
