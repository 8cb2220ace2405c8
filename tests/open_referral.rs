//! Opening a referral summary on the member's page (`signpost::referral::open`): the JSON the
//! app downloads and the text its QR code holds read back to what they carry, for every
//! referral scenario; newer versions; and every kind of bad input named.

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

/// Each way the JSON can be wrong: the reader names the field, and the schema rejects it too.
#[test]
fn a_wrong_field_is_named_and_the_schema_agrees() {
    let v = validator();
    assert!(v.is_valid(&example_json()));
    type Edit = fn(&mut Value);
    let cases: Vec<(&str, Edit)> = vec![
        ("consent", |j| {
            j.as_object_mut().unwrap().remove("consent");
        }),
        ("tier", |j| j["tier"] = "urgent".into()),
        ("tier.code", |j| j["tier"]["code"] = "very-urgent".into()),
        ("needs[2]", |j| j["needs"][2]["label"] = 7.into()),
        ("needs[0]", |j| j["needs"][0]["kind"] = "worry".into()),
        ("urgency.deadlines[1]", |j| {
            j["urgency"]["deadlines"][1]["date"] = "2026-02-30".into()
        }),
        ("urgency", |j| j["urgency"]["urgent"] = "yes".into()),
        ("reference", |j| j["reference"] = "SP-OOPS-1234".into()),
        ("tree_version", |j| j["tree_version"] = "xyz".into()),
        ("created_at", |j| j["created_at"] = "yesterday".into()),
        ("money.income_pence", |j| {
            j["money"]["income_pence"] = (-5).into()
        }),
        ("money", |j| j["money"]["income_pence"] = 12.5.into()),
        ("money.items[0].code", |j| {
            j["money"]["items"][0]["code"] = "lottery".into()
        }),
        ("debts.items[0].amount_pence", |j| {
            j["debts"]["items"][0]["amount_pence"] = (-1).into()
        }),
        ("contact", |j| j["contact"]["method"] = "pigeon".into()),
        ("members[1]", |j| {
            j["members"][1]["membership"] = "gold".into()
        }),
        ("members", |j| {
            let m = j["members"][0].clone();
            j["members"].as_array_mut().unwrap().push(m);
        }),
        ("consent.withheld", |j| {
            j["consent"]["withheld"] = serde_json::json!(["contact", "contact"])
        }),
        ("answers[0]", |j| j["answers"][0]["answer"] = "Yes".into()),
        ("household.children", |j| {
            j["household"]["children"] = (-2).into()
        }),
        ("locale", |j| j["locale"] = "c".into()),
        ("adviser_notes", |j| j["adviser_notes"] = "".into()),
    ];
    for (name, edit) in cases {
        let mut json = example_json();
        edit(&mut json);
        assert!(!v.is_valid(&json), "{name}: the schema accepts it");
        assert_eq!(field_of(read_text(&json.to_string())), name);
    }
}

