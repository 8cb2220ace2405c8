//! The results: what the answers mean, what to do today, a guide for each need in order of
//! urgency, and who can help.

use crate::app::components::finish_and_clear::FinishAndClear;
use crate::app::components::guide_card::GuideCard;
use crate::app::components::listen_button::ListenButton;
use crate::app::components::service_card::ServiceCard;
use crate::app::components::step_source::StepSourceNote;
use crate::app::components::why_outcome::WhyOutcome;
use crate::app::routes;
use crate::app::state::{set_title, use_session, Session};
use crate::engine::evaluate::Deadline;
use crate::engine::model::{Guide, Outcome, Service, Tier};
use crate::engine::plan::plan;
use crate::referral::flow;
use crate::words::display::long_date;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// The result page for the path the answers took.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let session = use_session();
    let ev = session.evaluation.get_untracked();
    let (evaluation, outcome) = match ev.as_ref().ok().and_then(|e| e.outcome().map(|o| (e, o))) {
        Some((e, o)) => match session.content.outcome(o) {
            Some(outcome) => (e.clone(), outcome.clone()),
            None => return view! { <Redirect path=routes::START/> }.into_any(),
        },
        None => {
            let to = ev
                .as_ref()
                .map(|e| routes::step_url(&e.step, false))
                .unwrap_or_else(|_| routes::START.to_owned());
            return view! { <Redirect path=to options=NavigateOptions { replace: true, ..Default::default() }/> }.into_any();
        }
    };
    let plan = plan(session.content, &outcome, &evaluation);
    let title = session.text(outcome.title.as_str());
    set_title(&session, &title, false);
    let deadlines = plan
        .deadlines
        .iter()
        .map(|d| deadline_text(&session, d))
        .collect::<Vec<_>>();
    let today = plan
        .today
        .iter()
        .map(|m| (session.text(m.as_str()), m.clone()))
        .collect::<Vec<_>>();
    let guides: Vec<Guide> = plan
        .guides
        .iter()
        .filter_map(|g| session.content.guide(g).cloned())
        .collect();
    let services: Vec<Service> = plan
        .services
        .iter()
        .filter_map(|s| session.content.service(s).cloned())
        .collect();
    let navigate = use_navigate();
    let why = {
        let evaluation = evaluation.clone();
        move || {
            crate::app::adviser::on(&session)
                .then(|| view! { <WhyOutcome evaluation=evaluation.clone()/> })
        }
    };

    view! {
        <ListenButton root="main-content".to_owned()/>
        <OutcomePanel outcome=outcome.clone() deadlines=deadlines/>
        {(!today.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-today")}</h2>
            <ol class="list list--number list--today">{today.into_iter().map(|(s, m)| view! { <li>{s}<StepSourceNote step=m/></li> }).collect_view()}</ol>
        })}
        {outcome.tier.is_referral().then(|| view! { <ReferralStart/> })}
        {(!guides.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-guides")}</h2>
            {guides.into_iter().enumerate().map(|(i, g)| view! { <GuideCard guide=g open={i == 0}/> }).collect_view()}
        })}
        {(!services.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-services")}</h2>
            <ul class="list services">{services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}</ul>
        })}
        // Adviser mode only.
        {why}
        // Kiosk only: Print, then wipe for the next person.
        <FinishAndClear print=true/>
        <p class="body"><a href=routes::CHECK_ANSWERS class="link">{session.text("outcome-check-answers")}</a></p>
        <p class="body">
            <a href=routes::START class="link" on:click=move |ev| {
                ev.prevent_default();
                session.clear();
                navigate(routes::START, Default::default());
            }>{session.text("outcome-start-again")}</a>
        </p>
    }
    .into_any()
}

/// For an outcome that hands the person to an adviser: what a referral summary is, and a way
/// to make one.
#[component]
fn ReferralStart() -> impl IntoView {
    let session = use_session();
    view! {
        <section class="referral-start" aria-labelledby="referral-start-title">
            <h2 class="heading-m" id="referral-start-title">{session.text("referral-start-title")}</h2>
            <p class="body">{session.text("referral-start-body")}</p>
            <a href=flow::CONSENT class="button button--start" role="button" draggable="false">
                {session.text("referral-start-button")}
                <svg class="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
                </svg>
            </a>
        </section>
    }
}

/// "Court date: 25 November 2026", or "Date to act by: …" for a question without a label.
fn deadline_text(session: &Session, d: &Deadline) -> String {
    // No-break spaces: "8 December 2026" never wraps between the day and the month.
    let date = session
        .t
        .with_value(|t| long_date(t, d.date))
        .replace(' ', "\u{a0}");
    match session
        .content
        .question(&d.question)
        .and_then(|q| q.deadline_label())
    {
        Some(label) => session.text_with(
            "deadline-named",
            &[("label", session.text(label.as_str())), ("date", date)],
        ),
        None => session.text_with("deadline", &[("date", date)]),
    }
}

/// The coloured panel at the top of a result: tier, heading, summary and dates to act by.
#[component]
pub fn OutcomePanel(outcome: Outcome, #[prop(optional)] deadlines: Vec<String>) -> impl IntoView {
    let session = use_session();
    let tier_class = format!("tag tag--{}", outcome.tier.as_str());
    let tier_text = session.text(&format!("tier-{}", outcome.tier.as_str()));
    let urgent = matches!(outcome.tier, Tier::Emergency | Tier::Urgent);
    view! {
        <div class="panel" class:panel--urgent=urgent>
            <strong class=tier_class>{tier_text}</strong>
            <h1 class="heading-l">{session.text(outcome.title.as_str())}</h1>
            <p class="body-l">{session.text(outcome.summary.as_str())}</p>
            {(!deadlines.is_empty()).then(|| view! {
                <h2 class="heading-s">{session.text("outcome-dates")}</h2>
                <ul class="list deadlines">
                    {deadlines.into_iter().map(|d| view! { <li class="deadline"><strong>{d}</strong></li> }).collect_view()}
                </ul>
            })}
        </div>
    }
}
