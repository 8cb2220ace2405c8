//! The app's URLs, one per step, so the browser's Back and Forward work as people expect.

use crate::engine::{NodeId, Step};

pub const START: &str = "/";
pub const CHECK_ANSWERS: &str = "/check-answers";
pub const OUTCOME: &str = "/outcome";
/// What quick exit does and cannot hide; linked from the exit button and the footer.
pub const STAYING_SAFE: &str = "/staying-safe-online";
/// "Are you sure?" before deleting every answer; linked from every page's footer.
pub const DELETE_ANSWERS: &str = "/delete-my-answers";
/// After deleting: "Your answers have been deleted".
pub const ANSWERS_DELETED: &str = "/delete-my-answers/done";

/// `/help/<id>`: an outcome shown outside the path (the safety page, or an interrupt).
pub fn help_url(id: &NodeId) -> String {
    format!("/help/{id}")
}

/// `/questions/<id>`, with `?change=1` while changing an answer from Check your answers.
pub fn question_url(id: &NodeId, changing: bool) -> String {
    if changing {
        format!("/questions/{id}?change=1")
    } else {
        format!("/questions/{id}")
    }
}

/// Where a step is shown: its question, or Check your answers once the path has ended.
pub fn step_url(step: &Step, changing: bool) -> String {
    match step {
        Step::Question(id) => question_url(id, changing),
        Step::Outcome(_) => CHECK_ANSWERS.to_owned(),
    }
}

// The referral pages, only when the outcome hands the person to an adviser.
pub const REFERRAL_CONSENT: &str = "/referral/consent";
pub const REFERRAL_CONTACT: &str = "/referral/contact";
pub const REFERRAL_AREA: &str = "/referral/area";
pub const REFERRAL_WHAT_MATTERS: &str = "/referral/what-matters";
pub const REFERRAL_MONEY: &str = "/referral/money";
pub const REFERRAL_MONEY_QUICK: &str = "/referral/money/quick";
pub const REFERRAL_MONEY_INCOME: &str = "/referral/money/income";
pub const REFERRAL_MONEY_FIXED: &str = "/referral/money/fixed-costs";
pub const REFERRAL_MONEY_FLEXIBLE: &str = "/referral/money/flexible-costs";
pub const REFERRAL_DEBTS: &str = "/referral/debts";
pub const REFERRAL_DEBT_ADD: &str = "/referral/debts/add";
pub const REFERRAL_SUMMARY: &str = "/referral/summary";
/// Adviser mode: the adviser's notes, from the summary.
pub const REFERRAL_ADVISER_NOTES: &str = "/referral/adviser-notes";

/// `/referral/debts/<n>`: the nth debt (from 1), to change it.
pub fn debt_url(n: usize) -> String {
    format!("/referral/debts/{n}")
}

/// `/referral/debts/<n>/remove`: asks before removing the nth debt (from 1).
pub fn debt_remove_url(n: usize) -> String {
    format!("/referral/debts/{n}/remove")
}

/// A referral page's URL, with `?change=1` while changing something from the summary.
pub fn changing(url: &str, changing: bool) -> String {
    if changing {
        format!("{url}?change=1")
    } else {
        url.to_owned()
    }
}