#[test]
fn input_that_is_not_a_summary_says_what_it_is() {
    use OpenError::*;
    let big = "x".repeat(MAX_BYTES + 1);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let bytes_cases: Vec<(&[u8], OpenError)> = vec![
        (b"", Empty),
        (b"  \n\t ", Empty),
        ("\u{FEFF}".as_bytes(), Empty),
        (&png, NotText),
        (b"\xff\xfe{\0\"\0", NotText),
        (
            big.as_bytes(),
            TooLarge {
                bytes: MAX_BYTES + 1,
            },
        ),
    ];
    for (bytes, expected) in bytes_cases {
        assert_eq!(read_bytes(bytes).unwrap_err(), expected);
    }
    let text_cases: Vec<(&str, OpenError)> = vec![
        (
            "{\"schema_version\": \"1.3.0\",",
            NotJson {
                line: 1,
                column: 27,
            },
        ),
        ("{\n  oops\n}", NotJson { line: 2, column: 3 }),
        ("[1, 2]", NotSignpost),
        ("{}", NotSignpost),
        ("{\"name\": \"a CV\"}", NotSignpost),
        ("Dear adviser, please help", NotSignpost),
        ("https://example.org/x", NotSignpost),
        (
            "{\"schema_version\": 1}",
            Field {
                field: "schema_version".into(),
                problem: "not text: 1".into(),
            },
        ),
        (
            "{\"schema_version\": \"one\"}",
            BadVersion {
                version: "one".into(),
            },
        ),
        (
            "{\"schema_version\": \"0.9.0\"}",
            BadVersion {
                version: "0.9.0".into(),
            },
        ),
        (
            "SIGNPOST/one\nREF:x",
            BadVersion {
                version: "one".into(),
            },
        ),
        (
            "SIGNPOST/1\nREF:SP-4K7M-Q2XD",
            QrMissing { key: "TIER".into() },
        ),
        ("SIGNPOST/1\nTIER:urgent", QrMissing { key: "REF".into() }),
        (
            "SIGNPOST/1\nREF:SP-4K7M-Q2XD\nTIER:urgent\nhello there",
            QrLine {
                line: 4,
                text: "hello there".into(),
            },
        ),
        (
            "SIGNPOST/1\nREF:SP-4K7M-Q2XD\nTIER:very",
            QrValue {
                line: 3,
                key: "TIER".into(),
                value: "very".into(),
            },
        ),
        (
            "SIGNPOST/1\nREF:a\nTIER:urgent\nDUE:2026-13-01=eviction",
            QrValue {
                line: 4,
                key: "DUE".into(),
                value: "2026-13-01=eviction".into(),
            },
        ),
        (
            "SIGNPOST/1\nREF:a\nTIER:urgent\nIN:lots",
            QrValue {
                line: 4,
                key: "IN".into(),
                value: "lots".into(),
            },
        ),
        (
            "SIGNPOST/1\nREF:a\nTIER:urgent\nMSG:maybe",
            QrValue {
                line: 4,
                key: "MSG".into(),
                value: "maybe".into(),
            },
        ),
    ];
    for (text, expected) in text_cases {
        assert_eq!(read_text(text).unwrap_err(), expected, "{text}");
    }
    // A camera app that capitalises everything still gives a readable head.
    assert_eq!(
        qr_of(read_text("signpost/1\nREF:a\nTIER:referral")).reference,
        "a"
    );
}

/// Every error's message exists in English and Welsh, with its details filled in.
#[test]
fn every_error_has_a_message_in_english_and_welsh() {
    use OpenError::*;
    let c = content();
    let errors = [
        Empty,
        TooLarge { bytes: 2_000_000 },
        NotText,
        NotJson { line: 3, column: 9 },
        NotSignpost,
        Newer {
            version: "2.0.0".into(),
        },
        BadVersion {
            version: "x".into(),
        },
        Field {
            field: "needs[2]".into(),
            problem: "missing field `label_en`".into(),
        },
        QrLine {
            line: 4,
            text: "hello".into(),
        },
        QrValue {
            line: 3,
            key: "TIER".into(),
            value: "very".into(),
        },
        QrMissing { key: "REF".into() },
    ];
    for locale in ["en-GB", "cy"] {
        let t = Translator::new(&c, locale);
        let mut seen = std::collections::BTreeSet::new();
        for e in &errors {
            for from in [Entrance::File, Entrance::Text] {
                let (id, args) = e.message(from);
                assert!(t.has(id) && !t.is_fallback(id), "{locale}: {id}");
                let text = t.text_with(id, &args);
                assert!(!text.contains('{'), "{locale}: {id}: {text}");
                for (_, value) in &args {
                    assert!(
                        text.contains(value.as_str()),
                        "{locale}: {id} lacks {value}"
                    );
                }
                seen.insert(text);
            }
        }
        // The file and the text are told apart where it matters.
        assert!(seen.len() >= errors.len() + 3, "{locale}");
    }
}

