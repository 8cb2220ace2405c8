//! Conditions on answers and flags, written in content as small JSON objects:
//! `{"answer": "housing", "equals": "private-rent"}`, `{"all": [...]}`, `{"not": {...}}`, …
//! They are read through [`RawCondition`] so that a mistake gets a message a content
//! author understands, rather than serde's "did not match any variant".

use crate::engine::ids::{FlagId, NodeId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawCondition", into = "RawCondition")]
pub enum Condition {
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// A flag has been raised earlier on the path.
    Flag(FlagId),
    /// A test on the answer to an earlier question on the path.
    Answer {
        question: NodeId,
        test: Test,
        /// Date tests: move the answer this many calendar months on first, so a deadline
        /// can be worked out from a date the person knows ("one month from the decision").
        plus_months: u32,
        /// Date tests: then move it this many days on ("14 days after the claim form came").
        plus_days: u32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Test {
    /// The question has been answered.
    Answered,
    /// Choice: the option chosen (multiple choice: among those chosen). Text: equal, ignoring case.
    Equals(String),
    /// Choice: any of these options chosen.
    OneOf(Vec<String>),
    /// Money (in pounds) or number.
    Compare(Comparison, f64),
    /// Date: on or before the Nth working day after today (past dates included).
    WithinWorkingDays(u32),
    /// Date: before today.
    Passed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
}

impl Comparison {
    /// The comparison as content writes it (`"at_least"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Comparison::AtLeast => "at_least",
            Comparison::AtMost => "at_most",
            Comparison::GreaterThan => "greater_than",
            Comparison::LessThan => "less_than",
        }
    }
}

/// The JSON shape of a condition: exactly one operator, plus `answer` for answer tests.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<FlagId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<NodeId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greater_than: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub less_than: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within_working_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus_months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus_days: Option<u32>,
}

const OPERATORS: &str = "all, any, not, flag, or answer with one of answered, equals, one_of, \
                         at_least, at_most, greater_than, less_than, within_working_days, passed";

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(r: RawCondition) -> Result<Self, String> {
        let mut found: Vec<Condition> = Vec::new();
        if let Some(v) = r.all {
            if v.is_empty() {
                return Err("\"all\" needs at least one condition".into());
            }
            found.push(Condition::All(v));
        }
        if let Some(v) = r.any {
            if v.is_empty() {
                return Err("\"any\" needs at least one condition".into());
            }
            found.push(Condition::Any(v));
        }
        if let Some(c) = r.not {
            found.push(Condition::Not(c));
        }
        if let Some(f) = r.flag {
            found.push(Condition::Flag(f));
        }
        let mut tests: Vec<Test> = Vec::new();
        if let Some(a) = r.answered {
            if !a {
                return Err("write {\"not\": {\"answer\": …, \"answered\": true}} rather than \"answered\": false".into());
            }
            tests.push(Test::Answered);
        }
        if let Some(v) = r.equals {
            tests.push(Test::Equals(v));
        }
        if let Some(v) = r.one_of {
            if v.is_empty() {
                return Err("\"one_of\" needs at least one value".into());
            }
            tests.push(Test::OneOf(v));
        }
        for (op, v) in [
            (Comparison::AtLeast, r.at_least),
            (Comparison::AtMost, r.at_most),
            (Comparison::GreaterThan, r.greater_than),
            (Comparison::LessThan, r.less_than),
        ] {
            if let Some(n) = v {
                tests.push(Test::Compare(op, n));
            }
        }
        if let Some(n) = r.within_working_days {
            tests.push(Test::WithinWorkingDays(n));
        }
        if let Some(p) = r.passed {
            if !p {
                return Err("write {\"not\": {\"answer\": …, \"passed\": true}} rather than \"passed\": false".into());
            }
            tests.push(Test::Passed);
        }
        let plus_months = r.plus_months.unwrap_or(0);
        let plus_days = r.plus_days.unwrap_or(0);
        if (plus_months > 0 || plus_days > 0)
            && !matches!(
                tests.as_slice(),
                [Test::WithinWorkingDays(_) | Test::Passed]
            )
        {
            return Err(
                "\"plus_months\" and \"plus_days\" only go with a date test: \"within_working_days\" or \"passed\""
                    .into(),
            );
        }
        match (r.answer, tests.len()) {
            (Some(question), 1) => found.push(Condition::Answer {
                question,
                test: tests.remove(0),
                plus_months,
                plus_days,
            }),
            (Some(q), 0) => {
                return Err(format!(
                    "the condition on answer \"{q}\" needs a test: answered, equals, one_of, at_least, at_most, greater_than, less_than, within_working_days or passed"
                ))
            }
            (Some(q), _) => {
                return Err(format!(
                    "the condition on answer \"{q}\" has more than one test; put them in \"all\""
                ))
            }
            (None, 0) => {}
            (None, _) => {
                return Err("a test such as \"equals\" needs \"answer\": the id of the question it tests".into())
            }
        }
        match found.len() {
            1 => Ok(found.remove(0)),
            0 => Err(format!("a condition needs one of: {OPERATORS}")),
            _ => Err(
                "a condition has more than one operator; combine them with \"all\" or \"any\""
                    .into(),
            ),
        }
    }
}

