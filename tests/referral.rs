//! The referral summary against the published schema, consent, the QR text and member
//! matching, on the shipped content and every scenario that ends in a referral.
//!
//! The example in public/schema/ and the plain-text snapshot in tests/snapshots/ are built
//! from a real scenario. After an intended change, rewrite them and review the diff:
//!
//! ```sh
//! SIGNPOST_UPDATE_SNAPSHOTS=1 cargo test --test referral
//! ```

use serde_json::Value;
use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::evaluate::evaluate;
use signpost::engine::matching::{match_members, MatchReason, MatchRequest, TOP_MEMBERS};
use signpost::engine::model::{Channel, Membership};
use signpost::engine::referral::{
    Consent, ConsentGroup, ContactDetails, ContactMethod, Debt, Finances, FixedItem, FlexibleItem,
    IncomeItem, ReferralDetails, CONSENT_WORDING_VERSION,
};
use signpost::engine::{Answers, Content, Evaluation, FlagId, OptionId, Tier};
use signpost::referral::summary::{
    build_summary, email_body, plain_text, qr_text, reference_code, summary_document,
    ReferralSummary, SummaryError, SummaryInput, QR_MAX_BYTES,
};
use signpost::words::document::{all_text, Block};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn content() -> Content {
    signpost::content::embedded().unwrap_or_else(|e| panic!("invalid content:\n{e}"))
}

fn schema() -> Value {
    let path = root().join("public/schema/referral-summary-1.schema.json");
    let text = std::fs::read_to_string(&path).expect("read the schema");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// Checks `instance` against the schema, with formats (date, date-time) checked too.
#[track_caller]
fn assert_valid(instance: &Value, what: &str) {
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema())
        .expect("the schema is a valid draft 2020-12 schema");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("  {} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match the schema:\n{}",
        errors.join("\n")
    );
}

/// A scenario run to its outcome: its file name, evaluation and answers.
struct Ran {
    file: String,
    evaluation: Evaluation,
    answers: Answers,
    tier: Tier,
}

fn run(content: &Content, path: &Path) -> Ran {
    let text = std::fs::read_to_string(path).expect("read scenario");
    let s = Scenario::from_json(&text).expect("scenario format");
    // A scenario for another nation runs on a copy for it; its flags and answers are what the
    // summary is built from.
    let other = s.nation.as_deref().map(|n| {
        signpost::content::embedded_for(n).unwrap_or_else(|e| panic!("invalid for {n}:\n{e}"))
    });
    let content = other.as_ref().unwrap_or(content);
    let r = scenario::run(content, &s, None).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let evaluation = evaluate(content, &r.answers, s.today.expect("today")).expect("evaluate");
    Ran {
        file: path.file_name().unwrap().to_string_lossy().into_owned(),
        evaluation,
        answers: r.answers,
        tier: r.tier,
    }
}

fn scenario(content: &Content, name: &str) -> Ran {
    run(content, &root().join("tests/scenarios").join(name))
}

/// Every scenario whose outcome hands the person to a consortium member.
fn referral_scenarios(content: &Content) -> Vec<Ran> {
    let dir = root().join("tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/scenarios")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let ran: Vec<Ran> = files
        .iter()
        .map(|p| run(content, p))
        .filter(|r| r.tier.is_referral())
        .collect();
    assert!(ran.len() >= 10, "only {} referral scenarios", ran.len());
    ran
}

// Personal details that must never leak when their group is declined. Each is unusual enough
// not to occur in any content by chance.
const NAME: &str = "Morwenna Quillerby";
const PHONE: &str = "07700 900417";
const EMAIL: &str = "m.quillerby@example.net";
const SAFE_TIMES: &str = "Weekday mornings before ten";
const LANGUAGE: &str = "Cornish and English";
const ACCESS: &str = "Large print letters please";
const OWED_1: &str = "Zedshire Council Revenues";
const OWED_2: &str = "Quokka Bank Cardholder Services";
const OWN_WORDS: &str = "Keeping the children at the same school";
const PERSONAL: [&str; 8] = [
    NAME, PHONE, EMAIL, SAFE_TIMES, LANGUAGE, ACCESS, OWED_1, OWED_2,
];

