//! The one-sentence notice after reading the saved answers: some were dropped because the
//! questions changed, or the save could not be read and the person starts again, or the
//! referral details could not be read and must be given again.

use super::notification_banner::NotificationBanner;
use crate::app::state::{use_session, RestoredNotice};
use leptos::prelude::*;

/// A GOV.UK notification banner at the top of the page, until the person changes an answer
/// (or starts again): by then they have seen it, and it no longer describes their answers.
#[component]
pub fn RestoredBanner() -> impl IntoView {
    let session = use_session();
    let notice = session.restored.get_value();
    if notice == RestoredNotice::default() {
        return ().into_any();
    }
    let shown = RwSignal::new(true);
    Effect::new(move |first: Option<()>| {
        session.answers.track();
        if first.is_some() {
            shown.set(false);
            session.restored.set_value(RestoredNotice::default());
        }
    });
    let sentence = move || {
        session.locale.track();
        if notice.corrupted {
            Some(session.text("restored-corrupted"))
        } else if notice.dropped > 0 {
            Some(session.t.with_value(|t| {
                t.text_with_count("restored-dropped", "count", notice.dropped as i64)
            }))
        } else {
            None
        }
    };
    // The answers may have been read while the referral details could not: both are said.
    let referral = move || {
        notice
            .referral_corrupted
            .then(|| session.tracked_text("restored-referral-corrupted"))
    };
    (move || {
        shown.get().then(|| {
            view! {
                <NotificationBanner id="restored-notice-title" title="restored-title">
                    {move || sentence().map(|s| view! { <p class="notification-banner__heading">{s}</p> })}
                    {move || referral().map(|s| view! { <p class="notification-banner__heading">{s}</p> })}
                </NotificationBanner>
            }
        })
    })
    .into_any()
}
