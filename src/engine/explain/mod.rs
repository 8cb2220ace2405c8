//! "Why this outcome?" for the adviser panel: which answers, option choices and rules raised
//! each flag, and which rule or option chose the outcome (and so its tier), with every
//! condition kept as a small tree that says what held and what the answers were.
//!
//! [`explain`] walks the path again rather than adding a trace to [`evaluate`]: the app
//! evaluates on every answer and asks for an explanation only when an adviser opens the
//! panel, so evaluation stays exactly as fast and as tested as before. The walk follows the
//! same steps as `evaluate` (option flags first, then the node's flag rules, all read against
//! the flags raised before them, then the option's `goto` or the first rule that holds); the
//! tests check that both agree on every shipped scenario.
//!
//! The structure holds ids only, so it can be put into words in any locale: the words layer
//! does (`words::why` for advisers, `words::english` for the authors' tool).
//!
//! [`evaluate`]: crate::engine::evaluate::evaluate

use crate::engine::answer::{answer_fits, Answer, Answers};
use crate::engine::condition::{Comparison, Condition, Test};
use crate::engine::date::{Date, WorkingDays};
use crate::engine::evaluate::{option_goto, Deadline, Evaluation};
use crate::engine::facts::Facts;
use crate::engine::ids::{FlagId, NodeId, OptionId};
use crate::engine::matching::MemberMatch;
use crate::engine::model::{Content, FlagKind, FlagRule, Node, Rule, Tier};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Everything that led to an evaluation's flags and outcome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Explanation {
    /// Each raised flag, most urgent first (`flags.json` order).
    pub flags: Vec<FlagExplanation>,
    /// `None` until the path reaches an outcome.
    pub outcome: Option<OutcomeExplanation>,
    /// The recommended members, with their [`MatchReason`](crate::engine::matching::MatchReason)s. Matching needs the referral
    /// details (area, consent, channel), which the explanation does not see, so the caller
    /// fills this from [`crate::engine::matching::match_members`]; the words layer puts it into words.
    pub members: Vec<MemberMatch>,
}

/// Why one flag is raised. A flag can be raised in several places; each is listed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlagExplanation {
    pub flag: FlagId,
    /// `None` for a flag `flags.json` does not define (validation rules that out).
    pub kind: Option<FlagKind>,
    /// In the order they happened on the path.
    pub raised_by: Vec<FlagSource>,
    /// The dates this flag carries to the results page.
    pub deadlines: Vec<Deadline>,
}

impl FlagExplanation {
    /// Why the flag is raised, in order, with the options of one question that raise it read
    /// as one choice ("you chose A and B for Q"), as every wording of the explanation reads it.
    pub fn grouped(&self) -> Vec<RaisedBy<'_>> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(s) = self.raised_by.get(i) {
            match s {
                FlagSource::Option { question, .. } => {
                    let options: Vec<&str> = self.raised_by[i..]
                        .iter()
                        .map_while(|x| match x {
                            FlagSource::Option {
                                question: q,
                                option,
                            } if q == question => Some(option.as_str()),
                            _ => None,
                        })
                        .collect();
                    i += options.len();
                    out.push(RaisedBy::Chose { question, options });
                }
                FlagSource::Rule { reason, .. } => {
                    i += 1;
                    out.push(RaisedBy::Rule(reason));
                }
            }
        }
        out
    }
}

/// One reason a flag is raised, options of one question taken together: see
/// [`FlagExplanation::grouped`].
#[derive(Clone, Debug, PartialEq)]
pub enum RaisedBy<'a> {
    /// The person chose these options of `question`.
    Chose {
        question: &'a NodeId,
        options: Vec<&'a str>,
    },
    /// A flag rule held.
    Rule(&'a Reason),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum FlagSource {
    /// The person chose an option that raises it.
    Option { question: NodeId, option: OptionId },
    /// A flag rule of a question or route held.
    Rule { node: NodeId, reason: Reason },
}

