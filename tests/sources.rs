//! Where the advice comes from (issue 17): every step a person is told to take names its
//! sources and the day it was checked, the checker says when one does not, and a guide's
//! checked date is its oldest step's. On a small fixture, so each rule can be broken alone.

use serde_json::{json, Value};
use signpost::engine::authoring::sources::{coverage, STALE_AFTER_DAYS};
use signpost::engine::authoring::validate::validate;
use signpost::engine::messages::UI_MESSAGES;
use signpost::engine::{load, ContentError, Date, SourceFile};

/// One question; an outcome with one step; a guide with a today step and two steps.
struct Fixture {
    guides: Value,
    sources: Vec<(String, Value)>,
}

fn entry(step: &str, checked: &str) -> Value {
    json!({"step": step, "checked": checked,
           "sources": [{"title": "Housing Act 1996, section 188",
                        "url": "https://www.legislation.gov.uk/ukpga/1996/52/section/188"}]})
}

impl Fixture {
    fn valid() -> Fixture {
        Fixture {
            guides: json!({"guides": [
                {"id": "rent", "title": "g-rent", "summary": "g-rent-summary", "needs": ["rent"],
                 "today": ["g-rent-today"], "steps": ["g-rent-1", "g-rent-2"]}]}),
            sources: vec![(
                "sources/housing.json".into(),
                json!({"steps": [
                    entry("o-step", "2026-12-06"),
                    entry("g-rent-today", "2026-12-06"),
                    entry("g-rent-1", "2026-11-30"),
                    entry("g-rent-2", "2026-12-01")]}),
            )],
        }
    }

    fn files(&self) -> Vec<SourceFile> {
        let file = |path: &str, v: &Value| SourceFile {
            path: path.into(),
            text: serde_json::to_string_pretty(v).unwrap(),
        };
        let mut files = vec![
            file(
                "settings.json",
                &json!({"start": "worry", "default_locale": "en-GB", "locales": ["en-GB"]}),
            ),
            file(
                "flags.json",
                &json!({"flags": [
                    {"id": "rent", "kind": "need", "label": "f-rent"},
                    {"id": "nrpf", "kind": "need", "label": "f-nrpf"}]}),
            ),
            file(
                "tree/t.json",
                &json!({"nodes": [
                    {"kind": "question", "id": "worry", "type": "multiple_choice", "title": "q",
                     "options": [{"id": "rent", "label": "q-rent", "flags": ["rent"]},
                                 {"id": "nrpf", "label": "q-nrpf", "flags": ["nrpf"]}],
                     "next": [{"goto": "done"}]},
                    {"kind": "outcome", "id": "done", "tier": "self-help", "title": "o",
                     "summary": "o-summary", "next_steps": ["o-step"]}]}),
            ),
            file("guides/housing.json", &self.guides),
        ];
        for (path, v) in &self.sources {
            files.push(file(path, v));
        }
        let (content, _) = load(&files);
        let mut text: String = content
            .referenced_messages()
            .into_iter()
            .map(|(m, _)| format!("{m} = {m}\n"))
            .collect();
        for m in UI_MESSAGES {
            text.push_str(&format!("{m} = {m}\n"));
        }
        files.push(SourceFile {
            path: "locales/en-GB/all.ftl".into(),
            text,
        });
        files
    }

    fn problems(&self) -> Vec<String> {
        let (content, errors) = load(&self.files());
        assert!(errors.is_empty(), "the fixture does not load: {errors:#?}");
        validate(&content)
            .into_iter()
            .map(|e| match e {
                ContentError::Invalid {
                    file, id, problem, ..
                } => format!("{file} {id}: {problem}"),
                other => other.to_string(),
            })
            .collect()
    }

    fn entries(&mut self) -> &mut Vec<Value> {
        self.sources[0].1["steps"].as_array_mut().unwrap()
    }
}

fn day(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

#[test]
fn the_fixture_is_valid_and_fully_sourced() {
    let f = Fixture::valid();
    assert_eq!(f.problems(), Vec::<String>::new());
    let (content, _) = load(&f.files());
    let c = coverage(&content, day("2026-12-06"));
    assert_eq!((c.with_source, c.total, c.percent()), (4, 4, 100));
    assert!(c.missing.is_empty() && c.stale.is_empty());
}

#[test]
fn a_step_without_a_source_fails_naming_the_step_and_who_lists_it() {
    for gone in ["o-step", "g-rent-today", "g-rent-2"] {
        let mut f = Fixture::valid();
        f.entries().retain(|e| e["step"] != gone);
        let problems = f.problems();
        assert_eq!(problems.len(), 1, "{gone}: {problems:#?}");
        assert!(
            problems[0].contains(gone) && problems[0].contains("has no source"),
            "{problems:#?}"
        );
        let (content, _) = load(&f.files());
        let c = coverage(&content, day("2026-12-06"));
        assert_eq!((c.with_source, c.total, c.percent()), (3, 4, 75));
        assert_eq!(c.missing[0].step.as_str(), gone);
    }
}

#[test]
fn an_entry_given_twice_names_both_files() {
    let mut f = Fixture::valid();
    f.sources.push((
        "sources/more.json".into(),
        json!({"steps": [entry("g-rent-1", "2026-12-06")]}),
    ));
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("content/sources/housing.json"));
    assert!(problems[0].contains("content/sources/more.json"));
}

