//! Evaluating answers: from the start node, follow the answers given to the first question
//! still unanswered, or to an outcome. Pure: today's date is passed in, never read.

use crate::engine::answer::clean_answer;
use crate::engine::answer::{answer_fits, Answer, Answers};
use crate::engine::condition::Condition;
use crate::engine::date::{Date, WorkingDays};
use crate::engine::facts::Facts;
use crate::engine::ids::{FlagId, NodeId};
use crate::engine::model::{Content, FlagRule, InputType, Node, Question, Rule};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Where the person is now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Step {
    /// This question is next (it has no valid answer yet).
    Question(NodeId),
    /// The path has ended at this outcome.
    Outcome(NodeId),
}

/// A date to act by, carried into the results and the referral summary: every answer to a
/// question with a `deadline`, and the date of any other date test that raised a flag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub question: NodeId,
    pub date: Date,
    /// The need the date belongs to (the question's `deadline.flag`), or, for a question
    /// without a `deadline`, the flag its date test raised.
    pub flag: FlagId,
    /// The flags a date test on this date raised ("deadline-soon"): empty when the date is
    /// not yet urgent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raised: Vec<FlagId>,
}

/// The result of evaluating answers against the content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The version of the tree that produced this result.
    pub tree_version: String,
    /// The questions answered on the way, in the order they were asked.
    pub path: Vec<NodeId>,
    pub step: Step,
    /// Every flag raised on the path, sorted.
    pub flags: BTreeSet<FlagId>,
    pub deadlines: Vec<Deadline>,
}

/// Content that evaluation cannot get through. Validation reports all of these in advance,
/// so the shipped content never produces them; they exist so that bad content can't hang or
/// panic the app.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    #[error("the content has no start node (content/settings.json \"start\")")]
    NoStart,
    #[error("\"{0}\" is referred to but not defined")]
    UnknownNode(NodeId),
    #[error("the path loops back to \"{0}\"")]
    Loop(NodeId),
    #[error("\"{0}\" has no transition that applies")]
    NoTransition(NodeId),
}

impl Evaluation {
    /// The question asked just before `q` on the path, for the back link.
    pub fn previous(&self, q: &NodeId) -> Option<&NodeId> {
        match self.path.iter().position(|p| p == q) {
            Some(0) => None,
            Some(i) => self.path.get(i - 1),
            None => self.path.last(),
        }
    }

    /// Whether the person may see question `q` now: it is on the path or it is next.
    pub fn can_visit(&self, q: &NodeId) -> bool {
        self.path.contains(q) || self.step == Step::Question(q.clone())
    }

    pub fn outcome(&self) -> Option<&NodeId> {
        match &self.step {
            Step::Outcome(o) => Some(o),
            Step::Question(_) => None,
        }
    }

    /// The outcomes shown at once on the way (an option's `interrupt`, such as "I'm not safe"
    /// or "no money for food today"), in the order the person met them: what cannot wait for
    /// the end of the questions.
    pub fn interrupts(&self, content: &Content, answers: &Answers) -> Vec<NodeId> {
        let mut out: Vec<NodeId> = Vec::new();
        for id in &self.path {
            let Some(Answer::Choice(chosen)) = answers.get(id) else {
                continue;
            };
            let target = content
                .question(id)
                .and_then(|q| q.option(chosen))
                .and_then(|o| o.interrupt.clone());
            if let Some(t) = target.filter(|t| !out.contains(t)) {
                out.push(t);
            }
        }
        out
    }
}

/// Follows the answers through the tree.
pub fn evaluate(
    content: &Content,
    answers: &Answers,
    today: Date,
) -> Result<Evaluation, EvalError> {
    let start = content.start().ok_or(EvalError::NoStart)?;
    let wd = WorkingDays {
        bank_holidays: content.bank_holidays(),
    };
    let mut on_path: BTreeMap<NodeId, Answer> = BTreeMap::new();
    let mut flags: BTreeSet<FlagId> = BTreeSet::new();
    let mut deadlines: Vec<Deadline> = Vec::new();
    let mut path: Vec<NodeId> = Vec::new();
    let mut seen: HashSet<&NodeId> = HashSet::new();
    let mut current = start;
    loop {
        if !seen.insert(current) {
            return Err(EvalError::Loop(current.clone()));
        }
        let node = content
            .node(current)
            .ok_or_else(|| EvalError::UnknownNode(current.clone()))?;
        let next = match node {
            Node::Outcome(o) => {
                return Ok(Evaluation {
                    tree_version: content.version.clone(),
                    path,
                    step: Step::Outcome(o.id.clone()),
                    flags,
                    deadlines,
                })
            }
            Node::Question(q) => {
                let answer = match answers.get(&q.id) {
                    Some(a) if answer_fits(q, a) => a,
                    // Unanswered, or an answer the content no longer accepts: ask again.
                    _ => {
                        return Ok(Evaluation {
                            tree_version: content.version.clone(),
                            path,
                            step: Step::Question(q.id.clone()),
                            flags,
                            deadlines,
                        })
                    }
                };
                on_path.insert(q.id.clone(), answer.clone());
                path.push(q.id.clone());
                if let (Some(spec), Answer::Date(d)) = (&q.deadline, answer) {
                    deadlines.push(Deadline {
                        question: q.id.clone(),
                        date: d.shifted(spec.plus_months, spec.plus_days),
                        flag: spec.flag.clone(),
                        raised: Vec::new(),
                    });
                }
                flags.extend(option_flags(q, answer));
                let facts = Facts::new(&on_path, &flags, today, &wd);
                let raised = raise_flags(&q.flags, &facts);
                record(&mut flags, &mut deadlines, raised);
                let facts = Facts::new(&on_path, &flags, today, &wd);
                option_goto(q, answer)
                    .or_else(|| first_rule(&q.next, &facts))
                    .ok_or_else(|| EvalError::NoTransition(q.id.clone()))?
            }
            Node::Route(r) => {
                let facts = Facts::new(&on_path, &flags, today, &wd);
                let raised = raise_flags(&r.flags, &facts);
                record(&mut flags, &mut deadlines, raised);
                let facts = Facts::new(&on_path, &flags, today, &wd);
                first_rule(&r.next, &facts).ok_or_else(|| EvalError::NoTransition(r.id.clone()))?
            }
        };
        current = next;
    }
}