fn consent(yes: bool) -> Consent {
    Consent {
        contact: yes,
        household_money: yes,
        health_safety: yes,
        recorded_at: "2026-11-23T10:14:00Z".into(),
        wording_version: CONSENT_WORDING_VERSION.into(),
    }
}

/// Everything filled in: contact details, SFS finances and two debts, one of each kind.
fn details(consent: Consent) -> ReferralDetails {
    ReferralDetails {
        reference: None,
        created_at: None,
        consent: Some(consent),
        contact: Some(ContactDetails {
            name: NAME.into(),
            method: Some(ContactMethod::Phone),
            phone: PHONE.into(),
            email: EMAIL.into(),
            safe_times: SAFE_TIMES.into(),
            leave_message: Some(false),
            language: LANGUAGE.into(),
            access_needs: ACCESS.into(),
        }),
        area: Some("Truro".into()),
        what_matters: OWN_WORDS.into(),
        finances: Some(Finances::Detailed {
            income: [
                (IncomeItem::Earnings, 98_000),
                (IncomeItem::Benefits, 41_250),
            ]
            .into(),
            fixed_costs: [
                (FixedItem::HomeContents, 72_500),
                (FixedItem::Utilities, 18_000),
            ]
            .into(),
            flexible_costs: [
                (FlexibleItem::FoodHousekeeping, 52_000),
                (FlexibleItem::CommunicationsLeisure, 4_500),
            ]
            .into(),
        }),
        debts: vec![
            Debt {
                kind: OptionId::new("cards"),
                owed_to: OWED_2.into(),
                amount: 350_000,
                arrears: None,
            },
            Debt {
                kind: OptionId::new("council-tax"),
                owed_to: OWED_1.into(),
                amount: 120_050,
                arrears: Some(40_000),
            },
        ],
        adviser_notes: String::new(),
    }
}

const CREATED: &str = "2026-11-23T10:15:00Z";

fn summary(
    content: &Content,
    ran: &Ran,
    details: &ReferralDetails,
    locale: &str,
) -> ReferralSummary {
    let reference = reference_code(&format!("{CREATED}|{}", ran.file));
    build_summary(&SummaryInput {
        content,
        evaluation: &ran.evaluation,
        answers: &ran.answers,
        details,
        locale,
        created_at: CREATED,
        reference: &reference,
    })
    .unwrap_or_else(|e| panic!("{}: {e}", ran.file))
}

#[test]
fn every_referral_scenario_gives_a_summary_that_matches_the_schema() {
    let c = content();
    for ran in referral_scenarios(&c) {
        for yes in [true, false] {
            let d = details(consent(yes));
            for locale in ["en-GB", "cy", "pl", "ar"] {
                let s = summary(&c, &ran, &d, locale);
                let what = format!("{} ({locale}, consent {yes})", ran.file);
                let json = serde_json::to_value(&s).unwrap();
                assert_valid(&json, &what);
                // The JSON reads back as the same summary.
                let back: ReferralSummary = serde_json::from_value(json).unwrap();
                assert_eq!(back, s, "{what}");
                assert_eq!(s.locale, locale);
                assert!(s.members.len() <= TOP_MEMBERS);
                assert!(!s.members.is_empty(), "{what}: no member recommended");
                assert!(
                    s.urgency.deadlines.len() == ran.evaluation.deadlines.len(),
                    "{what}: dates to act by are always shared"
                );
                let qr = qr_text(&s, QR_MAX_BYTES);
                assert!(qr.text.len() <= QR_MAX_BYTES, "{what}: QR too long");
                assert!(qr.text.starts_with("SIGNPOST/1\n"));
                // It fits the QR code the app draws, at a version still easy to scan.
                let code = signpost::referral::qr::qr_svg(&qr.text).expect("fits a QR code");
                assert!(code.version <= 25, "{what}: QR version {}", code.version);
                if locale != "en-GB" {
                    // English always travels beside the person's language.
                    assert!(s.needs.iter().all(|n| !n.label_en.is_empty()));
                    assert!(s.answers.iter().all(|a| !a.question_en.is_empty()));
                }
            }
        }
    }
}

