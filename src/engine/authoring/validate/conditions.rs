//! Conditions: they read questions (of the right type, with real option ids) that can
//! have been answered by the time the condition is tested (ancestry in the graph).

use super::{Problems, Validator};
use crate::engine::condition::{Condition, Test};
use crate::engine::model::{InputType, Node, Question};
use crate::engine::problem::{FlagUse, IfPlace, Problem};

/// A condition in node `node` reads question `question` (a node index): checked against
/// the transition graph once it is built.
pub(super) struct Query {
    node: usize,
    question: usize,
    place: IfPlace,
}

impl<'a> Validator<'a> {
    /// Checks what each condition reads, and returns the answers read from other questions,
    /// for [`Self::ancestry`].
    pub(super) fn conditions(&self, p: &mut Problems) -> Vec<Query> {
        let mut queries = Vec::new();
        for (i, node) in self.c.nodes.iter().enumerate() {
            let (flags, next) = match node {
                Node::Question(q) => (&q.flags, &q.next),
                Node::Route(r) => (&r.flags, &r.next),
                Node::Outcome(_) => continue,
            };
            for r in flags {
                let place = IfPlace::Flag(r.flag.to_string());
                self.condition(p, i, &r.when, place, &mut queries);
            }
            for (k, r) in next.iter().enumerate() {
                if let Some(c) = &r.when {
                    self.condition(p, i, c, IfPlace::Rule(k + 1), &mut queries);
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
        place: IfPlace,
        queries: &mut Vec<Query>,
    ) {
        let mut leaves: Vec<&Condition> = Vec::new();
        c.visit(&mut |x| {
            if matches!(x, Condition::Flag(_) | Condition::Answer { .. }) {
                leaves.push(x);
            }
        });
        let here = self.c.nodes[i].id();
        for leaf in leaves {
            let place = place.clone();
            match leaf {
                Condition::Flag(f) if !self.flags.contains(f.as_str()) => {
                    let by = FlagUse::Condition(place);
                    let flag = f.to_string();
                    self.at(p, i, Problem::UnknownFlag { by, flag });
                }
                Condition::Answer { question, test, .. } => match self.node(question) {
                    None => {
                        let question = question.to_string();
                        self.at(p, i, Problem::UnknownQuestion { place, question });
                    }
                    Some((_, Node::Question(q))) if &q.id == here => {
                        self.test_fits(p, i, place, q, test);
                    }
                    Some((j, Node::Question(q))) => {
                        self.test_fits(p, i, place.clone(), q, test);
                        if self.is_first(i) {
                            queries.push(Query {
                                node: i,
                                question: j,
                                place,
                            });
                        }
                    }
                    Some((_, other)) => {
                        let problem = Problem::NotAQuestion {
                            place,
                            question: question.to_string(),
                            kind: other.kind_name(),
                        };
                        self.at(p, i, problem);
                    }
                },
                _ => {}
            }
        }
    }

    /// Checks that a test suits the type of the question it reads.
    fn test_fits(&self, p: &mut Problems, i: usize, place: IfPlace, q: &Question, test: &Test) {
        let t = q.input;
        let question = q.id.to_string();
        let options = || q.options.iter().map(|o| o.id.to_string()).collect();
        let does_not_fit = |place, test| Problem::TestDoesNotFit {
            place,
            test,
            question: q.id.to_string(),
            input: t,
        };
        match test {
            Test::Answered => {}
            Test::Equals(v) if t.has_options() => {
                if q.option(&v.as_str().into()).is_none() {
                    let problem = Problem::NoSuchOption {
                        place,
                        question,
                        value: v.clone(),
                        options: options(),
                    };
                    self.at(p, i, problem);
                }
            }
            Test::Equals(_) if t == InputType::Text => {}
            Test::Equals(_) => self.at(p, i, does_not_fit(place, "equals")),
            Test::OneOf(vs) if t.has_options() => {
                let values: Vec<String> = vs
                    .iter()
                    .filter(|v| q.option(&v.as_str().into()).is_none())
                    .cloned()
                    .collect();
                if !values.is_empty() {
                    let problem = Problem::NoSuchOptions {
                        place,
                        question,
                        values,
                        options: options(),
                    };
                    self.at(p, i, problem);
                }
            }
            Test::OneOf(_) => self.at(p, i, does_not_fit(place, "one_of")),
            Test::Compare(op, _) if !matches!(t, InputType::Money | InputType::Number) => {
                self.at(p, i, does_not_fit(place, op.as_str()));
            }
            Test::WithinWorkingDays(_) if t != InputType::Date => {
                self.at(p, i, does_not_fit(place, "within_working_days"));
            }
            Test::Passed if t != InputType::Date => self.at(p, i, does_not_fit(place, "passed")),
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
                let problem = Problem::AskedLater {
                    place: q.place.clone(),
                    question: self.c.nodes[q.question].id().to_string(),
                    node: self.c.nodes[q.node].id().to_string(),
                };
                self.at(p, q.node, problem);
            }
        }
    }
}
