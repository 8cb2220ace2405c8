//! The footer's "Staying safe online" and "Delete my answers" links, on every page.

use crate::app::routes;
use crate::app::state::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Links for the person's privacy. "Delete my answers" carries the page it was chosen on, so
/// "No, keep my answers" returns there.
#[component]
pub fn FooterLinks() -> impl IntoView {
    let session = use_session();
    let location = use_location();
    let delete_href = move || {
        let path = location.pathname.get();
        if path.starts_with(routes::DELETE_ANSWERS) {
            return routes::DELETE_ANSWERS.to_owned();
        }
        let search = location.search.get();
        let here = if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        };
        let from = String::from(js_sys::encode_uri_component(&here));
        format!("{}?from={from}", routes::DELETE_ANSWERS)
    };
    view! {
        <ul class="footer__links">
            <li><a href=routes::STAYING_SAFE>{session.text("exit-staying-safe-link")}</a></li>
            <li><a href=delete_href>{session.text("footer-delete-link")}</a></li>
        </ul>
    }
}