/// Every string in the summary's JSON, its plain text, its QR text and the page's sections.
fn outputs(c: &Content, s: &ReferralSummary) -> [(&'static str, String); 5] {
    let t = signpost::words::i18n::Translator::new(c, &s.locale);
    [
        ("page", all_text(&summary_document(&t, s)).join("\n")),
        ("JSON", serde_json::to_string(s).unwrap()),
        ("plain text", plain_text(c, s)),
        ("QR text", qr_text(s, QR_MAX_BYTES).text),
        ("email", email_body(c, s)),
    ]
}

#[test]
fn declined_consent_shares_no_personal_detail() {
    let c = content();
    let grouped: BTreeSet<&str> = c
        .questions()
        .filter(|q| q.consent.is_some())
        .map(|q| q.id.as_str())
        .collect();
    let grouped_flags: Vec<&signpost::engine::model::FlagDef> =
        c.flags.iter().filter(|f| f.consent.is_some()).collect();
    let en = signpost::words::i18n::Translator::new(&c, "en-GB");
    for ran in referral_scenarios(&c) {
        for locale in ["en-GB", "cy"] {
            let t = signpost::words::i18n::Translator::new(&c, locale);
            let s = summary(&c, &ran, &details(consent(false)), locale);
            let what = format!("{} ({locale})", ran.file);
            assert!(s.contact.is_none() && s.money.is_none() && s.debts.is_none());
            assert!(s.household.is_none());
            assert_eq!(s.consent.withheld, ConsentGroup::ALL.to_vec());
            for a in &s.answers {
                assert!(!grouped.contains(a.id.as_str()), "{what}: answer {}", a.id);
            }
            // What they need help with, and their own words, are always shared.
            assert_eq!(s.own_words, OWN_WORDS);
            for (form, text) in outputs(&c, &s) {
                for p in PERSONAL {
                    assert!(!text.contains(p), "{what}: {form} contains \"{p}\"");
                }
                for f in &grouped_flags {
                    if !ran.evaluation.flags.contains(&f.id) {
                        continue;
                    }
                    for label in [t.text(f.label.as_str()), en.text(f.label.as_str())] {
                        assert!(
                            !text.contains(&label),
                            "{what}: {form} contains \"{label}\""
                        );
                    }
                }
                assert!(
                    text.contains(OWN_WORDS),
                    "{what}: {form} lacks the own words"
                );
            }
            let qr = qr_text(&s, QR_MAX_BYTES).text;
            let needs = qr
                .lines()
                .find_map(|l| l.strip_prefix("NEEDS:"))
                .unwrap_or("");
            for f in &grouped_flags {
                assert!(
                    !needs.split(',').any(|n| n == f.id.as_str()),
                    "{what}: QR {needs}"
                );
            }
            for key in [
                "NAME:",
                "PHONE:",
                "EMAIL:",
                "SAFE:",
                "MSG:",
                "PRIORITY:",
                "IN:",
            ] {
                assert!(!qr.contains(key), "{what}: QR has {key}");
            }
            assert!(qr.contains("WITHHELD:contact,household-money,health-safety"));
        }
    }
}

#[test]
fn given_consent_shares_everything_collected() {
    let c = content();
    let ran = scenario(&c, "urgent-bailiffs-court-and-eviction-dates.json");
    let s = summary(&c, &ran, &details(consent(true)), "en-GB");
    let contact = s.contact.as_ref().expect("contact shared");
    assert_eq!(contact.name, NAME);
    assert_eq!(contact.area.as_deref(), Some("Truro"));
    let debts = s.debts.as_ref().expect("debts shared");
    assert_eq!(debts.priority_total_pence, 120_050);
    assert_eq!(debts.non_priority_total_pence, 350_000);
    assert_eq!(debts.total_pence, 470_050);
    assert_eq!(debts.items[0].kind, "council-tax", "priority debts first");
    assert!(debts.items[0].priority && !debts.items[1].priority);
    assert_eq!(debts.items[0].label_en, "Council Tax");
    let money = s.money.as_ref().expect("money shared");
    assert_eq!(money.income_pence, 139_250);
    assert_eq!(money.spending_pence, 147_000);
    assert_eq!(money.surplus_pence, -7_750);
    assert_eq!(money.items.len(), 6);
    let household = s.household.as_ref().expect("household shared");
    assert_eq!(
        (household.other_adults, household.children),
        (Some(0), Some(0))
    );
    assert!(s.urgency.urgent);
    assert_eq!(
        s.urgency.earliest_deadline.unwrap().to_string(),
        "2026-11-26"
    );
    // Every date given travels, the hearing three weeks away too, earliest first; only the
    // two inside their windows are marked as urgent.
    let dates: Vec<(String, &str, bool)> = s
        .urgency
        .deadlines
        .iter()
        .map(|d| {
            (
                d.date.to_string(),
                d.label_en.as_str(),
                !d.raised.is_empty(),
            )
        })
        .collect();
    assert_eq!(
        dates,
        vec![
            ("2026-11-26".to_owned(), "Bailiffs' visit", true),
            (
                "2026-11-27".to_owned(),
                "Date the bailiffs are due to evict you",
                true
            ),
            ("2026-12-14".to_owned(), "Court hearing", false),
        ]
    );
    // The path's answers, grouped ones included, in the order asked.
    assert_eq!(s.answers.len(), ran.evaluation.path.len());
    assert_eq!(s.answers[0].id, "safe-now");
    // A full member in Truro who handles bailiffs and Council Tax comes first.
    assert_eq!(s.members[0].id, "carrick-way-money-advice");
    assert!(s.members[0].example);

    let text = plain_text(&c, &s);
    for p in PERSONAL {
        assert!(text.contains(p), "plain text lacks {p}");
    }
    assert!(text.contains("Short by: £77.50"), "{text}");
    let qr = qr_text(&s, QR_MAX_BYTES);
    assert!(qr.complete, "{}", qr.text);
    for line in [
        "TIER:urgent",
        "DUE:2026-11-26=enforcement,2026-11-27=eviction,2026-12-14=court-papers",
        &format!("NAME:{NAME}"),
        "PRIORITY:1200.50",
        "NONPRIORITY:3500",
        "SURPLUS:-77.50",
        "MSG:no",
    ] {
        assert!(
            qr.text.lines().any(|l| l == line),
            "QR lacks {line}:\n{}",
            qr.text
        );
    }
}

#[test]
fn health_declined_alone_keeps_contact_and_money() {
    let c = content();
    let ran = scenario(&c, "referral-depression-energy-arrears-nothing-left.json");
    let mut choice = consent(true);
    choice.health_safety = false;
    let s = summary(&c, &ran, &details(choice), "en-GB");
    assert!(s.contact.is_some() && s.money.is_some() && s.debts.is_some());
    assert_eq!(s.consent.withheld, vec![ConsentGroup::HealthSafety]);
    assert!(s.needs.iter().all(|n| n.code != "mental-health"));
    assert!(s
        .answers
        .iter()
        .all(|a| a.id != "health" && a.id != "safe-now"));
    assert!(!plain_text(&c, &s).contains("Mental health"));
    let with = summary(&c, &ran, &details(consent(true)), "en-GB");
    assert!(with.needs.iter().any(|n| n.code == "mental-health"));
}

#[test]
fn no_consent_or_no_outcome_is_an_error() {
    let c = content();
    let ran = scenario(&c, "referral-depression-energy-arrears-nothing-left.json");
    let mut d = details(consent(true));
    d.consent = None;
    let input = SummaryInput {
        content: &c,
        evaluation: &ran.evaluation,
        answers: &ran.answers,
        details: &d,
        locale: "en-GB",
        created_at: CREATED,
        reference: "SP-0000-0000",
    };
    assert_eq!(build_summary(&input), Err(SummaryError::NoConsent));
    let mut unfinished = ran.evaluation.clone();
    unfinished.step = signpost::engine::Step::Question("money-left".into());
    let d = details(consent(true));
    let input = SummaryInput {
        evaluation: &unfinished,
        details: &d,
        ..input
    };
    assert_eq!(build_summary(&input), Err(SummaryError::NotAtOutcome));
}

#[test]
fn a_long_own_words_text_makes_a_partial_qr_code() {
    let c = content();
    let ran = scenario(&c, "urgent-bailiffs-court-and-eviction-dates.json");
    let mut d = details(consent(true));
    d.what_matters = "Ni allaf gysgu achos y beilïaid. ".repeat(60);
    let s = summary(&c, &ran, &d, "cy");
    let qr = qr_text(&s, QR_MAX_BYTES);
    assert!(!qr.complete);
    assert!(qr.text.len() <= QR_MAX_BYTES);
    let lines: Vec<&str> = qr.text.lines().collect();
    assert_eq!(&lines[..2], ["SIGNPOST/1", "PART:1"]);
    // The most important lines stay; the own words are cut, not dropped.
    assert!(lines.iter().any(|l| l.starts_with("REF:SP-")));
    assert!(lines.iter().any(|l| l.starts_with("DUE:")));
    assert!(lines.iter().any(|l| l.starts_with("PHONE:")));
    let words = lines.iter().find_map(|l| l.strip_prefix("WORDS:")).unwrap();
    assert!(words.ends_with('…') && words.len() < d.what_matters.len());

    // A tiny code keeps the first lines and says it is partial.
    let tiny = qr_text(&s, 60);
    assert!(!tiny.complete && tiny.text.len() <= 60, "{}", tiny.text);
    assert!(tiny.text.starts_with("SIGNPOST/1\nPART:1\nREF:"));
}

#[test]
fn summary_labels_follow_the_locale_with_english_beside() {
    let c = content();
    let ran = scenario(&c, "urgent-bailiffs-court-and-eviction-dates.json");
    let s = summary(&c, &ran, &details(consent(true)), "cy");
    assert_eq!(s.locale, "cy");
    assert_eq!(s.tier.code, "urgent");
    assert_ne!(s.tier.label, s.tier.label_en);
    let rent = s.needs.iter().find(|n| n.code == "rent-arrears").unwrap();
    assert_ne!(rent.label, rent.label_en);
    let reason = &s.members[0].reasons[0];
    assert_eq!(
        reason.text_en,
        "Full member: takes complex and urgent cases"
    );
    assert_ne!(reason.text, reason.text_en);
    let text = plain_text(&c, &s);
    assert!(
        text.starts_with("CRYNODEB ATGYFEIRIO / REFERRAL SUMMARY\n"),
        "{text}"
    );
}

const NOTES: &str =
    "Seen at the Truro hub with her sister. Bailiffs due Thursday: please call first.";

#[test]
fn adviser_notes_are_marked_as_the_advisers_and_absent_when_empty() {
    let c = content();
    let ran = scenario(&c, "urgent-bailiffs-court-and-eviction-dates.json");
    let mut d = details(consent(true));
    d.adviser_notes = format!("  {NOTES}\n");
    let s = summary(&c, &ran, &d, "en-GB");
    assert_eq!(s.adviser_notes.as_deref(), Some(NOTES));
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["adviser_notes"], NOTES);
    assert_valid(&json, "a summary with adviser's notes");
    assert_ne!(s.own_words, NOTES, "the notes are not the person's words");
    let text = plain_text(&c, &s);
    let heading = "ADVISER'S NOTES (WRITTEN BY THE ADVISER, NOT THE PERSON)";
    assert!(
        text.contains(&format!("{heading}\n> {NOTES}\n")),
        "the notes come, quoted, under a heading that says whose they are:\n{text}"
    );
    assert!(email_body(&c, &s).contains(NOTES));
    let qr = qr_text(&s, QR_MAX_BYTES);
    assert!(
        qr.text.lines().last() == Some(&format!("NOTES:{NOTES}")[..]),
        "{}",
        qr.text
    );

    // Welsh: the heading is in both languages, as every heading is.
    let cy = summary(&c, &ran, &d, "cy");
    assert!(plain_text(&c, &cy).contains(&format!(" / {heading}\n> {NOTES}\n")));

    // No notes (or only spaces): no field, no heading, no QR line.
    for empty in ["", "  \n "] {
        d.adviser_notes = empty.into();
        let s = summary(&c, &ran, &d, "en-GB");
        assert_eq!(s.adviser_notes, None);
        let json = serde_json::to_value(&s).unwrap();
        assert!(json.get("adviser_notes").is_none(), "{json}");
        assert_valid(&json, "a summary without adviser's notes");
        assert!(!plain_text(&c, &s).contains("ADVISER'S NOTES"));
        assert!(!qr_text(&s, QR_MAX_BYTES).text.contains("NOTES:"));
    }
}

