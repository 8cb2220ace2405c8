//! Validation of the whole tree: reports every problem at once, each naming file and id.
//!
//! The checks, in the order they run, one file each (each adds an `impl Validator` block;
//! this file holds the entry point and the shared index of the content; what each problem
//! says is [`crate::engine::problem::Problem`]'s):
//! 1. settings (`settings.rs`): the start node exists, the default locale is listed, listed
//!    locales have translations and translations are listed;
//! 2. duplicate ids (`duplicates.rs`): nodes (one namespace across every tree file), flags,
//!    guides, services, and options within a question;
//! 3. references (`references.rs`): every `goto`, flag, guide and service named anywhere is
//!    defined;
//! 4. outcomes outside the path, guides and services (`interrupts_and_guides.rs`);
//!    referrals (`referral.rs`): the debt question and priority flag of `settings.json`
//!    "referral" fit, and circumstance flags (personal facts) name a consent group;
//!    question shape (`questions.rs`): options, labels, `exclusive`, `min`/`max`,
//!    `max_length` fit the type;
//! 5. transitions (`graph.rs`): every route and question always has somewhere to go, no rule
//!    is dead;
//! 6. reachability from the start, and loops (`graph.rs`);
//! 7. conditions (`conditions.rs`): they read questions (of the right type, with real option
//!    ids) that can have been answered by the time the condition is tested;
//! 8. messages (`messages.rs`): every message the content and the interface use exists in
//!    every locale.
//! 9. services' `eligible` limits ([`crate::engine::eligibility::problems`]): only what the questions
//!    and the area page can tell, with real flags and places.
//!
//! Graph work is linear or near-linear: reachability by BFS, loops by an iterative DFS
//! (no recursion, so long chains are fine), and "can question Q come before node N" by
//! propagating bitsets along a topological order, 64 of the questions that conditions read
//! at a time, with one word per node.

mod conditions;
mod duplicates;
mod graph;
mod interrupts_and_guides;
mod messages;
mod questions;
mod references;
mod referral;
mod settings;

use crate::engine::error::ContentError;
use crate::engine::ids::NodeId;
use crate::engine::model::{Content, Node};
use crate::engine::problem::Problem;
use std::collections::{HashMap, HashSet};

const SETTINGS_FILE: &str = "content/settings.json";
const FLAGS_FILE: &str = "content/flags.json";
const GUIDES_FILE: &str = "content/guidance.json";
const SERVICES_FILE: &str = "content/services.json";
/// Where a node is said to be when the loader did not record its file.
const TREE_DIR: &str = "content/tree";
const YES_NO_OPTIONS: [&str; 3] = ["yes", "no", "dont-know"];

/// Every problem in the content. Empty means the content is fit to ship.
///
/// Problems are sorted by file, then id, then message, so the output is stable.
pub fn validate(content: &Content) -> Vec<ContentError> {
    let v = Validator::new(content);
    let mut p = Problems::default();
    v.settings(&mut p);
    v.duplicates(&mut p);
    v.references(&mut p);
    v.interrupts_and_guides(&mut p);
    v.referral(&mut p);
    for (i, node) in content.nodes.iter().enumerate() {
        if let Node::Question(q) = node {
            v.question_shape(i, q, &mut p);
        }
    }
    let succ = v.transitions(&mut p);
    v.unreachable(&succ, &mut p);
    let (order, has_loops) = v.loops(&succ, &mut p);
    let queries = v.conditions(&mut p);
    v.ancestry(&succ, &order, has_loops, &queries, &mut p);
    v.messages(&mut p);
    p.0.extend(crate::engine::eligibility::problems(content));
    p.0.extend(crate::engine::authoring::sources::problems(content));
    p.finish()
}

/// The problems found so far.
#[derive(Default)]
struct Problems(Vec<ContentError>);

impl Problems {
    fn add(&mut self, file: &str, what: &str, id: &str, problem: impl Into<Problem>) {
        self.0.push(ContentError::Invalid {
            file: file.to_owned(),
            what: what.to_owned(),
            id: id.to_owned(),
            problem: problem.into(),
        });
    }

