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
//! The structure holds ids only, so the app can put it into words in any locale. [`describe`]
//! does so in English for the authors' tool and the tests.
//!
//! [`evaluate`]: super::evaluate::evaluate

use super::answer::{answer_fits, format_pounds, Answer, Answers};
use super::condition::{Comparison, Condition, Facts, Test};
use super::date::{Date, WorkingDays};
use super::evaluate::{option_goto, Deadline, Evaluation};
use super::ids::{FlagId, NodeId, OptionId};
use super::matching::{MatchReason, MemberMatch};
use super::model::{Channel, Content, FlagKind, FlagRule, InputType, Membership, Node, Rule, Tier};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Everything that led to an evaluation's flags and outcome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Explanation {
    /// Each raised flag, most urgent first (`flags.json` order).
    pub flags: Vec<FlagExplanation>,
    /// `None` until the path reaches an outcome.
    pub outcome: Option<OutcomeExplanation>,
    /// The recommended members, with their [`MatchReason`]s. Matching needs the referral
    /// details (area, consent, channel), which the explanation does not see, so the caller
    /// fills this from [`super::matching::match_members`]; [`describe`] puts it into words.
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
            let facts = Facts {
                answers: &on_path,
                flags: &flags,
                today,
                working_days: wd.clone(),
            };
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
        let facts = Facts {
            answers: &on_path,
            flags: &flags,
            today,
            working_days: wd.clone(),
        };
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
    explained.sort_by_key(|f| (content.urgency_rank(&f.flag), f.flag.clone()));

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

// ---------------------------------------------------------------------------------------------
// Plain English, for the authors' tool and the tests. The app words it with Fluent messages.

/// The explanation in plain English, one line for the outcome, one per flag, one per member.
/// `text` looks up a message in the default locale (question titles, option and flag labels).
pub fn describe(
    content: &Content,
    explanation: &Explanation,
    text: &dyn Fn(&str) -> String,
) -> Vec<String> {
    let w = Words { content, text };
    let mut out = Vec::new();
    if let Some(o) = &explanation.outcome {
        let title = content
            .outcome(&o.outcome)
            .map_or_else(|| o.outcome.to_string(), |x| text(x.title.as_str()));
        let tier = text(&format!("tier-{}", o.tier.as_str()));
        let why = match &o.chosen_by {
            Choice::Option { question, option } => w.chose(question, &[option.as_str()]),
            Choice::Rule {
                reason: Some(r), ..
            } => w.reason(r),
            Choice::Rule {
                reason: None,
                passed_over,
                ..
            } if passed_over.is_empty() => format!("it comes after {}", w.node(&o.chosen_at)),
            Choice::Rule { passed_over, .. } => {
                format!("none of the {} rules before it applied", passed_over.len())
            }
        };
        out.push(format!("{title} ({tier}): because {why}"));
    }
    for f in &explanation.flags {
        // Options of one question that raise the same flag read as one choice.
        let mut whys: Vec<String> = Vec::new();
        let mut i = 0;
        while let Some(s) = f.raised_by.get(i) {
            match s {
                FlagSource::Option { question, .. } => {
                    let options: Vec<&str> = f.raised_by[i..]
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
                    whys.push(w.chose(question, &options));
                }
                FlagSource::Rule { reason, .. } => {
                    i += 1;
                    whys.push(w.reason(reason));
                }
            }
        }
        let whys = if whys.is_empty() {
            "raised earlier".to_owned()
        } else {
            whys.join("; ")
        };
        out.push(format!("{}: {whys}", w.flag(&f.flag)));
    }
    for m in &explanation.members {
        let name = content.service(&m.service).map_or_else(
            || m.service.to_string(),
            |s| format!("{} ({})", s.name, s.organisation),
        );
        let reasons: Vec<String> = m.reasons.iter().map(|r| w.member_reason(r)).collect();
        out.push(format!("Recommended {name}: {}", reasons.join("; ")));
    }
    out
}

struct Words<'a> {
    content: &'a Content,
    text: &'a dyn Fn(&str) -> String,
}