#[test]
fn adviser_notes_are_the_first_thing_a_full_qr_code_drops() {
    let c = content();
    let ran = scenario(&c, "urgent-bailiffs-court-and-eviction-dates.json");
    let mut d = details(consent(true));
    d.adviser_notes = "Long notes. ".repeat(100);
    let s = summary(&c, &ran, &d, "en-GB");
    let qr = qr_text(&s, QR_MAX_BYTES);
    assert!(!qr.complete);
    assert!(!qr.text.contains("NOTES:"), "{}", qr.text);
    assert!(
        qr.text.contains(&format!("WORDS:{OWN_WORDS}")),
        "{}",
        qr.text
    );
}

// ----- the published example and the plain-text snapshot ---------------------------------

fn update() -> bool {
    std::env::var_os("SIGNPOST_UPDATE_SNAPSHOTS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the file, or rewrites the file when asked to.
fn assert_file(path: &Path, actual: &str) {
    if update() {
        std::fs::write(path, actual).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .replace("\r\n", "\n");
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} does not match what the code builds now (first difference at line {}):\n  - {}\n  + {}\n\
             If the change is intended, run SIGNPOST_UPDATE_SNAPSHOTS=1 cargo test --test referral \
             and review the diff.",
            path.display(),
            first + 1,
            expected.lines().nth(first).unwrap_or("(none)"),
            actual.lines().nth(first).unwrap_or("(none)")
        );
    }
}

