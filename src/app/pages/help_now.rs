//! An outcome shown outside the path: "Get help now" from any page, or an answer such as
//! "I'm not safe" that must show who to call before the questions carry on.

use crate::app::components::guide_card::GuideCard;
use crate::app::components::listen_button::ListenButton;
use crate::app::components::service_card::ServiceCard;
use crate::app::pages::not_found::NotFound;
use crate::app::pages::outcome::OutcomePanel;
use crate::app::routes;
use crate::app::state::{set_title, use_session};
use crate::engine::NodeId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The route `/help/:id`: the safety outcome, or an outcome an option interrupts with. Any
/// other id is not found, so the URL cannot be used to peek at results.
#[component]
pub fn HelpNowPage() -> impl IntoView {
    let session = use_session();
    let params = use_params_map();
    let id = NodeId::new(params.with_untracked(|p| p.get("id").unwrap_or_default()));
    let allowed = session.content.safety_outcome() == Some(&id)
        || session
            .content
            .questions()
            .any(|q| q.options.iter().any(|o| o.interrupt.as_ref() == Some(&id)));
    let Some(outcome) = session.content.outcome(&id).filter(|_| allowed).cloned() else {
        return view! { <NotFound/> }.into_any();
    };
    set_title(&session, &session.text(outcome.title.as_str()), false);
    let steps = outcome
        .next_steps
        .iter()
        .map(|m| session.text(m.as_str()))
        .collect::<Vec<_>>();
    let services = outcome
        .services
        .iter()
        .filter_map(|s| session.content.service(s))
        .filter(|s| session.content.serves_here(s))
        .cloned()
        .collect::<Vec<_>>();
    let guides = outcome
        .guides
        .iter()
        .filter_map(|g| session.content.guide(g).cloned())
        .collect::<Vec<_>>();
    // Carry on where the person is: the next question, or their answers once all are given.
    let carry_on = session.evaluation.with_untracked(|ev| match ev {
        Ok(e) => routes::step_url(&e.step, false),
        Err(_) => routes::START.to_owned(),
    });

    view! {
        <ListenButton root="main-content".to_owned()/>
        <OutcomePanel outcome=outcome.clone()/>
        {(!steps.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-today")}</h2>
            <ol class="list list--number list--today">{steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
        })}
        {(!services.is_empty()).then(|| view! {
            <h2 class="heading-m">{session.text("outcome-services")}</h2>
            <ul class="list services">{services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}</ul>
        })}
        {guides.into_iter().map(|g| view! { <GuideCard guide=g/> }).collect_view()}
        <p class="body">{session.text("safety-carry-on-hint")}</p>
        <a href=carry_on class="button" role="button">{session.text("safety-carry-on")}</a>
    }
    .into_any()
}
