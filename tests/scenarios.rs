//! Runs every scenario in `tests/scenarios/*.json` against the embedded content and
//! reports every failure at once, each naming its file. See content/README.md for the format.

use signpost::engine::authoring::coverage::{Coverage, Exercised};
use signpost::engine::authoring::scenario::{self, Scenario, ScenarioResult};
use signpost::engine::{Content, Tier};
use signpost::referral::scenario_summary::check_summary;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Fewer than this means the folder was emptied or moved by mistake.
const MIN_SCENARIOS: usize = 10;

fn content() -> Content {
    signpost::content::embedded()
        .unwrap_or_else(|e| panic!("the embedded content is invalid:\n{e}"))
}

/// The embedded content as a council in `nation` would set it (a scenario's "nation").
fn content_for(nation: &str) -> Content {
    signpost::content::embedded_for(nation)
        .unwrap_or_else(|e| panic!("the embedded content is invalid for {nation}:\n{e}"))
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
    let mut nations: std::collections::BTreeMap<String, Content> = Default::default();
    scenario_files()
        .into_iter()
        .map(|p| {
            let outcome = std::fs::read_to_string(&p)
                .map_err(|e| e.to_string())
                .and_then(|text| Scenario::from_json(&text).map_err(|e| e.to_string()))
                .and_then(|s| {
                    let here = match s.nation.as_deref() {
                        Some(n) => nations
                            .entry(n.to_owned())
                            .or_insert_with(|| content_for(n)),
                        None => content,
                    };
                    let r = scenario::run(here, &s, None).map_err(|e| e.to_string())?;
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
                    Some(expect) => {
                        let mut problems = scenario::check(expect, r);
                        if let (Some(summary), Some(today)) = (&expect.summary, s.today) {
                            let here = s.nation.as_deref().map(content_for);
                            let here = here.as_ref().unwrap_or(&content);
                            problems.extend(check_summary(here, r, today, summary));
                        }
                        failures.extend(problems.into_iter().map(|m| format!("{file}: {m}")));
                    }
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

/// What the scenarios that ran exercise of the content, and a note on those that could not
/// run (they count for nothing until they are fixed).
fn coverage(content: &Content, results: &[Ran]) -> (Coverage, String) {
    let mut exercised = Exercised::default();
    let mut not_run = Vec::new();
    for (file, outcome) in results {
        match outcome {
            Ok((_, r)) => exercised.add_scenario(r),
            Err(_) => not_run.push(file.as_str()),
        }
    }
    let note = if not_run.is_empty() {
        String::new()
    } else {
        format!(
            "\n(Not counted, because they cannot run: {}. See every_scenario_gives_what_it_expects.)",
            not_run.join(", ")
        )
    };
    (exercised.coverage(content), note)
}

/// The options no scenario chooses, for the message of a test failing for another reason:
/// an option never chosen is worth knowing about but does not fail the tests.
fn options_note(c: &Coverage) -> String {
    let lines = c.option_lines();
    if lines.is_empty() {
        String::new()
    } else {
        format!(
            "\nFor information (not a failure), options no scenario chooses:\n  - {}",
            lines.join("\n  - ")
        )
    }
}

/// Every outcome and every tier of the content is reached by at least one scenario,
/// so growing the tree without a scenario for a new outcome fails here.
#[test]
fn scenarios_reach_every_outcome_and_tier() {
    let content = content();
    let results = run_all(&content);
    let (c, not_run) = coverage(&content, &results);
    let mut failures = c.outcome_lines();
    let tiers: BTreeSet<Tier> = results
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().map(|(_, r)| r.tier))
        .collect();
    for t in [
        Tier::Emergency,
        Tier::Urgent,
        Tier::Referral,
        Tier::Signpost,
        Tier::SelfHelp,
    ] {
        if !tiers.contains(&t) {
            failures.push(format!("no scenario reaches the tier {}", t.as_str()));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n{} outcome{} or tier{} never reached; add a scenario in tests/scenarios for each:\n  - {}{not_run}{}",
        c.summary(),
        failures.len(),
        if failures.len() == 1 { "" } else { "s" },
        if failures.len() == 1 { "" } else { "s" },
        failures.join("\n  - "),
        options_note(&c)
    );
}

/// Every question is asked by at least one scenario: a question no scenario asks is cheap
/// to cover, and often a sign of a branch that can no longer be taken.
#[test]
fn scenarios_ask_every_question() {
    let content = content();
    let results = run_all(&content);
    let (c, not_run) = coverage(&content, &results);
    let failures = c.question_lines();
    assert!(
        failures.is_empty(),
        "{}\n{} question{} never asked; add a scenario in tests/scenarios whose path asks each:\n  - {}{not_run}{}",
        c.summary(),
        failures.len(),
        if failures.len() == 1 { " is" } else { "s are" },
        failures.join("\n  - "),
        options_note(&c)
    );
}

// ----- rules every scenario must keep (the adviser review of December 2026) ----------------

/// Each scenario that ran, with its file name.
fn ran(content: &Content) -> Vec<(String, Scenario, ScenarioResult)> {
    run_all(content)
        .into_iter()
        .filter_map(|(f, r)| r.ok().map(|(s, r)| (f, s, r)))
        .collect()
}

/// Fails listing every scenario for which `broken` says what is wrong.
fn every_scenario(what: &str, broken: impl Fn(&Scenario, &ScenarioResult) -> Option<String>) {
    let content = content();
    let all = ran(&content);
    assert!(all.len() >= MIN_SCENARIOS);
    let failures: Vec<String> = all
        .iter()
        .filter_map(|(f, s, r)| broken(s, r).map(|m| format!("{f}: {m}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{what}:\n  - {}",
        failures.join("\n  - ")
    );
}

/// Every date a person gives reaches the results page and the referral summary, however far
/// away it is (review E1): a date question on the path without a date to act by is a date
/// thrown away.
#[test]
fn every_date_given_is_a_date_to_act_by() {
    let content = content();
    every_scenario("dates given but not carried", |_, r| {
        let lost: Vec<&str> = r
            .path
            .iter()
            .filter(|q| {
                content
                    .question(q)
                    .is_some_and(|x| x.input == signpost::engine::model::InputType::Date)
            })
            .filter(|q| !r.plan.deadlines.iter().any(|d| &d.question == *q))
            .map(|q| q.as_str())
            .collect();
        (!lost.is_empty()).then(|| format!("the date for {} is not carried", lost.join(", ")))
    });
}

/// Nobody whose money does not cover the essentials is left to self-help (review E10).
#[test]
fn nobody_who_cannot_cover_essentials_ends_at_self_help() {
    every_scenario("not enough money, but self-help", |s, r| {
        let not_enough = matches!(
            s.answers.get(&signpost::engine::NodeId::new("money-left")),
            Some(scenario::RawAnswer::One(a)) if a == "not-enough"
        );
        (not_enough && r.tier == Tier::SelfHelp).then(|| format!("ends at {}", r.outcome))
    });
}

/// Court papers or a warrant, on any debt, reach at least an adviser referral, so there is a
/// summary to hand over.
#[test]
fn court_papers_and_warrants_reach_an_adviser() {
    every_scenario("court papers or a warrant below referral", |_, r| {
        let court = ["court-papers", "warrant"]
            .iter()
            .any(|f| r.flags.contains(&signpost::engine::FlagId::new(*f)));
        let high = matches!(r.tier, Tier::Emergency | Tier::Urgent | Tier::Referral);
        (court && !high).then(|| format!("ends at {} ({})", r.outcome, r.tier.as_str()))
    });
}

/// Anyone told to leave their home, or without a settled home, is told to contact the
/// council's housing team today, whatever else they have (review E7).
#[test]
fn everyone_losing_their_home_is_sent_to_the_council_today() {
    let council = [
        "step-contact-council-housing",
        "step-contact-council-housing-eviction",
        "today-ask-council-homeless",
    ];
    every_scenario("losing their home, no council step today", |_, r| {
        let losing = ["eviction", "no-settled-home"]
            .iter()
            .any(|f| r.flags.contains(&signpost::engine::FlagId::new(*f)));
        let told = r.plan.today.iter().any(|m| council.contains(&m.as_str()));
        (losing && !told && r.tier != Tier::Emergency).then(|| {
            format!(
                "today is [{}]",
                r.plan
                    .today
                    .iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    });
}