/// The example is a Welsh referral: it shows `label` beside `label_en`.
fn example(c: &Content) -> ReferralSummary {
    let ran = scenario(c, "urgent-bailiffs-court-and-eviction-dates.json");
    let mut d = details(consent(true));
    // Adviser mode: shows that the notes are the adviser's, apart from the person's words.
    d.adviser_notes = NOTES.into();
    let mut s = summary(c, &ran, &d, "cy");
    // The tree version changes with every content edit; the example shows its shape.
    s.tree_version = "0123456789abcdef".into();
    s
}

#[test]
fn the_published_example_is_current_and_valid() {
    let c = content();
    let path = root().join("public/schema/example-referral-summary.json");
    let s = example(&c);
    let mut text = serde_json::to_string_pretty(&s).unwrap();
    text.push('\n');
    assert_file(&path, &text);
    let on_disk: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_valid(&on_disk, "public/schema/example-referral-summary.json");
}

#[test]
fn plain_text_snapshot() {
    let c = content();
    let ran = scenario(&c, "referral-depression-energy-arrears-nothing-left.json");
    let mut choice = consent(true);
    choice.health_safety = false;
    let mut d = details(choice);
    d.adviser_notes = NOTES.into();
    let mut s = summary(&c, &ran, &d, "cy");
    s.tree_version = "0123456789abcdef".into();
    assert_file(
        &root().join("tests/snapshots/referral-summary-cy.txt"),
        &plain_text(&c, &s),
    );
}

