//! Referrals: the debt question and priority flag of `settings.json` "referral" fit, and
//! circumstance flags (personal facts) name a consent group.

use super::{Problems, Validator, FLAGS_FILE, SETTINGS_FILE};
use crate::engine::model::{FlagKind, InputType, Node};
use crate::engine::problem::{FlagUse, NodeUse, Problem};

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
                    Problem::DebtQuestionNotMultipleChoice {
                        question: r.debt_question.to_string(),
                        kind: node_kind(n),
                    },
                ),
                None => p.add(
                    SETTINGS_FILE,
                    "settings",
                    "referral.debt_question",
                    Problem::UnknownNode {
                        by: NodeUse::DebtQuestion,
                        to: r.debt_question.to_string(),
                    },
                ),
            }
            if !self.flags.contains(r.priority_flag.as_str()) {
                p.add(
                    SETTINGS_FILE,
                    "settings",
                    "referral.priority_flag",
                    Problem::UnknownFlag {
                        by: FlagUse::PriorityFlag,
                        flag: r.priority_flag.to_string(),
                    },
                );
            }
        }
        for f in &self.c.flags {
            if f.kind == FlagKind::Circumstance && f.consent.is_none() {
                p.add(
                    FLAGS_FILE,
                    "flag",
                    f.id.as_str(),
                    Problem::CircumstanceWithoutConsent,
                );
            }
        }
    }
}

/// "a single_choice question", "an outcome": what a node is, for messages.
fn node_kind(n: &Node) -> String {
    match n {
        Node::Question(q) => format!("{} question", q.input.as_str()),
        other => other.kind_name().to_owned(),
    }
}
