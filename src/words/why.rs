//! "Why this result?" in the person's language, for adviser mode: the [`Explanation`] from
//! [`crate::engine::explain`] put into sentences with Fluent messages (`adviser.ftl`), so the
//! adviser and the person can read it together on the same screen.
//!
//! [`super::english::describe`] words the same explanation in English only, for the
//! authors' tool; this follows its choices (which parts of a condition to mention, options of
//! one question read as one choice) but gives one sentence per fact, as a list, and goes on
//! from each flag a rule read to the answers that raised it, so the deciding answers are named
//! under the rule that chose the result.

use crate::engine::answer::Answer;
use crate::engine::condition::Comparison;
use crate::engine::explain::{Check, Choice, Explanation, RaisedBy, Reason, ReasonTest};
use crate::engine::model::InputType;
use crate::engine::{Content, FlagId, NodeId};
use crate::words::display;
use crate::words::i18n::Translator;

/// How deep the answers behind a flag are followed (a flag read by a rule that reads flags…).
/// The shipped content goes two deep; the limit only keeps bad content finite.
const MAX_DEPTH: usize = 4;

/// One statement, with the statements behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// For a flag that was raised: why, down to the answers.
    pub behind: Vec<Line>,
}

impl Line {
    fn new(text: String) -> Line {
        Line {
            text,
            behind: Vec::new(),
        }
    }

    /// Every sentence in this line and under it, depth first.
    pub fn all_text(&self) -> Vec<&str> {
        let mut out = vec![self.text.as_str()];
        for b in &self.behind {
            out.extend(b.all_text());
        }
        out
    }
}

