//! References: every `goto`, flag, guide and service named anywhere is defined, and
//! every service can be reached.

use super::{unknown_node, Problems, Validator};
use crate::engine::model::{FlagRule, Node, Rule};

impl<'a> Validator<'a> {
    pub(super) fn references(&self, p: &mut Problems) {
        for (i, node) in self.c.nodes.iter().enumerate() {
            match node {
                Node::Question(q) => {
                    for o in &q.options {
                        if let Some(g) = &o.goto {
                            if self.node(g).is_none() {
                                self.at_option(p, i, o.id.as_str(), unknown_node("goes to", g));
                            }
                        }
                        for f in &o.flags {
                            if !self.flags.contains(f.as_str()) {
                                self.at_option(
                                    p,
                                    i,
                                    o.id.as_str(),
                                    format!(
                                        "raises the flag \"{f}\", which is not in \
                                         content/flags.json; fix the spelling, or add the \
                                         flag there"
                                    ),
                                );
                            }
                        }
                    }
                    self.rule_references(p, i, &q.flags, &q.next);
                }
                Node::Route(r) => self.rule_references(p, i, &r.flags, &r.next),
                Node::Outcome(o) => {
                    for g in &o.guides {
                        if !self.guides.contains(g.as_str()) {
                            self.at(
                                p,
                                i,
                                format!(
                                    "lists the guide \"{g}\", which is not in \
                                     content/guidance.json; fix the spelling, or add the \
                                     guide there"
                                ),
                            );
                        }
                    }
                    for s in &o.services {
                        if !self.services.contains(s.as_str()) {
                            self.at(
                                p,
                                i,
                                format!(
                                    "lists the service \"{s}\", which is not in \
                                     content/services.json or content/directory/; fix the \
                                     spelling, or add the service"
                                ),
                            );
                        }
                    }
                }
            }
        }
        for g in &self.c.guides {
            for s in &g.services {
                if !self.services.contains(s.as_str()) {
                    p.add(
                        self.c.origin(g.id.as_str()),
                        "guide",
                        g.id.as_str(),
                        format!(
                            "lists the service \"{s}\", which is not in content/services.json or \
                             content/directory/; fix the spelling, or add the service"
                        ),
                    );
                }
            }
        }
        for s in &self.c.services {
            let file = self.c.origin(s.id.as_str());
            for f in &s.needs {
                if !self.flags.contains(f.as_str()) {
                    p.add(
                        file,
                        "service",
                        s.id.as_str(),
                        format!(
                            "\"needs\" names the flag \"{f}\", which is not in content/flags.json; \
                             fix the spelling, or add the flag there"
                        ),
                    );
                }
            }
            if s.contacts.is_empty() {
                p.add(
                    file,
                    "service",
                    s.id.as_str(),
                    "has no \"contacts\", so people cannot reach it; add at least one phone \
                     number, email address, website or address to visit",
                );
            }
        }
    }

    fn rule_references(&self, p: &mut Problems, i: usize, flags: &[FlagRule], next: &[Rule]) {
        for r in flags {
            if !self.flags.contains(r.flag.as_str()) {
                self.at(
                    p,
                    i,
                    format!(
                        "\"flags\" raises the flag \"{}\", which is not in content/flags.json; \
                         fix the spelling, or add the flag there",
                        r.flag
                    ),
                );
            }
        }
        for (k, r) in next.iter().enumerate() {
            if self.node(&r.goto).is_none() {
                self.at(
                    p,
                    i,
                    unknown_node(&format!("rule {} in \"next\" goes to", k + 1), &r.goto),
                );
            }
        }
    }
}
