//! The error summary at the top of a page: takes focus, links to each field in error.

use crate::app::state::use_session;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One error: its message and the id of the field it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorItem {
    pub message: String,
    pub target: String,
}

/// GOV.UK error summary. Focus moves to it whenever errors appear, so screen readers
/// announce it and keyboard users start from it.
#[component]
pub fn ErrorSummary(items: Signal<Vec<ErrorItem>>) -> impl IntoView {
    let session = use_session();
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !items.with(Vec::is_empty) {
            if let Some(el) = summary.get() {
                let _ = el.focus();
            }
        }
    });
    let title = session.text("error-summary-title");
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=summary
                aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">{title.clone()}</h2>
                <ul class="error-summary__list">
                    {move || items.get().into_iter().map(|item| {
                        let target = item.target.clone();
                        let href = format!("#{}", item.target);
                        view! {
                            <li>
                                <a href=href on:click=move |ev| {
                                    // Focus the field itself rather than letting the router
                                    // treat the fragment as a navigation.
                                    ev.prevent_default();
                                    focus_by_id(&target);
                                }>{item.message}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

fn focus_by_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        el.scroll_into_view();
        let _ = el.focus();
    }
}
