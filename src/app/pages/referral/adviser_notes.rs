//! `/referral/adviser-notes` (adviser mode): the adviser's own notes for the receiving member,
//! kept apart from the person's words and marked as the adviser's in the summary.

use super::{redirect, Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::components::text_area::TextArea;
use crate::app::state::{set_title, use_session};
use crate::referral::flow::{self, Page};
use crate::referral::forms::own_words::{parse_adviser_notes, ADVISER_NOTES_FIELD};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A textarea, optional; saving goes back to the summary. Outside adviser mode the page is
/// not offered, and a typed address goes to the summary.
#[component]
pub fn ReferralAdviserNotesPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::AdviserNotes) {
        Ok(here) => here,
        Err(to) => return to,
    };
    if !crate::app::adviser::on(&session) {
        return redirect(flow::SUMMARY.to_owned());
    }
    let navigate = use_navigate();
    let title = session.text("adviser-notes-title");
    set_title(&session, &title, false);
    let start = session.referral.with_untracked(|d| d.adviser_notes.clone());
    let value = session.form_draft("adviser-notes:text", move || start);
    let errors = Errors::new();
    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_adviser_notes(&value.get_untracked()) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(text) => {
                errors.clear();
                session.referral.update(|d| d.adviser_notes = text);
                session.drop_form_drafts("adviser-notes:");
                navigate(&here.next(), Default::default());
            }
        }
    };
    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <form novalidate on:submit=on_submit>
            <TextArea id=ADVISER_NOTES_FIELD.to_owned() label=title heading=true
                hint=session.text("adviser-notes-hint") optional=session.text("optional")
                rows=8 value=value error=errors.field(ADVISER_NOTES_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("adviser-notes-save")}</button>
        </form>
    }
    .into_any()
}
