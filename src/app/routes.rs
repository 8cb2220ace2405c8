//! The app's URLs, one per step, so the browser's Back and Forward work as people expect.

use crate::engine::{NodeId, Step};
// The outcome page and Check your answers are linked from the referral flow, so their URLs
// are the flow's (as are the referral pages', in `crate::referral::flow`).
pub use crate::referral::flow::{CHECK_ANSWERS, OUTCOME};

pub const START: &str = "/";
/// What quick exit does and cannot hide; linked from the exit button and the footer.
pub const STAYING_SAFE: &str = "/staying-safe-online";
/// "Are you sure?" before deleting every answer; linked from every page's footer.
pub const DELETE_ANSWERS: &str = "/delete-my-answers";
/// The printed leaflet; a kiosk's start page links to it.
pub const LEAFLET: &str = "/leaflet";
/// After deleting: "Your answers have been deleted".
pub const ANSWERS_DELETED: &str = "/delete-my-answers/done";

/// Where a member opens a referral summary someone hands over; linked from the staff page
/// only, never from the person's journey.
pub const OPEN_REFERRAL: &str = "/open-a-referral";

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
