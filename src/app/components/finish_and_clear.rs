//! "Finish and clear" for kiosks: once the person has printed or scanned what they need, one
//! press wipes everything and starts again for the next person. Shown only in kiosk mode.

use crate::app::handoff;
use crate::app::kiosk;
use crate::app::state::use_session;
use leptos::prelude::*;

/// The kiosk's finishing block; with `print`, a Print button first (the outcome page has no
/// other one, and a print-out is how most people take the result away from a kiosk).
#[component]
pub fn FinishAndClear(#[prop(optional)] print: bool) -> impl IntoView {
    let session = use_session();
    move || {
        session.config.with(|c| c.wipes_when_idle()).then(|| {
            view! {
                <section class="kiosk-finish no-print" aria-labelledby="kiosk-finish-title">
                    <h2 class="heading-m" id="kiosk-finish-title">{session.text("kiosk-finish-title")}</h2>
                    <p class="body">{session.text("kiosk-finish-body")}</p>
                    <div class="button-group">
                        {print.then(|| view! {
                            <button type="button" class="button" on:click=|_| handoff::print()>
                                {session.text("kiosk-print")}
                            </button>
                        })}
                        <button type="button" class="button button--warning" on:click=move |_| kiosk::reset(session)>
                            {session.text("kiosk-finish")}
                        </button>
                    </div>
                </section>
            }
        })
    }
}
