//! Members' eligibility (`"eligible"` in a directory file) on the shipped content: what
//! `signpost check` rejects, naming the file and service, and what the referral summary
//! recommends and says because of it.

use serde_json::{json, Value};
use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::authoring::validate::validate;
use signpost::engine::evaluate::evaluate;
use signpost::engine::matching::{match_members, MatchReason, MatchRequest};
use signpost::engine::referral::{Consent, ReferralDetails, CONSENT_WORDING_VERSION};
use signpost::engine::{load, Content, FlagId, SourceFile, Tier};
use signpost::referral::summary::{build_summary, MemberEntry, ReferralSummary, SummaryInput};
use std::collections::BTreeSet;
use std::path::PathBuf;

const DIRECTORY: &str = "content/directory/example-cornwall.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn content() -> Content {
    signpost::content::embedded().unwrap_or_else(|e| panic!("invalid content:\n{e}"))
}

// ----- validation ---------------------------------------------------------------------------

/// The shipped files, with `edit` applied to the parsed JSON of the file at `path`.
fn files_with(path: &str, edit: impl FnOnce(&mut Value)) -> Vec<SourceFile> {
    let mut files = signpost::content::files();
    let file = files
        .iter_mut()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no file {path}"));
    let mut v: Value = serde_json::from_str(&file.text).unwrap();
    edit(&mut v);
    file.text = serde_json::to_string_pretty(&v).unwrap();
    files
}

/// The shipped directory with `edit` applied to the service `id`.
fn directory_with(id: &str, edit: impl FnOnce(&mut Value)) -> Vec<SourceFile> {
    files_with("directory/example-cornwall.json", |v| {
        let s = v["services"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("no service {id}"));
        edit(s);
    })
}

/// What `signpost check` reports, one line each.
fn problems(files: &[SourceFile]) -> Vec<String> {
    let (c, errors) = load(files);
    assert!(errors.is_empty(), "the files load: {errors:#?}");
    validate(&c).iter().map(ToString::to_string).collect()
}

/// Exactly one problem, about `id` in `file`, saying each of `says`.
#[track_caller]
fn assert_only(problems: &[String], file: &str, id: &str, says: &[&str]) {
    let start = format!("{file}: service \"{id}\": ");
    assert!(
        problems.len() == 1
            && problems[0].starts_with(&start)
            && says.iter().all(|s| problems[0].contains(s)),
        "expected one problem starting {start:?} saying {says:?}; got {problems:#?}"
    );
}

#[test]
fn the_shipped_directory_uses_eligible() {
    let c = content();
    let limited: Vec<&str> = c
        .services
        .iter()
        .filter(|s| s.eligible.is_some())
        .map(|s| s.id.as_str())
        .collect();
    assert!(
        limited.contains(&"steady-ground-mind-and-money"),
        "{limited:?}"
    );
    assert!(problems(&signpost::content::files()).is_empty());
}

#[test]
fn a_limit_on_something_never_asked_is_rejected() {
    let files = directory_with("steady-ground-mind-and-money", |s| {
        s["eligible"] = json!({ "flags_any": ["mental-health"], "min_age": 18 });
    });
    assert_only(
        &problems(&files),
        DIRECTORY,
        "steady-ground-mind-and-money",
        &[
            "\"min_age\"",
            "no question asks it",
            "\"eligibility\" message",
        ],
    );
}

#[test]
fn an_unknown_flag_is_rejected() {
    let files = directory_with("two-hands-carers-centre", |s| {
        s["eligible"] = json!({ "flags_any": ["carers"] });
    });
    assert_only(
        &problems(&files),
        DIRECTORY,
        "two-hands-carers-centre",
        &["\"carers\"", "not in content/flags.json"],
    );
}

#[test]
fn a_flag_no_question_raises_is_rejected() {
    // Declared, so only the tree's silence about it is wrong.
    let mut files = files_with("flags.json", |v| {
        v["flags"].as_array_mut().unwrap().push(json!({
            "id": "veteran", "kind": "circumstance", "label": "flag-carer",
            "consent": "health-safety"
        }));
    });
    let edited = directory_with("two-hands-carers-centre", |s| {
        s["eligible"] = json!({ "flags_any": ["veteran"] });
    });
    let dir = |f: &SourceFile| f.path == "directory/example-cornwall.json";
    let new_dir = edited.into_iter().find(dir).unwrap();
    *files.iter_mut().find(|f| dir(f)).unwrap() = new_dir;
    assert_only(
        &problems(&files),
        DIRECTORY,
        "two-hands-carers-centre",
        &["\"veteran\"", "no question or route raises"],
    );
}

#[test]
fn a_place_nobody_can_choose_is_rejected() {
    let files = directory_with("fair-decision-appeals", |s| {
        s["eligible"] = json!({ "areas": ["Devon"] });
    });
    assert_only(
        &problems(&files),
        DIRECTORY,
        "fair-decision-appeals",
        &["\"Devon\"", "area page", "Truro"],
    );
}

#[test]
fn eligible_needs_words_a_member_and_a_limit() {
    let files = directory_with("two-hands-carers-centre", |s| {
        s.as_object_mut().unwrap().remove("eligibility");
    });
    assert_only(
        &problems(&files),
        DIRECTORY,
        "two-hands-carers-centre",
        &["no \"eligibility\" message"],
    );

    let files = directory_with("two-hands-carers-centre", |s| {
        s["eligible"] = json!({});
    });
    assert_only(
        &problems(&files),
        DIRECTORY,
        "two-hands-carers-centre",
        &["sets no limit"],
    );

    let files = files_with("services.json", |v| {
        let s = v["services"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["id"] == "pension-credit-line")
            .expect("the national Pension Credit line");
        s["eligible"] = json!({ "flags_any": ["pension-age"] });
    });
    assert_only(
        &problems(&files),
        "content/services.json",
        "pension-credit-line",
        &["only consortium members"],
    );
}