impl Words<'_> {
    fn flag(&self, f: &FlagId) -> String {
        match self.content.flag(f) {
            Some(d) => format!("'{}'", (self.text)(d.label.as_str())),
            None => format!("'{f}'"),
        }
    }

    fn node(&self, id: &NodeId) -> String {
        match self.content.question(id) {
            Some(q) => format!("'{}'", (self.text)(q.title.as_str())),
            None => format!("'{id}'"),
        }
    }

    fn option(&self, question: &NodeId, option: &str) -> String {
        let label = self
            .content
            .question(question)
            .and_then(|q| q.options.iter().find(|o| o.id.as_str() == option))
            .map(|o| match &o.label {
                Some(m) => (self.text)(m.as_str()),
                // Yes/no options use the app's own words for yes, no and don't know.
                None => (self.text)(option),
            });
        format!("'{}'", label.unwrap_or_else(|| option.to_owned()))
    }

    fn chose(&self, question: &NodeId, options: &[&str]) -> String {
        let labels: Vec<String> = options.iter().map(|o| self.option(question, o)).collect();
        format!(
            "you chose {} for {}",
            labels.join(" and "),
            self.node(question)
        )
    }

    /// Why `r` has the value it has. Every part is a true statement, so they join with "and".
    fn reason(&self, r: &Reason) -> String {
        match &r.test {
            ReasonTest::All { parts } | ReasonTest::Any { parts } => {
                let all = matches!(r.test, ReasonTest::All { .. });
                // A holding "all", or a failing "any", needs every part; otherwise the parts
                // that gave the result are enough.
                let chosen: Vec<String> = parts
                    .iter()
                    .filter(|p| all == r.holds || p.holds == r.holds)
                    .map(|p| self.reason(p))
                    .collect();
                chosen.join(" and ")
            }
            ReasonTest::Not { part } => self.reason(part),
            ReasonTest::Flag { flag } if r.holds => format!("{} was raised", self.flag(flag)),
            ReasonTest::Flag { flag } => format!("{} was not raised", self.flag(flag)),
            ReasonTest::Answer {
                question,
                answer,
                check,
            } => self.answer(question, answer.as_ref(), check, r.holds),
        }
    }

    fn answer(&self, q: &NodeId, answer: Option<&Answer>, check: &Check, holds: bool) -> String {
        let title = self.node(q);
        let Some(answer) = answer else {
            return format!("{title} was not asked");
        };
        let not = if holds { "" } else { "not " };
        match check {
            Check::Answered => format!("you answered {title}"),
            Check::Equals { value } => match answer {
                Answer::Text(t) => format!("your answer to {title}, '{t}', is {not}'{value}'"),
                _ if holds => self.chose(q, &[value.as_str()]),
                _ => format!(
                    "you did not choose {} for {title}",
                    self.option(q, value.as_str())
                ),
            },
            Check::OneOf { values } => {
                let picked: Vec<&str> = chosen(answer)
                    .into_iter()
                    .filter(|o| values.iter().any(|v| v == o))
                    .collect();
                if holds {
                    self.chose(q, &picked)
                } else {
                    let mut labels: Vec<String> = values
                        .iter()
                        .take(3)
                        .map(|v| self.option(q, v.as_str()))
                        .collect();
                    if values.len() > 3 {
                        labels.push(format!("{} others", values.len() - 3));
                    }
                    format!("you chose none of {} for {title}", labels.join(", "))
                }
            }
            Check::Compare { comparison, value } => {
                let money = self
                    .content
                    .question(q)
                    .is_some_and(|x| x.input == InputType::Money);
                let amount = |x: f64| {
                    if money {
                        format_pounds((x * 100.0).round() as i64)
                    } else {
                        format!("{x}")
                    }
                };
                let given = match answer {
                    Answer::Money(p) => format_pounds(*p),
                    Answer::Number(n) => n.to_string(),
                    _ => "not a number".to_owned(),
                };
                let op = match comparison {
                    Comparison::AtLeast => "at least",
                    Comparison::AtMost => "at most",
                    Comparison::GreaterThan => "more than",
                    Comparison::LessThan => "less than",
                };
                format!(
                    "your answer to {title}, {given}, is {not}{op} {}",
                    amount(*value)
                )
            }
            Check::WithinWorkingDays {
                days,
                plus_months,
                plus_days,
                date,
                last_day,
            } => {
                let subject = dated(&title, (*plus_months, *plus_days), *date);
                let when = if holds { "on or before" } else { "after" };
                format!(
                    "{subject}, {when} {}, {days} working days from today",
                    long_date(*last_day)
                )
            }
            Check::Passed {
                plus_months,
                plus_days,
                date,
                ..
            } => {
                let subject = dated(&title, (*plus_months, *plus_days), *date);
                let has = if holds {
                    "has passed"
                } else {
                    "has not passed"
                };
                format!("{subject}, {has}")
            }
        }
    }

    fn member_reason(&self, r: &MatchReason) -> String {
        match r {
            MatchReason::Membership { membership, tier } => {
                let m = match membership {
                    Membership::Full => "a full member, which takes complex cases",
                    Membership::Associate => "an associate member, advising in its own field",
                    Membership::Affiliate => "an affiliate, a community group",
                };
                format!("{m} ({} outcome)", tier.as_str())
            }
            MatchReason::Needs { flags } => {
                let labels: Vec<String> = flags.iter().map(|f| self.flag(f)).collect();
                format!("helps with {}", labels.join(", "))
            }
            MatchReason::Area { area } => format!("works in {area}"),
            MatchReason::AreaEverywhere => "works everywhere".to_owned(),
            MatchReason::AreaIgnored { area } => {
                format!("no member works in {area}, so members elsewhere are suggested")
            }
            MatchReason::Language { language } => format!("works in the language '{language}'"),
            MatchReason::Eligible { flags } => {
                let labels: Vec<String> = flags.iter().map(|f| self.flag(f)).collect();
                format!(
                    "is for people with {}, which they have",
                    labels.join(" or ")
                )
            }
            MatchReason::EligibleUnchecked { flags } => {
                let labels: Vec<String> = flags.iter().map(|f| self.flag(f)).collect();
                format!(
                    "is only for people with {}, which they chose not to share: check it fits",
                    labels.join(" or ")
                )
            }
            MatchReason::EligibleAreaUnchecked { areas } => format!(
                "is only for people who live in {}, and no area was given: check it fits",
                areas.join(" or ")
            ),
            MatchReason::Channel { channel } => {
                let c = match channel {
                    Channel::Phone => "phone",
                    Channel::Text => "a text message",
                    Channel::Email => "email",
                    Channel::Website => "its website",
                    Channel::Visit => "a visit",
                };
                format!("can be contacted by {c}")
            }
        }
    }
}

fn chosen(a: &Answer) -> Vec<&str> {
    match a {
        Answer::Choice(o) => vec![o.as_str()],
        Answer::Choices(os) => os.iter().map(OptionId::as_str).collect(),
        _ => vec![],
    }
}

fn dated(title: &str, (months, days): (u32, u32), date: Option<Date>) -> String {
    let date = date.map_or_else(|| "not a date".to_owned(), long_date);
    let plural = |n: u32, one: &str, many: &str| match n {
        1 => format!("one {one}"),
        n => format!("{n} {many}"),
    };
    let after = match (months, days) {
        (0, 0) => return format!("the date for {title} is {date}"),
        (m, 0) => plural(m, "month", "months"),
        (0, d) => plural(d, "day", "days"),
        (m, d) => format!(
            "{} and {}",
            plural(m, "month", "months"),
            plural(d, "day", "days")
        ),
    };
    format!("{after} after the date for {title} is {date}")
}

/// "Monday 30 November 2026".
pub fn long_date(d: Date) -> String {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    format!(
        "{} {} {month} {}",
        DAYS[usize::from(d.weekday() % 7)],
        d.day,
        d.year
    )
}