impl From<Condition> for RawCondition {
    fn from(c: Condition) -> Self {
        let mut r = RawCondition::default();
        match c {
            Condition::All(v) => r.all = Some(v),
            Condition::Any(v) => r.any = Some(v),
            Condition::Not(c) => r.not = Some(c),
            Condition::Flag(f) => r.flag = Some(f),
            Condition::Answer {
                question,
                test,
                plus_months,
                plus_days,
            } => {
                r.answer = Some(question);
                r.plus_months = (plus_months > 0).then_some(plus_months);
                r.plus_days = (plus_days > 0).then_some(plus_days);
                match test {
                    Test::Answered => r.answered = Some(true),
                    Test::Equals(v) => r.equals = Some(v),
                    Test::OneOf(v) => r.one_of = Some(v),
                    Test::Compare(Comparison::AtLeast, n) => r.at_least = Some(n),
                    Test::Compare(Comparison::AtMost, n) => r.at_most = Some(n),
                    Test::Compare(Comparison::GreaterThan, n) => r.greater_than = Some(n),
                    Test::Compare(Comparison::LessThan, n) => r.less_than = Some(n),
                    Test::WithinWorkingDays(n) => r.within_working_days = Some(n),
                    Test::Passed => r.passed = Some(true),
                }
            }
        }
        r
    }
}

impl Condition {
    /// Every question id this condition reads, for validation.
    pub fn questions(&self) -> Vec<&NodeId> {
        let mut out = Vec::new();
        self.visit(&mut |c| {
            if let Condition::Answer { question, .. } = c {
                out.push(question);
            }
        });
        out
    }

    /// Every flag this condition reads, for validation.
    pub fn flags(&self) -> Vec<&FlagId> {
        let mut out = Vec::new();
        self.visit(&mut |c| {
            if let Condition::Flag(f) = c {
                out.push(f);
            }
        });
        out
    }

