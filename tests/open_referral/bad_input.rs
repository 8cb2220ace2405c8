//! Bad input: each wrong field named (and rejected by the schema too), input that is not a
//! summary, and every error's message in each language.

use super::*;

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

/// Every error's message exists in each language, with its details filled in.
#[test]
fn every_error_has_a_message_in_every_language() {
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
    // Welsh is required; Polish and Arabic are drafted too.
    for locale in ["en-GB", "cy", "pl", "ar"] {
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
