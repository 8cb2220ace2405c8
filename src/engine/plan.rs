//! The results page's plan: when several needs apply, one page that puts them in order of
//! urgency with today's actions first. Pure: built from the content and an evaluation.
//!
//! - Guides: the outcome's own guides, plus every guide whose `needs` names a flag the path
//!   raised. They are ordered by the most urgent flag they answer, as `flags.json` lists
//!   flags most urgent first; a guide the outcome lists without a raised flag comes after
//!   those, in the outcome's order.
//! - Today: the outcome's next steps (its authors put today's actions first), then the
//!   `today` actions of the most urgent guides ([`TODAY_GUIDES`]), each said once. A long
//!   list helps nobody who is stressed; every guide still lists its own actions.
//! - Services: the outcome's, then those of the same most urgent guides, each listed once,
//!   leaving out services only for another nation (`settings.json` "nation").

use crate::engine::evaluate::{Deadline, Evaluation};
use crate::engine::ids::{GuideId, MessageId, ServiceId};
use crate::engine::model::{Content, Outcome};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub today: Vec<MessageId>,
    pub guides: Vec<GuideId>,
    pub services: Vec<ServiceId>,
    /// Dates to act by, earliest first.
    pub deadlines: Vec<Deadline>,
}

/// How many guides, most urgent first, add their actions and services to the top of the page.
pub const TODAY_GUIDES: usize = 3;

pub fn plan(content: &Content, outcome: &Outcome, evaluation: &Evaluation) -> Plan {
    // (rank, position in the outcome's list or after it, guide index) sorts stably.
    let mut ranked: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in content.guides.iter().enumerate() {
        if g.not_for.iter().any(|f| evaluation.flags.contains(f)) {
            continue;
        }
        let listed = outcome.guides.iter().position(|x| x == &g.id);
        let also = g.also_needs_one_of.is_empty()
            || g.also_needs_one_of
                .iter()
                .any(|f| evaluation.flags.contains(f));
        let rank = g
            .needs
            .iter()
            .filter(|f| also && evaluation.flags.contains(*f))
            .map(|f| content.urgency_rank(f))
            .min();
        match (rank, listed) {
            (Some(r), l) => ranked.push((r, l.unwrap_or(usize::MAX), gi)),
            (None, Some(l)) => ranked.push((usize::MAX, l, gi)),
            (None, None) => {}
        }
    }
    crate::engine::order::sort(&mut ranked);
    let guides: Vec<&crate::engine::model::Guide> = ranked
        .iter()
        .map(|&(_, _, gi)| &content.guides[gi])
        .collect();

    let mut today: Vec<MessageId> = Vec::new();
    for m in outcome.next_steps.iter().chain(
        guides
            .iter()
            .take(TODAY_GUIDES)
            .flat_map(|g| g.today.iter()),
    ) {
        if !today.contains(m) {
            today.push(m.clone());
        }
    }
    let mut services: Vec<ServiceId> = Vec::new();
    for s in outcome.services.iter().chain(
        guides
            .iter()
            .take(TODAY_GUIDES)
            .flat_map(|g| g.services.iter()),
    ) {
        let here = content.service(s).is_none_or(|x| content.serves_here(x));
        if here && !services.contains(s) {
            services.push(s.clone());
        }
    }
    Plan {
        today,
        guides: guides.iter().map(|g| g.id.clone()).collect(),
        services,
        deadlines: evaluation.deadlines.clone(),
    }
}
