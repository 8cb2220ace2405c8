//! The referral summary: what a consortium member needs, readable, printable on A4, and handed
//! over by print, download, copy, email or QR code without any server. The page shows the
//! same document as the JSON download (`crate::referral::summary`), with English beside the person's
//! language for the receiving adviser.

use crate::app::components::adviser_notes_box::AdviserNotesBox;
use crate::app::components::finish_and_clear::FinishAndClear;
use crate::app::handoff;
use crate::app::pages::referral::Here;
use crate::app::routes;
use crate::app::state::{now_rfc3339, set_title, use_session, Session};
use crate::engine::Date;
use crate::referral::flow::{self, Agreed, Link, Page};
use crate::referral::qr::qr_svg;
use crate::referral::summary::{
    build_summary, email_body, email_subject, plain_text, qr_text, reference_code, ReferralSummary,
    SummaryInput, QR_MAX_BYTES,
};
use crate::words::display::{long_date, money};
use leptos::prelude::*;
use leptos_router::components::{Redirect, A};
use std::sync::Arc;

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
        // One summary shared by the sections, not a copy of it for each.
        {
            let summary = Arc::new(summary);
            view! {
                <Members summary=summary.clone()/>
                <AboutSection summary=summary.clone()/>
                <NeedsSection summary=summary.clone()/>
                <ConsentSection summary=summary.clone()/>
                <ContactSection summary=summary.clone()/>
                <MoneySection summary=summary.clone()/>
                <AnswersSection summary=summary/>
            }
        }
    }
}

/// A label, with the English beside it when the person's language is another.
fn both(label: &str, english: &str) -> AnyView {
    if label == english {
        view! { {label.to_owned()} }.into_any()
    } else {
        view! { {label.to_owned()} " " <span class="english" lang="en-GB">{format!("({english})")}</span> }
            .into_any()
    }
}

/// A row of a summary list.
fn row(key: String, value: AnyView) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

fn text_row(key: String, value: String) -> impl IntoView {
    row(key, view! { {value} }.into_any())
}

/// The Change link for a section collected by `page`: none for a group declined.
fn change_link(summary: &ReferralSummary, page: Page) -> Option<Link> {
    let c = &summary.consent;
    let agreed = Agreed {
        contact: c.contact,
        household_money: c.household_money,
        health_safety: c.health_safety,
    };
    flow::change(page, agreed)
}

/// A section heading with a Change link to the page that collected it.
fn heading_with_change(
    session: &Session,
    id: &str,
    heading: String,
    change: Option<Link>,
) -> AnyView {
    let change_text = session.text("check-change");
    let change = change.map(|link| {
        let href = link.href();
        let hidden = heading.clone();
        view! {
            <A href=href attr:class="link no-print summary-change">
                {change_text}<span class="visually-hidden">{format!(" {hidden}")}</span>
            </A>
        }
    });
    view! {
        <div class="summary-section__header">
            <h2 class="heading-m" id=id.to_owned()>{heading}</h2>
            {change}
        </div>
    }
    .into_any()
}

fn date_text(session: &Session, d: Date) -> String {
    session.t.with_value(|t| long_date(t, d))
}

fn pounds(session: &Session, pence: i64) -> String {
    session.t.with_value(|t| money(t, pence))
}