    /// Sorted by file, id, message (as authors read it) and kind, without repeats.
    fn finish(self) -> Vec<ContentError> {
        fn key(e: &ContentError) -> [String; 4] {
            match e {
                ContentError::Invalid {
                    file,
                    what,
                    id,
                    problem,
                } => [file.clone(), id.clone(), problem.to_string(), what.clone()],
                _ => Default::default(),
            }
        }
        let mut keyed: Vec<([String; 4], ContentError)> =
            self.0.into_iter().map(|e| (key(&e), e)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        keyed.dedup_by(|a, b| a.0 == b.0);
        keyed.into_iter().map(|(_, e)| e).collect()
    }
}

/// The content with an index of its ids, built once and shared by every check; each child
/// module adds the `impl` block for its phase.
struct Validator<'a> {
    c: &'a Content,
    /// The first definition of each node id; later definitions are duplicates.
    index: HashMap<&'a str, usize>,
    /// Whether each node is the first definition of its id.
    first: Vec<bool>,
    /// Every definition of each id defined more than once, in order.
    dups: HashMap<&'a str, Vec<usize>>,
    /// The file each node was defined in, when known.
    files: Vec<Option<&'a str>>,
    flags: HashSet<&'a str>,
    guides: HashSet<&'a str>,
    services: HashSet<&'a str>,
}

impl<'a> Validator<'a> {
    fn new(c: &'a Content) -> Self {
        let mut index = HashMap::with_capacity(c.nodes.len());
        let mut first = vec![true; c.nodes.len()];
        let mut dups: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, n) in c.nodes.iter().enumerate() {
            let id = n.id().as_str();
            if let Some(&j) = index.get(id) {
                first[i] = false;
                dups.entry(id).or_insert_with(|| vec![j]).push(i);
            } else {
                index.insert(id, i);
            }
        }
        Validator {
            c,
            files: node_files(c, &index),
            index,
            first,
            dups,
            flags: c.flags.iter().map(|f| f.id.as_str()).collect(),
            guides: c.guides.iter().map(|g| g.id.as_str()).collect(),
            services: c.services.iter().map(|s| s.id.as_str()).collect(),
        }
    }

    fn file(&self, i: usize) -> &'a str {
        self.files[i].unwrap_or(TREE_DIR)
    }

    fn is_first(&self, i: usize) -> bool {
        self.first[i]
    }

    /// Every node with this id, in order.
    fn defs(&self, id: &str) -> &[usize] {
        match (self.dups.get(id), self.index.get(id)) {
            (Some(all), _) => all,
            (None, Some(one)) => std::slice::from_ref(one),
            (None, None) => &[],
        }
    }

    fn node(&self, id: &NodeId) -> Option<(usize, &'a Node)> {
        self.index.get(id.as_str()).map(|&i| (i, &self.c.nodes[i]))
    }

    /// Adds a problem about node `i`.
    fn at(&self, p: &mut Problems, i: usize, problem: Problem) {
        let n = &self.c.nodes[i];
        p.add(self.file(i), n.kind_name(), n.id().as_str(), problem);
    }

    /// Adds a problem about option `option` of question `i`, named `question/option`.
    fn at_option(&self, p: &mut Problems, i: usize, option: &str, problem: Problem) {
        let q = self.c.nodes[i].id();
        p.add(self.file(i), "option", &format!("{q}/{option}"), problem);
    }
}

/// The file of each node. The loader records only the file of the first definition of each
/// id (and ids of flags, guides and services share that map), so the file of a later
/// duplicate is unknown, and a file outside `content/tree/` is not the node's.
fn node_files<'a>(c: &'a Content, index: &HashMap<&'a str, usize>) -> Vec<Option<&'a str>> {
    if c.node_files.len() == c.nodes.len() {
        return c.node_files.iter().map(|f| Some(f.as_str())).collect();
    }
    c.nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let id = n.id().as_str();
            let origin = c.origins.get(id).map(String::as_str);
            match origin {
                Some(f) if index.get(id) == Some(&i) && f.starts_with("content/tree/") => Some(f),
                _ => None,
            }
        })
        .collect()
}