#[test]
fn the_schema_rejects_drift() {
    let c = content();
    let mut json = serde_json::to_value(example(&c)).unwrap();
    json["contact"]["nickname"] = "Mo".into();
    let validator = jsonschema::validator_for(&schema()).unwrap();
    assert!(
        !validator.is_valid(&json),
        "unknown fields must be rejected"
    );
    let mut json = serde_json::to_value(example(&c)).unwrap();
    json.as_object_mut().unwrap().remove("consent");
    assert!(!validator.is_valid(&json), "consent is required");
}

// ----- member matching on the shipped example directory ------------------------------------

fn flags(f: &[&str]) -> BTreeSet<FlagId> {
    f.iter().map(|&x| FlagId::new(x)).collect()
}

fn request<'a>(tier: Tier, flags: &'a BTreeSet<FlagId>, area: Option<&'a str>) -> MatchRequest<'a> {
    MatchRequest {
        tier,
        flags,
        area,
        language: Some("en-GB"),
        channel: None,
        withheld: vec![],
    }
}

#[test]
fn a_complex_referral_goes_to_a_full_member_in_the_area() {
    let c = content();
    let f = flags(&[
        "several-needs",
        "priority-debt",
        "council-tax-arrears",
        "enforcement",
    ]);
    let m = match_members(&c, &request(Tier::Urgent, &f, Some("Truro")));
    assert_eq!(m[0].service.as_str(), "carrick-way-money-advice");
    assert_eq!(m[0].membership, Membership::Full);
    // Full members elsewhere are left out: they cannot see someone in Truro.
    let ids: Vec<&str> = m.iter().map(|x| x.service.as_str()).collect();
    assert!(!ids.contains(&"steady-ground-mind-and-money"), "{ids:?}");
    assert!(!ids.contains(&"tidewater-housing-advice"), "{ids:?}");
    // The business debt service is only for the self-employed (this test listed it before
    // matching checked eligibility); for someone self-employed, it serves Truro from its
    // Cornwall-wide area.
    assert!(!ids.contains(&"small-trade-money-help"), "{ids:?}");
    let mut self_employed = f.clone();
    self_employed.insert(FlagId::new("self-employed"));
    let m2 = match_members(&c, &request(Tier::Urgent, &self_employed, Some("Truro")));
    let small_trade = m2
        .iter()
        .find(|x| x.service.as_str() == "small-trade-money-help")
        .expect("a Cornwall-wide member serves Truro");
    assert!(small_trade.reasons.contains(&MatchReason::Area {
        area: "Cornwall".into()
    }));
    assert!(m[0].reasons.contains(&MatchReason::Area {
        area: "Truro".into()
    }));
    // Only consortium members, never the national services.
    for x in &m {
        assert!(c.service(&x.service).unwrap().membership.is_some());
    }

    // In Bodmin the full member is the mental health money service: only for someone who
    // told us about a mental health problem (this test expected it without, before matching
    // checked eligibility). Without it, no member in Bodmin covers these needs, so the area
    // is set aside and the full member elsewhere comes first.
    let m = match_members(&c, &request(Tier::Urgent, &f, Some("Bodmin")));
    assert!(m
        .iter()
        .all(|x| x.service.as_str() != "steady-ground-mind-and-money"));
    assert_eq!(m[0].service.as_str(), "carrick-way-money-advice");
    assert!(m[0].reasons.contains(&MatchReason::AreaIgnored {
        area: "Bodmin".into()
    }));
    let mut mental_health = f.clone();
    mental_health.insert(FlagId::new("mental-health"));
    let m = match_members(&c, &request(Tier::Urgent, &mental_health, Some("Bodmin")));
    assert_eq!(m[0].service.as_str(), "steady-ground-mind-and-money");
}