/// The recommended consortium members, ranked, each with why.
#[component]
fn Members(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let any_example = summary.members.iter().any(|m| m.example);
    view! {
        <section class="summary-section" aria-labelledby="summary-members">
            <h2 class="heading-m" id="summary-members">{session.text("summary-members")}</h2>
            {any_example.then(|| view! { <p class="body"><strong class="tag tag--example">{session.text("summary-example")}</strong></p> })}
            <ol class="list list--number members">
                {summary.members.iter().map(|m| view! {
                    <li class="member">
                        <h3 class="heading-s">{format!("{}: {}", m.organisation, m.name)}</h3>
                        <ul class="list list--bullet">
                            {m.reasons.iter().map(|r| view! { <li>{both(&r.text, &r.text_en)}</li> }).collect_view()}
                        </ul>
                        <ul class="list member__contacts">
                            {m.contacts.iter().map(|c| {
                                let channel = session.text(&format!("summary-channel-{}", c.channel.summary_code()));
                                view! { <li>{format!("{channel}: {}", c.value)}</li> }
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Reference, dates, level of help and the result.
#[component]
fn AboutSection(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let created = Date::parse_iso(summary.created_at.get(..10).unwrap_or_default())
        .map(|d| date_text(&session, d))
        .unwrap_or_else(|| summary.created_at.clone());
    let deadlines = if summary.urgency.deadlines.is_empty() {
        view! { {session.text("summary-no-deadlines")} }.into_any()
    } else {
        view! {
            <ul class="list">
                {summary.urgency.deadlines.iter().map(|d| view! {
                    <li><strong>{date_text(&session, d.date)}</strong>" – "{both(&d.label, &d.label_en)}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="summary-section" aria-labelledby="summary-about">
            <h2 class="heading-m" id="summary-about">{session.text("handoff-about")}</h2>
            <dl class="summary-list">
                {text_row(session.text("summary-reference"), summary.reference.clone())}
                {text_row(session.text("summary-created"), created)}
                {row(session.text("summary-tier"), both(&summary.tier.label, &summary.tier.label_en))}
                {row(session.text("summary-outcome"), both(&summary.outcome.label, &summary.outcome.label_en))}
                {row(session.text("summary-deadlines"), deadlines)}
            </dl>
        </section>
    }
}

/// What they need help with, and their own words.
#[component]
fn NeedsSection(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let change = change_link(&summary, Page::WhatMatters);
    let words = if summary.own_words.trim().is_empty() {
        session.text("check-not-given")
    } else {
        summary.own_words.clone()
    };
    view! {
        <section class="summary-section" aria-labelledby="summary-needs">
            <h2 class="heading-m" id="summary-needs">{session.text("summary-needs")}</h2>
            <ul class="list list--bullet">
                {summary.needs.iter().map(|f| view! { <li>{both(&f.label, &f.label_en)}</li> }).collect_view()}
            </ul>
        </section>
        <section class="summary-section" aria-labelledby="summary-own-words">
            {heading_with_change(&session, "summary-own-words", session.text("summary-own-words"), change)}
            <p class="body own-words">{words}</p>
        </section>
    }
}

/// What they agreed to share, and when.
#[component]
fn ConsentSection(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let c = &summary.consent;
    let shared = |yes: bool| {
        session.text(if yes {
            "summary-shared"
        } else {
            "summary-not-shared"
        })
    };
    let change = change_link(&summary, Page::Consent);
    let recorded = Date::parse_iso(c.recorded_at.get(..10).unwrap_or_default())
        .map(|d| date_text(&session, d))
        .unwrap_or_else(|| c.recorded_at.clone());
    view! {
        <section class="summary-section" aria-labelledby="summary-consent">
            {heading_with_change(&session, "summary-consent", session.text("summary-consent"), change)}
            <dl class="summary-list">
                {text_row(session.text("summary-consent-contact"), shared(c.contact))}
                {text_row(session.text("summary-consent-household-money"), shared(c.household_money))}
                {text_row(session.text("summary-consent-health-safety"), shared(c.health_safety))}
                {text_row(session.text("summary-consent-recorded"), recorded)}
            </dl>
        </section>
    }
}

/// Contact details, only when shared.
#[component]
fn ContactSection(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let change = change_link(&summary, Page::Contact);
    let body = match &summary.contact {
        None => view! { <p class="body">{session.text("summary-not-shared")}</p> }.into_any(),
        Some(c) => {
            let method = c
                .method
                .map(|m| session.text(&format!("summary-method-{}", m.as_str())));
            let message = c
                .leave_message
                .map(|y| session.text(if y { "yes" } else { "no" }));
            let rows: Vec<(&str, Option<String>)> = vec![
                ("summary-name", Some(c.name.clone())),
                ("summary-contact-method", method),
                ("summary-phone", Some(c.phone.clone())),
                ("summary-email", Some(c.email.clone())),
                ("summary-safe-times", Some(c.safe_times.clone())),
                ("summary-leave-message", message),
                ("summary-contact-language", Some(c.language.clone())),
                ("summary-access-needs", Some(c.access_needs.clone())),
                ("summary-area", c.area.clone()),
            ];
            view! {
                <dl class="summary-list">
                    {rows.into_iter().filter_map(|(k, v)| v.filter(|v| !v.trim().is_empty()).map(|v| text_row(session.text(k), v))).collect_view()}
                </dl>
            }
            .into_any()
        }
    };
    view! {
        <section class="summary-section" aria-labelledby="summary-contact">
            {heading_with_change(&session, "summary-contact", session.text("summary-contact"), change)}
            {body}
        </section>
    }
}

/// Household, money in and out each month, and debts, only when shared.
#[component]
fn MoneySection(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let change_money = change_link(&summary, Page::Money);
    let change_debts = change_link(&summary, Page::Debts);
    let household = summary.household.as_ref().map(|h| {
        view! {
            <dl class="summary-list">
                {h.other_adults.map(|n| text_row(session.text("summary-other-adults"), n.to_string()))}
                {h.children.map(|n| text_row(session.text("summary-children"), n.to_string()))}
            </dl>
        }
    });
    let money_view = summary.money.as_ref().map(|m| {
        let (left_key, left) = if m.surplus_pence < 0 {
            ("summary-shortfall", m.surplus_pence.saturating_neg())
        } else {
            ("summary-surplus", m.surplus_pence)
        };
        view! {
            <h3 class="heading-s">{session.text("summary-money-month")}</h3>
            <dl class="summary-list">
                {m.items.iter().map(|i| row(i.label.clone(), view! { {pounds(&session, i.pence)} }.into_any())).collect_view()}
                {text_row(session.text("summary-income"), pounds(&session, m.income_pence))}
                {text_row(session.text("summary-spending"), pounds(&session, m.spending_pence))}
                <div class="summary-list__row summary-list__row--total">
                    <dt class="summary-list__key">{session.text(left_key)}</dt>
                    <dd class="summary-list__value"><strong>{pounds(&session, left)}</strong></dd>
                </div>
            </dl>
        }
    });
    let debts = summary.debts.as_ref().map(|d| {
        if d.items.is_empty() {
            return view! { <p class="body">{session.text("summary-no-debts")}</p> }.into_any();
        }
        view! {
            <dl class="summary-list">
                {d.items.iter().map(|i| {
                    let kind = session.text(if i.priority { "summary-debt-priority" } else { "summary-debt-non-priority" });
                    let arrears = i.arrears_pence.map(|a| format!(" · {}: {}", session.text("summary-debt-arrears"), pounds(&session, a)));
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{both(&i.label, &i.label_en)}<br/><span class="hint">{kind}</span></dt>
                            <dd class="summary-list__value">
                                {format!("{}: {}", session.text("summary-debt-owed-to"), i.owed_to)}<br/>
                                {pounds(&session, i.amount_pence)}{arrears}
                            </dd>
                        </div>
                    }
                }).collect_view()}
                {text_row(session.text("summary-priority-total"), pounds(&session, d.priority_total_pence))}
                {text_row(session.text("summary-non-priority-total"), pounds(&session, d.non_priority_total_pence))}
                <div class="summary-list__row summary-list__row--total">
                    <dt class="summary-list__key">{session.text("summary-debt-total")}</dt>
                    <dd class="summary-list__value"><strong>{pounds(&session, d.total_pence)}</strong></dd>
                </div>
            </dl>
        }
        .into_any()
    });
    view! {
        <section class="summary-section" aria-labelledby="summary-money">
            {heading_with_change(&session, "summary-money", session.text("summary-money"), change_money)}
            {if summary.consent.household_money {
                view! { {household} {money_view} }.into_any()
            } else {
                view! { <p class="body">{session.text("summary-not-shared")}</p> }.into_any()
            }}
        </section>
        {summary.consent.household_money.then(|| view! {
            <section class="summary-section" aria-labelledby="summary-debts">
                {heading_with_change(&session, "summary-debts", session.text("summary-debts"), change_debts)}
                {debts}
            </section>
        })}
    }
}

/// Every question with its answer as shown to the person (and in English).
#[component]
fn AnswersSection(summary: Arc<ReferralSummary>) -> impl IntoView {
    let session = use_session();
    let change = change_link(&summary, Page::CheckAnswers);
    view! {
        <section class="summary-section summary-section--answers" aria-labelledby="summary-answers">
            {heading_with_change(&session, "summary-answers", session.text("summary-answers"), change)}
            <dl class="summary-list">
                {summary.answers.iter().map(|a| {
                    let answer = a.answer.join(", ");
                    let answer_en = a.answer_en.join(", ");
                    row(a.question.clone(), view! {
                        {both(&answer, &answer_en)}
                        {(a.question != a.question_en).then(|| view! { <br/><span class="english" lang="en-GB">{a.question_en.clone()}</span> })}
                    }.into_any())
                }).collect_view()}
            </dl>
        </section>
    }
}
