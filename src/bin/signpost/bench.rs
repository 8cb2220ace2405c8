//! `signpost bench`: how long loading, validating and evaluating take. A report for
//! people, not a test: nothing here fails on a slow time.

use crate::native::{plural, usage_error, Failure};
use serde_json::{json, Value};
use signpost::engine::messages::UI_MESSAGES;
use signpost::engine::model::{Content, InputType, Node, Question};
use signpost::engine::{evaluate, load_and_validate, Answer, Answers, Date, SourceFile, Step};
use std::hint::black_box;
use std::time::Instant;

/// Questions in the generated tree (a start question, then layers of WIDTH).
const QUESTIONS: usize = 1000;
const WIDTH: usize = 9;
/// Flags f-0 … f-(FLAGS-1) raised along the generated tree.
const FLAGS: usize = 5;

/// Takes `--iterations N` (or `--iterations=N`) out of the arguments.
pub(super) fn take_iterations(raw: Vec<String>) -> Result<(Vec<String>, Option<usize>), Failure> {
    let mut rest = Vec::new();
    let mut found = None;
    let mut it = raw.into_iter();
    while let Some(a) = it.next() {
        let value = if a == "--iterations" {
            it.next()
                .ok_or_else(|| usage_error("--iterations needs a value"))?
        } else if let Some(v) = a.strip_prefix("--iterations=") {
            v.to_owned()
        } else {
            rest.push(a);
            continue;
        };
        match value.parse::<usize>() {
            Ok(n) if n > 0 => found = Some(n),
            _ => {
                return Err(usage_error(format!(
                    "--iterations \"{value}\" is not a whole number of 1 or more"
                )))
            }
        }
    }
    Ok((rest, found))
}

pub(super) fn run(shipped: &[SourceFile], iterations: usize) -> Result<(), Failure> {
    let content = load_and_validate(shipped).map_err(|e| {
        Failure(
            format!("{e}Fix the content first (signpost check) before benchmarking."),
            1,
        )
    })?;
    let generated = generate();
    // The generated tree must be content an author could ship, or its times mean little.
    let big = load_and_validate(&generated)
        .map_err(|e| Failure(format!("the generated tree is not valid content:\n{e}"), 1))?;
    assert_eq!(big.questions().count(), QUESTIONS);
    let today = Date::new(2026, 11, 23).expect("a real date");
    let (shipped_answers, shipped_path) = full_path(&content, today, |q, _| longest(&content, q))?;
    let (big_answers, big_path) = full_path(&big, today, |q, i| {
        // Turn by turn: options with a goto, and the rules (which read earlier answers).
        Answer::Choice(q.options[i % q.options.len()].id.clone())
    })?;

    let bytes = |files: &[SourceFile]| files.iter().map(|f| f.text.len()).sum::<usize>();
    let rows = [
        (
            format!(
                "load+validate shipped content ({}, {} KB, {})",
                plural(shipped.len(), "file", "files"),
                bytes(shipped) / 1024,
                plural(content.questions().count(), "question", "questions"),
            ),
            time(iterations, || load_and_validate(shipped).is_ok()),
        ),
        (
            format!(
                "load+validate generated tree ({}, {} KB, {QUESTIONS} questions)",
                plural(generated.len(), "file", "files"),
                bytes(&generated) / 1024,
            ),
            time(iterations, || load_and_validate(&generated).is_ok()),
        ),
        (
            format!(
                "evaluate a full path, shipped content ({} to {})",
                plural(shipped_path.0, "question", "questions"),
                shipped_path.1,
            ),
            time(iterations, || {
                evaluate(&content, &shipped_answers, today).is_ok()
            }),
        ),
        (
            format!(
                "evaluate a full path, generated tree ({} to {})",
                plural(big_path.0, "question", "questions"),
                big_path.1,
            ),
            time(iterations, || evaluate(&big, &big_answers, today).is_ok()),
        ),
    ];
    let width = rows
        .iter()
        .map(|(w, _)| w.chars().count())
        .max()
        .unwrap_or(0);
    println!(
        "signpost bench: {} each, times in microseconds",
        plural(iterations, "iteration", "iterations")
    );
    println!();
    println!(
        "{:<width$}  {:>10}  {:>10}  {:>10}",
        "what", "min", "median", "p95"
    );
    for (what, (min, median, p95)) in &rows {
        println!("{what:<width$}  {min:>10.1}  {median:>10.1}  {p95:>10.1}");
    }
    Ok(())
}

/// Runs `f` `n` times (after one run to warm up) and returns the fastest time, the
/// median and the 95th percentile (nearest rank), in microseconds. On a shared machine
/// the median moves with whatever else runs; the fastest run shows the work itself.
fn time(n: usize, mut f: impl FnMut() -> bool) -> (f64, f64, f64) {
    assert!(black_box(f()), "the benchmarked step failed");
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2.0
    };
    let rank = (n * 95).div_ceil(100).max(1);
    (times[0], median, times[rank - 1])
}

