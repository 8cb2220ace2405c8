//! Scenarios: a person's answers written down as a small JSON file, run through the engine
//! and checked against what the content authors expect. Shared by `signpost run` and the
//! tests under `tests/scenarios/`. Pure: today's date comes from the file or the caller.
//!
//! ```json
//! { "description": "Council Tax arrears and a benefit cut",
//!   "today": "2026-11-23",
//!   "answers": { "safe-now": "yes", "debt-types": ["council-tax"], "debt-total": "£1,200.50" },
//!   "expect": { "outcome": "see-an-adviser", "tier": "referral", "flags": ["priority-debt"] } }
//! ```

use crate::engine::answer::{parse_input, Answers, Input};
use crate::engine::date::Date;
use crate::engine::evaluate::{evaluate, Deadline, EvalError, Step};
use crate::engine::ids::{FlagId, GuideId, MessageId, NodeId, ServiceId};
use crate::engine::model::{Content, InputType, Question, Tier};
use crate::engine::plan::{plan, Plan};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the scenario is about, in a sentence.
    #[serde(default)]
    pub description: String,
    /// The day the scenario is run on, for date questions. A caller may override it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today: Option<Date>,
    /// The nation the copy is for ("Wales"): the content is loaded as a council there would
    /// set it. Without it, the nation in `settings.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nation: Option<String>,
    /// What the person would enter, by question id.
    #[serde(default)]
    pub answers: BTreeMap<NodeId, RawAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

/// An answer as a person would enter it: one value, or a list of options for multiple choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RawAnswer {
    /// An option id, an amount ("£1,200.50"), a number ("2"), a date ("2026-11-25") or text.
    One(String),
    /// A number written without quotes, for convenience: `2` is read as `"2"`.
    Number(serde_json::Number),
    /// The option ids ticked on a multiple choice question.
    Many(Vec<String>),
}

/// What the scenario should end with. `tier` or `tiers` is required; everything else is
/// checked only when given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<NodeId>,
    /// The exact tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// Any of these tiers will do: what a case needs ("an adviser, not self-help") rather
    /// than the one the content gives today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiers: Option<Vec<Tier>>,
    /// The exact set of flags raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<BTreeSet<FlagId>>,
    /// The outcome's next steps start with these, in this order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<Vec<MessageId>>,
    /// The exact dates of the deadlines, earliest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadlines: Option<Vec<Date>>,
    /// Exactly the outcomes shown at once on the way (options' `interrupt`), in order; `[]`
    /// for none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interrupts: Option<Vec<NodeId>>,
    /// What the results page shows (the plan: the outcome's steps with those of the most
    /// urgent guides, every guide that applies, and the services).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<ExpectResults>,
    /// What the referral summary built from this scenario carries. Checked by
    /// `signpost::referral::scenario_summary` (it needs the words), in `signpost run` and the tests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<ExpectSummary>,
}

/// Ids that must, and must not, be in a list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Includes<T> {
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub includes: Vec<T>,
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<T>,
}

impl<T: PartialEq + std::fmt::Display> Includes<T> {
    /// Every way `got` misses what is expected, each starting with `what`.
    pub fn check(&self, what: &str, got: &[T]) -> Vec<String> {
        let missing: Vec<&T> = self.includes.iter().filter(|x| !got.contains(x)).collect();
        let present: Vec<&T> = self.excludes.iter().filter(|x| got.contains(x)).collect();
        let mut out = Vec::new();
        if !missing.is_empty() {
            out.push(format!(
                "{what}: expected to include {}, got [{}]",
                join_refs(&missing),
                join(got)
            ));
        }
        if !present.is_empty() {
            out.push(format!(
                "{what}: expected not to include {}, got [{}]",
                join_refs(&present),
                join(got)
            ));
        }
        out
    }
}

/// What the results page must (not) show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectResults {
    /// "What to do today": message ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today: Option<Includes<MessageId>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guides: Option<Includes<GuideId>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Includes<ServiceId>>,
    /// The dates the page lists under "Dates to act by", exactly, earliest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<Vec<ExpectDate>>,
}

/// A date to act by as the person or the adviser sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectDate {
    pub date: Date,
    /// The question that gave it, which names what the date is.
    pub question: NodeId,
    /// Whether a date test on it made the case urgent; unchecked when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
}

/// What the referral summary must carry, built as the app builds it in en-GB, with the
/// consent groups in `withhold` declined and no contact details or area.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectSummary {
    /// Consent groups the person declines: "contact", "household-money", "health-safety".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withhold: Vec<crate::engine::referral::ConsentGroup>,
    /// `urgency.deadlines`, exactly, earliest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadlines: Option<Vec<ExpectDate>>,
    /// `urgency.urgent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
    /// The needs' codes (flag ids).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<Includes<FlagId>>,
    /// The recommended members' service ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Includes<ServiceId>>,
}