/// Why the path ended where it did.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutcomeExplanation {
    pub outcome: NodeId,
    pub tier: Tier,
    /// The question or route whose choice led to the outcome.
    pub chosen_at: NodeId,
    pub chosen_by: Choice,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Choice {
    /// The option chosen has its own `goto`.
    Option { question: NodeId, option: OptionId },
    /// The first rule of `next` that held (`index` counts from 0). `reason` is `None` for a
    /// rule without `if`, which holds when every rule above it did not.
    Rule {
        index: usize,
        reason: Option<Reason>,
        /// The rules above it, none of which held: "why not something more urgent?".
        passed_over: Vec<PassedOver>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassedOver {
    pub goto: NodeId,
    pub reason: Reason,
}

/// A condition as it was evaluated: whether it held, and what it tested.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub holds: bool,
    pub test: ReasonTest,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReasonTest {
    All {
        parts: Vec<Reason>,
    },
    Any {
        parts: Vec<Reason>,
    },
    Not {
        part: Box<Reason>,
    },
    /// Whether the flag had been raised by then.
    Flag {
        flag: FlagId,
    },
    /// A test on an answer; `answer` is `None` when the question was not on the path.
    Answer {
        question: NodeId,
        answer: Option<Answer>,
        check: Check,
    },
}

/// An answer test, with the dates a date test compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Check {
    Answered,
    Equals {
        value: String,
    },
    OneOf {
        values: Vec<String>,
    },
    /// `value` in pounds for money questions, as the content writes it.
    Compare {
        comparison: Comparison,
        value: f64,
    },
    /// `date` is the answer moved on by `plus_months` (the date compared, when the answer is
    /// a date); `last_day` is the `days`th working day after today.
    WithinWorkingDays {
        days: u32,
        plus_months: u32,
        plus_days: u32,
        date: Option<Date>,
        last_day: Date,
    },
    Passed {
        plus_months: u32,
        plus_days: u32,
        date: Option<Date>,
        today: Date,
    },
}

/// Explains `evaluation`, which [`super::evaluate`] made from `answers` on `today`. Only the
/// flags in `evaluation` are explained; an outcome only when the walk reaches the same one.
pub fn explain(
    content: &Content,
    answers: &Answers,
    evaluation: &Evaluation,
    today: Date,
) -> Explanation {
    let wd = WorkingDays {
        bank_holidays: content.bank_holidays(),
    };
    let mut on_path: BTreeMap<NodeId, Answer> = BTreeMap::new();
    let mut flags: BTreeSet<FlagId> = BTreeSet::new();
    let mut sources: BTreeMap<FlagId, Vec<FlagSource>> = BTreeMap::new();
    let mut last: Option<(NodeId, Choice)> = None;
    let mut reached: Option<NodeId> = None;
    let mut seen: HashSet<&NodeId> = HashSet::new();
    let mut current = content.start();
    // Bad content (a loop, an unknown node) ends the walk with what was found: evaluation
    // reports those errors; an explanation never panics or hangs.
    while let Some(id) = current.take() {
        if !seen.insert(id) {
            break;
        }
        let Some(node) = content.node(id) else { break };
        let (node_id, flag_rules, rules, goto): (&NodeId, &[FlagRule], &[Rule], _) = match node {
            Node::Outcome(o) => {
                reached = Some(o.id.clone());
                break;
            }
            Node::Question(q) => {
                let Some(answer) = answers.get(&q.id).filter(|a| answer_fits(q, a)) else {
                    break;
                };
                on_path.insert(q.id.clone(), answer.clone());
                let chosen: Vec<&OptionId> = match answer {
                    Answer::Choice(o) => vec![o],
                    Answer::Choices(os) => os.iter().collect(),
                    _ => vec![],
                };
                for o in chosen.into_iter().filter_map(|o| q.option(o)) {
                    for f in &o.flags {
                        flags.insert(f.clone());
                        sources
                            .entry(f.clone())
                            .or_default()
                            .push(FlagSource::Option {
                                question: q.id.clone(),
                                option: o.id.clone(),
                            });
                    }
                }
                // Only a single choice can have its own goto.
                let goto = match answer {
                    Answer::Choice(o) => option_goto(q, answer).map(|g| (g, o.clone())),
                    _ => None,
                };
                (&q.id, &q.flags[..], &q.next[..], goto)
            }
            Node::Route(r) => (&r.id, &r.flags[..], &r.next[..], None),
        };

        // Every flag rule reads the flags as they were before any of this node's rules.
        let raised: Vec<(FlagId, Reason)> = {
            let facts = Facts::new(&on_path, &flags, today, &wd);
            flag_rules
                .iter()
                .map(|r| (r.flag.clone(), reason(&r.when, &facts)))
                .filter(|(_, r)| r.holds)
                .collect()
        };
        for (flag, reason) in raised {
            flags.insert(flag.clone());
            sources.entry(flag).or_default().push(FlagSource::Rule {
                node: node_id.clone(),
                reason,
            });
        }

        if let Some((g, option)) = goto {
            last = Some((
                node_id.clone(),
                Choice::Option {
                    question: node_id.clone(),
                    option,
                },
            ));
            current = Some(g);
            continue;
        }
        let facts = Facts::new(&on_path, &flags, today, &wd);
        let mut passed_over = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            let r = rule.when.as_ref().map(|c| reason(c, &facts));
            match r {
                Some(r) if !r.holds => passed_over.push(PassedOver {
                    goto: rule.goto.clone(),
                    reason: r,
                }),
                r => {
                    last = Some((
                        node_id.clone(),
                        Choice::Rule {
                            index,
                            reason: r,
                            passed_over,
                        },
                    ));
                    current = Some(&rule.goto);
                    break;
                }
            }
        }
    }

    let mut explained: Vec<FlagExplanation> = evaluation
        .flags
        .iter()
        .map(|f| FlagExplanation {
            flag: f.clone(),
            kind: content.flag(f).map(|d| d.kind),
            raised_by: sources.remove(f).unwrap_or_default(),
            deadlines: evaluation
                .deadlines
                .iter()
                .filter(|d| d.raised.contains(f))
                .cloned()
                .collect(),
        })
        .collect();
    crate::engine::order::sort_by_key(&mut explained, |f| {
        (content.urgency_rank(&f.flag), f.flag.clone())
    });

    let outcome = match (reached, evaluation.outcome(), last) {
        (Some(r), Some(e), Some((chosen_at, chosen_by))) if &r == e => {
            content.outcome(&r).map(|o| OutcomeExplanation {
                outcome: r.clone(),
                tier: o.tier,
                chosen_at,
                chosen_by,
            })
        }
        _ => None,
    };
    Explanation {
        flags: explained,
        outcome,
        members: Vec::new(),
    }
}

