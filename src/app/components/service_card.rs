//! A service from the directory and how to contact it.

use crate::app::state::use_session;
use crate::engine::model::{Channel, Service};
use leptos::prelude::*;

/// A service's name, what it does, who it is for, its contacts and opening hours. Made-up
/// services from an example directory say so, and their contacts are not links, so nobody
/// tries to call them.
#[component]
pub fn ServiceCard(service: Service) -> impl IntoView {
    let session = use_session();
    let example = service.example;
    let contacts = service
        .contacts
        .iter()
        .map(|c| {
            let href = c.href().unwrap_or_default();
            let text = match c.channel {
                Channel::Text => {
                    session.text_with("service-contact-text", &[("number", c.value.clone())])
                }
                _ => c.value.clone(),
            };
            if href.is_empty() || example {
                view! { <li>{text}</li> }.into_any()
            } else {
                view! { <li><a class="link" href=href>{text}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <li class="service">
            <h3 class="heading-s">{service.name.clone()}</h3>
            {example.then(|| view! { <p><strong class="tag tag--example">{session.text("service-example")}</strong></p> })}
            <p class="body">{session.text(service.description.as_str())}</p>
            {service.eligibility.as_ref().map(|e| view! { <p class="body">{session.text(e.as_str())}</p> })}
            <ul class="list service__contacts">{contacts}</ul>
            {service.hours.as_ref().map(|h| view! { <p class="hint">{session.text(h.as_str())}</p> })}
        </li>
    }
}
