//! Outcomes shown outside the path (interrupts, the safety outcome), fields that fit only
//! one question type, and the flags and membership of guides and services.

use super::{type_name, Problems, Validator, SETTINGS_FILE};
use crate::engine::authoring::nation::settings_problems;
use crate::engine::ids::NodeId;
use crate::engine::model::{Channel, InputType, Node, Tier};

impl<'a> Validator<'a> {
    /// Interrupts and the safety outcome must be outcomes; guides must name real flags;
    /// the fields that only fit one question type are on that type; consortium members say
    /// which tier they are.
    pub(super) fn interrupts_and_guides(&self, p: &mut Problems) {
        let is_outcome = |id: &NodeId| matches!(self.node(id), Some((_, Node::Outcome(_))));
        let settings = self.c.settings.iter();
        for (setting, message) in settings.flat_map(settings_problems) {
            p.add(SETTINGS_FILE, "settings", setting, message);
        }
        if let Some(id) = self.c.safety_outcome() {
            match self.node(id) {
                Some((_, Node::Outcome(o))) if o.tier == Tier::Emergency => {}
                _ => p.add(
                    SETTINGS_FILE,
                    "settings",
                    "safety_outcome",
                    format!(
                        "\"safety_outcome\" is \"{id}\", which is not an outcome with \"tier\": \
                         \"emergency\"; it is the page behind \"Get help now\", so point it at \
                         the emergency outcome"
                    ),
                ),
            }
        }
        for (i, node) in self.c.nodes.iter().enumerate() {
            let Node::Question(q) = node else { continue };
            for o in &q.options {
                let Some(target) = &o.interrupt else { continue };
                if q.input == InputType::MultipleChoice {
                    self.at_option(
                        p,
                        i,
                        o.id.as_str(),
                        "has \"interrupt\", which only works on single_choice and yes_no \
                         questions; ask the safety question on its own page",
                    );
                } else if !is_outcome(target) {
                    self.at_option(
                        p,
                        i,
                        o.id.as_str(),
                        format!(
                            "\"interrupt\" is \"{target}\", which is not an outcome; an \
                             interrupt shows an outcome page (such as who to call) before the \
                             questions carry on"
                        ),
                    );
                }
            }
            if q.optional && q.input != InputType::Text {
                self.at(
                    p,
                    i,
                    format!(
                        "\"optional\" only applies to text questions, and this is a {} \
                         question; remove it, or add an option such as \"I don't know\"",
                        type_name(q.input)
                    ),
                );
            }
            if let Some(d) = &q.deadline {
                if q.input != InputType::Date {
                    self.at(
                        p,
                        i,
                        format!(
                            "\"deadline\" only applies to date questions, and this is a {} \
                             question; remove it",
                            type_name(q.input)
                        ),
                    );
                }
                if !self.flags.contains(d.flag.as_str()) {
                    self.at(
                        p,
                        i,
                        format!(
                            "\"deadline\" names the flag \"{}\", which is not in flags.json",
                            d.flag
                        ),
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
                        format!(
                            "\"{key}\" names the flag \"{f}\", which is not in \
                             content/flags.json; fix the spelling, or add the flag there"
                        ),
                    );
                }
            }
            if let Some(f) = g.not_for.iter().find(|f| g.needs.contains(f)) {
                p.add(
                    file,
                    "guide",
                    g.id.as_str(),
                    format!("names the flag \"{f}\" in both \"needs\" and \"not_for\"; keep one"),
                );
            }
        }
        for s in &self.c.services {
            let file = self.c.origin(s.id.as_str());
            if file.starts_with("content/directory/") {
                if s.contacts.iter().any(|c| c.channel == Channel::Text) {
                    p.add(
                        file,
                        "service",
                        s.id.as_str(),
                        "has a \"text\" contact; text contacts are for national helplines in \
                         content/services.json, because the referral summary cannot carry them \
                         yet: give the member's phone number instead",
                    );
                }
                if s.membership.is_none() {
                    p.add(
                        file,
                        "service",
                        s.id.as_str(),
                        "is in the consortium directory but has no \"membership\"; add \
                         \"full\", \"associate\" or \"affiliate\", or move it to \
                         content/services.json if it is not a member",
                    );
                }
                if s.needs.is_empty() {
                    p.add(
                        file,
                        "service",
                        s.id.as_str(),
                        "has no \"needs\", so it is never suggested; list the flags it helps \
                         with",
                    );
                }
            }
        }
    }
}
