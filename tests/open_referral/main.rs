//! Opening a referral summary on the member's page (`signpost::referral::open`): the JSON the
//! app downloads and the text its QR code holds read back to what they carry, for every
//! referral scenario; newer versions. Bad input is in `bad_input.rs`, what the page shows in
//! `showing.rs`.

use serde_json::Value;
use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::evaluate::evaluate;
use signpost::engine::referral::{
    Consent, ContactDetails, ContactMethod, Debt, Finances, ReferralDetails,
    CONSENT_WORDING_VERSION,
};
use signpost::engine::{Content, Date, OptionId};
use signpost::referral::open::{
    days_from_today, due_dates, qr_document, read_bytes, read_text, Entrance, OpenError, Opened,
    OpenedSummary, QrSummary, MAX_BYTES,
};
use signpost::referral::summary::{
    build_summary, qr_text, reference_code, summary_document, summary_document_for, Reader,
    ReferralSummary, SummaryInput, QR_MAX_BYTES,
};
use signpost::words::document::{all_text, Block, Inline};
use signpost::words::i18n::Translator;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn content() -> Content {
    signpost::content::embedded().unwrap_or_else(|e| panic!("invalid content:\n{e}"))
}

fn example_text() -> String {
    std::fs::read_to_string(root().join("public/schema/example-referral-summary.json"))
        .expect("read the example")
}

fn example_json() -> Value {
    serde_json::from_str(&example_text()).unwrap()
}

fn validator() -> jsonschema::Validator {
    let path = root().join("public/schema/referral-summary-1.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema")
}

#[track_caller]
fn summary_of(r: Result<Opened, OpenError>) -> OpenedSummary {
    match r {
        Ok(Opened::Summary(s)) => *s,
        other => panic!("expected a summary, got {other:?}"),
    }
}

#[track_caller]
fn qr_of(r: Result<Opened, OpenError>) -> QrSummary {
    match r {
        Ok(Opened::Qr(q)) => *q,
        other => panic!("expected QR text, got {other:?}"),
    }
}

#[track_caller]
fn field_of(r: Result<Opened, OpenError>) -> String {
    match r {
        Err(OpenError::Field { field, .. }) => field,
        other => panic!("expected a field error, got {other:?}"),
    }
}

/// Summaries the app makes: every scenario that ends in a referral, with everything given
/// (or every group declined), in English and in Arabic.
fn made_summaries(c: &Content) -> Vec<ReferralSummary> {
    let dir = root().join("tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let s = Scenario::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if s.nation.is_some() {
            continue;
        }
        let r = scenario::run(c, &s, None).unwrap();
        if !r.tier.is_referral() {
            continue;
        }
        let ev = evaluate(c, &r.answers, s.today.unwrap()).unwrap();
        for yes in [true, false] {
            for locale in ["en-GB", "ar"] {
                let details = details(yes);
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                out.push(
                    build_summary(&SummaryInput {
                        content: c,
                        evaluation: &ev,
                        answers: &r.answers,
                        details: &details,
                        locale,
                        created_at: "2026-11-23T10:15:00Z",
                        reference: &reference_code(&name),
                    })
                    .unwrap(),
                );
            }
        }
    }
    assert!(out.len() >= 40, "only {} summaries", out.len());
    out
}

fn details(yes: bool) -> ReferralDetails {
    ReferralDetails {
        reference: None,
        created_at: None,
        consent: Some(Consent {
            contact: yes,
            household_money: yes,
            health_safety: yes,
            recorded_at: "2026-11-23T10:14:00Z".into(),
            wording_version: CONSENT_WORDING_VERSION.into(),
        }),
        contact: Some(ContactDetails {
            name: "Morwenna Quillerby".into(),
            method: Some(ContactMethod::Text),
            phone: "07700 900417".into(),
            email: "m.q@example.net".into(),
            safe_times: "After six".into(),
            leave_message: Some(true),
            language: "Arabic".into(),
            access_needs: String::new(),
        }),
        area: Some("Truro".into()),
        what_matters: "Keeping the flat, please: call after six".into(),
        finances: Some(Finances::Quick {
            income: 120_050,
            fixed_costs: 90_000,
            flexible_costs: 40_000,
        }),
        debts: vec![Debt {
            kind: OptionId::new("council-tax"),
            owed_to: "Zedshire Council".into(),
            amount: 50_000,
            arrears: Some(10_000),
        }],
        adviser_notes: "Seen at the hub".into(),
    }
}

