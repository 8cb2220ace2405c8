//! Duplicate ids: nodes (one namespace across every tree file), flags, guides, services,
//! and options within a question.

use super::{Problems, Validator, FLAGS_FILE, GUIDES_FILE, SERVICES_FILE};
use crate::engine::model::Node;
use crate::engine::problem::{NodePlaces, Problem};
use std::collections::BTreeMap;

impl<'a> Validator<'a> {
    pub(super) fn duplicates(&self, p: &mut Problems) {
        let mut dups: Vec<(&str, &Vec<usize>)> = self.dups.iter().map(|(id, d)| (*id, d)).collect();
        dups.sort_by_key(|(_, d)| d[0]);
        for (id, defs) in dups {
            let n = defs.len();
            let known: Option<Vec<&str>> = defs.iter().map(|&i| self.files[i]).collect();
            let places = match known {
                Some(files) => {
                    let mut distinct: Vec<String> = Vec::new();
                    for f in files {
                        if !distinct.iter().any(|d| d == f) {
                            distinct.push(f.to_owned());
                        }
                    }
                    NodePlaces::In(distinct)
                }
                None => NodePlaces::FirstIn(self.file(defs[0]).to_owned()),
            };
            self.at(
                p,
                defs[0],
                Problem::DuplicateNode {
                    count: n,
                    node: id.to_owned(),
                    places,
                },
            );
        }
        let mut count = |file: &str, what: &'static str, ids: Vec<&str>| {
            let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
            for id in ids {
                *seen.entry(id).or_default() += 1;
            }
            for (id, n) in seen.into_iter().filter(|(_, n)| *n > 1) {
                p.add(
                    file,
                    what,
                    id,
                    Problem::DuplicateId {
                        count: n,
                        kind: what,
                    },
                );
            }
        };
        count(
            FLAGS_FILE,
            "flag",
            self.c.flags.iter().map(|f| f.id.as_str()).collect(),
        );
        count(
            GUIDES_FILE,
            "guide",
            self.c.guides.iter().map(|g| g.id.as_str()).collect(),
        );
        count(
            SERVICES_FILE,
            "service",
            self.c.services.iter().map(|s| s.id.as_str()).collect(),
        );
        for (i, node) in self.c.nodes.iter().enumerate() {
            let Node::Question(q) = node else { continue };
            let mut seen: Vec<&str> = Vec::new();
            let mut reported: Vec<&str> = Vec::new();
            for o in &q.options {
                let id = o.id.as_str();
                if seen.contains(&id) {
                    if !reported.contains(&id) {
                        reported.push(id);
                        let n = q.options.iter().filter(|x| x.id.as_str() == id).count();
                        self.at_option(p, i, id, Problem::DuplicateOption { count: n });
                    }
                } else {
                    seen.push(id);
                }
            }
        }
    }
}
