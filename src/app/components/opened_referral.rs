//! A referral summary a member has opened (`/open-a-referral`), drawn from memory only.

use crate::app::components::document::DocumentView;
use crate::app::state::{today, use_session};
use crate::referral::open::{due_dates, qr_document, Opened};
use crate::referral::summary::{summary_document_for, Reader};
use leptos::prelude::*;

/// The opened summary: its reference, where it came from and what the page cannot show, the
/// dates to act by set apart, then the summary as the person saw it (their language beside
/// English) or, from a QR code, its lines in the page's words. `close` forgets it.
#[component]
pub fn OpenedReferral(opened: Opened, from_file: bool, close: Callback<()>) -> impl IntoView {
    let session = use_session();
    let content = session.content;
    let (reference, notes, document) = session.t.with_value(|t| {
        let due = due_dates(t, content, today(), &opened);
        let mut notes = vec![session.text(if from_file {
            "open-from-file"
        } else {
            "open-from-qr"
        })];
        let (reference, mut doc) = match &opened {
            Opened::Summary(o) => {
                if o.summary.locale != "en-GB" {
                    notes.push(
                        session
                            .text_with("open-languages", &[("language", o.summary.locale.clone())]),
                    );
                }
                if let Some(v) = &o.newer {
                    notes.push(session.text_with("open-newer", &[("version", v.clone())]));
                }
                if o.reasons_left_out > 0 {
                    notes.push(session.text("open-reasons-left-out"));
                }
                (
                    o.summary.reference.clone(),
                    summary_document_for(t, &o.summary, Reader::Member),
                )
            }
            Opened::Qr(q) => (q.reference.clone(), qr_document(t, content, q)),
        };
        doc.splice(0..0, due);
        (reference, notes, doc)
    });
    let partial = matches!(&opened, Opened::Qr(q) if !q.complete);
    let close_button = move || {
        view! {
            <button type="button" class="button button--secondary open-close" on:click=move |_| close.run(())>
                {session.text("open-close")}
            </button>
        }
    };
    view! {
        <span class="caption">{session.text("open-opened-caption")}</span>
        <h1 class="heading-l" id="open-opened-title" tabindex="-1">{reference}</h1>
        {notes.into_iter().map(|n| view! { <p class="body">{n}</p> }).collect_view()}
        {partial.then(|| view! {
            <div class="notice notice--warning" role="note"><p class="body"><strong>{session.text("open-qr-part")}</strong></p></div>
        })}
        {close_button()}
        <div class="open-summary"><DocumentView document=document/></div>
        {close_button()}
    }
}
