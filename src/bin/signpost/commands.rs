//! The commands that read the content and report on it: check, translations, run, explain
//! and coverage.

use crate::native::{plural, Failure};
use signpost::engine::authoring::coverage::Exercised;
use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::model::Content;
use signpost::engine::{load_and_validate, Date, SourceFile};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The source coverage, and every check more than a year old (a warning, not a failure).
fn print_sources(c: &Content, today: Date) {
    let cov = signpost::engine::authoring::sources::coverage(c, today);
    println!(
        "Sources: {} of {} steps name their source ({} %).",
        cov.with_source,
        cov.total,
        cov.percent()
    );
    for m in &cov.missing {
        println!(
            "  no source: step \"{}\" (listed by {})",
            m.step, m.listed_by
        );
    }
    for (step, day, file) in &cov.stale {
        println!(
            "warning: {file}: step \"{step}\" was last checked on {day}, more than a year \
             ago; check it against its sources again and update \"checked\""
        );
    }
}

pub(super) fn check(files: &[SourceFile], today: Date) -> Result<(), Failure> {
    match load_and_validate(files) {
        Ok(c) => {
            let count = |kind: &str| c.nodes.iter().filter(|n| n.kind_name() == kind).count();
            let codes: Vec<&str> = c.locale_codes().into_iter().collect();
            println!(
                "The content is ready: {}, {}, {}, {}, {}, {} ({}). Tree version {}.",
                plural(count("question"), "question", "questions"),
                plural(count("route"), "route", "routes"),
                plural(count("outcome"), "outcome", "outcomes"),
                plural(c.guides.len(), "guide", "guides"),
                plural(c.services.len(), "service", "services"),
                plural(codes.len(), "locale", "locales"),
                codes.join(", "),
                c.version
            );
            print_sources(&c, today);
            Ok(())
        }
        Err(errors) => {
            for e in &errors.0 {
                println!("{e}");
            }
            let n = errors.0.len();
            Err(Failure(
                format!(
                    "{} in the content. See content/README.md.",
                    plural(n, "problem", "problems")
                ),
                1,
            ))
        }
    }
}

/// A table of each locale's coverage; exits 1 when a locale that must be complete is not.
pub(super) fn translations(files: &[SourceFile]) -> Result<(), Failure> {
    let (content, _) = signpost::engine::authoring::load(files);
    let rows = signpost::engine::authoring::translations::coverage(&content);
    println!("| locale | translated | of | coverage | status | must be complete |");
    println!("|---|---:|---:|---:|---|---|");
    for r in &rows {
        let pct = if r.total == 0 {
            100.0
        } else {
            100.0 * r.translated as f64 / r.total as f64
        };
        println!(
            "| {} | {} | {} | {:.1} % | {} | {} |",
            r.locale,
            r.translated,
            r.total,
            pct,
            if r.draft { "draft" } else { "reviewed" },
            if r.must_be_complete { "yes" } else { "no" }
        );
    }
    for r in rows.iter().filter(|r| !r.missing.is_empty()) {
        println!(
            "\n{} lacks {}: {}",
            r.locale,
            r.missing.len(),
            r.missing.join(", ")
        );
    }
    match rows
        .iter()
        .find(|r| r.must_be_complete && !r.missing.is_empty())
    {
        Some(r) => Err(Failure(format!("locale {} must be complete", r.locale), 1)),
        None => Ok(()),
    }
}

/// Loads the content (which must be valid) and the scenario `file`, and runs it.
fn run_scenario(
    files: &[SourceFile],
    file: &str,
    today: Option<Date>,
) -> Result<(Content, Scenario, scenario::ScenarioResult), Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Failure(format!("cannot read {file}: {e}"), 1))?;
    let s = Scenario::from_json(&text).map_err(|e| Failure(format!("{file}: {e}"), 1))?;
    let files = match s.nation.as_deref() {
        Some(n) => signpost::engine::authoring::nation::for_nation(files, n),
        None => files.to_vec(),
    };
    let content = load_and_validate(&files).map_err(|e| {
        Failure(
            format!("{e}Fix the content first (signpost check) before running scenarios."),
            1,
        )
    })?;
    let result =
        scenario::run(&content, &s, today).map_err(|e| Failure(format!("{file}: {e}"), 1))?;
    Ok((content, s, result))
}

pub(super) fn run(files: &[SourceFile], file: &str, today: Option<Date>) -> Result<(), Failure> {
    let (content, s, result) = run_scenario(files, file, today)?;
    let json = serde_json::to_string_pretty(&result).expect("results serialize");
    println!("{json}");
    if let Some(expect) = &s.expect {
        let mut problems = scenario::check(expect, &result);
        if let (Some(summary), Some(day)) = (&expect.summary, today.or(s.today)) {
            problems.extend(signpost::referral::scenario_summary::check_summary(
                &content, &result, day, summary,
            ));
        }
        if !problems.is_empty() {
            let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
            return Err(Failure(
                format!(
                    "{file}: the result is not what the scenario expects:\n{}",
                    lines.join("\n")
                ),
                1,
            ));
        }
        eprintln!("{file}: as expected");
    }
    Ok(())
}

