//! The content authors' tool, run as a program: check, graph, run and coverage.

mod common;

use common::cli::{signpost, text};
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// A copy of the content in a fresh temporary folder, removed on drop.
struct TempContent(PathBuf);

impl TempContent {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("signpost-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        common::copy_dir(&content_dir(), &dir);
        TempContent(dir)
    }
}

impl Drop for TempContent {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every node id in the content on disk.
fn node_ids() -> Vec<String> {
    let files = signpost::engine::authoring::load::read_dir(&content_dir()).unwrap();
    let (content, errors) = signpost::engine::authoring::load(&files);
    assert!(errors.is_empty(), "{errors:?}");
    content.nodes.iter().map(|n| n.id().to_string()).collect()
}

#[test]
fn check_passes_on_the_real_content() {
    let out = signpost(&["check"]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("questions"), "{stdout}");
    assert!(stdout.contains("Tree version"), "{stdout}");
    // Every step of the shipped advice names its source (issue 17).
    let line = stdout
        .lines()
        .find(|l| l.starts_with("Sources: "))
        .unwrap_or_else(|| panic!("no source coverage:\n{stdout}"));
    assert!(line.ends_with("(100 %)."), "{line}");
}

/// A step without a source fails the check, naming the step; a check more than a year old
/// on the day given is a warning, and the content is still ready.
#[test]
fn check_fails_on_a_step_without_a_source_and_warns_on_an_old_check() {
    let tmp = TempContent::new("sources");
    let dir = tmp.0.join("sources");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    let first = doc["steps"][0].clone();
    let step = first["step"].as_str().unwrap().to_owned();
    let day = first["checked"].as_str().unwrap().to_owned();

    let later = signpost::engine::Date::parse_iso(&day)
        .unwrap()
        .add_days(signpost::engine::authoring::sources::STALE_AFTER_DAYS + 1)
        .to_string();
    let out = signpost(&[
        "check",
        "--content",
        tmp.0.to_str().unwrap(),
        "--today",
        &later,
    ]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("warning:") && l.contains(&format!("\"{step}\""))),
        "{stdout}"
    );

