//! Warns that the answers are not being saved on this device (storage full or turned off).

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
                    <div class="notification-banner" role="alert" aria-labelledby="save-problem-title">
                        <div class="notification-banner__header">
                            <h2 class="notification-banner__title" id="save-problem-title">
                                {move || session.tracked_text("save-problem-title")}
                            </h2>
                        </div>
                        <div class="notification-banner__content">
                            <p class="notification-banner__heading">{move || session.tracked_text("save-problem-not-saved")}</p>
                            <p class="body">{move || session.tracked_text("save-problem-what-to-do")}</p>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
