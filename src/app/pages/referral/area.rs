//! `/referral/area`: the town they live in, so the summary can name members that serve it.

use super::{Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::state::{set_title, use_session};
use crate::engine::eligibility::area_choices;
use crate::referral::flow::Page;
use crate::referral::forms::area::{parse_area, AREA_ELSEWHERE, AREA_FIELD, AREA_NOT_SAY};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Radios: each town the consortium's members serve, then "somewhere else" and "rather not say".
#[component]
pub fn ReferralAreaPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::Area) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let navigate = use_navigate();
    let title = session.text("referral-area-title");
    set_title(&session, &title, false);
    let towns = area_choices(session.content);
    // A saved area is shown as chosen; "not say" and "somewhere else" are both saved as none,
    // so neither is preselected when coming back.
    let start = session
        .referral
        .with_untracked(|d| d.area.clone().unwrap_or_default());
    let value = session.form_draft("area:area", move || start);
    let errors = Errors::new();

    let mut options: Vec<(String, String, Option<String>)> =
        towns.iter().map(|t| (t.clone(), t.clone(), None)).collect();
    let divider = options.len();
    options.push((
        AREA_ELSEWHERE.into(),
        session.text("referral-area-elsewhere"),
        None,
    ));
    options.push((
        AREA_NOT_SAY.into(),
        session.text("referral-area-not-say"),
        None,
    ));

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_area(&value.get_untracked(), &towns) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(area) => {
                errors.clear();
                session.referral.update(|d| d.area = area);
                session.drop_form_drafts("area:");
                navigate(&here.next(), Default::default());
            }
        }
    };

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <form novalidate on:submit=on_submit>
            <ChoiceRadios id=AREA_FIELD.to_owned() legend=title heading=true
                hint=session.text("referral-area-hint") divider=divider
                options=options value=value error=errors.field(AREA_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}