/// What running a scenario gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub tree_version: String,
    /// The questions asked, in order.
    pub path: Vec<NodeId>,
    pub outcome: NodeId,
    pub tier: Tier,
    pub flags: BTreeSet<FlagId>,
    pub deadlines: Vec<Deadline>,
    /// The outcomes shown at once on the way, in the order the person met them.
    pub interrupts: Vec<NodeId>,
    pub next_steps: Vec<MessageId>,
    pub guides: Vec<GuideId>,
    pub services: Vec<ServiceId>,
    /// The results page, as [`crate::engine::plan::plan`] makes it.
    pub plan: Plan,
    /// The answers as the engine read them, by question, for coverage. Not printed: the
    /// scenario file already says them.
    #[serde(skip)]
    pub answers: Answers,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ScenarioError {
    #[error("the scenario is not valid JSON in the scenario format: {0}")]
    Format(String),
    #[error(
        "the scenario has no \"today\"; add \"today\": \"YYYY-MM-DD\" or give one when running it"
    )]
    NoToday,
    #[error(
        "the scenario is for {0}, and the content was loaded for another nation; load it with \
         nation::for_nation (signpost run and the scenario tests do)"
    )]
    OtherNation(String),
    #[error("the scenario has no answer for question \"{0}\", which the path asks next")]
    MissingAnswer(NodeId),
    #[error("the answer to question \"{question}\" is not valid: {message}")]
    BadAnswer { question: NodeId, message: String },
    #[error(
        "the scenario answers {} the path never asks: {}; remove {} or change the answers that lead there",
        if .0.len() == 1 { "a question" } else { "questions" },
        .0.iter().map(|q| format!("\"{q}\"")).collect::<Vec<_>>().join(", "),
        if .0.len() == 1 { "it" } else { "them" }
    )]
    UnusedAnswers(Vec<NodeId>),
    #[error("the content cannot be evaluated: {0}")]
    Eval(#[from] EvalError),
    #[error("the path ends at \"{0}\", which is not an outcome")]
    NotAnOutcome(NodeId),
}

impl Scenario {
    /// Reads a scenario from its JSON text.
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
        serde_json::from_str(text).map_err(|e| ScenarioError::Format(e.to_string()))
    }
}

/// Turns a raw answer into what the question page would have received.
pub fn to_input(q: &Question, raw: &RawAnswer) -> Result<Input, String> {
    let one = |what: &str| -> Result<String, String> {
        match raw {
            RawAnswer::One(s) => Ok(s.clone()),
            RawAnswer::Number(n) => Ok(n.to_string()),
            RawAnswer::Many(_) => Err(format!("{what} takes one value, not a list")),
        }
    };
    Ok(match q.input {
        InputType::SingleChoice | InputType::YesNo => Input {
            choices: match raw {
                RawAnswer::Many(v) => v.clone(),
                _ => vec![one("a choice")?],
            },
            ..Input::default()
        },
        InputType::MultipleChoice => Input {
            choices: match raw {
                RawAnswer::Many(v) => v.clone(),
                _ => vec![one("a choice")?],
            },
            ..Input::default()
        },
        InputType::Money | InputType::Number | InputType::Text => Input {
            text: one("this question")?,
            ..Input::default()
        },
        InputType::Date => {
            let s = one("a date")?;
            let parts: Vec<&str> = s.trim().split('-').collect();
            match parts.as_slice() {
                [y, m, d] => Input {
                    day: (*d).to_owned(),
                    month: (*m).to_owned(),
                    year: (*y).to_owned(),
                    ..Input::default()
                },
                _ => return Err(format!("write dates as YYYY-MM-DD, not \"{s}\"")),
            }
        }
    })
}

/// Runs the scenario: answers each question the path asks, in order, until an outcome.
/// `today` overrides the scenario's own date.
pub fn run(
    content: &Content,
    scenario: &Scenario,
    today: Option<Date>,
) -> Result<ScenarioResult, ScenarioError> {
    let today = today.or(scenario.today).ok_or(ScenarioError::NoToday)?;
    let here = content.settings.as_ref().and_then(|s| s.nation.as_deref());
    if let Some(n) = scenario.nation.as_deref().filter(|n| Some(*n) != here) {
        return Err(ScenarioError::OtherNation(n.to_owned()));
    }
    let mut answers = Answers::new();
    let evaluation = loop {
        let evaluation = evaluate(content, &answers, today)?;
        let id = match &evaluation.step {
            Step::Outcome(_) => break evaluation,
            Step::Question(id) => id.clone(),
        };
        let question = content
            .question(&id)
            .ok_or_else(|| EvalError::UnknownNode(id.clone()))?;
        let raw = scenario
            .answers
            .get(&id)
            .ok_or_else(|| ScenarioError::MissingAnswer(id.clone()))?;
        let bad = |message: String| ScenarioError::BadAnswer {
            question: id.clone(),
            message,
        };
        let input = to_input(question, raw).map_err(bad)?;
        let answer = parse_input(question, &input).map_err(|e| bad(e.to_string()))?;
        if answers.insert(id.clone(), answer).is_some() {
            // The engine asked again for an answer it was just given: never loop forever.
            return Err(bad("the engine does not accept it".into()));
        }
    };
    let unused: Vec<NodeId> = scenario
        .answers
        .keys()
        .filter(|q| !evaluation.path.contains(q))
        .cloned()
        .collect();
    if !unused.is_empty() {
        return Err(ScenarioError::UnusedAnswers(unused));
    }
    let outcome_id = evaluation
        .outcome()
        .cloned()
        .expect("the loop only ends at an outcome");
    let outcome = content
        .outcome(&outcome_id)
        .ok_or_else(|| ScenarioError::NotAnOutcome(outcome_id.clone()))?;
    let interrupts = evaluation.interrupts(content, &answers);
    let plan = plan(content, outcome, &evaluation);
    Ok(ScenarioResult {
        plan,
        interrupts,
        tree_version: evaluation.tree_version,
        path: evaluation.path,
        outcome: outcome_id,
        tier: outcome.tier,
        flags: evaluation.flags,
        deadlines: evaluation.deadlines,
        next_steps: outcome.next_steps.clone(),
        guides: outcome.guides.clone(),
        services: outcome.services.clone(),
        answers,
    })
}