/// The whole explanation, in words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WhyWords {
    pub outcome: Option<OutcomeWords>,
    pub flags: Vec<FlagWords>,
    pub members: Vec<MemberWords>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeWords {
    /// "See an adviser (Referral)".
    pub title: String,
    pub because: Vec<Line>,
    /// More urgent results checked first, each with why it did not apply.
    pub passed_over: Vec<PassedOverWords>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassedOverWords {
    pub title: String,
    pub because: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagWords {
    pub id: String,
    pub label: String,
    pub because: Vec<Line>,
    /// "Court date: 25 November 2026".
    pub deadlines: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberWords {
    /// "Organisation: Service".
    pub name: String,
    pub reasons: Vec<String>,
}

/// Puts `explanation` (with its members filled in) into words in `t`'s language.
pub fn why_words(content: &Content, explanation: &Explanation, t: &Translator) -> WhyWords {
    let w = Words {
        content,
        explanation,
        t,
    };
    let outcome = explanation.outcome.as_ref().map(|o| {
        let title = content
            .outcome(&o.outcome)
            .map_or_else(|| o.outcome.to_string(), |x| t.text(x.title.as_str()));
        let tier = t.text(&format!("tier-{}", o.tier.as_str()));
        let because = match &o.chosen_by {
            Choice::Option { question, option } => {
                vec![Line::new(w.chose(question, &[option.as_str()]))]
            }
            Choice::Rule {
                reason: Some(r), ..
            } => w.reason(r, 0),
            Choice::Rule { passed_over, .. } if passed_over.is_empty() => {
                vec![Line::new(t.text_with(
                    "adviser-why-after",
                    &[("question", w.node(&o.chosen_at))],
                ))]
            }
            Choice::Rule { .. } => vec![Line::new(t.text("adviser-why-otherwise"))],
        };
        let passed_over = match &o.chosen_by {
            Choice::Rule { passed_over, .. } => passed_over
                .iter()
                .filter_map(|p| {
                    let title = content.outcome(&p.goto)?;
                    Some(PassedOverWords {
                        title: t.text(title.title.as_str()),
                        because: w.reason(&p.reason, MAX_DEPTH),
                    })
                })
                .collect(),
            Choice::Option { .. } => Vec::new(),
        };
        OutcomeWords {
            title: t.text_with("adviser-why-result", &[("outcome", title), ("tier", tier)]),
            because,
            passed_over,
        }
    });
    let flags = explanation
        .flags
        .iter()
        .map(|f| {
            let mut because = w.behind(&f.flag, 0);
            if because.is_empty() {
                because.push(Line::new(t.text("adviser-why-raised-earlier")));
            }
            let deadlines = f
                .deadlines
                .iter()
                .map(|d| {
                    let date = display::long_date(t, d.date);
                    match content
                        .question(&d.question)
                        .and_then(|q| q.deadline_label())
                    {
                        Some(label) => t.text_with(
                            "deadline-named",
                            &[("label", t.text(label.as_str())), ("date", date)],
                        ),
                        None => t.text_with("deadline", &[("date", date)]),
                    }
                })
                .collect();
            FlagWords {
                id: f.flag.to_string(),
                label: w.flag_label(&f.flag),
                because,
                deadlines,
            }
        })
        .collect();
    let members = explanation
        .members
        .iter()
        .map(|m| MemberWords {
            name: content.service(&m.service).map_or_else(
                || m.service.to_string(),
                |s| format!("{}: {}", s.organisation, s.name),
            ),
            reasons: m
                .reasons
                .iter()
                .map(|r| crate::words::reasons::reason_sentence(content, t, r))
                .collect(),
        })
        .collect();
    WhyWords {
        outcome,
        flags,
        members,
    }
}

struct Words<'a> {
    content: &'a Content,
    explanation: &'a Explanation,
    t: &'a Translator,
}

impl Words<'_> {
    fn quoted(&self, s: &str) -> String {
        self.t
            .text_with("adviser-why-quoted", &[("text", s.to_owned())])
    }

    fn flag_label(&self, f: &FlagId) -> String {
        match self.content.flag(f) {
            Some(d) => self.t.text(d.label.as_str()),
            None => f.to_string(),
        }
    }

    /// A question's title, quoted.
    fn node(&self, id: &NodeId) -> String {
        self.quoted(&display::question_title(self.t, self.content, id))
    }

    fn option(&self, question: &NodeId, option: &str) -> String {
        let label = match self.content.question(question) {
            Some(q) => display::option_label(self.t, q, option),
            None => option.to_owned(),
        };
        self.quoted(&label)
    }

    /// "A, B and C" in the locale's words.
    fn list(&self, items: Vec<String>) -> String {
        match items.len() {
            0 => String::new(),
            1 => items.into_iter().next().unwrap_or_default(),
            n => {
                let sep = self.t.text("adviser-why-list-separator");
                let first = items[..n - 1].join(&sep);
                self.t.text_with(
                    "adviser-why-and",
                    &[("list", first), ("last", items[n - 1].clone())],
                )
            }
        }
    }

    fn chose(&self, question: &NodeId, options: &[&str]) -> String {
        let labels = options.iter().map(|o| self.option(question, o)).collect();
        self.t.text_with(
            "adviser-why-chose",
            &[
                ("question", self.node(question)),
                ("options", self.list(labels)),
            ],
        )
    }

    /// Why a raised flag was raised: the options chosen and the rules that held, each rule
    /// with the answers behind the flags it read.
    fn behind(&self, flag: &FlagId, depth: usize) -> Vec<Line> {
        if depth > MAX_DEPTH {
            return Vec::new();
        }
        let Some(f) = self.explanation.flags.iter().find(|x| &x.flag == flag) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for r in f.grouped() {
            match r {
                RaisedBy::Chose { question, options } => {
                    out.push(Line::new(self.chose(question, &options)))
                }
                RaisedBy::Rule(reason) => out.extend(self.reason(reason, depth + 1)),
            }
        }
        out
    }

    /// Why `r` has the value it has, one true statement a line. `depth` past [`MAX_DEPTH`]
    /// stops following raised flags to their answers.
    fn reason(&self, r: &Reason, depth: usize) -> Vec<Line> {
        match &r.test {
            ReasonTest::All { parts } | ReasonTest::Any { parts } => {
                let all = matches!(r.test, ReasonTest::All { .. });
                // A holding "all", or a failing "any", needs every part; otherwise the parts
                // that gave the result are enough.
                parts
                    .iter()
                    .filter(|p| all == r.holds || p.holds == r.holds)
                    .flat_map(|p| self.reason(p, depth))
                    .collect()
            }
            ReasonTest::Not { part } => self.reason(part, depth),
            ReasonTest::Flag { flag } if r.holds => vec![Line {
                text: self.t.text_with(
                    "adviser-why-flag-raised",
                    &[("flag", self.quoted(&self.flag_label(flag)))],
                ),
                behind: self.behind(flag, depth),
            }],
            ReasonTest::Flag { flag } => vec![Line::new(self.t.text_with(
                "adviser-why-flag-not-raised",
                &[("flag", self.quoted(&self.flag_label(flag)))],
            ))],
            ReasonTest::Answer {
                question,
                answer,
                check,
            } => vec![Line::new(self.answer(
                question,
                answer.as_ref(),
                check,
                r.holds,
            ))],
        }
    }

    fn answer(&self, q: &NodeId, answer: Option<&Answer>, check: &Check, holds: bool) -> String {
        let t = self.t;
        let question = self.node(q);
        let Some(answer) = answer else {
            return t.text_with("adviser-why-not-asked", &[("question", question)]);
        };
        let shown = || match self.content.question(q) {
            Some(x) => display::answer_lines(t, x, answer).join(", "),
            None => String::new(),
        };
        match check {
            Check::Answered => t.text_with("adviser-why-answered", &[("question", question)]),
            Check::Equals { value } => match answer {
                Answer::Text(_) if holds => t.text_with(
                    "adviser-why-chose",
                    &[("question", question), ("options", self.quoted(&shown()))],
                ),
                _ if holds => self.chose(q, &[value.as_str()]),
                _ => t.text_with(
                    "adviser-why-not-chose",
                    &[("question", question), ("option", self.option(q, value))],
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
                    let mut labels: Vec<String> =
                        values.iter().take(3).map(|v| self.option(q, v)).collect();
                    if values.len() > 3 {
                        labels.push(t.text_with_count(
                            "adviser-why-others",
                            "count",
                            (values.len() - 3) as i64,
                        ));
                    }
                    t.text_with(
                        "adviser-why-chose-none",
                        &[("question", question), ("options", self.list(labels))],
                    )
                }
            }
            Check::Compare { comparison, value } => {
                let money = self
                    .content
                    .question(q)
                    .is_some_and(|x| x.input == InputType::Money);
                let amount = if money {
                    display::money(t, (value * 100.0).round() as i64)
                } else {
                    format!("{value}")
                };
                // What does not hold is said the other way round: "not at least" is "less than".
                let op = match (comparison, holds) {
                    (Comparison::AtLeast, true) | (Comparison::LessThan, false) => "at-least",
                    (Comparison::AtMost, true) | (Comparison::GreaterThan, false) => "at-most",
                    (Comparison::GreaterThan, true) | (Comparison::AtMost, false) => "more-than",
                    (Comparison::LessThan, true) | (Comparison::AtLeast, false) => "less-than",
                };
                t.text_with(
                    &format!("adviser-why-{op}"),
                    &[
                        ("question", question),
                        ("answer", shown()),
                        ("value", amount),
                    ],
                )
            }
            Check::WithinWorkingDays {
                days,
                plus_months,
                plus_days,
                date,
                last_day,
            } => {
                let id = if holds {
                    "adviser-why-within"
                } else {
                    "adviser-why-not-within"
                };
                t.text_with(
                    id,
                    &[
                        ("question", question),
                        (
                            "date",
                            self.dated((*plus_months, *plus_days), *date, &shown),
                        ),
                        ("days", days.to_string()),
                        ("last", display::long_date(t, *last_day)),
                    ],
                )
            }
            Check::Passed {
                plus_months,
                plus_days,
                date,
                ..
            } => {
                let id = if holds {
                    "adviser-why-passed"
                } else {
                    "adviser-why-not-passed"
                };
                t.text_with(
                    id,
                    &[
                        ("question", question),
                        (
                            "date",
                            self.dated((*plus_months, *plus_days), *date, &shown),
                        ),
                    ],
                )
            }
        }
    }

    /// The date a date test compared: the answer, or the answer moved on by some months
    /// and days.
    fn dated(
        &self,
        (months, days): (u32, u32),
        date: Option<crate::engine::Date>,
        shown: &dyn Fn() -> String,
    ) -> String {
        let Some(date) = date else { return shown() };
        let long = display::long_date(self.t, date);
        let mut after: Vec<String> = Vec::new();
        if months > 0 {
            after.push(
                self.t
                    .text_with_count("adviser-why-months", "months", i64::from(months)),
            );
        }
        if days > 0 {
            after.push(
                self.t
                    .text_with_count("adviser-why-days", "days", i64::from(days)),
            );
        }
        if after.is_empty() {
            return long;
        }
        self.t.text_with(
            "adviser-why-months-later",
            &[("date", long), ("months", after.join(", "))],
        )
    }
}

fn chosen(a: &Answer) -> Vec<&str> {
    match a {
        Answer::Choice(o) => vec![o.as_str()],
        Answer::Choices(os) => os.iter().map(|o| o.as_str()).collect(),
        _ => vec![],
    }
}