/// Answers the questions the path asks, each with `answer(question, how many
/// answered so far)`, until an outcome: the answers, with the path's length and outcome.
fn full_path(
    content: &Content,
    today: Date,
    answer: impl Fn(&Question, usize) -> Answer,
) -> Result<(Answers, (usize, String)), Failure> {
    let mut answers = Answers::new();
    for _ in 0..=content.nodes.len() {
        let ev = evaluate(content, &answers, today)
            .map_err(|e| Failure(format!("cannot evaluate the content: {e}"), 1))?;
        match ev.step {
            Step::Outcome(o) => return Ok((answers, (ev.path.len(), o.to_string()))),
            Step::Question(q) => {
                let question = content.question(&q).expect("the step is a question");
                let a = answer(question, answers.len());
                answers.insert(q, a);
            }
        }
    }
    Err(Failure("the path never reaches an outcome".into(), 1))
}

/// An answer that keeps the path going for as long as it can: an option that leads to
/// another question, or else to the question's rules; every ordinary box ticked;
/// amounts and dates that raise flags.
fn longest(content: &Content, q: &Question) -> Answer {
    let clamp = |x: f64| x.max(q.min.unwrap_or(x)).min(q.max.unwrap_or(x));
    match q.input {
        InputType::SingleChoice | InputType::YesNo => {
            let o = q
                .options
                .iter()
                .find(|o| {
                    o.goto
                        .as_ref()
                        .is_some_and(|g| content.question(g).is_some())
                })
                .or_else(|| q.options.iter().find(|o| o.goto.is_none()))
                .unwrap_or(&q.options[0]);
            Answer::Choice(o.id.clone())
        }
        InputType::MultipleChoice => Answer::Choices(
            q.options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| o.id.clone())
                .collect(),
        ),
        InputType::Money => Answer::Money((clamp(5000.0) * 100.0).round() as i64),
        InputType::Number => Answer::Number(clamp(2.0).round() as i64),
        InputType::Date => Answer::Date(Date::new(2026, 11, 26).expect("a real date")),
        InputType::Text => Answer::Text("Help with my bills".into()),
    }
}

// The generated tree:
//
//   start (9 options, each to one column of layer 0)
//   q-K-J, K = 0 … 110, J = 0 … 8: single choice a, b, c, d
//     a: goto q-(K+1)-J                          (same column)
//     b: goto q-(K+1)-(J+1), raises a flag       (next column: branches rejoin)
//     c, d: the rules, which read this answer, the one before it in the column, flags
//   choose: a route that raises a flag from two others and picks one of five outcomes.

fn question_id(k: usize, j: usize) -> String {
    format!("q-{k}-{j}")
}

fn layers() -> usize {
    (QUESTIONS - 1) / WIDTH
}

/// Where layer `k`, column `j` leads: the next layer, or the route after the last.
fn next_id(k: usize, j: usize) -> String {
    if k + 1 < layers() {
        question_id(k + 1, j % WIDTH)
    } else {
        "choose".into()
    }
}

fn option(question: &str, o: &str, goto: Option<String>, flags: &[String]) -> Value {
    let mut v = json!({"id": o, "label": format!("{question}-{o}")});
    if let Some(g) = goto {
        v["goto"] = json!(g);
    }
    if !flags.is_empty() {
        v["flags"] = json!(flags);
    }
    v
}

fn generated_question(k: usize, j: usize) -> Value {
    let id = question_id(k, j);
    // The question before this one in its column (layer 0: the start question, whose
    // options are named a … i so the same tests fit both).
    let before = if k == 0 {
        "start".to_owned()
    } else {
        question_id(k - 1, j)
    };
    let flag = |n: usize| format!("f-{}", n % FLAGS);
    json!({
        "kind": "question",
        "id": id,
        "type": "single_choice",
        "title": format!("{id}-title"),
        "options": [
            option(&id, "a", Some(next_id(k, j)), &[]),
            option(&id, "b", Some(next_id(k, j + 1)), &[flag(k + j)]),
            option(&id, "c", None, &[]),
            option(&id, "d", None, &[]),
        ],
        "flags": [
            {"flag": flag(k), "if": {"answer": before, "equals": "d"}}
        ],
        "next": [
            {"if": {"all": [{"answer": before, "equals": "b"},
                            {"answer": id, "equals": "c"}]},
             "goto": next_id(k, j + 2)},
            {"if": {"any": [{"flag": flag(j)},
                            {"not": {"answer": before, "one_of": ["a", "c"]}}]},
             "goto": next_id(k, j + WIDTH - 1)},
            {"goto": next_id(k, j)}
        ]
    })
}

