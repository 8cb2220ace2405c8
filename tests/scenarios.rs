//! Runs every scenario in `tests/scenarios/*.json` against the embedded content and
//! reports every failure at once, each naming its file. See content/README.md for the format.

use signpost::engine::scenario::{self, Scenario, ScenarioResult};
use signpost::engine::{Content, Tier};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Fewer than this means the folder was emptied or moved by mistake.
const MIN_SCENARIOS: usize = 10;

fn content() -> Content {
    signpost::content::embedded()
        .unwrap_or_else(|e| panic!("the embedded content is invalid:\n{e}"))
}

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn name(p: &Path) -> String {
    format!(
        "tests/scenarios/{}",
        p.file_name().unwrap().to_string_lossy()
    )
}

/// A scenario file's name, and the scenario with its result or why it could not be run.
type Ran = (String, Result<(Scenario, ScenarioResult), String>);

fn run_all(content: &Content) -> Vec<Ran> {
    scenario_files()
        .into_iter()
        .map(|p| {
            let outcome = std::fs::read_to_string(&p)
                .map_err(|e| e.to_string())
                .and_then(|text| Scenario::from_json(&text).map_err(|e| e.to_string()))
                .and_then(|s| {
                    let r = scenario::run(content, &s, None).map_err(|e| e.to_string())?;
                    Ok((s, r))
                });
            (name(&p), outcome)
        })
        .collect()
}

#[test]
fn every_scenario_gives_what_it_expects() {
    let content = content();
    let results = run_all(&content);
    let mut failures: Vec<String> = Vec::new();
    for (file, outcome) in &results {
        match outcome {
            Err(e) => failures.push(format!("{file}: {e}")),
            Ok((s, r)) => {
                if s.description.trim().is_empty() {
                    failures.push(format!(
                        "{file}: add a \"description\" saying what it tests"
                    ));
                }
                if s.today.is_none() {
                    failures.push(format!(
                        "{file}: add \"today\", so date questions give the same result every day"
                    ));
                }
                match &s.expect {
                    None => failures.push(format!(
                        "{file}: add an \"expect\" with at least a \"tier\""
                    )),
                    Some(expect) => failures.extend(
                        scenario::check(expect, r)
                            .into_iter()
                            .map(|m| format!("{file}: {m}")),
                    ),
                }
            }
        }
    }
    assert!(
        results.len() >= MIN_SCENARIOS,
        "tests/scenarios has {} scenario files; it should have at least {MIN_SCENARIOS}",
        results.len()
    );
    assert!(
        failures.is_empty(),
        "{} problem{} in {} scenarios:\n  - {}\n(Run one with `cargo run --bin signpost -- run FILE` to see its full result.)",
        failures.len(),
        if failures.len() == 1 { "" } else { "s" },
        results.len(),
        failures.join("\n  - ")
    );
}

/// Every outcome and every tier of the content is reached by at least one scenario,
/// so growing the tree without a scenario for a new outcome fails here.
#[test]
fn scenarios_reach_every_outcome_and_tier() {
    let content = content();
    let reached: Vec<ScenarioResult> = run_all(&content)
        .into_iter()
        .filter_map(|(_, r)| r.ok().map(|(_, r)| r))
        .collect();
    let outcomes: BTreeSet<&str> = reached.iter().map(|r| r.outcome.as_str()).collect();
    let missing: Vec<&str> = content
        .outcomes()
        .map(|o| o.id.as_str())
        .filter(|id| !outcomes.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "no scenario in tests/scenarios reaches these outcomes: {}",
        missing.join(", ")
    );
    let tiers: BTreeSet<Tier> = reached.iter().map(|r| r.tier).collect();
    for t in [
        Tier::Emergency,
        Tier::Urgent,
        Tier::Referral,
        Tier::Signpost,
        Tier::SelfHelp,
    ] {
        assert!(
            tiers.contains(&t),
            "no scenario reaches the tier {}",
            t.as_str()
        );
    }
}