/// Runs a scenario and prints, in the default locale's words, why it ends where it does.
/// Members are matched as a referral summary would with nothing but the flags: the
/// scenario has no area, language or contact details.
pub(super) fn explain(
    files: &[SourceFile],
    file: &str,
    today: Option<Date>,
) -> Result<(), Failure> {
    use signpost::engine::explain::explain;
    use signpost::engine::matching::{match_members, MatchRequest, TOP_MEMBERS};
    use signpost::words::english::describe;
    let (content, s, result) = run_scenario(files, file, today)?;
    // run() has already refused a scenario without a date.
    let today = today.or(s.today).expect("run needs a date");
    let evaluation = signpost::engine::evaluate(&content, &result.answers, today)
        .map_err(|e| Failure(format!("{file}: {e}"), 1))?;
    let mut explanation = explain(&content, &result.answers, &evaluation, today);
    if result.tier.is_referral() {
        let request = MatchRequest {
            tier: result.tier,
            flags: &evaluation.flags,
            area: None,
            language: None,
            channel: None,
            withheld: vec![],
        };
        explanation.members = match_members(&content, &request)
            .into_iter()
            .take(TOP_MEMBERS)
            .collect();
    }
    let locale = content
        .settings
        .as_ref()
        .map_or("en-GB", |s| s.default_locale.as_str());
    let t = signpost::words::i18n::Translator::new(&content, locale);
    for line in describe(&content, &explanation, &|id| t.text(id)) {
        println!("{line}");
    }
    Ok(())
}

/// Runs every scenario in `dir` and lists what none of them exercises. Exits 1 when an
/// outcome is never reached (`strict`: or a question or option).
pub(super) fn coverage(files: &[SourceFile], dir: &Path, strict: bool) -> Result<(), Failure> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .and_then(|entries| {
            entries
                .map(|e| e.map(|e| e.path()))
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(|e| Failure(format!("cannot read {}: {e}", dir.display()), 1))?;
    paths.retain(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"));
    paths.sort();
    if paths.is_empty() {
        return Err(Failure(
            format!("{} has no scenario files (*.json)", dir.display()),
            1,
        ));
    }
    let content = load_and_validate(files).map_err(|e| {
        Failure(
            format!("{e}Fix the content first (signpost check) before running scenarios."),
            1,
        )
    })?;
    let mut exercised = Exercised::default();
    let mut not_run = 0;
    // Scenarios for another nation run on a copy for it, as `signpost run` does.
    let mut nations: BTreeMap<String, Content> = BTreeMap::new();
    for p in &paths {
        let ran = std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|text| Scenario::from_json(&text).map_err(|e| e.to_string()))
            .and_then(|s| {
                let here = match s.nation.as_deref() {
                    None => &content,
                    Some(n) => match nations.entry(n.to_owned()) {
                        std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                        std::collections::btree_map::Entry::Vacant(e) => e.insert(
                            load_and_validate(&signpost::engine::authoring::nation::for_nation(
                                files, n,
                            ))
                            .map_err(|e| e.to_string())?,
                        ),
                    },
                };
                scenario::run(here, &s, None)
                    .map(|r| (s, r))
                    .map_err(|e| e.to_string())
            });
        match ran {
            Ok((_, r)) => exercised.add_scenario(&r),
            Err(e) => {
                not_run += 1;
                println!("{}: cannot run, so it is not counted: {e}", p.display());
            }
        }
    }
    let cov = exercised.coverage(&content);
    let mut summary = cov.summary();
    if not_run > 0 {
        summary.push_str(&format!(
            " ({} could not run)",
            plural(not_run, "scenario", "scenarios")
        ));
    }
    println!("{summary}");
    for line in cov
        .outcome_lines()
        .into_iter()
        .chain(cov.question_lines())
        .chain(cov.option_lines())
    {
        println!("{line}");
    }
    let outcomes = cov.uncovered_outcomes.len();
    let (questions, options) = (cov.uncovered_questions.len(), cov.uncovered_options.len());
    if outcomes > 0 {
        return Err(Failure(
            format!(
                "{} never reached by a scenario: add a scenario for each (see content/README.md).",
                plural(outcomes, "outcome is", "outcomes are")
            ),
            1,
        ));
    }
    if strict && questions + options > 0 {
        return Err(Failure(
            format!(
                "{} and {} are never exercised by a scenario (--strict).",
                plural(questions, "question", "questions"),
                plural(options, "option", "options")
            ),
            1,
        ));
    }
    Ok(())
}
