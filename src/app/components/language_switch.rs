//! The language switch in the header of every page: each language in its own name.

use crate::app::state::use_session;
use leptos::prelude::*;

/// Buttons for the other languages; the current one is marked, not a button. Switching keeps
/// every answer and the page the person is on.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let session = use_session();
    let offered: Vec<(String, String)> = session
        .content
        .settings
        .as_ref()
        .map(|s| s.locales.clone())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|code| {
            let l = session.content.locales.iter().find(|l| l.code == code)?;
            Some((code.clone(), l.own_name().unwrap_or(code)))
        })
        .collect();
    if offered.len() < 2 {
        return ().into_any();
    }
    let current = session.locale.get_untracked();
    view! {
        <nav class="language-switch" aria-label=session.text("language-switch-label")>
            <ul class="language-switch__list">
                {offered.into_iter().map(|(code, name)| {
                    if code == current {
                        view! { <li><span class="language-switch__current" lang=code.clone() aria-current="true" tabindex="-1">{name}</span></li> }.into_any()
                    } else {
                        let c = code.clone();
                        view! {
                            <li>
                                <button type="button" class="language-switch__button" lang=code
                                    on:click=move |_| {
                                        // The header is rebuilt in the new language: keep focus on the
                                        // language now chosen, not on <body>.
                                        session.set_locale(&c, || {
                                            use wasm_bindgen::JsCast;
                                            if let Some(el) = web_sys::window()
                                                .and_then(|w| w.document())
                                                .and_then(|d| d.query_selector(".language-switch__current").ok().flatten())
                                                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                                            {
                                                let _ = el.focus();
                                            }
                                        });
                                    }>{name}</button>
                            </li>
                        }.into_any()
                    }
                }).collect_view()}
            </ul>
            // A language not yet on this device could not be fetched (no connection).
            <p class="language-switch__error" role="alert">
                {move || session.locale_error.get().map(|code| {
                    let name = session.content.locales.iter().find(|l| l.code == code)
                        .and_then(|l| l.own_name()).unwrap_or(code);
                    session.text_with("language-load-failed", &[("language", name)])
                })}
            </p>
        </nav>
    }
    .into_any()
}
