//! The referral pages: consent first, then (for the groups agreed to) contact details, the
//! area, their own words, income and spending in the shape of the Standard Financial
//! Statement, and their debts. Each page guards itself, keeps what is typed in a draft that
//! survives a language switch, and saves to `Session::referral` on Continue.

pub mod adviser_notes;
pub mod area;
pub mod consent;
pub mod contact;
pub mod debts;
pub mod money;
pub mod what_matters;

use crate::app::components::error_summary::ErrorItem;
use crate::app::routes;
use crate::app::state::{set_title, Session};
use crate::engine::referral::{ConsentGroup, Finances};
use crate::referral::forms::{FormError, Limit};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

/// Where the person belongs instead of this page, if anywhere: where they are in the questions
/// until their outcome is a referral, the consent page until they have answered it, and the
/// summary for a page of a group they declined.
pub fn redirect_for(
    session: &Session,
    group: Option<ConsentGroup>,
    needs_consent: bool,
) -> Option<String> {
    let here = session.evaluation.with_untracked(|ev| match ev {
        Ok(e) => match e.outcome().and_then(|o| session.content.outcome(o)) {
            Some(o) if o.tier.is_referral() => None,
            Some(_) => Some(routes::OUTCOME.to_owned()),
            None => Some(routes::step_url(&e.step, false)),
        },
        Err(_) => Some(routes::START.to_owned()),
    });
    if here.is_some() || !needs_consent {
        return here;
    }
    session.referral.with_untracked(|d| match &d.consent {
        None => Some(routes::REFERRAL_CONSENT.to_owned()),
        Some(c) if group.is_some_and(|g| !c.allows(g)) => Some(routes::REFERRAL_SUMMARY.to_owned()),
        Some(_) => None,
    })
}

/// Replaces the page with a redirect (not kept in the browser's history).
pub fn redirect(to: String) -> AnyView {
    view! { <Redirect path=to options=NavigateOptions { replace: true, ..Default::default() }/> }
        .into_any()
}

/// Whether the page was opened from the summary to change something (`?change=1`).
pub fn use_changing() -> bool {
    let query = use_query_map();
    query.with_untracked(|q| q.get("change").is_some())
}

/// The page after the last one of a money or contact step: the summary when changing.
pub fn or_summary(changing: bool, next: &str) -> String {
    if changing {
        routes::REFERRAL_SUMMARY.to_owned()
    } else {
        next.to_owned()
    }
}

/// The page before the debts: the last money page the person filled in.
pub fn before_debts(session: &Session) -> &'static str {
    session.referral.with_untracked(|d| match &d.finances {
        Some(Finances::Quick { .. }) => routes::REFERRAL_MONEY_QUICK,
        Some(Finances::Detailed { .. }) => routes::REFERRAL_MONEY_FLEXIBLE,
        None => routes::REFERRAL_MONEY,
    })
}

/// Whether the person agreed to share a group (false before they answered).
pub fn allows(session: &Session, group: ConsentGroup) -> bool {
    session
        .referral
        .with_untracked(|d| d.consent.as_ref().is_some_and(|c| c.allows(group)))
}

/// A page's errors, as (field id, message in the person's language), in page order.
#[derive(Clone, Copy)]
pub struct Errors(RwSignal<Vec<(String, String)>>);

impl Errors {
    pub fn new() -> Errors {
        Errors(RwSignal::new(Vec::new()))
    }

    /// Shows `errors` and puts "Error: " in the page title.
    pub fn show(&self, session: &Session, title: &str, errors: Vec<FormError>) {
        let shown = errors
            .into_iter()
            .map(|e| {
                let args = match e.limit {
                    Some(Limit::Money(p)) => {
                        vec![(
                            "limit",
                            session.t.with_value(|t| crate::words::display::money(t, p)),
                        )]
                    }
                    Some(Limit::Chars(n)) => vec![("limit", n.to_string())],
                    None => Vec::new(),
                };
                (e.field.to_owned(), session.text_with(e.message, &args))
            })
            .collect();
        self.0.set(shown);
        set_title(session, title, true);
    }

    pub fn clear(&self) {
        self.0.set(Vec::new());
    }

    /// The message for one field, for its inline error.
    pub fn field(&self, id: &str) -> Signal<Option<String>> {
        let s = self.0;
        let id = id.to_owned();
        Signal::derive(move || s.with(|e| e.iter().find(|(f, _)| f == &id).map(|(_, m)| m.clone())))
    }

    /// Every error, for the error summary at the top of the page.
    pub fn items(&self) -> Signal<Vec<ErrorItem>> {
        let s = self.0;
        Signal::derive(move || {
            s.with(|e| {
                e.iter()
                    .map(|(f, m)| ErrorItem {
                        message: m.clone(),
                        target: f.clone(),
                    })
                    .collect()
            })
        })
    }
}

impl Default for Errors {
    fn default() -> Self {
        Errors::new()
    }
}

/// Yes and No, for a yes/no radio group.
pub fn yes_no_options(session: &Session) -> Vec<(String, String, Option<String>)> {
    vec![
        ("yes".into(), session.text("yes"), None),
        ("no".into(), session.text("no"), None),
    ]
}
