//! "Delete my answers": asks first, then removes everything the person entered from the
//! device and from memory, in every mode.

use crate::app::routes;
use crate::app::state::{set_title, use_session};
use crate::app::storage;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// The route `/delete-my-answers`: GOV.UK's "Are you sure?" with a warning button, and a way
/// back to the page the person came from (`?from=`).
#[component]
pub fn DeleteAnswersPage() -> impl IntoView {
    let session = use_session();
    let title = session.text("delete-title");
    set_title(&session, &title, false);
    let back = use_query_map()
        .with_untracked(|q| q.get("from"))
        .filter(|p| is_own_page(p))
        .unwrap_or_else(|| routes::START.to_owned());
    let navigate = use_navigate();
    let delete = move |_| {
        storage::wipe();
        session.clear();
        // Back from the confirmation skips the question: there is nothing left to delete.
        navigate(
            routes::ANSWERS_DELETED,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    };
    let item = move |id: &str| view! { <li>{session.text(id)}</li> };
    view! {
        <h1 class="heading-l">{title}</h1>
        <p class="body">{session.text("delete-what")}</p>
        <ul class="list list--bullet">
            {item("delete-what-answers")}
            {item("delete-what-referral")}
            {item("delete-what-language")}
        </ul>
        <p class="body">{session.text("delete-cannot-undo")}</p>
        <div class="button-group">
            <button type="button" class="button button--warning" on:click=delete>
                {session.text("delete-confirm")}
            </button>
            <a href=back class="link">{session.text("delete-cancel")}</a>
        </div>
    }
}

/// The route `/delete-my-answers/done`: the confirmation, and a way to start again.
#[component]
pub fn AnswersDeletedPage() -> impl IntoView {
    let session = use_session();
    let title = session.text("delete-done-title");
    set_title(&session, &title, false);
    view! {
        <div class="panel panel--confirmation">
            <h1 class="heading-l">{title}</h1>
        </div>
        <p class="body">{session.text("delete-done-body")}</p>
        <p class="body"><a href=routes::START class="link">{session.text("delete-done-start")}</a></p>
    }
}

/// A path inside this app, so `?from=` cannot send the person to another site.
fn is_own_page(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.starts_with(routes::DELETE_ANSWERS)
}