    doc["steps"].as_array_mut().unwrap().remove(0);
    std::fs::write(&files[0], serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let out = signpost(&["check", "--content", tmp.0.to_str().unwrap()]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout
            .lines()
            .any(|l| l.contains(&format!("\"{step}\"")) && l.contains("has no source")),
        "{stdout}"
    );
}

#[test]
fn check_names_the_file_and_id_of_a_problem() {
    let tmp = TempContent::new("broken");
    // Misspell a field of the first question in the first tree file.
    let mut trees: Vec<PathBuf> = std::fs::read_dir(tmp.0.join("tree"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    trees.sort();
    let (file, id) = trees
        .iter()
        .find_map(|p| {
            let mut doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            let node = doc["nodes"]
                .as_array_mut()?
                .iter_mut()
                .find(|n| n["kind"] == "question")?;
            let id = node["id"].as_str().unwrap().to_owned();
            node["titel"] = node["title"].take();
            node.as_object_mut().unwrap().remove("title");
            std::fs::write(p, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
            Some((p.file_name().unwrap().to_string_lossy().into_owned(), id))
        })
        .expect("a tree file with a question");

    let out = signpost(&["check", "--content", tmp.0.to_str().unwrap()]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    let line = stdout
        .lines()
        .find(|l| l.contains("titel"))
        .unwrap_or_else(|| panic!("no line about the misspelt field:\n{stdout}"));
    assert!(line.contains(&format!("content/tree/{file}")), "{line}");
    assert!(line.contains(&format!("\"{id}\"")), "{line}");
    assert!(stderr.contains("problem"), "{stderr}");
}

#[test]
fn check_names_the_file_and_id_of_a_goto_to_nowhere() {
    let tmp = TempContent::new("dangling");
    let mut trees: Vec<PathBuf> = std::fs::read_dir(tmp.0.join("tree"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    trees.sort();
    let (file, id) = trees
        .iter()
        .find_map(|p| {
            let mut doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            let node = doc["nodes"].as_array_mut()?.iter_mut().find(|n| {
                n["kind"] == "question" && n["next"].as_array().is_some_and(|r| !r.is_empty())
            })?;
            let id = node["id"].as_str().unwrap().to_owned();
            node["next"][0]["goto"] = "no-such-node".into();
            std::fs::write(p, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
            Some((p.file_name().unwrap().to_string_lossy().into_owned(), id))
        })
        .expect("a tree file with a question that has rules");

    let out = signpost(&["check", "--content", tmp.0.to_str().unwrap()]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    let line = stdout
        .lines()
        .find(|l| l.contains("no-such-node"))
        .unwrap_or_else(|| panic!("no line about the missing node:\n{stdout}"));
    assert!(line.contains(&format!("content/tree/{file}")), "{line}");
    assert!(line.contains(&format!("\"{id}\"")), "{line}");
}

#[test]
fn check_reports_a_missing_folder() {
    let out = signpost(&["check", "--content", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).1.contains("no/such/folder"));
}

#[test]
fn graph_shows_every_node_in_mermaid_and_dot() {
    let ids = node_ids();
    for (args, start) in [
        (&["graph"][..], "flowchart TD"),
        (&["graph", "--format", "mermaid"][..], "flowchart TD"),
        (&["graph", "--format", "dot"][..], "digraph"),
    ] {
        let out = signpost(args);
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stdout.starts_with(start), "{args:?}: {stdout}");
        for id in &ids {
            assert!(
                stdout.contains(id.as_str()),
                "{args:?} does not mention {id}"
            );
        }
    }
    // Titles are shown in English.
    assert!(text(&signpost(&["graph"]))
        .0
        .contains("Are you safe right now?"));
}

#[test]
fn graph_rejects_an_unknown_format() {
    let out = signpost(&["graph", "--format", "png"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).1.contains("mermaid or dot"));
}

#[test]
fn run_prints_the_result_and_checks_the_expectation() {
    let file = "tests/scenarios/emergency-not-safe-carries-on.json";
    let out = signpost(&["run", file]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    let result: serde_json::Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert_eq!(result["tier"], "emergency");
    assert_eq!(result["outcome"], "get-help-now");
    // The safety answer shows who to call, then the path carries on to the end.
    assert_eq!(result["path"][0], "safe-now");
    assert_eq!(result["path"][1], "food-today");
}

#[test]
fn run_fails_when_the_result_is_not_what_is_expected() {
    // Run ten days earlier, the reply date is no longer within 10 working days.
    let file = "tests/scenarios/urgent-court-claim-fifth-working-day.json";
    let out = signpost(&["run", file, "--today", "2026-11-13"]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("\"tier\""),
        "the result is still printed: {stdout}"
    );
    assert!(stderr.contains(file), "{stderr}");
    assert!(stderr.contains("tier: expected urgent"), "{stderr}");
}

#[test]
fn run_explains_a_scenario_that_cannot_run() {
    let tmp = TempContent::new("scenario");
    let file = tmp.0.join("stale.json");
    std::fs::write(
        &file,
        r#"{"description":"stale","today":"2026-11-23","answers":{"safe-now":"yes"},"expect":{"tier":"urgent"}}"#,
    )
    .unwrap();
    let out = signpost(&["run", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).1.contains("has no answer for question"),
        "{}",
        text(&out).1
    );
}

#[test]
fn usage() {
    for args in [&[][..], &["help"][..], &["--help"][..]] {
        let out = signpost(args);
        assert_eq!(out.status.code(), Some(0));
        assert!(text(&out).0.contains("Usage:"));
    }
    for args in [
        &["bogus"][..],
        &["check", "--frobnicate"][..],
        &["run"][..],
        &["check", "--strict"][..],
        &["coverage", "--strict=yes"][..],
        &["coverage", "tests/scenarios", "extra"][..],
    ] {
        let out = signpost(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out).1.contains("Usage:"), "{args:?}");
    }
}

// ---- coverage ----

/// A tiny content with every kind of question, and scenarios for it that exercise every
/// question, option and outcome.
const FIXTURE_CONTENT: &str = "tests/snapshots/fixture-content";
const COVERAGE_SCENARIOS: &str = "tests/fixtures/coverage";

/// Some of the coverage fixture's scenarios, copied to a fresh temporary folder.
fn some_scenarios(name: &str, files: &[&str]) -> TempContent {
    let dir = std::env::temp_dir().join(format!("signpost-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(COVERAGE_SCENARIOS);
    for f in files {
        std::fs::copy(from.join(f), dir.join(f)).unwrap();
    }
    TempContent(dir)
}

fn coverage(dir: &str, strict: bool) -> (Option<i32>, String, String) {
    let mut args = vec!["coverage", dir, "--content", FIXTURE_CONTENT];
    if strict {
        args.push("--strict");
    }
    let out = signpost(&args);
    let (stdout, stderr) = text(&out);
    (out.status.code(), stdout, stderr)
}

#[test]
fn coverage_passes_when_the_scenarios_exercise_everything() {
    for strict in [false, true] {
        let (code, stdout, stderr) = coverage(COVERAGE_SCENARIOS, strict);
        assert_eq!(code, Some(0), "{stdout}{stderr}");
        assert_eq!(
            stdout, "7 scenarios; questions 7/7, options 9/9, outcomes 3/3\n",
            "{stderr}"
        );
    }
}

#[test]
fn coverage_fails_naming_an_outcome_no_scenario_reaches() {
    let tmp = some_scenarios(
        "coverage-outcome",
        &["not-safe.json", "small-card-debt.json"],
    );
    std::fs::write(
        tmp.0.join("broken.json"),
        r#"{"today":"2026-11-23","answers":{}}"#,
    )
    .unwrap();
    let (code, stdout, stderr) = coverage(tmp.0.to_str().unwrap(), false);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].ends_with("broken.json: cannot run, so it is not counted: the scenario has no answer for question \"safe\", which the path asks next"),
        "{stdout}"
    );
    assert_eq!(
        lines[1..],
        [
            "2 scenarios; questions 6/7, options 4/9, outcomes 2/3 (1 scenario could not run)",
            "content/tree/start.json: outcome \"act-today\" (urgent) is never reached by a scenario",
            "content/tree/start.json: question \"when\" is never asked by a scenario",
            "content/tree/start.json: option \"dont-know\" of question \"safe\" is never chosen by a scenario",
            "content/tree/start.json: option \"money\" of question \"worry\" is never chosen by a scenario",
            "content/tree/start.json: option \"other\" of question \"worry\" is never chosen by a scenario",
            "content/tree/start.json: option \"rent\" of question \"debts\" is never chosen by a scenario",
            "content/tree/start.json: option \"none\" of question \"debts\" is never chosen by a scenario",
        ],
        "{stdout}"
    );
    assert!(
        stderr.contains("1 outcome is never reached by a scenario"),
        "{stderr}"
    );
}

#[test]
fn coverage_fails_on_questions_and_options_only_when_strict() {
    let tmp = some_scenarios(
        "coverage-options",
        &[
            "not-safe.json",
            "deadline-soon.json",
            "small-card-debt.json",
        ],
    );
    let (code, stdout, stderr) = coverage(tmp.0.to_str().unwrap(), false);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.starts_with("3 scenarios; questions 7/7, options 5/9, outcomes 3/3\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("option \"dont-know\" of question \"safe\" is never chosen"),
        "{stdout}"
    );

    let (code, stdout, stderr) = coverage(tmp.0.to_str().unwrap(), true);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(
        stderr.contains("0 questions and 4 options are never exercised by a scenario"),
        "{stderr}"
    );
}

#[test]
fn coverage_reports_a_missing_folder() {
    let out = signpost(&["coverage", "no/such/folder", "--content", FIXTURE_CONTENT]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).1.contains("cannot read no/such/folder"),
        "{}",
        text(&out).1
    );
}
