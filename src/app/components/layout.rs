//! The frame around every page: skip link, header with the service name, main, footer.

use super::helplines::Helplines;
use super::language_switch::LanguageSwitch;
use crate::app::routes;
use crate::app::state::Session;
use leptos::prelude::*;
use leptos_router::components::A;

/// Header, main content area and footer. Takes the session directly so it also frames the
/// page shown when the content itself failed to load.
#[component]
pub fn Layout(service_name: String, footer_privacy: String, children: Children) -> impl IntoView {
    let session = use_context::<Session>();
    let draft_note = session
        .filter(|s| s.locale_is_draft())
        .map(|s| s.text("translation-draft-note"));
    let skip = session
        .map(|s| s.text("skip-to-content"))
        .unwrap_or_else(|| "Skip to main content".into());
    view! {
        <a href="#main-content" class="skip-link" on:click=|ev| {
            // Move focus without letting the router treat the fragment as a page.
            ev.prevent_default();
            if let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main-content")) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }>{skip}</a>
        <header class="header">
            <div class="width-container">
                <A href=routes::START attr:class="header__service">{service_name}</A>
                <LanguageSwitch/>
            </div>
        </header>
        {draft_note.map(|note| view! {
            <div class="width-container"><p class="draft-note" role="note">{note}</p></div>
        })}
        <div class="width-container">
            <main class="main" id="main-content" tabindex="-1">{children()}</main>
        </div>
        <footer class="footer">
            <div class="width-container">
                <Helplines/>
                <p class="footer__privacy">{footer_privacy}</p>
            </div>
        </footer>
    }
}
