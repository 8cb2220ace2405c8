//! The outcome: what the answers mean, what to do next, guides and who can help.

use crate::app::routes;
use crate::app::state::{set_title, use_session};
use crate::display::long_date;
use crate::engine::model::{Channel, Guide, Service, Tier};
use leptos::prelude::*;
use leptos_router::components::{Redirect, A};
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
    let title = session.text(outcome.title.as_str());
    set_title(&session, &title, false);
    let tier_class = format!("tag tag--{}", outcome.tier.as_str());
    let tier_text = session.text(&format!("tier-{}", outcome.tier.as_str()));
    let deadlines = evaluation
        .deadlines
        .iter()
        .map(|d| {
            let date = session.t.with_value(|t| long_date(t, d.date));
            session.text_with("deadline", &[("date", date)])
        })
        .collect::<Vec<_>>();
    let steps = outcome
        .next_steps
        .iter()
        .map(|m| session.text(m.as_str()))
        .collect::<Vec<_>>();
    let guides: Vec<Guide> = outcome
        .guides
        .iter()
        .filter_map(|g| session.content.guide(g).cloned())
        .collect();
    let services: Vec<Service> = outcome
        .services
        .iter()
        .filter_map(|s| session.content.service(s).cloned())
        .collect();
    let navigate = use_navigate();
    let urgent = matches!(outcome.tier, Tier::Emergency | Tier::Urgent);

    view! {
        <div class="panel" class:panel--urgent=urgent>
            <strong class=tier_class>{tier_text}</strong>
            <h1 class="heading-l">{title}</h1>
            <p class="body-l">{session.text(outcome.summary.as_str())}</p>
            {deadlines.into_iter().map(|d| view! { <p class="body deadline"><strong>{d}</strong></p> }).collect_view()}
        </div>
        {(!steps.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-next-steps")}</h2>
            <ol class="list list--number">{steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
        })}
        {(!guides.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-guides")}</h2>
            {guides.into_iter().map(|g| view! { <GuideCard guide=g/> }).collect_view()}
        })}
        {(!services.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-services")}</h2>
            <ul class="list services">{services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}</ul>
        })}
        <p class="body"><A href=routes::CHECK_ANSWERS attr:class="link">{session.text("outcome-check-answers")}</A></p>
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

/// A self-help guide: what it is for, its steps, when it was last checked.
#[component]
fn GuideCard(guide: Guide) -> impl IntoView {
    let session = use_session();
    let date = session.t.with_value(|t| long_date(t, guide.last_reviewed));
    let reviewed = session.text_with("outcome-reviewed", &[("date", date)]);
    view! {
        <section class="guide">
            <h3 class="heading-s">{session.text(guide.title.as_str())}</h3>
            <p class="body">{session.text(guide.summary.as_str())}</p>
            <ol class="list list--number">
                {guide.steps.iter().map(|s| view! { <li>{session.text(s.as_str())}</li> }).collect_view()}
            </ol>
            <p class="hint">{reviewed}</p>
        </section>
    }
}

/// A service and how to contact it.
#[component]
fn ServiceCard(service: Service) -> impl IntoView {
    let session = use_session();
    let contacts = service
        .contacts
        .iter()
        .map(|c| {
            let href = match c.channel {
                Channel::Phone => format!("tel:{}", c.value.replace(' ', "")),
                Channel::Email => format!("mailto:{}", c.value),
                Channel::Website if c.value.starts_with("http") => c.value.clone(),
                Channel::Website => format!("https://{}", c.value),
                Channel::Visit => String::new(),
            };
            let text = c.value.clone();
            if href.is_empty() {
                view! { <li>{text}</li> }.into_any()
            } else {
                view! { <li><a class="link" href=href>{text}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <li class="service">
            <h3 class="heading-s">{service.name.clone()}</h3>
            <p class="body">{session.text(service.description.as_str())}</p>
            <ul class="list service__contacts">{contacts}</ul>
            {service.hours.as_ref().map(|h| view! { <p class="hint">{session.text(h.as_str())}</p> })}
        </li>
    }
}
