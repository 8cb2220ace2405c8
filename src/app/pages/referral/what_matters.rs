//! `/referral/what-matters`: "What matters most to you right now?", in their own words.

use super::{Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::components::text_area::TextArea;
use crate::app::state::{set_title, use_session};
use crate::referral::flow::Page;
use crate::referral::forms::own_words::{parse_what_matters, tree_text, WHAT_MATTERS_FIELD};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The question the tree asked in free text, to start from what they wrote there.
const TREE_QUESTION: &str = "help-most";

/// A textarea, optional, started from their answer to the tree's free-text question.
#[component]
pub fn ReferralWhatMattersPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::WhatMatters) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let navigate = use_navigate();
    let title = session.text("referral-what-matters-title");
    set_title(&session, &title, false);
    let start = session.referral.with_untracked(|d| d.what_matters.clone());
    let start = if start.is_empty() {
        session
            .answers
            .with_untracked(|a| tree_text(a, TREE_QUESTION))
            .unwrap_or_default()
    } else {
        start
    };
    let value = session.form_draft("what:text", move || start);
    let errors = Errors::new();

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_what_matters(&value.get_untracked()) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(text) => {
                errors.clear();
                session.referral.update(|d| d.what_matters = text);
                session.drop_form_drafts("what:");
                navigate(&here.next(), Default::default());
            }
        }
    };

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <form novalidate on:submit=on_submit>
            <TextArea id=WHAT_MATTERS_FIELD.to_owned() label=title heading=true
                hint=session.text("referral-what-matters-hint") optional=session.text("optional")
                rows=6 value=value error=errors.field(WHAT_MATTERS_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}