#[test]
fn the_published_example_opens_as_it_was_made() {
    let text = example_text();
    let opened = summary_of(read_bytes(text.as_bytes()));
    let expected: ReferralSummary = serde_json::from_str(&text).unwrap();
    assert_eq!(opened.summary, expected);
    assert_eq!(opened.newer, None);
    assert_eq!(opened.reasons_left_out, 0);
    // With a byte-order mark and surrounding space, as some editors save it.
    let marked = format!("\u{FEFF}\n  {text}\n");
    assert_eq!(summary_of(read_bytes(marked.as_bytes())).summary, expected);
}

/// What a QR text must carry of `s`.
#[track_caller]
fn assert_qr_carries(q: &QrSummary, s: &ReferralSummary) {
    assert!(q.complete);
    assert_eq!(q.reference, s.reference);
    assert_eq!(q.tier.map(|t| t.as_str()), Some(s.tier.code.as_str()));
    let due: Vec<(Date, String)> = s
        .urgency
        .deadlines
        .iter()
        .map(|d| (d.date, d.flag.clone()))
        .collect();
    assert_eq!(q.due, due);
    let needs: Vec<&str> = s.needs.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(q.needs, needs);
    assert_eq!(q.locale.as_deref(), Some(s.locale.as_str()));
    let withheld: Vec<&str> = s.consent.withheld.iter().map(|g| g.as_str()).collect();
    assert_eq!(q.withheld, withheld);
    match &s.contact {
        Some(c) => {
            assert_eq!(q.name.as_deref(), Some(c.name.as_str()));
            assert_eq!(q.phone.as_deref(), Some(c.phone.as_str()));
            assert_eq!(q.via.as_deref(), c.method.map(|m| m.as_str()));
            assert_eq!(q.leave_message, c.leave_message);
            assert_eq!(q.area, c.area);
        }
        None => assert_eq!((&q.name, &q.phone, &q.email), (&None, &None, &None)),
    }
    assert_eq!(q.income_pence, s.money.as_ref().map(|m| m.income_pence));
    assert_eq!(q.surplus_pence, s.money.as_ref().map(|m| m.surplus_pence));
    assert_eq!(
        q.priority_pence,
        s.debts.as_ref().map(|d| d.priority_total_pence)
    );
    let members: Vec<&str> = s.members.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(q.members, members);
    assert_eq!(q.words.as_deref(), Some(s.own_words.as_str()));
    assert_eq!(q.notes, s.adviser_notes);
}

#[test]
fn every_summary_the_app_makes_reads_back_from_its_json_and_its_qr_text() {
    let c = content();
    for s in made_summaries(&c) {
        let json = serde_json::to_string_pretty(&s).unwrap();
        let opened = summary_of(read_text(&json));
        assert_eq!(opened.summary, s);
        let qr = qr_text(&s, QR_MAX_BYTES);
        assert!(qr.complete, "{}", s.reference);
        assert_qr_carries(&qr_of(read_text(&qr.text)), &s);
        // A phone may hand the text over with Windows line ends.
        assert_qr_carries(&qr_of(read_text(&qr.text.replace('\n', "\r\n"))), &s);
    }
}

