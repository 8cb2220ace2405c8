//! Warns that the answers are not being saved on this device (storage full or turned off).

use super::notification_banner::NotificationBanner;
use crate::app::state::use_session;
use leptos::prelude::*;

/// A GOV.UK notification banner above the page while saving fails, so nobody closes the page
/// believing their answers are kept.
#[component]
pub fn SaveProblemNotice() -> impl IntoView {
    let session = use_session();
    move || {
        session.save_failed.get().then(|| {
            view! {
                <div class="width-container no-print">
                    <NotificationBanner id="save-problem-title" title="save-problem-title" role="alert">
                        <p class="notification-banner__heading">{move || session.tracked_text("save-problem-not-saved")}</p>
                        <p class="body">{move || session.tracked_text("save-problem-what-to-do")}</p>
                    </NotificationBanner>
                </div>
            }
        })
    }
}
