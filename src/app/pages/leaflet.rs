//! The printed leaflet (`/leaflet`): "Worried about money?" on two A4 sides, from the same
//! content and directory as the app (`words::leaflet`). A kiosk's start page links to it.

use crate::app::state::{set_title, use_session};
use crate::referral::qr::qr_svg;
use crate::words::leaflet::{leaflet, Line};
use leptos::prelude::*;

/// One list of services under a situation: local members or national helplines.
fn lines(heading: String, list: Vec<Line>, example: String) -> impl IntoView {
    (!list.is_empty()).then(|| {
        view! {
            <h3>{heading}</h3>
            <ul class="leaflet__lines">
                {list.into_iter().map(|l| {
                    let contact = if l.href.is_empty() {
                        view! { <span>{l.contact}</span> }.into_any()
                    } else {
                        view! { <a href=l.href>{l.contact}</a> }.into_any()
                    };
                    let label = l.example.then(|| view! { <span class="leaflet__example">{example.clone()}</span> });
                    view! { <li data-service=l.service><span class="leaflet__name">{l.name}</span>" "{contact}" "{label}</li> }
                }).collect_view()}
            </ul>
        }
    })
}

/// The route `/leaflet`: the leaflet in the page's language, with a Print button.
#[component]
pub fn LeafletPage() -> impl IntoView {
    let session = use_session();
    let Some(v) = session.t.with_value(|t| leaflet(t, session.content)) else {
        return view! { <crate::app::pages::not_found::NotFound/> }.into_any();
    };
    set_title(&session, &session.text("leaflet-page-title"), false);
    let url = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map(|o| format!("{o}/"))
        .unwrap_or_default();
    let qr = qr_svg(&url).ok().map(|q| {
        let vb = format!("0 0 {0} {0}", q.view_box);
        view! {
            <svg class="leaflet__qr" viewBox=vb aria-hidden="true" focusable="false" shape-rendering="crispEdges">
                <rect width=q.view_box height=q.view_box fill="#fff"/>
                <path d=q.path fill="#000"/>
            </svg>
        }
    });
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let situations = v
        .situations
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let (id, labelled_by) = (format!("situation-{i}"), format!("situation-{i}"));
            view! {
                <section class="leaflet__situation" aria-labelledby=labelled_by>
                    <h2 id=id>{s.title}</h2>
                    <p class="leaflet__helps"><span class="leaflet__name">{format!("{}:", v.what_helps)}</span>" "{s.helps}</p>
                    {lines(v.local.clone(), s.local, v.example.clone())}
                    {lines(v.national.clone(), s.national, v.example.clone())}
                </section>
            }
        })
        .collect_view();
    let first = (!v.first.is_empty()).then(|| {
        view! {
            <section class="leaflet__danger" aria-labelledby="leaflet-danger">
                <h2 id="leaflet-danger">{v.danger_heading}</h2>
                {v.first.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </section>
        }
    });
    view! {
        <div class="button-group">
            <button type="button" class="button" on:click=print>{session.text("leaflet-print")}</button>
        </div>
        <article class="leaflet">
            <h1 class="leaflet__title">{v.title}</h1>
            <p class="leaflet__intro">{v.intro}</p>
            {first}
            <div class="leaflet__situations">{situations}</div>
            <div class="leaflet__scan">
                {qr}
                <div>
                    <p>{v.scan}</p>
                    <p class="leaflet__url">{url.clone()}</p>
                </div>
            </div>
        </article>
    }
    .into_any()
}
