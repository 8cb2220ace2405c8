//! The page for an address that is not part of the service.

use crate::app::routes;
use crate::app::state::{set_title, use_session};
use leptos::prelude::*;

/// "Page not found", with a way back to the start.
#[component]
pub fn NotFound() -> impl IntoView {
    let session = use_session();
    let title = session.text("not-found-title");
    set_title(&session, &title, false);
    view! {
        <h1 class="heading-l">{title}</h1>
        <p class="body">{session.text("not-found-body")}</p>
        <p class="body"><a href=routes::START class="link">{session.text("start-title")}</a></p>
    }
}
