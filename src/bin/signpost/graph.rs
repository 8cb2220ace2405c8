//! `signpost graph`: the tree as a Mermaid or DOT diagram for reviewers.

use crate::native::{plural, Failure};
use signpost::engine::condition::{Comparison, Condition, Test};
use signpost::engine::model::{Content, InputType, Node};
use signpost::engine::{load, SourceFile, Tier};
use std::collections::BTreeMap;

pub(super) fn graph(files: &[SourceFile], format: &str) -> Result<(), Failure> {
    // Not validated: a diagram helps most while the content is still being written.
    let (content, problems) = load(files);
    if !problems.is_empty() {
        eprintln!(
            "note: the content has {}; the graph shows what could be read. Run `signpost check`.",
            plural(problems.len(), "problem", "problems")
        );
    }
    let titles = english(&content);
    let mut edges = edges(&content);
    let nodes = in_path_order(&content, &edges);
    let position = |id: &str| nodes.iter().position(|n| n.id().as_str() == id);
    edges.sort_by_key(|e| position(&e.from));
    let out = if format == "dot" {
        dot(&nodes, &titles, &edges)
    } else {
        mermaid(&nodes, &titles, &edges)
    };
    print!("{out}");
    Ok(())
}

/// The nodes from the start, breadth first, so diagrams read top-down; then any the
/// start does not reach, in file order.
fn in_path_order<'a>(content: &'a Content, edges: &[Edge]) -> Vec<&'a Node> {
    let mut order: Vec<&Node> = Vec::new();
    let mut queue: std::collections::VecDeque<&str> =
        content.start().map(|s| s.as_str()).into_iter().collect();
    while let Some(id) = queue.pop_front() {
        let Some(node) = content.nodes.iter().find(|n| n.id().as_str() == id) else {
            continue;
        };
        if order.iter().any(|n| n.id() == node.id()) {
            continue;
        }
        order.push(node);
        queue.extend(edges.iter().filter(|e| e.from == id).map(|e| e.to.as_str()));
    }
    for node in &content.nodes {
        if !order.iter().any(|n| n.id() == node.id()) {
            order.push(node);
        }
    }
    order
}

/// Message id -> text in the default locale, placeables shown as `{…}`.
fn english(content: &Content) -> BTreeMap<String, String> {
    signpost::engine::locale::default_locale_texts(content, "{…}")
}

struct Edge {
    from: String,
    to: String,
    label: String,
}

fn edges(content: &Content) -> Vec<Edge> {
    let mut out = Vec::new();
    for node in &content.nodes {
        let from = node.id().to_string();
        let rules = match node {
            Node::Question(q) => {
                // Options that lead somewhere of their own, grouped by where they go.
                let mut by_target: Vec<(String, Vec<&str>)> = Vec::new();
                for o in &q.options {
                    if let Some(to) = &o.goto {
                        match by_target.iter_mut().find(|(t, _)| t == to.as_str()) {
                            Some((_, ids)) => ids.push(o.id.as_str()),
                            None => by_target.push((to.to_string(), vec![o.id.as_str()])),
                        }
                    }
                }
                for (to, ids) in by_target {
                    out.push(Edge {
                        from: from.clone(),
                        to,
                        label: ids.join(", "),
                    });
                }
                let rest: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| o.goto.is_none())
                    .map(|o| o.id.as_str())
                    .collect();
                let choice = matches!(q.input, InputType::SingleChoice | InputType::YesNo);
                if choice && rest.is_empty() && !q.options.is_empty() {
                    // Every option has its own goto: the rules are never used.
                    continue;
                }
                let only_unconditional = q.next.len() == 1 && q.next[0].when.is_none();
                if only_unconditional && choice && rest.len() <= 3 {
                    out.push(Edge {
                        from: from.clone(),
                        to: q.next[0].goto.to_string(),
                        label: rest.join(", "),
                    });
                    continue;
                }
                &q.next
            }
            Node::Route(r) => &r.next,
            Node::Outcome(_) => continue,
        };
        let single = rules.len() == 1;
        for rule in rules {
            let label = match &rule.when {
                Some(c) => render(content, c),
                None if single => String::new(),
                None => "otherwise".into(),
            };
            out.push(Edge {
                from: from.clone(),
                to: rule.goto.to_string(),
                label,
            });
        }
    }
    out
}

/// A short, readable form of a condition for edge labels.
fn render(content: &Content, c: &Condition) -> String {
    let inner = |c: &Condition| match c {
        Condition::All(v) | Condition::Any(v) if v.len() > 1 => {
            format!("({})", render(content, c))
        }
        _ => render(content, c),
    };
    match c {
        Condition::All(v) => v.iter().map(inner).collect::<Vec<_>>().join(" and "),
        Condition::Any(v) => v.iter().map(inner).collect::<Vec<_>>().join(" or "),
        Condition::Not(c) => format!("not {}", inner(c)),
        Condition::Flag(f) => format!("flag {f}"),
        Condition::Answer {
            question,
            test,
            plus_months,
            plus_days,
        } => {
            let money = content
                .question(question)
                .is_some_and(|q| q.input == InputType::Money);
            let mut question = question.to_string();
            if *plus_months > 0 {
                question.push_str(&format!(" + {plus_months} month(s)"));
            }
            if *plus_days > 0 {
                question.push_str(&format!(" + {plus_days} day(s)"));
            }
            let n = |x: &f64| {
                if money {
                    format!("£{x}")
                } else {
                    format!("{x}")
                }
            };
            match test {
                Test::Answered => format!("{question} answered"),
                Test::Equals(v) => format!("{question} = {v}"),
                Test::OneOf(vs) => format!("{question} one of {}", vs.join(", ")),
                Test::Compare(Comparison::AtLeast, x) => format!("{question} ≥ {}", n(x)),
                Test::Compare(Comparison::AtMost, x) => format!("{question} ≤ {}", n(x)),
                Test::Compare(Comparison::GreaterThan, x) => {
                    format!("{question} more than {}", n(x))
                }
                Test::Compare(Comparison::LessThan, x) => {
                    format!("{question} less than {}", n(x))
                }
                Test::WithinWorkingDays(d) => {
                    format!("{question} within {d} working days")
                }
                Test::Passed => format!("{question} passed"),
            }
        }
    }
}

