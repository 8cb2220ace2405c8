//! The referral pages: consent first, then (for the groups agreed to) contact details, the
//! area, their own words, income and spending in the shape of the Standard Financial
//! Statement, and their debts. Each page opens through [`Here::open`] (its guard and links
//! are the flow's, `crate::referral::flow`), keeps what is typed in a draft that survives a
//! language switch, and saves to `Session::referral` on Continue.

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
use crate::referral::flow::{self, FlowState, Page};
use crate::referral::forms::{FormError, Limit};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

/// A referral page the person may see, and the flow's state when it opened.
#[derive(Clone, Copy)]
pub struct Here {
    pub page: Page,
    pub state: FlowState,
}

impl Here {
    /// Opens `page`, or (`Err`) a redirect to where the person belongs instead: where they are
    /// in the questions until their outcome is a referral, then the flow's guard.
    pub fn open(session: &Session, page: Page) -> Result<Here, AnyView> {
        if let Some(to) = outside_referral(session) {
            return Err(redirect(to));
        }
        // Opened from the summary to change something (`?change=1`).
        let changing = use_query_map().with_untracked(|q| q.get("change").is_some());
        let state = session
            .referral
            .with_untracked(|d| FlowState::of(d, changing));
        match flow::guard(page, &state) {
            Some(to) => Err(redirect(to.href())),
            None => Ok(Here { page, state }),
        }
    }

    /// The Back link's URL.
    pub fn back(&self) -> String {
        flow::back(self.page, &self.state)
            .map(|l| l.href())
            .unwrap_or_default()
    }

    /// Where Continue goes (for a page whose saving does not change the way on).
    pub fn next(&self) -> String {
        flow::next(self.page, &self.state).href()
    }

    /// A link to `page` that keeps `?change=1`.
    pub fn link(&self, page: Page) -> String {
        self.state.link(page).href()
    }
}

/// Where the person belongs until their outcome is a referral: the outcome page, or where
/// they are in the questions.
fn outside_referral(session: &Session) -> Option<String> {
    session.evaluation.with_untracked(|ev| match ev {
        Ok(e) => match e.outcome().and_then(|o| session.content.outcome(o)) {
            Some(o) if o.tier.is_referral() => None,
            Some(_) => Some(routes::OUTCOME.to_owned()),
            None => Some(routes::step_url(&e.step, false)),
        },
        Err(_) => Some(routes::START.to_owned()),
    })
}

/// Replaces the page with a redirect (not kept in the browser's history).
pub fn redirect(to: String) -> AnyView {
    view! { <Redirect path=to options=NavigateOptions { replace: true, ..Default::default() }/> }
        .into_any()
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
