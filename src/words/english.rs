//! An [`Explanation`] in the authors' English, for `signpost explain` and the tests: it names
//! the rules' structure (how many rules came before, which flags were not raised) that an author
//! debugging the tree needs. Advisers read the same explanation in their own language from
//! [`super::why`]; this file never reaches the web build.

use crate::engine::answer::{format_pounds, Answer};
use crate::engine::condition::Comparison;
use crate::engine::date::Date;
use crate::engine::explain::{Check, Choice, Explanation, RaisedBy, Reason, ReasonTest};
use crate::engine::ids::{FlagId, NodeId, OptionId};
use crate::engine::matching::MatchReason;
use crate::engine::model::{Channel, Content, InputType, Membership};

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
        let whys: Vec<String> = f
            .grouped()
            .into_iter()
            .map(|r| match r {
                RaisedBy::Chose { question, options } => w.chose(question, &options),
                RaisedBy::Rule(reason) => w.reason(reason),
            })
            .collect();
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
    format!("{} {}", DAYS[usize::from(d.weekday() % 7)], date(d))
}

/// "30 November 2026".
pub fn date(d: Date) -> String {
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
    format!("{} {month} {}", d.day, d.year)
}