const OUTCOMES: [(&str, &str); 5] = [
    ("o-emergency", "emergency"),
    ("o-urgent", "urgent"),
    ("o-referral", "referral"),
    ("o-signpost", "signpost"),
    ("o-self-help", "self-help"),
];

/// The files of a valid content set with `QUESTIONS` questions.
fn generate() -> Vec<SourceFile> {
    let file = |path: &str, v: &Value| SourceFile {
        path: path.to_owned(),
        text: serde_json::to_string_pretty(v).expect("JSON serializes"),
    };
    let mut files = Vec::new();
    files.push(file(
        "settings.json",
        &json!({"start": "start", "default_locale": "en-GB", "locales": ["en-GB"],
                "bank_holidays": ["2026-12-25", "2026-12-28", "2027-01-01"]}),
    ));
    let mut flags: Vec<Value> = (0..FLAGS)
        .map(|n| json!({"id": format!("f-{n}"), "kind": "need", "label": format!("flag-f-{n}")}))
        .collect();
    flags.push(json!({"id": "many", "kind": "risk", "label": "flag-many"}));
    files.push(file("flags.json", &json!({ "flags": flags })));

    let letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    assert_eq!(letters.len(), WIDTH);
    let start = json!({
        "kind": "question", "id": "start", "type": "single_choice", "title": "q-start",
        "options": (0..WIDTH)
            .map(|j| option("start", letters[j], Some(question_id(0, j)), &[]))
            .collect::<Vec<_>>()
    });
    let last = layers() - 1;
    let route = json!({
        "kind": "route", "id": "choose",
        "flags": [{"flag": "many", "if": {"all": [{"flag": "f-0"}, {"flag": "f-1"}]}}],
        "next": [
            {"if": {"answer": question_id(last, 0), "equals": "d"}, "goto": "o-emergency"},
            {"if": {"flag": "many"}, "goto": "o-referral"},
            {"if": {"flag": "f-2"}, "goto": "o-signpost"},
            {"if": {"any": [{"flag": "f-3"}, {"flag": "f-4"}]}, "goto": "o-urgent"},
            {"goto": "o-self-help"}
        ]
    });
    let outcomes: Vec<Value> = OUTCOMES
        .iter()
        .map(|(id, tier)| {
            json!({"kind": "outcome", "id": id, "tier": tier, "title": format!("{id}-title"),
                   "summary": format!("{id}-summary"), "next_steps": [format!("{id}-step")]})
        })
        .collect();
    // Every step names its source, as shipped content must.
    let sources: Vec<Value> = OUTCOMES
        .iter()
        .map(|(id, _)| {
            json!({"step": format!("{id}-step"), "checked": "2026-12-06",
                   "sources": [{"title": "Signpost: how this service works"}]})
        })
        .collect();
    files.push(file("sources/generated.json", &json!({ "steps": sources })));
    // A file of nodes per ten layers, as authors split a big tree.
    let mut first = vec![start, route];
    first.extend(outcomes);
    files.push(file("tree/start.json", &json!({ "nodes": first })));
    for chunk in 0..layers().div_ceil(10) {
        let nodes: Vec<Value> = (chunk * 10..((chunk + 1) * 10).min(layers()))
            .flat_map(|k| (0..WIDTH).map(move |j| generated_question(k, j)))
            .collect();
        files.push(file(
            &format!("tree/layers-{chunk:02}.json"),
            &json!({ "nodes": nodes }),
        ));
    }

    // Words for every message the tree refers to, and the app's own.
    let (content, _) = signpost::engine::authoring::load(&files);
    let mut ftl = String::new();
    for node in &content.nodes {
        if let Node::Question(q) = node {
            ftl.push_str(&format!("{} = Question {}?\n", q.title, q.id));
            for o in &q.options {
                if let Some(l) = &o.label {
                    ftl.push_str(&format!("{l} = Option {}\n", o.id));
                }
            }
        }
    }
    for (id, tier) in OUTCOMES {
        ftl.push_str(&format!(
            "{id}-title = The {tier} result\n{id}-summary = What a {tier} result means.\n{id}-step = The first thing to do.\n"
        ));
    }
    for f in &content.flags {
        ftl.push_str(&format!("{} = The flag {}\n", f.label, f.id));
    }
    files.push(SourceFile {
        path: "locales/en-GB/content.ftl".into(),
        text: ftl,
    });
    files.push(SourceFile {
        path: "locales/en-GB/ui.ftl".into(),
        text: UI_MESSAGES.iter().map(|m| format!("{m} = {m}\n")).collect(),
    });
    files
}
