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

/// A short list of helplines with tap-to-call links.
#[component]
pub fn Helplines() -> impl IntoView {
    let title = use_context::<crate::app::state::Session>()
        .map(|_| use_session().text("helplines-title"))
        .unwrap_or_else(|| "Free, confidential help".into());
    view! {
        <section class="helplines" aria-labelledby="helplines-title">
            <h2 class="heading-s" id="helplines-title">{title}</h2>
            <ul class="helplines__list">
                {HELPLINES.iter().map(|(name, number)| {
                    let tel = format!("tel:{}", number.replace(' ', ""));
                    view! { <li>{*name}": "<a href=tel class="link">{*number}</a></li> }
                }).collect_view()}
            </ul>
        </section>
    }
}
