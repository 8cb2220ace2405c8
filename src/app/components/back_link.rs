//! The "Back" link above a question, to the previous step of the path.

use crate::app::state::use_session;
use leptos::prelude::*;

/// A GOV.UK-style back link.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    let session = use_session();
    view! { <a href=href class="back-link">{session.text("back")}</a> }
}