#[test]
fn eviction_in_penzance_goes_to_the_housing_member() {
    let c = content();
    let f = flags(&["eviction", "rent-arrears", "priority-debt"]);
    let m = match_members(&c, &request(Tier::Urgent, &f, Some("Penzance")));
    assert_eq!(m[0].service.as_str(), "tidewater-housing-advice");
}

#[test]
fn a_signpost_for_a_benefit_decision_goes_to_the_associate_specialist() {
    let c = content();
    let f = flags(&["challenge-decision", "deadline-soon"]);
    let m = match_members(&c, &request(Tier::Signpost, &f, Some("Truro")));
    assert_eq!(m[0].service.as_str(), "fair-decision-appeals");
    assert_eq!(m[0].membership, Membership::Associate);
}

#[test]
fn language_and_channel_are_reasons() {
    let c = content();
    let f = flags(&["needs-support", "benefit-problem"]);
    let mut req = request(Tier::Referral, &f, Some("Redruth"));
    req.language = Some("pl");
    req.channel = Some(Channel::Email);
    let m = match_members(&c, &req);
    let most = m
        .iter()
        .find(|x| x.service.as_str() == "most-community-association")
        .expect("the Polish-speaking group is listed");
    assert!(most.reasons.contains(&MatchReason::Language {
        language: "pl".into()
    }));
    assert!(most.reasons.contains(&MatchReason::Channel {
        channel: Channel::Email
    }));
    // A community group still comes after the full member for a referral.
    assert_eq!(m[0].service.as_str(), "carrick-way-money-advice");
}

