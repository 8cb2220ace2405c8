//! Says that another tab or window changed the saved answers, instead of overwriting them.

use super::notification_banner::NotificationBanner;
use crate::app::state::use_session;
use crate::app::tabs;
use leptos::prelude::*;

/// A GOV.UK notification banner above the page while this tab has stopped saving because
/// another one changed the answers; the person chooses which answers to keep.
#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let session = use_session();
    move || {
        session.other_tab.get().then(|| {
            view! {
                <div class="width-container no-print">
                    <NotificationBanner id="other-tab-title" title="other-tab-title" role="alert">
                        <p class="notification-banner__heading">{move || session.tracked_text("other-tab-changed")}</p>
                        <p class="body">{move || session.tracked_text("other-tab-choose")}</p>
                        <div class="button-group">
                            <button type="button" class="button" on:click=|_| tabs::use_latest()>
                                {move || session.tracked_text("other-tab-use-latest")}
                            </button>
                            <button type="button" class="button button--secondary"
                                on:click=move |_| tabs::keep_these(session)>
                                {move || session.tracked_text("other-tab-keep-these")}
                            </button>
                        </div>
                    </NotificationBanner>
                </div>
            }
        })
    }
}