#[test]
fn a_partial_qr_code_says_so() {
    let c = content();
    let s: ReferralSummary = serde_json::from_str(&example_text()).unwrap();
    let mut long = s.clone();
    long.own_words = "Ni allaf gysgu achos y beilïaid. ".repeat(60);
    let qr = qr_text(&long, QR_MAX_BYTES);
    let q = qr_of(read_text(&qr.text));
    assert!(!q.complete);
    assert_eq!(q.reference, s.reference);
    assert!(q.words.as_deref().unwrap().ends_with('…'));
    assert_eq!(q.notes, None, "the notes are dropped first");
    // The page says so, whatever else it shows.
    let t = Translator::new(&c, "en-GB");
    assert!(t.text("open-qr-part").contains("only part"));
}

#[test]
fn a_newer_major_version_is_refused_with_its_version() {
    let mut json = example_json();
    json["schema_version"] = "2.0.0".into();
    let e = read_text(&json.to_string()).unwrap_err();
    assert_eq!(
        e,
        OpenError::Newer {
            version: "2.0.0".into()
        }
    );
    // Even when the rest would not read as version 1.
    let e = read_text(r#"{"schema_version":"3.1.0","everything":"different"}"#).unwrap_err();
    assert_eq!(
        e,
        OpenError::Newer {
            version: "3.1.0".into()
        }
    );
    let qr = qr_text(
        &serde_json::from_value(example_json()).unwrap(),
        QR_MAX_BYTES,
    );
    let newer = qr.text.replacen("SIGNPOST/1", "SIGNPOST/2", 1);
    assert_eq!(
        read_text(&newer).unwrap_err(),
        OpenError::Newer {
            version: "2".into()
        }
    );
    let c = content();
    for locale in ["en-GB", "cy"] {
        let t = Translator::new(&c, locale);
        let (id, args) = e.message(Entrance::File);
        let text = t.text_with(id, &args);
        assert!(text.contains("3.1.0") && text.contains('1'), "{text}");
    }
    assert_eq!(
        Translator::new(&c, "en-GB")
            .text_with(e.message(Entrance::File).0, &e.message(Entrance::File).1),
        "This summary was made by a newer version of Signpost: version 3.1.0. This page reads \
         version 1. Ask the person for the printed summary, or use a newer copy of this page"
    );
}

#[test]
fn a_newer_minor_version_is_read_without_what_it_added() {
    let mut json = example_json();
    json["schema_version"] = "1.9.0".into();
    json["new_section"] = serde_json::json!({"what": "a later 1.x added this"});
    json["members"][0]["reasons"].as_array_mut().unwrap().push(
        serde_json::json!({"code": "open-late", "text": "Ar agor yn hwyr", "text_en": "Open late"}),
    );
    let opened = summary_of(read_text(&json.to_string()));
    assert_eq!(opened.newer.as_deref(), Some("1.9.0"));
    assert_eq!(opened.reasons_left_out, 1);
    let expected: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    assert_eq!(opened.summary.members, expected.members);
    // The same reason in a file that claims this version is a mistake, and named.
    let mut json = example_json();
    json["members"][0]["reasons"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"code": "open-late", "text": "x", "text_en": "x"}));
    assert_eq!(field_of(read_text(&json.to_string())), "members[0]");
    // A later QR key is ignored, as the format says.
    let qr = "SIGNPOST/1\nREF:SP-4K7M-Q2XD\nTIER:urgent\nBUS:12\n";
    assert_eq!(qr_of(read_text(qr)).reference, "SP-4K7M-Q2XD");
}

#[test]
fn an_older_minor_version_is_read() {
    let mut json = example_json();
    json["schema_version"] = "1.0.0".into();
    json.as_object_mut().unwrap().remove("adviser_notes");
    for d in json["urgency"]["deadlines"].as_array_mut().unwrap() {
        d.as_object_mut().unwrap().remove("raised");
    }
    let opened = summary_of(read_text(&json.to_string()));
    assert_eq!(opened.newer, None);
    assert_eq!(opened.summary.adviser_notes, None);
}

mod bad_input;
mod showing;