/// A condition evaluated part by part. Each part's `holds` is what [`Condition::holds`]
/// gives for it, so the tree and evaluation cannot disagree.
fn reason(c: &Condition, facts: &Facts<'_>) -> Reason {
    let test = match c {
        Condition::All(v) => ReasonTest::All {
            parts: v.iter().map(|x| reason(x, facts)).collect(),
        },
        Condition::Any(v) => ReasonTest::Any {
            parts: v.iter().map(|x| reason(x, facts)).collect(),
        },
        Condition::Not(x) => ReasonTest::Not {
            part: Box::new(reason(x, facts)),
        },
        Condition::Flag(f) => ReasonTest::Flag { flag: f.clone() },
        Condition::Answer {
            question,
            test,
            plus_months,
            plus_days,
        } => {
            let answer = facts.answers.get(question).cloned();
            let moved = match &answer {
                Some(Answer::Date(d)) => Some(d.shifted(*plus_months, *plus_days)),
                _ => None,
            };
            let check = match test {
                Test::Answered => Check::Answered,
                Test::Equals(v) => Check::Equals { value: v.clone() },
                Test::OneOf(vs) => Check::OneOf { values: vs.clone() },
                Test::Compare(op, n) => Check::Compare {
                    comparison: *op,
                    value: *n,
                },
                Test::WithinWorkingDays(n) => Check::WithinWorkingDays {
                    days: *n,
                    plus_months: *plus_months,
                    plus_days: *plus_days,
                    date: moved,
                    last_day: facts.working_days.add(facts.today, *n),
                },
                Test::Passed => Check::Passed {
                    plus_months: *plus_months,
                    plus_days: *plus_days,
                    date: moved,
                    today: facts.today,
                },
            };
            ReasonTest::Answer {
                question: question.clone(),
                answer,
                check,
            }
        }
    };
    Reason {
        holds: c.holds(facts),
        test,
    }
}

impl Reason {
    /// Every flag this reason read, with whether it was raised: the UI links each to its own
    /// explanation.
    pub fn flags(&self) -> Vec<(&FlagId, bool)> {
        let mut out = Vec::new();
        self.visit(&mut |r| {
            if let ReasonTest::Flag { flag } = &r.test {
                out.push((flag, r.holds));
            }
        });
        out
    }

    /// Every question this reason read, with the answer given.
    pub fn answers(&self) -> Vec<(&NodeId, Option<&Answer>)> {
        let mut out = Vec::new();
        self.visit(&mut |r| {
            if let ReasonTest::Answer {
                question, answer, ..
            } = &r.test
            {
                out.push((question, answer.as_ref()));
            }
        });
        out
    }

    fn visit<'a>(&'a self, f: &mut dyn FnMut(&'a Reason)) {
        f(self);
        match &self.test {
            ReasonTest::All { parts } | ReasonTest::Any { parts } => {
                parts.iter().for_each(|p| p.visit(f))
            }
            ReasonTest::Not { part } => part.visit(f),
            _ => {}
        }
    }
}
