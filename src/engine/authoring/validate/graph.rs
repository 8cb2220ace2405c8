//! The transition graph: every node always has somewhere to go and no rule is dead, every
//! node is reachable from the start, and there are no loops. Reachability is a BFS; loops
//! come from an iterative DFS, so long chains need no recursion.

use super::{Problems, Validator};
use crate::engine::ids::NodeId;
use crate::engine::model::{InputType, Node, Rule};
use crate::engine::problem::Problem;

impl<'a> Validator<'a> {
    /// Checks that every node always has somewhere to go, and returns the transitions that
    /// evaluation can take (by node index; duplicates have none, dead rules are left out).
    pub(super) fn transitions(&self, p: &mut Problems) -> Vec<Vec<usize>> {
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
                            self.at(p, i, Problem::NextNeverUsed);
                        }
                    } else if !self.live_rules(p, i, &q.next, &mut targets) {
                        if by_option && !q.options.is_empty() {
                            for o in q.options.iter().filter(|o| o.goto.is_none()) {
                                self.at_option(p, i, o.id.as_str(), Problem::NoTransition);
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
                let problem = Problem::RuleNeverUsed {
                    rule: k + 1,
                    to: r.goto.to_string(),
                };
                self.at(p, i, problem);
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

    pub(super) fn unreachable(&self, succ: &[Vec<usize>], p: &mut Problems) {
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
            let start = start_id.to_string();
            self.at(p, i, Problem::Unreachable { start });
        }
    }

    /// Reports every loop (once per back edge of a depth-first search from the start, then
    /// from every other node), and returns the nodes in reverse topological order (a DFS
    /// post-order) with whether there was a loop.
    pub(super) fn loops(&self, succ: &[Vec<usize>], p: &mut Problems) -> (Vec<usize>, bool) {
        let cycles = dfs(succ, self.start().into_iter().chain(0..succ.len()));
        let has_loops = !cycles.1.is_empty();
        for cycle in cycles.1 {
            let mut path: Vec<String> = cycle
                .iter()
                .map(|&i| self.c.nodes[i].id().to_string())
                .collect();
            path.push(path[0].clone());
            self.at(p, cycle[0], Problem::Loop { path });
        }
        (cycles.0, has_loops)
    }
}

fn no_way_on(next: &[Rule]) -> Problem {
    if next.is_empty() {
        Problem::NoNext
    } else {
        Problem::NoFallbackRule
    }
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
}
