//! Tells the person a new version of the service is ready, and lets them switch to it when
//! they choose (the page loads again; their answers are kept).

use super::notification_banner::NotificationBanner;
use crate::app::offline;
use crate::app::state::use_session;
use leptos::prelude::*;

/// A GOV.UK notification banner above the page while a new release waits to take over.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let session = use_session();
    let ready = RwSignal::new(false);
    offline::register(ready);
    move || {
        ready.get().then(|| {
            view! {
                <div class="width-container no-print">
                    <NotificationBanner id="update-banner-title" title="update-title" class="update-banner">
                        <p class="notification-banner__heading">{move || session.tracked_text("update-ready")}</p>
                        <button type="button" class="button" on:click=|_| offline::use_new_version()>
                            {move || session.tracked_text("update-use")}
                        </button>
                    </NotificationBanner>
                </div>
            }
        })
    }
}
