//! Referrals: the debt question and priority flag of `settings.json` "referral" fit, and
//! circumstance flags (personal facts) name a consent group.

use super::{article, type_name, unknown_node, Problems, Validator, FLAGS_FILE, SETTINGS_FILE};
use crate::engine::model::{FlagKind, InputType, Node};

impl<'a> Validator<'a> {
    /// The debt question and priority flag the referral pages rely on exist and fit, and
    /// circumstance flags, which are personal facts, say which consent group they are in.
    pub(super) fn referral(&self, p: &mut Problems) {
        if let Some(r) = self.c.referral_settings() {
            match self.node(&r.debt_question) {
                Some((_, Node::Question(q))) if q.input == InputType::MultipleChoice => {}
                Some((_, n)) => p.add(
                    SETTINGS_FILE,
                    "settings",
                    "referral.debt_question",
                    format!(
                        "\"debt_question\" is \"{}\", which is {} {}, not a multiple_choice \
                         question; the referral pages list its options as the kinds of debt, so \
                         point it at the question that asks which debts the person has",
                        r.debt_question,
                        article(&node_kind(n)),
                        node_kind(n)
                    ),
                ),
                None => p.add(
                    SETTINGS_FILE,
                    "settings",
                    "referral.debt_question",
                    unknown_node("\"debt_question\" names", &r.debt_question),
                ),
            }
            if !self.flags.contains(r.priority_flag.as_str()) {
                p.add(
                    SETTINGS_FILE,
                    "settings",
                    "referral.priority_flag",
                    format!(
                        "\"priority_flag\" is \"{}\", which is not in content/flags.json; \
                         fix the spelling, or add the flag there",
                        r.priority_flag
                    ),
                );
            }
        }
        for f in &self.c.flags {
            if f.kind == FlagKind::Circumstance && f.consent.is_none() {
                p.add(
                    FLAGS_FILE,
                    "flag",
                    f.id.as_str(),
                    "is a circumstance, a personal fact about the household, but has no \
                     \"consent\"; add \"consent\": \"health-safety\" or \"household-money\" \
                     so it is left out of a referral when the person does not agree to share it",
                );
            }
        }
    }
}

/// "a single_choice question", "an outcome": what a node is, for messages.
fn node_kind(n: &Node) -> String {
    match n {
        Node::Question(q) => format!("{} question", type_name(q.input)),
        other => other.kind_name().to_owned(),
    }
}
