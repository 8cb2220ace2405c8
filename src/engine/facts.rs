//! Checking a condition: what it is checked against (the answers and flags so far on the path,
//! today, the working-day calendar) and the check itself. Apart from the condition's shape
//! (`condition.rs`, part of the content model) because it reads answers, and answers read the
//! model's questions.

use crate::engine::answer::Answer;
use crate::engine::condition::{Comparison, Condition, Test};
use crate::engine::date::{Date, WorkingDays};
use crate::engine::ids::{FlagId, NodeId};
use std::collections::{BTreeMap, BTreeSet};

/// What a condition is evaluated against: the answers and flags so far on the path.
pub struct Facts<'a> {
    pub answers: &'a BTreeMap<NodeId, Answer>,
    pub flags: &'a BTreeSet<FlagId>,
    pub today: Date,
    pub working_days: WorkingDays<'a>,
}

impl<'a> Facts<'a> {
    /// The facts at one point on the path (the working-day calendar is shared, not copied).
    pub fn new(
        answers: &'a BTreeMap<NodeId, Answer>,
        flags: &'a BTreeSet<FlagId>,
        today: Date,
        working_days: &WorkingDays<'a>,
    ) -> Facts<'a> {
        Facts {
            answers,
            flags,
            today,
            working_days: working_days.clone(),
        }
    }
}

impl Condition {
    /// Whether the condition holds for these facts.
    pub fn holds(&self, facts: &Facts<'_>) -> bool {
        match self {
            Condition::All(v) => v.iter().all(|c| c.holds(facts)),
            Condition::Any(v) => v.iter().any(|c| c.holds(facts)),
            Condition::Not(c) => !c.holds(facts),
            Condition::Flag(f) => facts.flags.contains(f),
            Condition::Answer {
                question,
                test,
                plus_months,
                plus_days,
            } => match facts.answers.get(question) {
                None => false,
                Some(Answer::Date(d)) if *plus_months > 0 || *plus_days > 0 => {
                    test.holds(&Answer::Date(d.shifted(*plus_months, *plus_days)), facts)
                }
                Some(a) => test.holds(a, facts),
            },
        }
    }
}

impl Test {
    pub(crate) fn holds(&self, answer: &Answer, facts: &Facts<'_>) -> bool {
        match (self, answer) {
            (Test::Answered, _) => true,
            (Test::Equals(v), Answer::Choice(o)) => o.as_str() == v,
            (Test::Equals(v), Answer::Choices(os)) => os.iter().any(|o| o.as_str() == v),
            (Test::Equals(v), Answer::Text(t)) => t.trim().eq_ignore_ascii_case(v.trim()),
            (Test::OneOf(vs), Answer::Choice(o)) => vs.iter().any(|v| v == o.as_str()),
            (Test::OneOf(vs), Answer::Choices(os)) => {
                os.iter().any(|o| vs.iter().any(|v| v == o.as_str()))
            }
            (Test::Compare(op, n), Answer::Money(pence)) => {
                compare(*op, *pence as f64, (n * 100.0).round())
            }
            (Test::Compare(op, n), Answer::Number(x)) => compare(*op, *x as f64, *n),
            (Test::WithinWorkingDays(n), Answer::Date(d)) => {
                facts.working_days.within(facts.today, *d, *n)
            }
            (Test::Passed, Answer::Date(d)) => *d < facts.today,
            // A test that does not fit the answer's kind never holds; validation reports it.
            _ => false,
        }
    }
}

fn compare(op: Comparison, x: f64, n: f64) -> bool {
    match op {
        Comparison::AtLeast => x >= n,
        Comparison::AtMost => x <= n,
        Comparison::GreaterThan => x > n,
        Comparison::LessThan => x < n,
    }
}
