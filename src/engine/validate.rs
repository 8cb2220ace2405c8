//! Validation of the whole tree: reports every problem at once, each naming file and id.
//!
//! The checks, in the order they run:
//! 1. settings: the start node exists, the default locale is listed, listed locales have
//!    translations and translations are listed;
//! 2. duplicate ids: nodes (one namespace across every tree file), flags, guides, services,
//!    and options within a question;
//! 3. references: every `goto`, flag, guide and service named anywhere is defined;
//! 4. question shape: options, labels, `exclusive`, `min`/`max`, `max_length` fit the type;
//!    referrals: the debt question and priority flag of `settings.json` "referral" fit, and
//!    circumstance flags (personal facts) name a consent group;
//! 5. transitions: every route and question always has somewhere to go, no rule is dead;
//! 6. reachability from the start, and loops;
//! 7. conditions: they read questions (of the right type, with real option ids) that can
//!    have been answered by the time the condition is tested;
//! 8. messages: every message the content and the interface use exists in every locale.
//! 9. services' `eligible` limits ([`super::eligibility::problems`]): only what the questions
//!    and the area page can tell, with real flags and places.
//!
//! Graph work is linear or near-linear: reachability by BFS, loops by an iterative DFS
//! (no recursion, so long chains are fine), and "can question Q come before node N" by
//! propagating bitsets along a topological order, 64 of the questions that conditions read
//! at a time, with one word per node.

use super::condition::{Comparison, Condition, Test};
use super::error::ContentError;
use super::ids::{FlagId, MessageId, NodeId};
use super::messages::UI_MESSAGES;
use super::model::{Channel, Content, FlagRule, InputType, Locale, Node, Question, Rule};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

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
    p.0.extend(super::eligibility::problems(content));
    p.0.extend(super::sources::problems(content));
    p.finish()
}

/// The problems found so far.
#[derive(Default)]
struct Problems(Vec<ContentError>);

impl Problems {
    fn add(&mut self, file: &str, what: &str, id: &str, message: impl Into<String>) {
        self.0.push(ContentError::Invalid {
            file: file.to_owned(),
            what: what.to_owned(),
            id: id.to_owned(),
            message: message.into(),
        });
    }

    fn finish(mut self) -> Vec<ContentError> {
        fn key(e: &ContentError) -> (&str, &str, &str, &str) {
            match e {
                ContentError::Invalid {
                    file,
                    what,
                    id,
                    message,
                } => (file, id, message, what),
                _ => ("", "", "", ""),
            }
        }
        self.0.sort_by(|a, b| key(a).cmp(&key(b)));
        self.0.dedup();
        self.0
    }
}

/// Where a condition is in its node, shown in messages as `the "if" of rule 2 in "next"`.
#[derive(Clone, Copy)]
enum Place<'a> {
    /// The rule in `flags` that raises this flag.
    Flag(&'a FlagId),
    /// The rule in `next` at this index.
    Rule(usize),
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Flag(id) => write!(f, "the \"if\" that raises the flag \"{id}\""),
            Place::Rule(k) => write!(f, "the \"if\" of rule {} in \"next\"", k + 1),
        }
    }
}