#[test]
fn the_member_sees_the_persons_words_marked_with_their_language_beside_english() {
    let c = content();
    let s: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    let t = Translator::new(&c, "en-GB");
    let doc = summary_document_for(&t, &s, Reader::Member);
    fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Inline>, changes: &mut usize) {
        for b in blocks {
            match b {
                Block::Section { blocks, .. } => walk(blocks, out, changes),
                Block::HeadingWithChange { change, .. } => *changes += change.is_some() as usize,
                Block::Paragraph { text, .. } | Block::Text(text) => out.extend(text),
                Block::List { items, .. } => items.iter().for_each(|i| {
                    out.extend(&i.text);
                    walk(&i.blocks, out, changes)
                }),
                Block::Rows(rows) => rows.iter().for_each(|r| {
                    out.extend(&r.key);
                    walk(&r.value, out, changes)
                }),
                Block::Heading { .. } => {}
            }
        }
    }
    let (mut inlines, mut changes) = (Vec::new(), 0);
    walk(&doc, &mut inlines, &mut changes);
    assert_eq!(changes, 0, "a member cannot change the person's answers");
    let welsh = inlines
        .iter()
        .find_map(|i| match i {
            Inline::Lang { lang, text } if text == &s.needs[0].label => Some(lang),
            _ => None,
        })
        .expect("the first need, in Welsh, marked");
    assert_eq!(welsh, "cy");
    assert!(inlines.contains(&&Inline::English(format!("({})", s.needs[0].label_en))));
    let examples = s.members.iter().filter(|m| m.example).count();
    assert!(examples > 0);
    let tags = inlines
        .iter()
        .filter(|i| **i == &Inline::Tag("Example – does not exist, do not contact".into()))
        .count();
    assert_eq!(tags, examples);
    // The person's own page is as it was: their language unmarked, with Change links.
    let own = summary_document(&Translator::new(&c, "cy"), &s);
    let (mut inlines, mut changes) = (Vec::new(), 0);
    walk(&own, &mut inlines, &mut changes);
    assert!(changes > 0);
    assert!(!inlines.iter().any(|i| matches!(i, Inline::Lang { .. })));
}

#[test]
fn dates_say_how_far_away_they_are() {
    let c = content();
    let today = Date::new(2026, 11, 23).unwrap();
    let d = |n| today.add_days(n);
    let en = Translator::new(&c, "en-GB");
    assert_eq!(days_from_today(&en, today, d(0)), "today");
    assert_eq!(days_from_today(&en, today, d(1)), "in 1 day");
    assert_eq!(days_from_today(&en, today, d(21)), "in 21 days");
    assert_eq!(days_from_today(&en, today, d(-3)), "3 days ago");
    let cy = Translator::new(&c, "cy");
    assert_eq!(days_from_today(&cy, today, d(3)), "mewn 3 diwrnod");
    assert_eq!(days_from_today(&cy, today, d(-1)), "1 diwrnod yn ôl");
}

#[test]
fn a_qr_text_is_shown_in_the_pages_words() {
    let c = content();
    let s: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    let mut text = qr_text(&s, QR_MAX_BYTES).text;
    text.push_str("\nMEMBERS:carrick-way-money-advice,no-such-service");
    let q = qr_of(read_text(&text));
    let t = Translator::new(&c, "en-GB");
    let doc = qr_document(&t, &c, &q);
    let words = all_text(&doc);
    for expected in [
        "SP-99M0-6Z28",
        "Act today",
        "Bailiffs visiting or threatened",
        "Morwenna Quillerby",
        "Keeping the children at the same school",
        "Example – does not exist, do not contact",
        "no-such-service",
        "(not in this copy's list of services)",
        "Short by",
    ] {
        assert!(
            words.iter().any(|w| w.contains(expected)),
            "{expected} missing from {words:#?}"
        );
    }
}

#[test]
fn the_dates_to_act_by_are_set_apart_with_how_far_away_each_is() {
    let c = content();
    let t = Translator::new(&c, "en-GB");
    let today = Date::new(2026, 11, 23).unwrap();
    let opened = read_text(&example_text()).unwrap();
    let words = all_text(&due_dates(&t, &c, today, &opened)).join("\n");
    assert!(words.starts_with("Dates to act by\n"), "{words}");
    assert!(words.contains("(in 3 days)"), "{words}");
    assert!(words.contains("Ymweliad y beilïaid"), "{words}");
    assert!(words.contains("(Bailiffs' visit)"), "{words}");
    let s: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    let qr = read_text(&qr_text(&s, QR_MAX_BYTES).text).unwrap();
    let words = all_text(&due_dates(&t, &c, today, &qr)).join("\n");
    assert!(words.contains("(in 21 days)"), "{words}");
    assert!(words.contains("Court papers"), "{words}");
    // None: nothing is set apart.
    let none = read_text("SIGNPOST/1\nREF:SP-4K7M-Q2XD\nTIER:referral").unwrap();
    assert!(due_dates(&t, &c, today, &none).is_empty());
}
