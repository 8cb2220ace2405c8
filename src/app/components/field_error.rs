//! The error message shown above a field that needs correcting.

use crate::app::state::use_session;
use leptos::prelude::*;

/// The inline error for a field, announced with an "Error:" prefix for screen readers.
#[component]
pub fn FieldError(id: String, error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let prefix = format!("{} ", session.text("error-prefix"));
    move || {
        error.get().map(|msg| {
            view! {
                <p id=id.clone() class="error-message">
                    <span class="visually-hidden">{prefix.clone()}</span>
                    {msg}
                </p>
            }
        })
    }
}
