//! The frame around every page: skip link, header with the service name and the language
//! switch, main, footer.

use super::exit_button::ExitButton;
use super::footer_links::FooterLinks;
use super::helplines::Helplines;
use super::language_switch::LanguageSwitch;
use super::other_tab_notice::OtherTabNotice;
use super::restored_notice::RestoredBanner;
use super::save_problem_notice::SaveProblemNotice;
use super::update_banner::UpdateBanner;
use crate::app::routes;
use crate::app::state::use_session;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Header, main content area and footer. Their text follows the language as it changes.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let session = use_session();
    let draft_note = move || {
        session.locale.track();
        session.locale_is_draft().then(|| {
            view! {
                <div class="width-container">
                    <p class="draft-note" role="note">{session.text("translation-draft-note")}</p>
                </div>
            }
        })
    };
    view! {
        <a href="#main-content" class="skip-link" on:click=|ev| {
            // Move focus without letting the router treat the fragment as a page.
            ev.prevent_default();
            let main = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main-content"));
            if let Some(Ok(el)) = main.map(|m| m.dyn_into::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        }>{move || session.tracked_text("skip-to-content")}</a>
        // Above the header, not in it, so it can stay in view while the page scrolls.
        <ExitButton/>
        <header class="header">
            <div class="width-container">
                <a href=routes::START class="header__service">{move || session.tracked_text("service-name")}</a>
                // Reachable from every page, before anything else in the header's reading
                // order after the service name: someone who is not safe should not have to
                // finish the questions to see who to call.
                {session.content.safety_outcome().map(|id| {
                    let href = routes::help_url(id);
                    view! { <a href=href class="header__help">{move || session.tracked_text("get-help-now-link")}</a> }
                })}
                {move || {
                    session.locale.track();
                    view! { <LanguageSwitch/> }
                }}
            </div>
        </header>
        <UpdateBanner/>
        <OtherTabNotice/>
        <SaveProblemNotice/>
        {draft_note}
        <div class="width-container main-wrapper">
            <main class="main" id="main-content" tabindex="-1"><RestoredBanner/>{children()}</main>
        </div>
        <footer class="footer">
            <div class="width-container">
                {move || {
                    session.locale.track();
                    view! { <Helplines/> }
                }}
                {move || {
                    session.locale.track();
                    view! { <FooterLinks/> }
                }}
                <p class="footer__privacy">{move || {
                    // Kiosks and advisers' screens keep answers for the browser session only.
                    let shared = session.config.with(|c| c.mode != crate::config::Mode::Resident);
                    session.tracked_text(if shared { "footer-privacy-shared" } else { "footer-privacy" })
                }}</p>
            </div>
        </footer>
    }
}
