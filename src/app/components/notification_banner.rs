//! The frame of a GOV.UK notification banner, shared by every notice above or atop the page.

use crate::app::state::use_session;
use leptos::prelude::*;

/// A titled notification banner. `title` is a message id (its text follows the language);
/// `role` is "region" for what is there when the page opens, "alert" for what appears while
/// the person is using it, so screen readers announce it.
#[component]
pub fn NotificationBanner(
    id: &'static str,
    title: &'static str,
    #[prop(default = "region")] role: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let session = use_session();
    view! {
        <div class=format!("notification-banner {class}") role=role aria-labelledby=id>
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id=id>
                    {move || session.tracked_text(title)}
                </h2>
            </div>
            <div class="notification-banner__content">{children()}</div>
        </div>
    }
}
