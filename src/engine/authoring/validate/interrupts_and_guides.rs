//! Outcomes shown outside the path (interrupts, the safety outcome), fields that fit only
//! one question type, and the flags and membership of guides and services.

use super::{Problems, Validator, SETTINGS_FILE};
use crate::engine::authoring::nation::settings_problems;
use crate::engine::ids::NodeId;
use crate::engine::model::{Channel, InputType, Node, Tier};
use crate::engine::problem::{FlagUse, Problem};

impl<'a> Validator<'a> {
    /// Interrupts and the safety outcome must be outcomes; guides must name real flags;
    /// the fields that only fit one question type are on that type; consortium members say
    /// which tier they are.
    pub(super) fn interrupts_and_guides(&self, p: &mut Problems) {
        let is_outcome = |id: &NodeId| matches!(self.node(id), Some((_, Node::Outcome(_))));
        let settings = self.c.settings.iter();
        for (setting, problem) in settings.flat_map(settings_problems) {
            p.add(SETTINGS_FILE, "settings", setting, problem);
        }
        if let Some(id) = self.c.safety_outcome() {
            match self.node(id) {
                Some((_, Node::Outcome(o))) if o.tier == Tier::Emergency => {}
                _ => p.add(
                    SETTINGS_FILE,
                    "settings",
                    "safety_outcome",
                    Problem::SafetyOutcomeNotEmergency {
                        outcome: id.to_string(),
                    },
                ),
            }
        }
        for (i, node) in self.c.nodes.iter().enumerate() {
            let Node::Question(q) = node else { continue };
            for o in &q.options {
                let Some(target) = &o.interrupt else { continue };
                if q.input == InputType::MultipleChoice {
                    self.at_option(p, i, o.id.as_str(), Problem::InterruptOnMultipleChoice);
                } else if !is_outcome(target) {
                    self.at_option(
                        p,
                        i,
                        o.id.as_str(),
                        Problem::InterruptNotOutcome {
                            target: target.to_string(),
                        },
                    );
                }
            }
            if q.optional && q.input != InputType::Text {
                self.at(p, i, Problem::OptionalNotText { input: q.input });
            }
            if let Some(d) = &q.deadline {
                if q.input != InputType::Date {
                    self.at(p, i, Problem::DeadlineNotDate { input: q.input });
                }
                if !self.flags.contains(d.flag.as_str()) {
                    self.at(
                        p,
                        i,
                        Problem::UnknownDeadlineFlag {
                            flag: d.flag.to_string(),
                        },
                    );
                }
            }
        }
        for g in &self.c.guides {
            let file = self.c.origin(g.id.as_str());
            for (key, f) in g
                .needs
                .iter()
                .map(|f| ("needs", f))
                .chain(g.also_needs_one_of.iter().map(|f| ("also_needs_one_of", f)))
                .chain(g.not_for.iter().map(|f| ("not_for", f)))
            {
                if !self.flags.contains(f.as_str()) {
                    p.add(
                        file,
                        "guide",
                        g.id.as_str(),
                        Problem::UnknownFlag {
                            by: FlagUse::Key(key),
                            flag: f.to_string(),
                        },
                    );
                }
            }
            if let Some(f) = g.not_for.iter().find(|f| g.needs.contains(f)) {
                p.add(
                    file,
                    "guide",
                    g.id.as_str(),
                    Problem::NeedsAndNotFor {
                        flag: f.to_string(),
                    },
                );
            }
        }
        for s in &self.c.services {
            let file = self.c.origin(s.id.as_str());
            if file.starts_with("content/directory/") {
                if s.contacts.iter().any(|c| c.channel == Channel::Text) {
                    p.add(file, "service", s.id.as_str(), Problem::MemberTextContact);
                }
                if s.membership.is_none() {
                    p.add(
                        file,
                        "service",
                        s.id.as_str(),
                        Problem::MemberWithoutMembership,
                    );
                }
                if s.needs.is_empty() {
                    p.add(file, "service", s.id.as_str(), Problem::MemberWithoutNeeds);
                }
            }
        }
    }
}