/// Records a person's answer, as the app does when they press Continue. Once the path
/// reaches an outcome, answers it no longer passes through are dropped; not before: after
/// changing an earlier answer, a later answer may come back onto the path once the new
/// questions in between are answered.
pub fn record_answer(content: &Content, answers: &mut Answers, q: &NodeId, a: Answer, today: Date) {
    // Cleaned here too, whoever made the answer: the question page already does.
    answers.insert(q.clone(), clean_answer(a));
    if let Ok(ev) = evaluate(content, answers, today) {
        if ev.outcome().is_some() {
            *answers = prune(answers, &ev);
        }
    }
}

/// Keeps only the answers on the path: the ones a changed answer made unreachable go.
/// Use it once the path has reached an outcome; before that, a later answer may still
/// come back onto the path when the questions in between are answered.
pub fn prune(answers: &Answers, evaluation: &Evaluation) -> Answers {
    evaluation
        .path
        .iter()
        .filter_map(|q| answers.get(q).map(|a| (q.clone(), a.clone())))
        .collect()
}

fn option_flags<'a>(q: &'a Question, answer: &'a Answer) -> Vec<FlagId> {
    let chosen: Vec<&crate::engine::ids::OptionId> = match answer {
        Answer::Choice(o) => vec![o],
        Answer::Choices(os) => os.iter().collect(),
        _ => vec![],
    };
    chosen
        .into_iter()
        .filter_map(|o| q.option(o))
        .flat_map(|o| o.flags.iter().cloned())
        .collect()
}

/// Shared with [`super::explain`], so its re-walk follows an option exactly as here.
pub(super) fn option_goto<'a>(q: &'a Question, answer: &Answer) -> Option<&'a NodeId> {
    match (q.input, answer) {
        (InputType::SingleChoice | InputType::YesNo, Answer::Choice(o)) => {
            q.option(o).and_then(|o| o.goto.as_ref())
        }
        _ => None,
    }
}

fn first_rule<'a>(rules: &'a [Rule], facts: &Facts<'_>) -> Option<&'a NodeId> {
    rules
        .iter()
        .find(|r| r.when.as_ref().is_none_or(|c| c.holds(facts)))
        .map(|r| &r.goto)
}

/// The flags whose rules hold, each with the deadlines it brings: the date answers of the
/// `within_working_days` tests that hold and count towards raising it (not under `not`).
fn raise_flags(rules: &[FlagRule], facts: &Facts<'_>) -> Vec<(FlagId, Vec<Deadline>)> {
    rules
        .iter()
        .filter(|r| r.when.holds(facts))
        .map(|r| {
            let mut dates = Vec::new();
            date_tests_that_hold(&r.when, facts, true, &mut dates);
            let deadlines = dates
                .into_iter()
                .map(|(question, date)| Deadline {
                    question,
                    date,
                    flag: r.flag.clone(),
                    raised: vec![r.flag.clone()],
                })
                .collect();
            (r.flag.clone(), deadlines)
        })
        .collect()
}

fn date_tests_that_hold(
    c: &Condition,
    facts: &Facts<'_>,
    positive: bool,
    out: &mut Vec<(NodeId, Date)>,
) {
    match c {
        Condition::All(v) | Condition::Any(v) => v
            .iter()
            .for_each(|x| date_tests_that_hold(x, facts, positive, out)),
        Condition::Not(x) => date_tests_that_hold(x, facts, !positive, out),
        Condition::Answer {
            question,
            test: crate::engine::condition::Test::WithinWorkingDays(_),
            plus_months,
            plus_days,
        } if positive && c.holds(facts) => {
            if let Some(Answer::Date(date)) = facts.answers.get(question) {
                // The deadline itself: a decision date plus one month is the last day to act.
                out.push((question.clone(), date.shifted(*plus_months, *plus_days)));
            }
        }
        _ => {}
    }
}

/// Adds raised flags and their deadlines.
fn record(
    flags: &mut BTreeSet<FlagId>,
    deadlines: &mut Vec<Deadline>,
    raised: Vec<(FlagId, Vec<Deadline>)>,
) {
    for (flag, found) in raised {
        flags.insert(flag);
        for d in found {
            // The same date from the question's own `deadline`: it is now urgent.
            match deadlines
                .iter_mut()
                .find(|x| x.question == d.question && x.date == d.date)
            {
                Some(x) => {
                    if !x.raised.contains(&d.flag) {
                        x.raised.push(d.flag);
                    }
                }
                None => deadlines.push(d),
            }
        }
    }
    crate::engine::order::sort_by(deadlines, |a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.question.cmp(&b.question))
    });
}