#[test]
fn an_entry_for_something_that_is_not_a_step_fails() {
    let mut f = Fixture::valid();
    f.entries().push(entry("g-rent-3", "2026-12-06"));
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("g-rent-3") && problems[0].contains("not a step"));
}

#[test]
fn a_source_must_say_what_it_is_and_link_safely() {
    let mut f = Fixture::valid();
    f.entries()[0]["sources"] = json!([]);
    f.entries()[1]["sources"] = json!([{"title": "  "}]);
    f.entries()[2]["sources"] = json!([{"title": "GOV.UK", "url": "http://www.gov.uk"}]);
    let problems = f.problems().join("\n");
    assert!(
        problems.contains("o-step: has an empty \"sources\" list"),
        "{problems}"
    );
    assert!(problems.contains("g-rent-today: has a source with an empty \"title\""));
    assert!(problems.contains("must start with https://"));
}

#[test]
fn a_misspelt_key_or_a_bad_date_does_not_load() {
    let mut f = Fixture::valid();
    f.entries()[0]["checked"] = json!("6 December 2026");
    let (_, errors) = load(&f.files());
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("content/sources/housing.json")),
        "{errors:#?}"
    );
    let mut f = Fixture::valid();
    f.entries()[0]["checkd"] = json!("2026-12-06");
    let (_, errors) = load(&f.files());
    assert!(!errors.is_empty());
}

#[test]
fn a_guide_is_dated_by_its_oldest_check() {
    let (content, _) = load(&Fixture::valid().files());
    assert_eq!(content.guides[0].last_reviewed, Some(day("2026-11-30")));
}

#[test]
fn checks_more_than_a_year_old_are_reported_not_failed() {
    let f = Fixture::valid();
    let (content, _) = load(&f.files());
    let oldest = day("2026-11-30");
    let on_the_day = oldest.add_days(STALE_AFTER_DAYS);
    assert!(coverage(&content, on_the_day).stale.is_empty());
    let stale = coverage(&content, on_the_day.add_days(1)).stale;
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].0.as_str(), "g-rent-1");
    assert_eq!(stale[0].2, "content/sources/housing.json");
    assert!(f.problems().is_empty());
}

/// The guides the results page shows for the fixture when these options are ticked.
fn guides_shown(f: &Fixture, options: &[&str]) -> Vec<String> {
    use signpost::engine::plan::plan;
    use signpost::engine::{evaluate, Answer, Answers};
    let (content, _) = load(&f.files());
    let mut answers = Answers::new();
    answers.insert(
        "worry".into(),
        Answer::Choices(options.iter().map(|o| (*o).into()).collect()),
    );
    let e = evaluate(&content, &answers, day("2026-12-06")).unwrap();
    let outcome = content.outcome(&"done".into()).unwrap();
    plan(&content, outcome, &e)
        .guides
        .iter()
        .map(|g| g.to_string())
        .collect()
}

#[test]
fn a_guide_not_for_a_flag_is_left_out_and_one_needing_two_waits_for_both() {
    let mut f = Fixture::valid();
    f.guides["guides"][0]["not_for"] = json!(["nrpf"]);
    assert!(f.problems().is_empty(), "{:#?}", f.problems());
    assert_eq!(guides_shown(&f, &["rent"]), ["rent"]);
    assert!(guides_shown(&f, &["rent", "nrpf"]).is_empty());

    // With "also_needs_one_of", a need counts only beside one of those flags.
    f.guides["guides"][0]["not_for"] = json!([]);
    f.guides["guides"][0]["also_needs_one_of"] = json!(["nrpf"]);
    assert!(guides_shown(&f, &["rent"]).is_empty());
    assert_eq!(guides_shown(&f, &["rent", "nrpf"]), ["rent"]);

    f.guides["guides"][0]["also_needs_one_of"] = json!([]);
    f.guides["guides"][0]["not_for"] = json!(["rent"]);
    let problems = f.problems().join("\n");
    assert!(
        problems.contains("in both \"needs\" and \"not_for\""),
        "{problems}"
    );
    f.guides["guides"][0]["not_for"] = json!(["nrfp"]);
    let problems = f.problems().join("\n");
    assert!(
        problems.contains("\"not_for\" names the flag \"nrfp\""),
        "{problems}"
    );
}

#[test]
fn a_guide_may_not_write_its_own_checked_date() {
    let mut f = Fixture::valid();
    f.guides["guides"][0]["last_reviewed"] = json!("2026-11-23");
    let (_, errors) = load(&f.files());
    let all = errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        all.contains("content/guides/housing.json") && all.contains("last_reviewed"),
        "{all}"
    );
}