    /// Calls `f` on this condition and every condition inside it.
    pub fn visit<'a>(&'a self, f: &mut dyn FnMut(&'a Condition)) {
        f(self);
        match self {
            Condition::All(v) | Condition::Any(v) => v.iter().for_each(|c| c.visit(f)),
            Condition::Not(c) => c.visit(f),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::answer::Answer;
    use crate::engine::date::{Date, WorkingDays};
    use crate::engine::facts::Facts;
    use std::collections::{BTreeMap, BTreeSet};

    fn parse(s: &str) -> Result<Condition, String> {
        serde_json::from_str::<Condition>(s).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_operator() {
        assert!(matches!(
            parse(r#"{"answer":"q","equals":"a"}"#).unwrap(),
            Condition::Answer {
                test: Test::Equals(_),
                ..
            }
        ));
        assert!(matches!(
            parse(r#"{"all":[{"flag":"f"},{"not":{"answer":"q","answered":true}}]}"#).unwrap(),
            Condition::All(v) if v.len() == 2
        ));
        assert!(matches!(
            parse(r#"{"answer":"d","within_working_days":5}"#).unwrap(),
            Condition::Answer {
                test: Test::WithinWorkingDays(5),
                ..
            }
        ));
    }

    #[test]
    fn reads_month_offsets_on_date_tests_only() {
        assert!(matches!(
            parse(r#"{"answer":"d","plus_months":1,"passed":true}"#).unwrap(),
            Condition::Answer {
                test: Test::Passed,
                plus_months: 1,
                ..
            }
        ));
        let e = parse(r#"{"answer":"d","plus_months":1,"equals":"x"}"#).unwrap_err();
        assert!(e.contains("only go with a date test"), "{e}");
        let e = parse(r#"{"answer":"d","plus_days":14,"answered":true}"#).unwrap_err();
        assert!(e.contains("only go with a date test"), "{e}");
        assert!(matches!(
            parse(r#"{"answer":"d","plus_days":14,"within_working_days":10}"#).unwrap(),
            Condition::Answer {
                test: Test::WithinWorkingDays(10),
                plus_months: 0,
                plus_days: 14,
                ..
            }
        ));
        let e = parse(r#"{"answer":"d","passed":false}"#).unwrap_err();
        assert!(e.contains("\"not\""), "{e}");
    }

    #[test]
    fn explains_mistakes() {
        let e = parse(r#"{"answer":"q"}"#).unwrap_err();
        assert!(e.contains("needs a test"), "{e}");
        let e = parse(r#"{"answer":"q","equals":"a","at_least":3}"#).unwrap_err();
        assert!(e.contains("more than one test"), "{e}");
        let e = parse(r#"{"equals":"a"}"#).unwrap_err();
        assert!(e.contains("needs \"answer\""), "{e}");
        let e = parse(r#"{"flag":"a","any":[{"flag":"b"}]}"#).unwrap_err();
        assert!(e.contains("more than one operator"), "{e}");
        let e = parse(r#"{"eqals":"a"}"#).unwrap_err();
        assert!(e.contains("unknown field `eqals`"), "{e}");
    }

    #[test]
    fn round_trips_through_json() {
        let src = r#"{"any":[{"answer":"m","at_least":100.5},{"flag":"x"}]}"#;
        let c = parse(src).unwrap();
        let back = serde_json::to_string(&c).unwrap();
        assert_eq!(parse(&back).unwrap(), c);
    }

    #[test]
    fn evaluates_against_facts() {
        let mut answers = BTreeMap::new();
        answers.insert(NodeId::from("money"), Answer::Money(50_050));
        answers.insert(
            NodeId::from("debts"),
            Answer::Choices(vec!["rent".into(), "card".into()]),
        );
        answers.insert(
            NodeId::from("court"),
            Answer::Date(Date::parse_iso("2026-11-27").unwrap()),
        );
        let flags = BTreeSet::from([FlagId::from("urgent")]);
        let facts = Facts {
            answers: &answers,
            flags: &flags,
            today: Date::parse_iso("2026-11-23").unwrap(),
            working_days: WorkingDays::default(),
        };
        let holds = |s: &str| parse(s).unwrap().holds(&facts);
        assert!(holds(r#"{"answer":"money","at_least":500.5}"#));
        assert!(!holds(r#"{"answer":"money","greater_than":500.5}"#));
        assert!(holds(r#"{"answer":"debts","equals":"rent"}"#));
        assert!(holds(r#"{"answer":"debts","one_of":["water","card"]}"#));
        assert!(!holds(r#"{"answer":"debts","one_of":["water"]}"#));
        assert!(holds(r#"{"answer":"court","within_working_days":4}"#));
        assert!(!holds(r#"{"answer":"court","within_working_days":3}"#));
        assert!(holds(r#"{"flag":"urgent"}"#));
        assert!(!holds(r#"{"answer":"missing","answered":true}"#));
        assert!(holds(r#"{"not":{"answer":"missing","answered":true}}"#));
        // A test that does not fit the answer's kind never holds.
        assert!(!holds(r#"{"answer":"money","equals":"rent"}"#));
    }
}