// ----- matching and the summary -------------------------------------------------------------

fn flags(f: &[&str]) -> BTreeSet<FlagId> {
    f.iter().map(|&x| FlagId::new(x)).collect()
}

#[test]
fn the_carers_centre_is_only_for_carers() {
    let c = content();
    let ids = |f: &BTreeSet<FlagId>| -> Vec<String> {
        let req = MatchRequest {
            tier: Tier::Signpost,
            flags: f,
            area: Some("Launceston"),
            language: None,
            channel: None,
            withheld: vec![],
        };
        match_members(&c, &req)
            .iter()
            .map(|m| m.service.to_string())
            .collect()
    };
    let need = flags(&["missing-out-on-benefits"]);
    assert!(!ids(&need).contains(&"two-hands-carers-centre".to_owned()));
    let carer = flags(&["missing-out-on-benefits", "carer"]);
    assert_eq!(ids(&carer)[0], "two-hands-carers-centre");
}

/// The depression scenario's summary in Welsh, for someone in `area` (Bodmin is where the
/// mental health money service works), with `health_safety` consent as given.
fn depression_summary(c: &Content, health_safety: bool, area: Option<&str>) -> ReferralSummary {
    let path = root().join("tests/scenarios/referral-depression-energy-arrears-nothing-left.json");
    let s = Scenario::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let r = scenario::run(c, &s, None).unwrap();
    let ev = evaluate(c, &r.answers, s.today.unwrap()).unwrap();
    assert!(ev.flags.contains(&FlagId::new("mental-health")));
    let details = ReferralDetails {
        consent: Some(Consent {
            contact: true,
            household_money: true,
            health_safety,
            recorded_at: "2026-11-23T10:14:00Z".into(),
            wording_version: CONSENT_WORDING_VERSION.into(),
        }),
        area: area.map(Into::into),
        ..Default::default()
    };
    let summary = build_summary(&SummaryInput {
        content: c,
        evaluation: &ev,
        answers: &r.answers,
        details: &details,
        locale: "cy",
        created_at: "2026-11-23T10:15:00Z",
        reference: "SP-TEST-TEST",
    })
    .unwrap();
    assert_schema(&summary);
    summary
}

/// The new reason codes are in the published schema.
#[track_caller]
fn assert_schema(summary: &ReferralSummary) {
    let path = root().join("public/schema/referral-summary-1.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let instance = serde_json::to_value(summary).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn member<'a>(s: &'a ReferralSummary, id: &str) -> Option<&'a MemberEntry> {
    s.members.iter().find(|m| m.id == id)
}

#[test]
fn the_summary_says_a_member_was_chosen_because_the_person_fits() {
    let c = content();
    let s = depression_summary(&c, true, Some("Bodmin"));
    assert_eq!(s.members[0].id, "steady-ground-mind-and-money");
    let reason = s.members[0]
        .reasons
        .iter()
        .find(|r| r.reason.code() == "eligible")
        .expect("an eligible reason");
    assert_eq!(
        reason.reason,
        MatchReason::Eligible {
            flags: vec![FlagId::new("mental-health")]
        }
    );
    assert_eq!(
        reason.text_en,
        "Helps people in your situation, which you told us about: Mental health problem in the home"
    );
    assert!(
        reason
            .text
            .starts_with("Yn helpu pobl yn eich sefyllfa chi, fel y dywedoch chi wrthym: "),
        "{}",
        reason.text
    );
}

#[test]
fn with_health_details_withheld_the_mental_health_service_comes_last_with_a_note() {
    let c = content();
    let s = depression_summary(&c, false, Some("Bodmin"));
    let last = s.members.last().unwrap();
    assert_eq!(last.id, "steady-ground-mind-and-money", "{:?}", s.members);
    assert!(s.members.len() > 1, "members known to take him come first");
    let note = last.reasons.last().unwrap();
    assert_eq!(note.reason.code(), "eligible-unchecked");
    assert_eq!(
        note.text_en,
        "Only helps people in this situation: Mental health problem in the home. You chose not \
         to share this, so check it fits you"
    );
    // The withheld flag itself is not used: no member says he told us about it.
    assert!(s
        .members
        .iter()
        .flat_map(|m| &m.reasons)
        .all(|r| r.reason.code() != "eligible"));
}

#[test]
fn without_an_area_a_cornwall_only_member_says_to_check() {
    let c = content();
    let s = depression_summary(&c, true, None);
    let carrick = member(&s, "carrick-way-money-advice").expect("the generalist is listed");
    let note = carrick.reasons.last().unwrap();
    assert_eq!(
        note.reason,
        MatchReason::EligibleAreaUnchecked {
            areas: vec!["Cornwall".into()]
        }
    );
    assert_eq!(
        note.text_en,
        "Only helps people who live in Cornwall. Check this is where you live"
    );
    // Given a town in Cornwall, the same member has nothing to check.
    let s = depression_summary(&c, true, Some("Truro"));
    let carrick = member(&s, "carrick-way-money-advice").expect("the generalist is listed");
    assert!(carrick.reasons.iter().all(|r| !r.reason.is_unchecked()));
}
