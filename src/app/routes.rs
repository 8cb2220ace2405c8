//! The app's URLs, one per step, so the browser's Back and Forward work as people expect.

use crate::engine::{NodeId, Step};

pub const START: &str = "/";
pub const CHECK_ANSWERS: &str = "/check-answers";
pub const OUTCOME: &str = "/outcome";

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
