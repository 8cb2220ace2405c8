//! The staff page (`/staff`, linked from no public page): the kiosk's anonymous demand
//! figures by week (charts with tables, `components/weekly_charts.rs`) and by day (a table),
//! a CSV download for the consortium, and a way to delete them.

use crate::app::components::weekly_charts::WeeklyCharts;
use crate::app::handoff;
use crate::app::state::{set_title, today, use_session, Session};
use crate::app::tally_store;
use crate::engine::model::Tier;
use crate::engine::tally::{DayTally, Tallies};
use crate::words::display::long_date;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many needs a day's row names.
const TOP_NEEDS: usize = 3;

/// The route `/staff`.
#[component]
pub fn StaffPage() -> impl IntoView {
    let session = use_session();
    let title = session.text("staff-title");
    set_title(&session, &title, false);
    let tallies = RwSignal::new(Tallies::default());
    // The figures come from IndexedDB, which answers later: until then the page says nothing
    // about them rather than "no figures".
    let loaded = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let read = tally_store::read().await;
        tallies.try_set(read);
        loaded.try_set(true);
    });
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);

    let download = move |_| {
        let csv = tallies.with_untracked(|t| t.to_csv(session.content));
        let name = format!("signpost-figures-{}.csv", today());
        if let Err(e) = handoff::download(&name, "text/csv;charset=utf-8", &csv) {
            log::error!("download failed: {e}");
        }
    };
    let ask = move |_| {
        confirming.set(true);
        // The question replaces the buttons; focus goes to it so nobody is left on nothing.
        request_animation_frame(|| focus_by_id("staff-delete-title"));
    };
    let delete = move |_| {
        leptos::task::spawn_local(tally_store::write(Tallies::default()));
        tallies.set(Tallies::default());
        confirming.set(false);
        deleted.set(true);
        request_animation_frame(|| focus_by_id("staff-deleted"));
    };
    let keep = move |_| {
        confirming.set(false);
        request_animation_frame(|| focus_by_id("staff-delete-button"));
    };

    view! {
        <h1 class="heading-l">{title}</h1>
        <p class="body-l">{session.text("staff-lead")}</p>
        <p class="body">{session.text("staff-what-is-kept")}</p>
        // Members open referral summaries on a page the person's journey does not link to.
        <p class="body"><a class="link" href=crate::app::routes::OPEN_REFERRAL>{session.text("open-staff-link")}</a></p>
        <div role="status">
            {move || deleted.get().then(|| view! {
                <p class="body staff-notice" id="staff-deleted" tabindex="-1">{session.text("staff-deleted")}</p>
            })}
        </div>
        {move || {
            if !loaded.get() {
                return ().into_any();
            }
            if tallies.with(Tallies::is_empty) {
                return (!deleted.get()).then(|| view! { <p class="body">{session.text("staff-none")}</p> }).into_any();
            }
            let table = tallies.with(|t| view! { <FiguresTable tallies=t.clone()/> });
            let weekly = tallies.with(|t| view! { <WeeklyCharts tallies=t.clone()/> });
            let actions = if confirming.get() {
                view! {
                    <div class="staff-confirm">
                        <h2 class="heading-m" id="staff-delete-title" tabindex="-1">{session.text("staff-delete-title")}</h2>
                        <p class="body">{session.text("staff-delete-body")}</p>
                        <div class="button-group">
                            <button type="button" class="button button--warning" on:click=delete>{session.text("staff-delete-yes")}</button>
                            <button type="button" class="button button--secondary" on:click=keep>{session.text("staff-delete-no")}</button>
                        </div>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="button-group">
                        <button type="button" class="button" on:click=download>{session.text("staff-download")}</button>
                        <button type="button" class="button button--warning" id="staff-delete-button" on:click=ask>{session.text("staff-delete")}</button>
                    </div>
                }
                .into_any()
            };
            // The actions come first: staff mostly come to download, and the charts are long.
            view! { {actions} {weekly} {table} }.into_any()
        }}
    }
}

/// One row a day, newest first: the count for each tier and the day's commonest needs.
#[component]
fn FiguresTable(tallies: Tallies) -> impl IntoView {
    let session = use_session();
    let rows = tallies
        .days
        .iter()
        .rev()
        .map(|(day, t)| {
            let date = session.t.with_value(|tr| long_date(tr, *day));
            let counts = Tier::ALL
                .iter()
                .map(|tier| {
                    let n = t.tiers.get(tier).copied().unwrap_or(0);
                    view! { <td class="table__cell table__cell--numeric">{n.to_string()}</td> }
                })
                .collect_view();
            let needs = top_needs(&session, t)
                .into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{date}</th>
                    {counts}
                    <td class="table__cell"><ul class="list staff-needs">{needs}</ul></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Seven columns do not fit a phone: the table scrolls sideways in its own region,
        // which keyboard users can reach.
        <div class="table-scroll" role="region" aria-labelledby="staff-caption" tabindex="0">
            <table class="table staff-table">
                <caption class="table__caption heading-m" id="staff-caption">{session.text("staff-table-caption")}</caption>
                <thead>
                    <tr class="table__row">
                        <th scope="col" class="table__header">{session.text("staff-date")}</th>
                        {Tier::ALL.iter().map(|tier| view! {
                            <th scope="col" class="table__header table__header--numeric">{session.text(&format!("tier-{}", tier.as_str()))}</th>
                        }).collect_view()}
                        <th scope="col" class="table__header">{session.text("staff-top-needs")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The day's commonest needs with their counts, in the person's language.
fn top_needs(session: &Session, t: &DayTally) -> Vec<String> {
    let mut needs: Vec<_> = t.needs.iter().collect();
    // Most often first; ties in the content's order of urgency, so the list is stable.
    crate::engine::order::sort_by_key(&mut needs, |(f, n)| {
        (std::cmp::Reverse(**n), session.content.urgency_rank(f))
    });
    needs
        .into_iter()
        .take(TOP_NEEDS)
        .map(|(f, n)| {
            let label = session
                .content
                .flag(f)
                .map(|d| session.text(d.label.as_str()))
                .unwrap_or_else(|| f.as_str().to_owned());
            session.text_with(
                "staff-need-count",
                &[("need", label), ("count", n.to_string())],
            )
        })
        .collect()
}

/// Moves focus to the element with this id (also used by the open page, `open_referral.rs`).
pub(crate) fn focus_by_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
