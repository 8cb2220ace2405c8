//! References: every `goto`, flag, guide and service named anywhere (the leaflet too) is
//! defined, and every service can be reached.

use super::{Problems, Validator};
use crate::engine::model::{FlagRule, Node, Rule};
use crate::engine::problem::{FlagUse, NodeUse, Problem};

impl<'a> Validator<'a> {
    pub(super) fn references(&self, p: &mut Problems) {
        for (i, node) in self.c.nodes.iter().enumerate() {
            match node {
                Node::Question(q) => {
                    for o in &q.options {
                        if let Some(g) = &o.goto {
                            if self.node(g).is_none() {
                                let problem = Problem::UnknownNode {
                                    by: NodeUse::Goto,
                                    to: g.to_string(),
                                };
                                self.at_option(p, i, o.id.as_str(), problem);
                            }
                        }
                        for f in &o.flags {
                            if !self.flags.contains(f.as_str()) {
                                let problem = Problem::UnknownFlag {
                                    by: FlagUse::Option,
                                    flag: f.to_string(),
                                };
                                self.at_option(p, i, o.id.as_str(), problem);
                            }
                        }
                    }
                    self.rule_references(p, i, &q.flags, &q.next);
                }
                Node::Route(r) => self.rule_references(p, i, &r.flags, &r.next),
                Node::Outcome(o) => {
                    for g in &o.guides {
                        if !self.guides.contains(g.as_str()) {
                            let guide = g.to_string();
                            self.at(p, i, Problem::UnknownGuide { guide });
                        }
                    }
                    for s in &o.services {
                        if !self.services.contains(s.as_str()) {
                            let service = s.to_string();
                            self.at(p, i, Problem::UnknownService { service });
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
                        Problem::UnknownService {
                            service: s.to_string(),
                        },
                    );
                }
            }
        }
        if let Some(l) = &self.c.leaflet {
            const FILE: &str = "content/leaflet.json";
            for (i, s) in l.situations.iter().enumerate() {
                let at = format!("situations[{i}]");
                if !self.guides.contains(s.guide.as_str()) {
                    let guide = s.guide.to_string();
                    p.add(FILE, "leaflet", &at, Problem::UnknownGuide { guide });
                }
                for f in &s.needs {
                    if !self.flags.contains(f.as_str()) {
                        let problem = Problem::UnknownFlag {
                            by: FlagUse::Key("needs"),
                            flag: f.to_string(),
                        };
                        p.add(FILE, "leaflet", &at, problem);
                    }
                }
                for h in &s.helplines {
                    if !self.services.contains(h.as_str()) {
                        let service = h.to_string();
                        p.add(FILE, "leaflet", &at, Problem::UnknownService { service });
                    }
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
                        Problem::UnknownFlag {
                            by: FlagUse::Key("needs"),
                            flag: f.to_string(),
                        },
                    );
                }
            }
            if s.contacts.is_empty() {
                p.add(file, "service", s.id.as_str(), Problem::NoContacts);
            }
        }
    }

    fn rule_references(&self, p: &mut Problems, i: usize, flags: &[FlagRule], next: &[Rule]) {
        for r in flags {
            if !self.flags.contains(r.flag.as_str()) {
                let problem = Problem::UnknownFlag {
                    by: FlagUse::Flags,
                    flag: r.flag.to_string(),
                };
                self.at(p, i, problem);
            }
        }
        for (k, r) in next.iter().enumerate() {
            if self.node(&r.goto).is_none() {
                let problem = Problem::UnknownNode {
                    by: NodeUse::Rule(k + 1),
                    to: r.goto.to_string(),
                };
                self.at(p, i, problem);
            }
        }
    }
}
