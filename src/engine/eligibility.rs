//! Who a consortium member can take on, in terms the engine can check: a directory service's
//! optional `"eligible"` (beside its `eligibility` message, which says the same in words).
//!
//! Only two kinds of limit exist, because they are the only facts about the person matching
//! ever sees: the flags their answers raised (`flags_any`: a circumstance such as `carer`,
//! `mental-health` or `pension-age`, or a need) and the area they chose on the referral
//! pages (`areas`). A limit on anything the questions never ask (an age, a gender, a
//! nationality) could never be checked, so validation rejects it and it stays in words only.
//!
//! How a limit is decided, and why, is in [`super::matching`]'s module doc.

use crate::engine::error::ContentError;
use crate::engine::ids::FlagId;
use crate::engine::model::{ConsentGroup, Content, Node};
use crate::engine::problem::{EligibleProblem, FlagUse, Problem};
use std::collections::BTreeSet;

// A member's limits are part of the content model (a service carries them); the checks
// on them live here.
pub use crate::engine::model::Eligible;

const NATIONS: [&str; 5] = [
    "England",
    "Wales",
    "Scotland",
    "Northern Ireland",
    "United Kingdom",
];

/// The towns and areas the consortium's members serve (the directory's services, those with
/// a membership), each once, sorted, without nation names. The area page offers these, and
/// validation and matching check a member's `areas` against the same list: so it is the
/// engine's, not the area page form's (the engine does not depend on the forms).
pub fn area_choices(content: &Content) -> Vec<String> {
    let mut areas: Vec<String> = content
        .services
        .iter()
        .filter(|s| s.membership.is_some())
        .flat_map(|s| s.service_area.iter())
        .filter(|a| !NATIONS.contains(&a.as_str()) && !a.trim().is_empty())
        .cloned()
        .collect();
    crate::engine::order::sort_by_key(&mut areas, |a| a.to_lowercase());
    areas.dedup();
    areas
}

/// Every flag some question or route of the tree can raise.
fn raised_flags(c: &Content) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    for node in &c.nodes {
        match node {
            Node::Question(q) => {
                out.extend(q.flags.iter().map(|r| r.flag.as_str()));
                for o in &q.options {
                    out.extend(o.flags.iter().map(FlagId::as_str));
                }
            }
            Node::Route(r) => out.extend(r.flags.iter().map(|r| r.flag.as_str())),
            Node::Outcome(_) => {}
        }
    }
    out
}

/// Problems with the services' `eligible` limits, each naming the file and the service.
pub fn problems(c: &Content) -> Vec<ContentError> {
    let mut out = Vec::new();
    let raised = raised_flags(c);
    let places = area_choices(c);
    for s in &c.services {
        let Some(e) = &s.eligible else { continue };
        let mut add = |problem: Problem| {
            out.push(ContentError::Invalid {
                file: c.origin(s.id.as_str()).to_owned(),
                what: "service".into(),
                id: s.id.to_string(),
                problem,
            })
        };
        if s.membership.is_none() {
            add(EligibleProblem::NotAMember.into());
        }
        if s.eligibility.is_none() {
            add(EligibleProblem::NoMessage.into());
        }
        for key in e.unknown.keys() {
            add(EligibleProblem::UnknownLimit { key: key.clone() }.into());
        }
        if e.flags_any.is_empty() && e.areas.is_empty() && e.unknown.is_empty() {
            add(EligibleProblem::NoLimit.into());
        }
        for f in &e.flags_any {
            let flag = f.to_string();
            if c.flag(f).is_none() {
                add(Problem::UnknownFlag {
                    by: FlagUse::EligibleFlagsAny,
                    flag,
                });
            } else if !raised.contains(f.as_str()) {
                add(EligibleProblem::FlagNeverRaised { flag }.into());
            }
        }
        for a in &e.areas {
            if !places.iter().any(|p| p.eq_ignore_ascii_case(a.trim())) {
                add(EligibleProblem::UnknownArea {
                    area: a.clone(),
                    places: places.clone(),
                }
                .into());
            }
        }
    }
    out
}

/// Where the person stands against a member's limits, when they are not outside any.
#[derive(Debug, Default, PartialEq)]
pub struct Fit {
    /// The flags of `flags_any` they shared, most urgent first: why they fit.
    pub flags: Vec<FlagId>,
    /// `flags_any` flags in a consent group they declined: the limit could not be decided.
    pub unchecked_flags: Vec<FlagId>,
    /// `areas`, when they gave no area (or not to share it): the limit could not be decided.
    pub unchecked_areas: Vec<String>,
}

impl Fit {
    pub fn is_unchecked(&self) -> bool {
        !self.unchecked_flags.is_empty() || !self.unchecked_areas.is_empty()
    }
}

/// `None` when the person is outside a limit. A limit that depends on something they did
/// not share is left undecided in the [`Fit`], never read as met or as failed.
/// `flags` are those the person shared, `withheld` the consent groups they declined.
pub fn fit(
    c: &Content,
    e: &Eligible,
    flags: &BTreeSet<FlagId>,
    withheld: &[ConsentGroup],
    area: Option<&str>,
    regions: &BTreeSet<String>,
) -> Option<Fit> {
    let mut out = Fit::default();
    if !e.flags_any.is_empty() {
        out.flags = e
            .flags_any
            .iter()
            .filter(|f| flags.contains(*f))
            .cloned()
            .collect();
        crate::engine::order::sort_by_key(&mut out.flags, |f| {
            (c.urgency_rank(f), f.as_str().to_owned())
        });
        out.flags.dedup();
        if out.flags.is_empty() {
            out.unchecked_flags = e
                .flags_any
                .iter()
                .filter(|f| {
                    c.flag(f)
                        .and_then(|d| d.consent)
                        .is_some_and(|g| withheld.contains(&g))
                })
                .cloned()
                .collect();
            if out.unchecked_flags.is_empty() {
                return None;
            }
        }
    }
    if !e.areas.is_empty() {
        match area.map(str::trim).filter(|a| !a.is_empty()) {
            Some(a) => {
                let known = || area_choices(c).iter().any(|p| p.eq_ignore_ascii_case(a));
                let within = e.areas.iter().any(|p| {
                    p.trim().eq_ignore_ascii_case(a)
                        || (regions.contains(&p.trim().to_lowercase()) && known())
                });
                if !within {
                    return None;
                }
            }
            None => out.unchecked_areas = e.areas.clone(),
        }
    }
    Some(out)
}