#[test]
fn an_area_nobody_serves_is_ignored_and_said_so() {
    let c = content();
    let f = flags(&["rent-arrears"]);
    let m = match_members(&c, &request(Tier::Referral, &f, Some("Plymouth")));
    assert!(!m.is_empty());
    assert!(m
        .iter()
        .all(|x| x.reasons.contains(&MatchReason::AreaIgnored {
            area: "Plymouth".into()
        })));
}

#[test]
fn matching_is_deterministic_and_needs_a_shared_need() {
    let c = content();
    let f = flags(&["priority-debt"]);
    let a = match_members(&c, &request(Tier::Referral, &f, None));
    let b = match_members(&c, &request(Tier::Referral, &f, None));
    assert_eq!(a, b);
    let none = flags(&["mental-health"]);
    assert!(match_members(&c, &request(Tier::Referral, &none, None)).is_empty());
}

/// The page's sections: a Change link beside each group the person shared, none beside a group
/// they declined (there is nothing to change), and every amount and date the summary carries.
#[test]
fn the_summary_page_links_to_change_only_what_was_shared() {
    let c = content();
    let ran = scenario(&c, "urgent-bailiffs-court-and-eviction-dates.json");
    let t = signpost::words::i18n::Translator::new(&c, "en-GB");
    let changes = |s: &ReferralSummary| -> Vec<String> {
        fn walk(out: &mut Vec<String>, blocks: &[Block]) {
            for b in blocks {
                match b {
                    Block::Section { blocks, .. } => walk(out, blocks),
                    Block::HeadingWithChange {
                        id,
                        change: Some(_),
                        ..
                    } => out.push(id.clone()),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&mut out, &summary_document(&t, s));
        out
    };
    let given = summary(&c, &ran, &details(consent(true)), "en-GB");
    assert_eq!(
        changes(&given),
        [
            "summary-own-words",
            "summary-consent",
            "summary-contact",
            "summary-money",
            "summary-debts",
            "summary-answers"
        ]
    );
    let page = all_text(&summary_document(&t, &given)).join("\n");
    for amount in ["£4,700.50", "£1,392.50", "£77.50"] {
        assert!(page.contains(amount), "the page lacks {amount}");
    }
    let declined = summary(&c, &ran, &details(consent(false)), "en-GB");
    let changes = changes(&declined);
    assert!(
        !changes
            .iter()
            .any(|c| c == "summary-contact" || c == "summary-money"),
        "{changes:?}"
    );
    assert!(changes.iter().any(|c| c == "summary-consent"));
}