/// A condition in node `node` reads question `question` (a node index): checked against
/// the transition graph once it is built.
struct Query<'a> {
    node: usize,
    question: usize,
    place: Place<'a>,
}

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
    fn at(&self, p: &mut Problems, i: usize, message: impl Into<String>) {
        let n = &self.c.nodes[i];
        p.add(self.file(i), n.kind_name(), n.id().as_str(), message);
    }

    /// Adds a problem about option `option` of question `i`, named `question/option`.
    fn at_option(&self, p: &mut Problems, i: usize, option: &str, message: impl Into<String>) {
        let q = self.c.nodes[i].id();
        p.add(self.file(i), "option", &format!("{q}/{option}"), message);
    }

    // ----- settings and locales -------------------------------------------------------

    fn settings(&self, p: &mut Problems) {
        let Some(s) = &self.c.settings else {
            // The loader has reported the missing file.
            return;
        };
        if !self.index.contains_key(s.start.as_str()) {
            p.add(
                SETTINGS_FILE,
                "settings",
                "start",
                format!(
                    "the start node \"{}\" is not defined in any content/tree/*.json file; \
                     set \"start\" to the id of the first question",
                    s.start
                ),
            );
        }
        if s.locales.is_empty() {
            p.add(
                SETTINGS_FILE,
                "settings",
                "locales",
                format!(
                    "\"locales\" is empty; list every locale people can choose, at least [\"{}\"]",
                    s.default_locale
                ),
            );
        }
        let mut seen = HashSet::new();
        for code in &s.locales {
            if !seen.insert(code.as_str()) {
                p.add(
                    SETTINGS_FILE,
                    "settings",
                    "locales",
                    format!("\"{code}\" is listed more than once in \"locales\"; list it once"),
                );
            }
        }
        if !s.locales.contains(&s.default_locale) {
            p.add(
                SETTINGS_FILE,
                "settings",
                "default_locale",
                format!(
                    "the default locale \"{}\" is not in \"locales\"; add it to \"locales\", \
                     or set \"default_locale\" to one of them",
                    s.default_locale
                ),
            );
        }
        let present = self.c.locale_codes();
        for code in s.locales.iter().filter(|c| !present.contains(c.as_str())) {
            if !seen.remove(code.as_str()) {
                continue; // listed twice: reported once
            }
            p.add(
                &format!("content/locales/{code}"),
                "locale",
                code,
                format!(
                    "content/settings.json lists the locale \"{code}\", but there is no \
                     content/locales/{code}/ folder with .ftl files; add its translations \
                     there, or remove \"{code}\" from \"locales\" in content/settings.json"
                ),
            );
        }
        for l in &self.c.locales {
            if !s.locales.contains(&l.code) {
                let code = &l.code;
                p.add(
                    &format!("content/locales/{code}"),
                    "locale",
                    code,
                    format!(
                        "the folder content/locales/{code}/ is not listed in \"locales\" in \
                         content/settings.json, so nobody can choose it; add \"{code}\" there, \
                         or remove the folder"
                    ),
                );
            }
        }
    }

    // ----- outcomes outside the path, guides and services ----------------------------------

    /// Interrupts and the safety outcome must be outcomes; guides must name real flags;
    /// the fields that only fit one question type are on that type; consortium members say
    /// which tier they are.
    fn interrupts_and_guides(&self, p: &mut Problems) {
        let is_outcome = |id: &NodeId| matches!(self.node(id), Some((_, Node::Outcome(_))));
        let settings = self.c.settings.iter();
        for (setting, message) in settings.flat_map(super::nation::settings_problems) {
            p.add(SETTINGS_FILE, "settings", setting, message);
        }
        if let Some(id) = self.c.safety_outcome() {
            match self.node(id) {
                Some((_, Node::Outcome(o))) if o.tier == super::model::Tier::Emergency => {}
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

    // ----- referrals -----------------------------------------------------------------------

    /// The debt question and priority flag the referral pages rely on exist and fit, and
    /// circumstance flags, which are personal facts, say which consent group they are in.
    fn referral(&self, p: &mut Problems) {
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
            if f.kind == super::model::FlagKind::Circumstance && f.consent.is_none() {
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

    // ----- duplicate ids ----------------------------------------------------------------

    fn duplicates(&self, p: &mut Problems) {
        let mut dups: Vec<(&str, &Vec<usize>)> = self.dups.iter().map(|(id, d)| (*id, d)).collect();
        dups.sort_by_key(|(_, d)| d[0]);
        for (id, defs) in dups {
            let n = defs.len();
            let known: Option<Vec<&str>> = defs.iter().map(|&i| self.files[i]).collect();
            let place = match known {
                Some(files) => {
                    let mut distinct: Vec<&str> = Vec::new();
                    for f in files {
                        if !distinct.contains(&f) {
                            distinct.push(f);
                        }
                    }
                    format!("in {}", and_list(&distinct))
                }
                None => format!("the first in {}", self.file(defs[0])),
            };
            self.at(
                p,
                defs[0],
                format!(
                    "{n} nodes have the id \"{id}\" ({place}); questions, routes and outcomes \
                     share one set of ids across all tree files, so give each its own id"
                ),
            );
        }
        let mut count = |file: &str, what: &str, ids: Vec<&str>| {
            let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
            for id in ids {
                *seen.entry(id).or_default() += 1;
            }
            for (id, n) in seen.into_iter().filter(|(_, n)| *n > 1) {
                p.add(
                    file,
                    what,
                    id,
                    format!(
                        "is defined {n} times; each {what} needs its own id, so rename or \
                         remove the extra ones"
                    ),
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
                        self.at_option(
                            p,
                            i,
                            id,
                            format!(
                                "{n} options have this id; each option of a question needs \
                                 its own id"
                            ),
                        );
                    }
                } else {
                    seen.push(id);
                }
            }
        }
    }

    // ----- references ---------------------------------------------------------------------

    fn references(&self, p: &mut Problems) {
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

    // ----- question shape -------------------------------------------------------------------

    fn question_shape(&self, i: usize, q: &Question, p: &mut Problems) {
        let t = q.input;
        let name = type_name(t);
        if !t.has_options() && !q.options.is_empty() {
            self.at(
                p,
                i,
                format!(
                    "a {name} question cannot have \"options\"; remove them, or change \"type\" \
                     to single_choice, multiple_choice or yes_no"
                ),
            );
        }
        match t {
            InputType::SingleChoice if q.options.len() < 2 => self.at(
                p,
                i,
                format!(
                    "a single_choice question needs at least 2 options, and this one has {}; \
                     add options, or ask a yes_no question",
                    q.options.len()
                ),
            ),
            InputType::MultipleChoice if q.options.is_empty() => self.at(
                p,
                i,
                "a multiple_choice question needs at least 1 option; add \"options\"",
            ),
            InputType::YesNo => {
                for o in &q.options {
                    if !YES_NO_OPTIONS.contains(&o.id.as_str()) {
                        self.at_option(
                            p,
                            i,
                            o.id.as_str(),
                            "a yes_no question can only have the options \"yes\", \"no\" and \
                             \"dont-know\"; rename this option, or make the question single_choice",
                        );
                    }
                }
                let missing: Vec<&str> = ["yes", "no"]
                    .into_iter()
                    .filter(|y| !q.options.iter().any(|o| o.id.as_str() == *y))
                    .collect();
                if !missing.is_empty() {
                    self.at(
                        p,
                        i,
                        format!(
                            "a yes_no question needs the options \"yes\" and \"no\" (and may \
                             have \"dont-know\"); add {}",
                            quoted_list(&missing)
                        ),
                    );
                }
            }
            _ => {}
        }
        if t.has_options() {
            for o in &q.options {
                let id = o.id.as_str();
                if matches!(t, InputType::SingleChoice | InputType::MultipleChoice)
                    && o.label.is_none()
                {
                    self.at_option(
                        p,
                        i,
                        id,
                        "needs a \"label\": the id of the message people see for this option",
                    );
                }
                if t == InputType::MultipleChoice && o.goto.is_some() {
                    self.at_option(
                        p,
                        i,
                        id,
                        format!(
                            "options of a multiple_choice question cannot have \"goto\", because \
                             people can tick several; remove it, and add a rule to the \
                             question's \"next\" instead, such as {{\"if\": {{\"answer\": \"{}\", \
                             \"equals\": \"{id}\"}}, \"goto\": \"…\"}}",
                            q.id
                        ),
                    );
                }
                if t != InputType::MultipleChoice && o.exclusive {
                    self.at_option(
                        p,
                        i,
                        id,
                        "\"exclusive\" only applies to options of a multiple_choice question; \
                         remove it",
                    );
                }
            }
        }
        let numeric = matches!(t, InputType::Money | InputType::Number);
        if !numeric && (q.min.is_some() || q.max.is_some()) {
            self.at(
                p,
                i,
                format!(
                    "\"min\" and \"max\" only apply to money and number questions, and this is \
                     a {name} question; remove them"
                ),
            );
        }
        if numeric {
            if let (Some(min), Some(max)) = (q.min, q.max) {
                if min > max {
                    self.at(
                        p,
                        i,
                        format!(
                            "\"min\" ({min}) is more than \"max\" ({max}), so no answer is \
                             allowed; swap them or correct one"
                        ),
                    );
                }
            }
            if t == InputType::Number {
                for (key, v) in [("min", q.min), ("max", q.max)] {
                    if let Some(v) = v.filter(|v| v.fract() != 0.0) {
                        self.at(
                            p,
                            i,
                            format!(
                                "\"{key}\" is {v}, but a number question takes whole numbers; \
                                 use a whole number"
                            ),
                        );
                    }
                }
            }
        }
        match q.max_length {
            Some(_) if t != InputType::Text => self.at(
                p,
                i,
                format!(
                    "\"max_length\" only applies to text questions, and this is a {name} \
                     question; remove it"
                ),
            ),
            Some(0) => self.at(
                p,
                i,
                "\"max_length\" is 0, so nothing can be typed; use at least 1, or remove it",
            ),
            _ => {}
        }
    }

    // ----- transitions --------------------------------------------------------------------

    /// Checks that every node always has somewhere to go, and returns the transitions that
    /// evaluation can take (by node index; duplicates have none, dead rules are left out).
    fn transitions(&self, p: &mut Problems) -> Vec<Vec<usize>> {
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); self.c.nodes.len()];
        for (i, node) in self.c.nodes.iter().enumerate() {
            let mut targets: Vec<&NodeId> = Vec::new();
            match node {
                Node::Question(q) => {
                    let by_option = matches!(q.input, InputType::SingleChoice | InputType::YesNo);
                    let mut uses_next = !by_option || q.options.is_empty();
                    if by_option {
                        for o in &q.options {
                            match &o.goto {
                                Some(g) => targets.push(g),
                                None => uses_next = true,
                            }
                        }
                    }
                    if !uses_next {
                        if !q.next.is_empty() {
                            self.at(
                                p,
                                i,
                                "every option has its own \"goto\", so the rules in \"next\" are \
                                 never used; remove \"next\", or remove \"goto\" from the options \
                                 that should use it",
                            );
                        }
                    } else if !self.live_rules(p, i, &q.next, &mut targets) {
                        if by_option && !q.options.is_empty() {
                            for o in q.options.iter().filter(|o| o.goto.is_none()) {
                                self.at_option(
                                    p,
                                    i,
                                    o.id.as_str(),
                                    "has no transition: it has no \"goto\", and the question's \
                                     \"next\" has no rule without \"if\" to fall back on, so \
                                     choosing it can leave the person stuck; add \"goto\" to \
                                     the option, or end \"next\" with a rule without \"if\"",
                                );
                            }
                        } else {
                            self.at(p, i, no_way_on(&q.next));
                        }
                    }
                }
                Node::Route(r) => {
                    if !self.live_rules(p, i, &r.next, &mut targets) {
                        self.at(p, i, no_way_on(&r.next));
                    }
                }
                Node::Outcome(_) => {}
            }
            if self.is_first(i) {
                let out = &mut succ[i];
                for t in targets {
                    if let Some((j, _)) = self.node(t) {
                        if !out.contains(&j) {
                            out.push(j);
                        }
                    }
                }
            }
        }
        succ
    }

    /// Adds the targets of the rules that can be used to `targets`, reports the rules that
    /// cannot, and says whether there is a rule without `if`.
    fn live_rules<'r>(
        &self,
        p: &mut Problems,
        i: usize,
        rules: &'r [Rule],
        targets: &mut Vec<&'r NodeId>,
    ) -> bool {
        let mut always = false;
        for (k, r) in rules.iter().enumerate() {
            if always {
                self.at(
                    p,
                    i,
                    format!(
                        "rule {} in \"next\" (to \"{}\") comes after a rule without \"if\", which \
                         always applies, so it is never used; move it before that rule, or \
                         remove it",
                        k + 1,
                        r.goto
                    ),
                );
                continue;
            }
            targets.push(&r.goto);
            always = r.when.is_none();
        }
        always
    }

    // ----- reachability and loops -----------------------------------------------------------

    fn start(&self) -> Option<usize> {
        self.c.start().and_then(|s| self.node(s)).map(|(i, _)| i)
    }

    fn unreachable(&self, succ: &[Vec<usize>], p: &mut Problems) {
        let Some(start) = self.start() else {
            return; // reported under settings
        };
        let mut seen = vec![false; succ.len()];
        let mut queue = std::collections::VecDeque::from([start]);
        seen[start] = true;
        // Outcomes shown outside the path: an option's interrupt, and the "Get help now" page.
        let side_doors = self
            .c
            .questions()
            .flat_map(|q| q.options.iter().filter_map(|o| o.interrupt.as_ref()))
            .chain(self.c.safety_outcome());
        for id in side_doors {
            if let Some((j, _)) = self.node(id) {
                if !seen[j] {
                    seen[j] = true;
                    queue.push_back(j);
                }
            }
        }
        while let Some(u) = queue.pop_front() {
            for &v in &succ[u] {
                if !seen[v] {
                    seen[v] = true;
                    queue.push_back(v);
                }
            }
        }
        let start_id = self.c.nodes[start].id();
        for i in (0..succ.len()).filter(|&i| !seen[i] && self.is_first(i)) {
            self.at(
                p,
                i,
                format!(
                    "no path from the start (\"{start_id}\") leads here, so nobody will see it; \
                     add a \"goto\" to it from another node, or remove it"
                ),
            );
        }
    }

    /// Reports every loop (once per back edge of a depth-first search from the start, then
    /// from every other node), and returns the nodes in reverse topological order (a DFS
    /// post-order) with whether there was a loop.
    fn loops(&self, succ: &[Vec<usize>], p: &mut Problems) -> (Vec<usize>, bool) {
        let cycles = dfs(succ, self.start().into_iter().chain(0..succ.len()));
        let has_loops = !cycles.1.is_empty();
        for cycle in cycles.1 {
            let mut names: Vec<&str> = cycle
                .iter()
                .map(|&i| self.c.nodes[i].id().as_str())
                .collect();
            names.push(names[0]);
            self.at(
                p,
                cycle[0],
                format!(
                    "the path can go round in a loop: {}; change a \"goto\" so that every path \
                     moves on to an outcome",
                    names.join(" -> ")
                ),
            );
        }
        (cycles.0, has_loops)
    }

    // ----- conditions ---------------------------------------------------------------------

    /// Checks what each condition reads, and returns the answers read from other questions,
    /// for [`Self::ancestry`].
    fn conditions(&self, p: &mut Problems) -> Vec<Query<'a>> {
        let mut queries = Vec::new();
        for (i, node) in self.c.nodes.iter().enumerate() {
            let (flags, next) = match node {
                Node::Question(q) => (&q.flags, &q.next),
                Node::Route(r) => (&r.flags, &r.next),
                Node::Outcome(_) => continue,
            };
            for r in flags {
                self.condition(p, i, &r.when, Place::Flag(&r.flag), &mut queries);
            }
            for (k, r) in next.iter().enumerate() {
                if let Some(c) = &r.when {
                    self.condition(p, i, c, Place::Rule(k), &mut queries);
                }
            }
        }
        queries
    }

    fn condition(
        &self,
        p: &mut Problems,
        i: usize,
        c: &Condition,
        place: Place<'a>,
        queries: &mut Vec<Query<'a>>,
    ) {
        let mut leaves: Vec<&Condition> = Vec::new();
        c.visit(&mut |x| {
            if matches!(x, Condition::Flag(_) | Condition::Answer { .. }) {
                leaves.push(x);
            }
        });
        let here = self.c.nodes[i].id();
        for leaf in leaves {
            match leaf {
                Condition::Flag(f) if !self.flags.contains(f.as_str()) => self.at(
                    p,
                    i,
                    format!(
                        "{place} tests the flag \"{f}\", which is not in content/flags.json; \
                         fix the spelling, or add the flag there"
                    ),
                ),
                Condition::Answer { question, test, .. } => match self.node(question) {
                    None => self.at(
                        p,
                        i,
                        format!(
                            "{place} reads the answer to \"{question}\", which is not defined; \
                             it must be the id of a question"
                        ),
                    ),
                    Some((_, Node::Question(q))) if &q.id == here => {
                        self.test_fits(p, i, place, q, test);
                    }
                    Some((j, Node::Question(q))) => {
                        self.test_fits(p, i, place, q, test);
                        if self.is_first(i) {
                            queries.push(Query {
                                node: i,
                                question: j,
                                place,
                            });
                        }
                    }
                    Some((_, other)) => self.at(
                        p,
                        i,
                        format!(
                            "{place} reads the answer to \"{question}\", which is {} {}, not a \
                             question; only questions have answers",
                            article(other.kind_name()),
                            other.kind_name()
                        ),
                    ),
                },
                _ => {}
            }
        }
    }

    /// Checks that a test suits the type of the question it reads.
    fn test_fits(&self, p: &mut Problems, i: usize, place: Place, q: &Question, test: &Test) {
        let t = q.input;
        let name = type_name(t);
        let qid = &q.id;
        let options = || {
            let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
            if ids.is_empty() {
                "it has no options".to_owned()
            } else {
                format!("its options are {}", quoted_list(&ids))
            }
        };
        let suggestion = match t {
            InputType::Money | InputType::Number => {
                "use at_least, at_most, greater_than or less_than"
            }
            InputType::Date => "use within_working_days or passed",
            InputType::Text => "use equals",
            _ => "use equals or one_of with option ids",
        };
        match test {
            Test::Answered => {}
            Test::Equals(v) if t.has_options() => {
                if q.option(&v.as_str().into()).is_none() {
                    self.at(
                        p,
                        i,
                        format!(
                            "{place} tests whether \"{qid}\" equals \"{v}\", but \"{qid}\" has \
                             no option \"{v}\" ({}); use one of its option ids",
                            options()
                        ),
                    );
                }
            }
            Test::Equals(_) if t == InputType::Text => {}
            Test::Equals(_) => self.at(
                p,
                i,
                format!(
                    "{place} uses \"equals\" on \"{qid}\", a {name} question, but \"equals\" \
                     only works on choice and text answers; {suggestion}"
                ),
            ),
            Test::OneOf(vs) if t.has_options() => {
                let unknown: Vec<&str> = vs
                    .iter()
                    .map(String::as_str)
                    .filter(|v| q.option(&(*v).into()).is_none())
                    .collect();
                if !unknown.is_empty() {
                    self.at(
                        p,
                        i,
                        format!(
                            "{place} tests \"{qid}\" with \"one_of\", but \"{qid}\" has no \
                             option {} ({}); use its option ids",
                            quoted_list(&unknown),
                            options()
                        ),
                    );
                }
            }
            Test::OneOf(_) => self.at(
                p,
                i,
                format!(
                    "{place} uses \"one_of\" on \"{qid}\", a {name} question, but \"one_of\" \
                     only works on choice answers; {}",
                    if t == InputType::Text {
                        "use \"any\" with one \"equals\" for each value"
                    } else {
                        suggestion
                    }
                ),
            ),
            Test::Compare(op, _) if !matches!(t, InputType::Money | InputType::Number) => self.at(
                p,
                i,
                format!(
                    "{place} uses \"{}\" on \"{qid}\", a {name} question, but comparisons \
                         only work on money and number answers; {suggestion}",
                    comparison_name(*op)
                ),
            ),
            Test::WithinWorkingDays(_) if t != InputType::Date => self.at(
                p,
                i,
                format!(
                    "{place} uses \"within_working_days\" on \"{qid}\", a {name} question, but \
                     it only works on date answers; {suggestion}"
                ),
            ),
            Test::Passed if t != InputType::Date => self.at(
                p,
                i,
                format!(
                    "{place} uses \"passed\" on \"{qid}\", a {name} question, but it only \
                     works on date answers; {suggestion}"
                ),
            ),
            Test::Compare(..) | Test::WithinWorkingDays(_) | Test::Passed => {}
        }
    }

    /// Reports conditions that read a question which cannot have been asked before the
    /// node they are in: the question must be an ancestor of the node in the graph.
    fn ancestry(
        &self,
        succ: &[Vec<usize>],
        post: &[usize],
        has_loops: bool,
        queries: &[Query],
        p: &mut Problems,
    ) {
        if queries.is_empty() {
            return;
        }
        let n = succ.len();
        let is_ancestor: Vec<bool> = if !has_loops {
            // One bit per question read, 64 questions at a time: each node's word holds
            // which of them can come before it, propagated along a topological order.
            let mut column = vec![usize::MAX; n];
            let mut by_block: Vec<Vec<usize>> = Vec::new();
            let mut k = 0;
            for (x, q) in queries.iter().enumerate() {
                if column[q.question] == usize::MAX {
                    column[q.question] = k;
                    k += 1;
                }
                let block = column[q.question] / 64;
                if by_block.len() <= block {
                    by_block.resize_with(block + 1, Vec::new);
                }
                by_block[block].push(x);
            }
            let mut answer = vec![false; queries.len()];
            let mut before = vec![0u64; n];
            for (block, in_block) in by_block.iter().enumerate() {
                before.fill(0);
                for &u in post.iter().rev() {
                    let mut bits = before[u];
                    if column[u] != usize::MAX && column[u] / 64 == block {
                        bits |= 1 << (column[u] % 64);
                    }
                    if bits != 0 {
                        for &v in &succ[u] {
                            before[v] |= bits;
                        }
                    }
                }
                for &x in in_block {
                    let q = &queries[x];
                    answer[x] = before[q.node] & (1 << (column[q.question] % 64)) != 0;
                }
            }
            answer
        } else {
            // With loops there is no topological order: search backwards from each node
            // that has conditions (the loops themselves are already reported).
            let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
            for (u, vs) in succ.iter().enumerate() {
                for &v in vs {
                    pred[v].push(u);
                }
            }
            let mut stamp = vec![usize::MAX; n];
            let mut searched = usize::MAX;
            let mut stack = Vec::new();
            queries
                .iter()
                .map(|q| {
                    if searched != q.node {
                        searched = q.node;
                        stack.clear();
                        stack.extend(pred[q.node].iter().copied());
                        while let Some(u) = stack.pop() {
                            if stamp[u] != q.node {
                                stamp[u] = q.node;
                                stack.extend(pred[u].iter().copied());
                            }
                        }
                    }
                    stamp[q.question] == q.node
                })
                .collect()
        };
        for (q, ok) in queries.iter().zip(is_ancestor) {
            if !ok {
                let read = self.c.nodes[q.question].id();
                let here = self.c.nodes[q.node].id();
                self.at(
                    p,
                    q.node,
                    format!(
                        "{} reads the answer to \"{read}\", but no path asks \"{read}\" before \
                         reaching \"{here}\", so it would always be unanswered here; test a \
                         question that comes earlier on the path",
                        q.place
                    ),
                );
            }
        }
    }

    // ----- messages -------------------------------------------------------------------------

    fn messages(&self, p: &mut Problems) {
        let by_code: HashMap<&str, &Locale> = self
            .c
            .locales
            .iter()
            .map(|l| (l.code.as_str(), l))
            .collect();
        // The locales to check: those listed (or, with no settings, all there are).
        let mut checked: Vec<&Locale> = Vec::new();
        let mut add = |l: &'a Locale| {
            if !checked.iter().any(|c| c.code == l.code) {
                checked.push(l);
            }
        };
        let reference: Option<&Locale> = match &self.c.settings {
            Some(s) => {
                let reference = by_code.get(s.default_locale.as_str()).copied();
                reference.into_iter().for_each(&mut add);
                // Locales that may be incomplete fall back per message; `signpost
                // translations` reports their gaps instead.
                s.locales
                    .iter()
                    .filter(|c| s.must_be_complete(c))
                    .filter_map(|c| by_code.get(c.as_str()).copied())
                    .for_each(&mut add);
                reference
            }
            None => {
                self.c.locales.iter().for_each(&mut add);
                None
            }
        };
        let has = |l: &Locale, m: &str| l.messages.contains_key(m);
        let missing_from = |m: &str| -> Vec<&str> {
            checked
                .iter()
                .filter(|l| !has(l, m))
                .map(|l| l.code.as_str())
                .collect()
        };

        // Messages the content refers to. When the default locale has one, the check for
        // translations below reports the locales without it.
        let referenced = self.c.referenced_messages();
        for &(m, who) in &referenced {
            if reference.is_some_and(|r| has(r, m.as_str())) {
                continue;
            }
            let missing = missing_from(m.as_str());
            if missing.is_empty() {
                continue;
            }
            let (what, file) = self.referrer(m, who);
            let dirs: Vec<String> = missing
                .iter()
                .map(|c| format!("content/locales/{c}/"))
                .collect();
            p.add(
                file,
                what,
                who,
                format!(
                    "uses the message \"{m}\", which is not in {} {}; check the spelling, or \
                     add `{m} = …` to a .ftl file in {}",
                    if missing.len() == 1 {
                        "the locale"
                    } else {
                        "the locales"
                    },
                    and_list(&missing),
                    or_list(&dirs)
                ),
            );
        }

        // The interface's own messages (and the referral pages', when referrals are on).
        let referral_on = self.c.referral_settings().is_some();
        let wanted = UI_MESSAGES
            .iter()
            .copied()
            .chain(super::messages::referral_messages().filter(move |_| referral_on));
        for m in wanted {
            if reference.is_some_and(|r| has(r, m)) {
                continue;
            }
            let name = super::messages::message_file(m);
            let list = match name {
                "summary.ftl" => "src/engine/messages/summary.rs",
                "referral.ftl" => "src/engine/messages/referral_pages.rs",
                _ => "src/engine/messages.rs",
            };
            for code in missing_from(m) {
                p.add(
                    &format!("content/locales/{code}/{name}"),
                    "message",
                    m,
                    format!(
                        "the app's interface needs the message \"{m}\" (listed in \
                         {list}) in every locale, but locale {code} does not \
                         have it; add `{m} = …` to content/locales/{code}/{name}"
                    ),
                );
            }
        }

        // Translations: everything in the default locale, in every other locale.
        let Some(reference) = reference else { return };
        // What uses each message, to name it; only built when a translation is missing.
        let mut first_use: Option<HashMap<&str, (&MessageId, &str)>> = None;
        for l in checked.iter().filter(|l| l.code != reference.code) {
            for (m, source) in &reference.messages {
                if has(l, m) {
                    continue;
                }
                let name = source.rsplit('/').next().unwrap_or(source);
                let file = format!("content/locales/{}/{name}", l.code);
                let first_use = first_use.get_or_insert_with(|| {
                    let mut map = HashMap::new();
                    for &(m, who) in &referenced {
                        map.entry(m.as_str()).or_insert((m, who));
                    }
                    map
                });
                let used = match first_use.get(m.as_str()) {
                    Some(&(mid, who)) => {
                        let (what, f) = self.referrer(mid, who);
                        format!(", used by {what} \"{who}\" in {f}")
                    }
                    None if UI_MESSAGES.contains(&m.as_str())
                        || super::messages::referral_messages().any(|r| r == m.as_str()) =>
                    {
                        ", a message of the app's interface".to_owned()
                    }
                    None => String::new(),
                };
                p.add(
                    &file,
                    "message",
                    m,
                    format!(
                        "\"{m}\" is in the default locale {} ({source}{used}) but has no {} \
                         translation; add `{m} = …` to {file}",
                        reference.code, l.code
                    ),
                );
            }
        }
    }

    /// What refers to message `m`, given the id [`Content::referenced_messages`] names:
    /// its kind and file. Ids of nodes, flags, guides and services may coincide, so the
    /// message itself decides which one it is.
    fn referrer(&self, m: &MessageId, who: &str) -> (&'static str, &'a str) {
        let is = |x: &MessageId| std::ptr::eq(x, m);
        let maybe = |x: &Option<MessageId>| x.as_ref().is_some_and(is);
        for &i in self.defs(who) {
            let owns = match &self.c.nodes[i] {
                Node::Question(q) => {
                    is(&q.title)
                        || maybe(&q.hint)
                        || q.options.iter().any(|o| maybe(&o.label) || maybe(&o.hint))
                }
                Node::Outcome(o) => is(&o.title) || is(&o.summary) || o.next_steps.iter().any(is),
                Node::Route(_) => false,
            };
            if owns {
                return (self.c.nodes[i].kind_name(), self.file(i));
            }
        }
        if self.c.flags.iter().any(|f| is(&f.label)) {
            return ("flag", FLAGS_FILE);
        }
        if self
            .c
            .guides
            .iter()
            .any(|g| is(&g.title) || is(&g.summary) || g.steps.iter().any(is))
        {
            return ("guide", GUIDES_FILE);
        }
        if self
            .c
            .services
            .iter()
            .any(|s| is(&s.description) || maybe(&s.hours) || maybe(&s.eligibility))
        {
            return ("service", SERVICES_FILE);
        }
        // A kind of reference this function does not know yet: go by the id alone.
        if let Some(&i) = self.index.get(who) {
            (self.c.nodes[i].kind_name(), self.file(i))
        } else if self.flags.contains(who) {
            ("flag", FLAGS_FILE)
        } else if self.guides.contains(who) {
            ("guide", GUIDES_FILE)
        } else if self.services.contains(who) {
            ("service", SERVICES_FILE)
        } else {
            ("content", "content")
        }
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

/// Iterative depth-first search over `succ` from each root in turn (skipping nodes already
/// visited). Returns the post-order of every node visited, and one cycle per back edge, as
/// the nodes from the edge's target to its source.
fn dfs(succ: &[Vec<usize>], roots: impl Iterator<Item = usize>) -> (Vec<usize>, Vec<Vec<usize>>) {
    const WHITE: u8 = 0;
    const GREY: u8 = 1;
    const BLACK: u8 = 2;
    let n = succ.len();
    let mut colour = vec![WHITE; n];
    let mut depth = vec![0usize; n];
    let mut post = Vec::with_capacity(n);
    let mut cycles = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in roots {
        if colour[root] != WHITE {
            continue;
        }
        colour[root] = GREY;
        stack.push((root, 0));
        while let Some(top) = stack.last_mut() {
            let (u, next) = *top;
            if let Some(&v) = succ[u].get(next) {
                top.1 += 1;
                match colour[v] {
                    WHITE => {
                        colour[v] = GREY;
                        depth[v] = stack.len();
                        stack.push((v, 0));
                    }
                    GREY => cycles.push(stack[depth[v]..].iter().map(|&(w, _)| w).collect()),
                    _ => {}
                }
            } else {
                colour[u] = BLACK;
                post.push(u);
                stack.pop();
            }
        }
    }
    (post, cycles)
}

fn unknown_node(doing: &str, id: &NodeId) -> String {
    format!(
        "{doing} \"{id}\", which is not defined in any tree file; fix the spelling, or add a \
         question, route or outcome with that id"
    )
}

fn no_way_on(next: &[Rule]) -> String {
    if next.is_empty() {
        "has no \"next\", so the path stops here without an outcome; add a rule such as \
         {\"goto\": \"…\"}"
            .to_owned()
    } else {
        "every rule in \"next\" has an \"if\", so when none of them holds the path stops here \
         without an outcome; end \"next\" with a rule without \"if\""
            .to_owned()
    }
}

/// "a single_choice question", "an outcome": what a node is, for messages.
fn node_kind(n: &Node) -> String {
    match n {
        Node::Question(q) => format!("{} question", type_name(q.input)),
        other => other.kind_name().to_owned(),
    }
}

fn type_name(t: InputType) -> &'static str {
    match t {
        InputType::SingleChoice => "single_choice",
        InputType::MultipleChoice => "multiple_choice",
        InputType::YesNo => "yes_no",
        InputType::Money => "money",
        InputType::Date => "date",
        InputType::Number => "number",
        InputType::Text => "text",
    }
}

fn comparison_name(op: Comparison) -> &'static str {
    match op {
        Comparison::AtLeast => "at_least",
        Comparison::AtMost => "at_most",
        Comparison::GreaterThan => "greater_than",
        Comparison::LessThan => "less_than",
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn quoted_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    and_list(&quoted)
}

/// "a", "a and b", "a, b and c".
fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, "and")
}

fn or_list<S: AsRef<str>>(items: &[S]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dfs_finds_each_loop_once() {
        // 0 -> 1 -> 2 -> 0, 1 -> 1, 2 -> 3.
        let succ = vec![vec![1], vec![2, 1], vec![0, 3], vec![]];
        let (post, cycles) = dfs(&succ, 0..4);
        assert_eq!(post, vec![3, 2, 1, 0]);
        assert_eq!(cycles, vec![vec![0, 1, 2], vec![1]]);
    }

    #[test]
    fn dfs_handles_long_chains_without_recursion() {
        let n = 200_000;
        let succ: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        let (post, cycles) = dfs(&succ, 0..n);
        assert_eq!(post.len(), n);
        assert!(cycles.is_empty());
    }

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
