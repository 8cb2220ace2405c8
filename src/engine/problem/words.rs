//! The small pieces of English the problems' messages are built from: lists, articles, the
//! names of question types and of what a message is used by.

use crate::engine::model::InputType;
use std::fmt;

/// "an" before a vowel, "a" otherwise.
pub fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// "\"a\"", "\"a\" and \"b\"", ...
pub fn quoted_list<S: AsRef<str>>(items: &[S]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|s| format!("\"{}\"", s.as_ref()))
        .collect();
    and_list(&quoted)
}

/// "\"a\"", "\"a\" or \"b\"", ...
pub fn quoted_or<S: AsRef<str>>(items: &[S]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|s| format!("\"{}\"", s.as_ref()))
        .collect();
    or_list(&quoted)
}

/// "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, "and")
}

pub fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, "or")
}

fn joined<S: AsRef<str>>(items: &[S], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", init.join(", "), last.as_ref())
        }
    }
}

/// What a test on an answer of this type can use instead of one that does not fit.
pub(super) fn suggestion(t: &InputType) -> &'static str {
    match t {
        InputType::Money | InputType::Number => "use at_least, at_most, greater_than or less_than",
        InputType::Date => "use within_working_days or passed",
        InputType::Text => "use equals",
        _ => "use equals or one_of with option ids",
    }
}

/// "its options are \"a\" and \"b\"", or "it has no options".
pub(super) fn options_are(options: &[String]) -> String {
    if options.is_empty() {
        "it has no options".to_owned()
    } else {
        format!("its options are {}", quoted_list(options))
    }
}

/// The file that lists the interface messages that go in this .ftl file.
pub(super) fn message_list(ftl: &str) -> &'static str {
    match ftl {
        "summary.ftl" => "src/engine/messages/summary.rs",
        "referral.ftl" => "src/engine/messages/referral_pages.rs",
        _ => "src/engine/messages.rs",
    }
}

/// The places where a node id was defined more than once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodePlaces {
    /// Every definition's file is known: these, each once, in order.
    In(Vec<String>),
    /// Only the first definition's file is known.
    FirstIn(String),
}

impl fmt::Display for NodePlaces {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NodePlaces::In(files) => write!(f, "in {}", and_list(files)),
            NodePlaces::FirstIn(file) => write!(f, "the first in {file}"),
        }
    }
}

/// What names a node that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeUse {
    /// An option's `goto`.
    Goto,
    /// The rule in `next` with this number (from 1).
    Rule(usize),
    /// `referral.debt_question` in the settings.
    DebtQuestion,
}

impl fmt::Display for NodeUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NodeUse::Goto => f.write_str("goes to"),
            NodeUse::Rule(n) => write!(f, "rule {n} in \"next\" goes to"),
            NodeUse::DebtQuestion => f.write_str("\"debt_question\" names"),
        }
    }
}

/// What names a flag that is not in `content/flags.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlagUse {
    /// An option's `flags`.
    Option,
    /// A rule in a node's `flags`.
    Flags,
    /// This key of a guide or service (`needs`, `also_needs_one_of`, `not_for`).
    Key(&'static str),
    /// `referral.priority_flag` in the settings.
    PriorityFlag,
    /// A condition.
    Condition(IfPlace),
    /// A service's `eligible` `flags_any`.
    EligibleFlagsAny,
}

impl fmt::Display for FlagUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FlagUse::Option => f.write_str("raises the flag"),
            FlagUse::Flags => f.write_str("\"flags\" raises the flag"),
            FlagUse::Key(key) => write!(f, "\"{key}\" names the flag"),
            FlagUse::PriorityFlag => f.write_str("\"priority_flag\" is"),
            FlagUse::Condition(place) => write!(f, "{place} tests the flag"),
            FlagUse::EligibleFlagsAny => f.write_str("\"eligible\" \"flags_any\" names the flag"),
        }
    }
}

/// Where a condition is in its node, shown as `the "if" of rule 2 in "next"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IfPlace {
    /// The rule in `flags` that raises this flag.
    Flag(String),
    /// The rule in `next` with this number (from 1).
    Rule(usize),
}

impl fmt::Display for IfPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IfPlace::Flag(id) => write!(f, "the \"if\" that raises the flag \"{id}\""),
            IfPlace::Rule(n) => write!(f, "the \"if\" of rule {n} in \"next\""),
        }
    }
}

/// What uses a message a translation lacks, to name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageUse {
    /// A node, flag, guide or service (`what` is its kind), in this file.
    By {
        what: &'static str,
        who: String,
        file: String,
    },
    /// The app's interface.
    Interface,
    /// Nothing the checks know of.
    Unknown,
}

impl fmt::Display for MessageUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageUse::By { what, who, file } => write!(f, ", used by {what} \"{who}\" in {file}"),
            MessageUse::Interface => f.write_str(", a message of the app's interface"),
            MessageUse::Unknown => Ok(()),
        }
    }
}

/// A number from the content (such as `min`), written as it is read; equal by its bits.
#[derive(Clone, Copy, Debug)]
pub struct Num(pub f64);

impl PartialEq for Num {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Num {}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(or_list(&["a", "b", "c"]), "a, b or c");
        assert_eq!(quoted_list(&["yes", "no"]), "\"yes\" and \"no\"");
        assert_eq!(article("outcome"), "an");
        assert_eq!(article("route"), "a");
    }
}
