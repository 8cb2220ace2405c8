//! Shown only if the embedded content cannot be loaded: a clear message and the helplines,
//! never a blank page.

use crate::app::components::helplines::Helplines;
use leptos::prelude::*;

/// The service cannot run; people can still phone for help.
#[component]
pub fn ContentError(details: String) -> impl IntoView {
    log::error!("content failed to load: {details}");
    view! {
        <main class="width-container main main-wrapper" id="main-content">
            <h1 class="heading-l">"Sorry, there is a problem with this service"</h1>
            <p class="body">"You can still get free advice by phone."</p>
            <Helplines/>
        </main>
    }
}