/// Every way the result differs from what was expected; empty when it matches.
pub fn check(expect: &Expect, result: &ScenarioResult) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(o) = &expect.outcome {
        if o != &result.outcome {
            out.push(format!(
                "outcome: expected \"{o}\", got \"{}\"",
                result.outcome
            ));
        }
    }
    if let Some(tier) = expect.tier {
        if tier != result.tier {
            out.push(format!(
                "tier: expected {}, got {}",
                tier.as_str(),
                result.tier.as_str()
            ));
        }
    }
    if let Some(tiers) = &expect.tiers {
        if !tiers.contains(&result.tier) {
            let names: Vec<&str> = tiers.iter().map(|t| t.as_str()).collect();
            out.push(format!(
                "tier: expected one of {}, got {}",
                names.join(", "),
                result.tier.as_str()
            ));
        }
    }
    if expect.tier.is_none() && expect.tiers.is_none() {
        out.push("expect: add \"tier\" or \"tiers\"".to_owned());
    }
    if let Some(r) = &expect.results {
        if let Some(x) = &r.today {
            out.extend(x.check("results today", &result.plan.today));
        }
        if let Some(x) = &r.guides {
            out.extend(x.check("results guides", &result.plan.guides));
        }
        if let Some(x) = &r.services {
            out.extend(x.check("results services", &result.plan.services));
        }
        if let Some(dates) = &r.dates {
            let got: Vec<ExpectDate> = result
                .plan
                .deadlines
                .iter()
                .map(|d| ExpectDate {
                    date: d.date,
                    question: d.question.clone(),
                    urgent: Some(!d.raised.is_empty()),
                })
                .collect();
            out.extend(check_dates("results dates", dates, &got));
        }
    }
    if let Some(flags) = &expect.flags {
        let missing: Vec<&str> = flags
            .difference(&result.flags)
            .map(FlagId::as_str)
            .collect();
        let extra: Vec<&str> = result.flags.difference(flags).map(FlagId::as_str).collect();
        if !missing.is_empty() {
            out.push(format!(
                "flags: expected but not raised: {}",
                missing.join(", ")
            ));
        }
        if !extra.is_empty() {
            out.push(format!(
                "flags: raised but not expected: {}",
                extra.join(", ")
            ));
        }
    }
    if let Some(steps) = &expect.next_steps {
        if !result.next_steps.starts_with(steps) {
            out.push(format!(
                "next_steps: expected them to start with [{}], got [{}]",
                join(steps),
                join(&result.next_steps)
            ));
        }
    }
    if let Some(shown) = &expect.interrupts {
        if shown != &result.interrupts {
            out.push(format!(
                "interrupts: expected [{}], got [{}]",
                join(shown),
                join(&result.interrupts)
            ));
        }
    }
    if let Some(dates) = &expect.deadlines {
        let mut got: Vec<Date> = result.deadlines.iter().map(|d| d.date).collect();
        got.dedup();
        if &got != dates {
            out.push(format!(
                "deadlines: expected [{}], got [{}]",
                join(dates),
                join(&got)
            ));
        }
    }
    out
}

/// Compares dates to act by: the same dates from the same questions in the same order, and
/// urgency where the expectation states it.
pub fn check_dates(what: &str, expected: &[ExpectDate], got: &[ExpectDate]) -> Vec<String> {
    let same = expected.len() == got.len()
        && expected.iter().zip(got).all(|(e, g)| {
            e.date == g.date
                && e.question == g.question
                && e.urgent.is_none_or(|u| Some(u) == g.urgent)
        });
    if same {
        return Vec::new();
    }
    let show = |ds: &[ExpectDate]| {
        ds.iter()
            .map(|d| match d.urgent {
                Some(true) => format!("{} {} (urgent)", d.date, d.question),
                _ => format!("{} {}", d.date, d.question),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    vec![format!(
        "{what}: expected [{}], got [{}]",
        show(expected),
        show(got)
    )]
}

fn join_refs<T: std::fmt::Display>(items: &[&T]) -> String {
    items
        .iter()
        .map(|x| format!("\"{x}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
