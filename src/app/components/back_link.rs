//! The "Back" link above a question, to the previous step of the path.

use crate::app::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// A GOV.UK-style back link.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    let session = use_session();
    view! { <A href=href attr:class="back-link">{session.text("back")}</A> }
}
