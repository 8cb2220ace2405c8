//! Adviser mode: says which text on the page is shown in English because the person's
//! language does not have it yet (a message missing from a locale falls back to English for
//! that message only), so the adviser knows what to explain.

use crate::app::state::use_session;
use leptos::prelude::*;

/// Lists the fallback texts the page used. The app's router forgets earlier ones just before
/// it renders each page (`in_language`); this reads them once the page is on screen, since
/// some text is only looked up as it is drawn.
#[component]
pub fn FallbackNotice() -> impl IntoView {
    let session = use_session();
    let used = RwSignal::new(Vec::<(String, String)>::new());
    request_animation_frame(move || {
        let found = session.t.with_value(|t| t.take_fallbacks());
        if !found.is_empty() {
            let _ = used.try_set(found);
        }
    });
    move || {
        let shown = crate::app::adviser::on(&session) && used.with(|u| !u.is_empty());
        shown.then(|| {
            view! {
                <div class="fallback-notice no-print" role="note" aria-labelledby="fallback-notice-title">
                    <p class="body" id="fallback-notice-title"><strong>{session.text("adviser-fallback-title")}</strong></p>
                    <ul class="list list--bullet">
                        {used.get().into_iter().map(|(id, text)| view! {
                            <li data-message=id><span lang="en-GB" dir="ltr">{text}</span></li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
