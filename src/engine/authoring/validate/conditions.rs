//! Conditions: they read questions (of the right type, with real option ids) that can
//! have been answered by the time the condition is tested (ancestry in the graph).

use super::{article, quoted_list, type_name, Problems, Validator};
use crate::engine::condition::{Comparison, Condition, Test};
use crate::engine::ids::FlagId;
use crate::engine::model::{InputType, Node, Question};
use std::fmt;

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
pub(super) struct Query<'a> {
    node: usize,
    question: usize,
    place: Place<'a>,
}

impl<'a> Validator<'a> {
    /// Checks what each condition reads, and returns the answers read from other questions,
    /// for [`Self::ancestry`].
    pub(super) fn conditions(&self, p: &mut Problems) -> Vec<Query<'a>> {
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
    pub(super) fn ancestry(
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
}

fn comparison_name(op: Comparison) -> &'static str {
    match op {
        Comparison::AtLeast => "at_least",
        Comparison::AtMost => "at_most",
        Comparison::GreaterThan => "greater_than",
        Comparison::LessThan => "less_than",
    }
}