fn tier_colours(t: Tier) -> (&'static str, &'static str) {
    // GOV.UK colours: red, orange, yellow, blue, green.
    match t {
        Tier::Emergency => ("#d4351c", "#ffffff"),
        Tier::Urgent => ("#f47738", "#0b0c0c"),
        Tier::Referral => ("#ffdd00", "#0b0c0c"),
        Tier::Signpost => ("#1d70b8", "#ffffff"),
        Tier::SelfHelp => ("#00703c", "#ffffff"),
    }
}

/// The lines of a node's label: its id, then (outcomes) its tier, then its English title.
fn label_lines(node: &Node, titles: &BTreeMap<String, String>) -> Vec<String> {
    let title = |m: &str| titles.get(m).cloned().unwrap_or_else(|| m.to_owned());
    match node {
        Node::Question(q) => vec![
            format!("{} ({})", q.id, input_name(q.input)),
            title(q.title.as_str()),
        ],
        Node::Route(r) => vec![r.id.to_string()],
        Node::Outcome(o) => vec![
            format!("{} ({})", o.id, o.tier.as_str()),
            title(o.title.as_str()),
        ],
    }
}

fn input_name(t: InputType) -> &'static str {
    match t {
        InputType::SingleChoice => "single choice",
        InputType::MultipleChoice => "multiple choice",
        InputType::YesNo => "yes/no",
        InputType::Money => "money",
        InputType::Date => "date",
        InputType::Number => "number",
        InputType::Text => "text",
    }
}

fn mermaid_id(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("n_{safe}")
}

fn mermaid_text(s: &str) -> String {
    s.replace('"', "#quot;")
}

fn mermaid(nodes: &[&Node], titles: &BTreeMap<String, String>, edges: &[Edge]) -> String {
    let mut out = String::from("flowchart TD\n");
    for node in nodes {
        let id = mermaid_id(node.id().as_str());
        let label = mermaid_text(&label_lines(node, titles).join("<br/>"));
        let line = match node {
            Node::Question(_) => format!("  {id}[\"{label}\"]\n"),
            Node::Route(_) => format!("  {id}{{\"{label}\"}}\n"),
            Node::Outcome(_) => format!("  {id}([\"{label}\"])\n"),
        };
        out.push_str(&line);
    }
    for e in edges {
        let (from, to) = (mermaid_id(&e.from), mermaid_id(&e.to));
        if e.label.is_empty() {
            out.push_str(&format!("  {from} --> {to}\n"));
        } else {
            out.push_str(&format!(
                "  {from} -->|\"{}\"| {to}\n",
                mermaid_text(&e.label)
            ));
        }
    }
    for t in Tier::ALL {
        let (fill, text) = tier_colours(t);
        let class = t.as_str().replace('-', "_");
        out.push_str(&format!(
            "  classDef {class} fill:{fill},color:{text},stroke:#0b0c0c\n"
        ));
        let members: Vec<String> = nodes
            .iter()
            .filter_map(|n| match n {
                Node::Outcome(o) if o.tier == t => Some(mermaid_id(o.id.as_str())),
                _ => None,
            })
            .collect();
        if !members.is_empty() {
            out.push_str(&format!("  class {} {class}\n", members.join(",")));
        }
    }
    out
}

fn dot_text(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn dot(nodes: &[&Node], titles: &BTreeMap<String, String>, edges: &[Edge]) -> String {
    let mut out = String::from(
        "digraph signpost {\n  rankdir=TB;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
    );
    for node in nodes {
        let id = dot_text(node.id().as_str());
        let label = label_lines(node, titles)
            .iter()
            .map(|l| dot_text(l))
            .collect::<Vec<_>>()
            .join("\\n");
        let attrs = match node {
            Node::Question(_) => "shape=box".to_owned(),
            Node::Route(_) => "shape=diamond".to_owned(),
            Node::Outcome(o) => {
                let (fill, text) = tier_colours(o.tier);
                format!(
                    "shape=box, style=\"rounded,filled\", fillcolor=\"{fill}\", fontcolor=\"{text}\""
                )
            }
        };
        out.push_str(&format!("  \"{id}\" [{attrs}, label=\"{label}\"];\n"));
    }
    for e in edges {
        let (from, to) = (dot_text(&e.from), dot_text(&e.to));
        if e.label.is_empty() {
            out.push_str(&format!("  \"{from}\" -> \"{to}\";\n"));
        } else {
            out.push_str(&format!(
                "  \"{from}\" -> \"{to}\" [label=\"{}\"];\n",
                dot_text(&e.label)
            ));
        }
    }
    out.push_str("}\n");
    out
}
