//! The referral summary: what a consortium member needs, readable, printable on A4, and handed
//! over by print, download, copy, email or QR code without any server. The page shows the
//! same document as the JSON download (`crate::referral::summary`), with English beside the person's
//! language for the receiving adviser.

use crate::app::components::adviser_notes_box::AdviserNotesBox;
use crate::app::components::document::DocumentView;
use crate::app::components::finish_and_clear::FinishAndClear;
use crate::app::handoff;
use crate::app::pages::referral::Here;
use crate::app::routes;
use crate::app::state::{now_rfc3339, set_title, use_session, Session};
use crate::referral::flow::Page;
use crate::referral::qr::qr_svg;
use crate::referral::summary::{
    build_summary, email_body, email_subject, plain_text, qr_text, reference_code,
    summary_document, ReferralSummary, SummaryInput, QR_MAX_BYTES,
};
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// The route `/referral/summary`.
#[component]
pub fn ReferralSummaryPage() -> impl IntoView {
    let session = use_session();
    if let Err(to) = Here::open(&session, Page::Summary) {
        return to;
    }
    fix_reference(&session);
    let summary = session.evaluation.with_untracked(|ev| {
        let ev = ev.as_ref().ok()?;
        session.answers.with_untracked(|answers| {
            session.referral.with_untracked(|details| {
                let locale = session.locale.get_untracked();
                build_summary(&SummaryInput {
                    content: session.content,
                    evaluation: ev,
                    answers,
                    details,
                    locale: &locale,
                    created_at: details.created_at.as_deref().unwrap_or_default(),
                    reference: details.reference.as_deref().unwrap_or_default(),
                })
                .map_err(|e| log::error!("cannot build the referral summary: {e}"))
                .ok()
            })
        })
    });
    let Some(summary) = summary else {
        return view! { <Redirect path=routes::OUTCOME/> }.into_any();
    };
    let title = session.text("handoff-title");
    set_title(&session, &title, false);
    view! { <SummaryView summary=summary title=title/> }.into_any()
}

/// The reference and creation time are fixed the first time the summary is shown, so a
/// print-out and a download made later carry the same reference.
fn fix_reference(session: &Session) {
    if session
        .referral
        .with_untracked(|d| d.reference.is_some() && d.created_at.is_some())
    {
        return;
    }
    let created = now_rfc3339();
    let answers = session
        .answers
        .with_untracked(|a| serde_json::to_string(a).unwrap_or_default());
    let seed = format!("{created}|{}|{answers}", session.content.version);
    session.referral.update(|d| {
        d.created_at = Some(created.clone());
        d.reference = Some(reference_code(&seed));
    });
}

#[component]
fn SummaryView(summary: ReferralSummary, title: String) -> impl IntoView {
    let session = use_session();
    let content = session.content;
    let reference = summary.reference.clone();
    let json = serde_json::to_string_pretty(&summary).unwrap_or_default();
    let text = plain_text(content, &summary);
    let qr = qr_text(&summary, QR_MAX_BYTES);
    let qr_code = qr_svg(&qr.text).ok();
    let mailto = format!(
        "mailto:?subject={}&body={}",
        String::from(js_sys::encode_uri_component(&email_subject(
            content, &summary
        ))),
        String::from(js_sys::encode_uri_component(&email_body(content, &summary)))
    );
    let copied = RwSignal::new(None::<bool>);
    let (json_name, text_name) = (
        format!("referral-{reference}.json"),
        format!("referral-{reference}.txt"),
    );
    let text_for_download = text.clone();
    let reference_label = session.text("summary-reference");
    let document = session.t.with_value(|t| summary_document(t, &summary));

    view! {
        <p class="print-only print-reference">{format!("{reference_label}: {reference}")}</p>
        <span class="caption">{format!("{reference_label}: {reference}")}</span>
        <h1 class="heading-l">{title}</h1>
        <p class="body-l">{session.text("handoff-lead")}</p>
        <div class="notice no-print" role="note"><p class="body">{session.text("handoff-on-device")}</p></div>

        <section class="summary-actions no-print" aria-labelledby="handoff-share">
            <h2 class="heading-m" id="handoff-share">{session.text("handoff-share")}</h2>
            <div class="button-group">
                <button type="button" class="button" on:click=|_| handoff::print()>{session.text("handoff-print")}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if let Err(e) = handoff::download(&json_name, "application/json", &json) {
                        log::error!("download failed: {e}");
                    }
                }>{session.text("handoff-download-json")}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if let Err(e) = handoff::download(&text_name, "text/plain;charset=utf-8", &text_for_download) {
                        log::error!("download failed: {e}");
                    }
                }>{session.text("handoff-download-text")}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let text = text.clone();
                    leptos::task::spawn_local(async move {
                        copied.set(Some(handoff::copy(&text).await));
                    });
                }>{session.text("handoff-copy")}</button>
            </div>
            <p class="body" role="status">{move || match copied.get() {
                Some(true) => session.text("handoff-copied"),
                Some(false) => session.text("handoff-copy-failed"),
                None => String::new(),
            }}</p>
            <p class="body"><a class="link" href=mailto>{session.text("handoff-email")}</a></p>
            <p class="hint">{session.text("handoff-email-hint")}</p>
        </section>
        // Kiosk only: once printed or scanned, wipe for the next person.
        <FinishAndClear/>

        {qr_code.map(|code| {
            let size = code.view_box.to_string();
            let view_box = format!("0 0 {size} {size}");
            view! {
                <section class="qr summary-section" aria-labelledby="handoff-qr">
                    <h2 class="heading-m" id="handoff-qr">{session.text("handoff-qr")}</h2>
                    <p class="body no-print">{session.text("handoff-qr-hint")}</p>
                    <svg class="qr__code" viewBox=view_box width="240" height="240"
                        role="img" aria-labelledby="handoff-qr-label" shape-rendering="crispEdges"
                        data-complete=qr.complete.to_string()>
                        <title id="handoff-qr-label">{session.text("handoff-qr-label")}</title>
                        <rect width=size.clone() height=size fill="#fff"/>
                        <path d=code.path fill="#000"/>
                    </svg>
                    {(!qr.complete).then(|| view! { <p class="body"><strong>{session.text("summary-qr-part")}</strong></p> })}
                </section>
            }
        })}

        <AdviserNotesBox notes=summary.adviser_notes.clone()/>
        <DocumentView document=document/>
    }
}
