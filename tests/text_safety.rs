//! What people type (or tampered storage holds) stays what it is: it cannot forge a section
//! of the plain-text summary, control and bidi override characters never reach what is kept
//! or passed on, and amounts cannot make a money total wrap around or panic.

use serde_json::{json, Value};
use signpost::engine::answer::{parse_input, Input};
use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::evaluate::evaluate;
use signpost::engine::referral::{
    Consent, ContactDetails, ContactMethod, Debt, Finances, FixedItem, FlexibleItem, IncomeItem,
    ReferralDetails, CONSENT_WORDING_VERSION,
};
use signpost::engine::saved::{restore, SavedState};
use signpost::engine::OptionId;
use signpost::engine::{record_answer, Answer, Answers, Content, Date, Evaluation, NodeId};
use signpost::referral::forms::contact::{parse_contact, ContactForm};
use signpost::referral::forms::debts::{parse_debt, DebtForm};
use signpost::referral::forms::own_words::{parse_adviser_notes, parse_what_matters};
use signpost::referral::storage::{restore_referral, SavedReferral};
use signpost::referral::summary::{
    build_summary, email_body, plain_text, qr_text, ReferralSummary, SummaryInput, QR_MAX_BYTES,
};
use signpost::words::i18n::Translator;
use std::path::PathBuf;

fn content() -> Content {
    signpost::content::embedded().unwrap_or_else(|e| panic!("invalid content:\n{e}"))
}

/// An urgent referral with deadlines, contact details, money and debts.
fn ran(c: &Content) -> (Evaluation, Answers) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios/urgent-bailiffs-court-and-eviction-dates.json");
    let s = Scenario::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let r = scenario::run(c, &s, None).unwrap();
    let ev = evaluate(c, &r.answers, s.today.unwrap()).unwrap();
    (ev, r.answers)
}

fn details() -> ReferralDetails {
    ReferralDetails {
        consent: Some(Consent {
            contact: true,
            household_money: true,
            health_safety: true,
            recorded_at: "2026-11-23T10:14:00Z".into(),
            wording_version: CONSENT_WORDING_VERSION.into(),
        }),
        contact: Some(ContactDetails {
            name: "Morwenna Quillerby".into(),
            method: Some(ContactMethod::Phone),
            phone: "07700 900417".into(),
            email: "m.quillerby@example.net".into(),
            safe_times: "Weekday mornings".into(),
            leave_message: Some(false),
            language: "Cornish".into(),
            access_needs: "Large print".into(),
        }),
        area: Some("Truro".into()),
        what_matters: "Keeping the children at the same school".into(),
        finances: Some(Finances::Quick {
            income: 150_000,
            fixed_costs: 90_000,
            flexible_costs: 70_050,
        }),
        debts: vec![
            Debt {
                kind: OptionId::new("council-tax"),
                owed_to: "Zedshire Council".into(),
                amount: 120_050,
                arrears: Some(40_000),
            },
            Debt {
                kind: OptionId::new("cards"),
                owed_to: "Quokka Bank".into(),
                amount: 350_000,
                arrears: None,
            },
        ],
        ..Default::default()
    }
}

fn summary(c: &Content, d: &ReferralDetails, locale: &str) -> ReferralSummary {
    let (evaluation, answers) = ran(c);
    build_summary(&SummaryInput {
        content: c,
        evaluation: &evaluation,
        answers: &answers,
        details: d,
        locale,
        created_at: "2026-11-23T10:15:00Z",
        reference: "SP-0000-0000",
    })
    .expect("a summary")
}

// ----- 1. nothing typed can forge a section of the plain text ------------------------------

/// The headings `plain_text` writes, as it writes them (English: no second language beside).
const HEADING_IDS: [&str; 10] = [
    "summary-title",
    "summary-deadlines",
    "summary-needs",
    "summary-own-words",
    "adviser-notes-summary-heading",
    "summary-consent",
    "summary-contact",
    "summary-money",
    "summary-members",
    "summary-answers",
];

fn headings(c: &Content) -> Vec<String> {
    let en = Translator::new(c, "en-GB");
    HEADING_IDS
        .iter()
        .map(|id| en.text(id).to_uppercase())
        .collect()
}

/// How many lines of `text` are each heading, in `HEADING_IDS` order.
fn heading_counts(c: &Content, text: &str) -> Vec<usize> {
    headings(c)
        .iter()
        .map(|h| text.lines().filter(|l| l == h).count())
        .collect()
}

/// A line that looks exactly like a section: a blank line, a heading, a line under it.
fn forgery(heading: &str) -> String {
    format!("Fine.\n\n{heading}\nFORGED LINE\n\n")
}

#[track_caller]
fn assert_not_forged(c: &Content, real: &str, text: &str, what: &str) {
    assert_eq!(
        heading_counts(c, text),
        heading_counts(c, real),
        "{what}: a typed heading passes for a real one:\n{text}"
    );
    assert!(
        !text.lines().any(|l| l.starts_with("FORGED")),
        "{what}: typed text starts a line of its own:\n{text}"
    );
    // The summary's shape: a blank line comes only before a heading or the closing lines.
    let hs = headings(c);
    let lines: Vec<&str> = text.lines().collect();
    for w in lines.windows(2) {
        if w[0].is_empty() {
            assert!(
                hs.iter().any(|h| h == w[1]) || w[1].starts_with("Question set: "),
                "{what}: a blank line before {:?}:\n{text}",
                w[1]
            );
        }
    }
}

#[test]
fn own_words_and_notes_cannot_forge_a_heading() {
    let c = content();
    let d = details();
    let real = plain_text(&c, &summary(&c, &d, "en-GB"));
    for h in headings(&c) {
        let mut forged = d.clone();
        forged.what_matters = forgery(&h);
        let s = summary(&c, &forged, "en-GB");
        // The JSON keeps the words as written, line breaks and all.
        assert!(s.own_words.contains(&format!("\n\n{h}\nFORGED LINE")));
        assert_not_forged(&c, &real, &plain_text(&c, &s), "own words");
        assert_not_forged(&c, &real, &email_body(&c, &s), "email body");

        // The adviser's notes are quoted the same way: they only add their own heading.
        let mut noted = d.clone();
        noted.adviser_notes = "Seen at the hub.".into();
        let with_notes = plain_text(&c, &summary(&c, &noted, "en-GB"));
        noted.adviser_notes = forgery(&h);
        let s = summary(&c, &noted, "en-GB");
        assert_not_forged(&c, &with_notes, &plain_text(&c, &s), "adviser's notes");
    }
}

#[test]
fn one_line_values_with_line_breaks_stay_on_their_line() {
    let c = content();
    let d = details();
    let real = plain_text(&c, &summary(&c, &d, "en-GB"));
    let bad = forgery("ADVISER'S NOTES (WRITTEN BY THE ADVISER, NOT THE PERSON)");

    // From the details (tampered storage): the name, and every other one-line field.
    let mut tampered = d.clone();
    let contact = tampered.contact.as_mut().unwrap();
    contact.name = format!("Sam{bad}");
    contact.safe_times = bad.clone();
    contact.language = bad.clone();
    contact.access_needs = bad.clone();
    tampered.area = Some(bad.clone());
    tampered.debts[0].owed_to = bad.clone();
    let s = summary(&c, &tampered, "en-GB");
    assert_not_forged(&c, &real, &plain_text(&c, &s), "details");

    // A summary changed after it was built (every field `plain_text` shows that a person
    // or the device wrote).
    let mut s = summary(&c, &d, "en-GB");
    s.reference = bad.clone();
    s.created_at = bad.clone();
    s.consent.recorded_at = bad.clone();
    let contact = s.contact.as_mut().unwrap();
    for field in [
        &mut contact.name,
        &mut contact.phone,
        &mut contact.email,
        &mut contact.safe_times,
        &mut contact.language,
        &mut contact.access_needs,
    ] {
        *field = bad.clone();
    }
    contact.area = Some(bad.clone());
    s.debts.as_mut().unwrap().items[0].owed_to = bad.clone();
    s.answers[0].answer[0] = bad.clone();
    s.answers[0].answer_en[0] = format!("{bad}x");
    assert_not_forged(&c, &real, &plain_text(&c, &s), "summary");
}

#[test]
fn ordinary_words_still_read_naturally() {
    let c = content();
    let mut d = details();
    d.what_matters = "Keeping the children at the same school.\r\n\r\nAnd the car.".into();
    d.adviser_notes = "Seen at the hub. Please call first.".into();
    d.contact.as_mut().unwrap().access_needs = "Large print\nNo calls after 6".into();
    let s = summary(&c, &d, "en-GB");
    let text = plain_text(&c, &s);
    for part in [
        "WHAT MATTERS MOST TO THEM, IN THEIR OWN WORDS\n\
         > Keeping the children at the same school.\n\
         >\n\
         > And the car.\n\n",
        "ADVISER'S NOTES (WRITTEN BY THE ADVISER, NOT THE PERSON)\n\
         > Seen at the hub. Please call first.\n\n",
        "Name: Morwenna Quillerby\n",
        "Where they live: Truro\n",
        "Help with contact:\n> Large print\n> No calls after 6\n",
    ] {
        assert!(text.contains(part), "lacks {part:?}:\n{text}");
    }
    // A one-line access need stays on the label's line.
    let s = summary(&c, &details(), "en-GB");
    assert!(plain_text(&c, &s).contains("\nHelp with contact: Large print\n"));
}

// ----- 2. control and bidi override characters never get in --------------------------------

/// Characters nobody types on purpose, and ones that reorder how text displays.
const BAD: [char; 14] = [
    '\u{0}', '\u{7}', '\u{8}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{202A}', '\u{202B}',
    '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2069}',
];

fn has_bad(s: &str) -> bool {
    s.chars().any(|c| {
        BAD.contains(&c) || c == '\r' || c == '\t' || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

/// Every string in a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings(x, out)
        }),
        _ => {}
    }
}

#[test]
fn typed_answers_are_kept_without_control_characters() {
    let c = content();
    let q = c
        .question(&NodeId::new("help-most"))
        .expect("a text question");
    let typed = |text: &str| Input {
        text: text.into(),
        ..Input::default()
    };
    assert_eq!(
        parse_input(q, &typed("a\u{0}b\u{202E}c")),
        Ok(Answer::Text("abc".into()))
    );
    // The text box is one line: a pasted line break is a space; a tab is a space.
    assert_eq!(
        parse_input(q, &typed(" Keep\r\nmy\thome\u{7} ")),
        Ok(Answer::Text("Keep my home".into()))
    );
    // Right-to-left marks and every script stay.
    let arabic = "\u{200F}أريد المساعدة 123\u{200E}";
    assert_eq!(
        parse_input(q, &typed(arabic)),
        Ok(Answer::Text(arabic.into()))
    );

    // An answer recorded without the question page (any caller) is cleaned too.
    let mut answers = Answers::new();
    let today = Date::new(2026, 11, 23).unwrap();
    record_answer(
        &c,
        &mut answers,
        &NodeId::new("help-most"),
        Answer::Text("a\u{0}b\u{202E}c".into()),
        today,
    );
    assert_eq!(
        answers.get(&NodeId::new("help-most")),
        Some(&Answer::Text("abc".into()))
    );
}

#[test]
fn referral_fields_are_kept_without_control_characters() {
    let c = content();
    let form = ContactForm {
        name: "Sam\u{202E} Jones\u{0}".into(),
        method: "phone".into(),
        phone: "07700\u{202D} 900123\u{0}".into(),
        email: "sam\u{0}@example.org".into(),
        safe_times: "Mornings\r\nor evenings\u{1b}".into(),
        leave_message: "no".into(),
        language: "\u{2067}Polski\u{2069}".into(),
        access_needs: "Ramp\r\nplease\u{7}\rthanks".into(),
    };
    let got = parse_contact(&form).expect("valid once cleaned");
    assert_eq!(got.name, "Sam Jones");
    assert_eq!(got.phone, "07700 900123");
    assert_eq!(got.email, "sam@example.org");
    assert_eq!(got.safe_times, "Mornings or evenings");
    assert_eq!(got.language, "Polski");
    assert_eq!(got.access_needs, "Ramp\nplease\nthanks");

    assert_eq!(
        parse_what_matters(" Keep\u{0} my home\r\n\r\nand\u{202E} the car\t "),
        Ok("Keep my home\n\nand the car".into())
    );
    assert_eq!(
        parse_adviser_notes("Seen\u{0}\r\nat the hub\u{2066}"),
        Ok("Seen\nat the hub".into())
    );
    let debt = parse_debt(
        &c,
        &DebtForm {
            kind: "rent".into(),
            owed_to: "Cornwall\u{202E}\r\nHousing\u{0}".into(),
            amount: "100".into(),
            arrears: String::new(),
        },
    )
    .expect("valid once cleaned");
    assert_eq!(debt.owed_to, "Cornwall Housing");
}

#[test]
fn saved_answers_restore_clean() {
    let c = content();
    let mut answers = Answers::new();
    answers.insert(
        NodeId::new("help-most"),
        Answer::Text("a\u{0}b\u{202E}c\u{2066}".into()),
    );
    let text = serde_json::to_string(&SavedState::new(&c.version, 0.0, &answers)).unwrap();
    let r = restore(&c, &text);
    assert_eq!(r.dropped, 0);
    assert_eq!(
        r.answers.get(&NodeId::new("help-most")),
        Some(&Answer::Text("abc".into()))
    );
}

/// Details with control and override characters in every text field, as tampered storage
/// could hold them.
fn tampered_details() -> ReferralDetails {
    let mut d = details();
    let dirty = |s: &str| format!("\u{202E}{s}\u{0}\u{1b}\u{2066}\r\n\u{85}x\u{7f}");
    d.reference = Some(dirty("SP-1234-ABCD"));
    d.created_at = Some(dirty("2026-11-23T10:15:00Z"));
    let consent = d.consent.as_mut().unwrap();
    consent.recorded_at = dirty(&consent.recorded_at);
    let contact = d.contact.as_mut().unwrap();
    for field in [
        &mut contact.name,
        &mut contact.phone,
        &mut contact.email,
        &mut contact.safe_times,
        &mut contact.language,
        &mut contact.access_needs,
    ] {
        *field = dirty(field);
    }
    d.area = Some(dirty("Truro"));
    d.what_matters = dirty(&d.what_matters);
    d.adviser_notes = dirty("Seen at the hub");
    for debt in &mut d.debts {
        debt.owed_to = dirty(&debt.owed_to);
    }
    d
}

fn all_text(d: &ReferralDetails) -> Vec<String> {
    let mut out = Vec::new();
    strings(&serde_json::to_value(d).unwrap(), &mut out);
    out
}

#[test]
fn saved_referral_details_restore_clean() {
    let d = tampered_details();
    assert!(all_text(&d).iter().any(|s| has_bad(s)));
    let saved = serde_json::to_string(&SavedReferral::new(&d, 0.0)).unwrap();
    let back = restore_referral(&saved).expect("readable");
    for s in all_text(&back) {
        assert!(!has_bad(&s), "{s:?}");
    }
    let contact = back.contact.as_ref().unwrap();
    assert_eq!(contact.name, "Morwenna Quillerby x");
    // Text areas keep their line breaks, as line feeds.
    assert_eq!(contact.access_needs, "Large print\n\nx");
    assert_eq!(
        back.what_matters,
        "Keeping the children at the same school\n\nx"
    );
    assert_eq!(back.debts[0].owed_to, "Zedshire Council x");
}

#[test]
fn a_summary_of_tampered_details_passes_on_no_control_characters() {
    let c = content();
    let s = summary(&c, &tampered_details(), "ar");
    let mut json = Vec::new();
    strings(&serde_json::to_value(&s).unwrap(), &mut json);
    for t in &json {
        assert!(!has_bad(t), "JSON: {t:?}");
    }
    // Own words and notes keep line feeds; one-line values do not.
    assert_eq!(s.own_words, "Keeping the children at the same school\n\nx");
    assert_eq!(s.contact.as_ref().unwrap().name, "Morwenna Quillerby x");
    let text = plain_text(&c, &s);
    assert!(!has_bad(&text), "plain text: {text:?}");
    let qr = qr_text(&s, QR_MAX_BYTES).text;
    assert!(!has_bad(&qr), "QR: {qr:?}");
}

// ----- 3. money totals cannot wrap around -----------------------------------------------------

#[test]
fn totals_of_huge_amounts_neither_wrap_nor_panic() {
    for (income, fixed, flexible) in [
        (i64::MAX, i64::MAX, i64::MAX),
        (0, i64::MAX, 1),
        (i64::MIN, i64::MIN, i64::MIN),
        (0, i64::MIN, i64::MAX),
    ] {
        let quick = Finances::Quick {
            income,
            fixed_costs: fixed,
            flexible_costs: flexible,
        };
        let t = quick.totals();
        if fixed >= 0 && flexible >= 0 {
            assert!(t.spending >= 0, "{t:?}");
        }
        if fixed < 0 && flexible < 0 {
            assert!(t.spending < 0, "{t:?}");
        }
        if income >= 0 && t.spending >= 0 {
            assert!(t.surplus <= income, "{t:?}");
        }
    }
    let detailed = Finances::Detailed {
        income: [(IncomeItem::Earnings, i64::MAX), (IncomeItem::Benefits, 5)].into(),
        fixed_costs: [
            (FixedItem::HomeContents, i64::MAX),
            (FixedItem::Utilities, i64::MAX),
        ]
        .into(),
        flexible_costs: [(FlexibleItem::Personal, i64::MAX)].into(),
    };
    let t = detailed.totals();
    assert!(t.income > 0 && t.fixed_costs > 0 && t.spending > 0, "{t:?}");
}

#[test]
fn a_summary_leaves_out_amounts_nobody_could_have_typed() {
    let c = content();
    for bad in [i64::MAX, i64::MIN, -1, 10_000_000_001] {
        let mut d = details();
        d.finances = Some(Finances::Quick {
            income: 150_000,
            fixed_costs: bad,
            flexible_costs: bad,
        });
        d.debts[0].arrears = Some(bad);
        d.debts.push(Debt {
            kind: OptionId::new("rent"),
            owed_to: "Tampered".into(),
            amount: bad,
            arrears: None,
        });
        d.debts.push(Debt {
            kind: OptionId::new("cards"),
            owed_to: "Tampered too".into(),
            amount: bad,
            arrears: None,
        });
        let s = summary(&c, &d, "en-GB");
        let debts = s.debts.as_ref().unwrap();
        assert_eq!(
            debts.items.len(),
            2,
            "{bad}: the tampered debts are left out"
        );
        assert_eq!(debts.priority_total_pence, 120_050);
        assert_eq!(debts.total_pence, 470_050);
        assert_eq!(debts.items[0].arrears_pence, None);
        assert!(
            s.money.is_none(),
            "{bad}: tampered quick totals are left out"
        );
        let _ = plain_text(&c, &s);
        let _ = qr_text(&s, QR_MAX_BYTES);
    }

    // A summary changed after it was built (or read back from its JSON) still prints.
    let mut d = details();
    d.finances = Some(Finances::Quick {
        income: 0,
        fixed_costs: 1,
        flexible_costs: 0,
    });
    let mut s = summary(&c, &d, "en-GB");
    let money = s.money.as_mut().unwrap();
    money.surplus_pence = i64::MIN;
    money.income_pence = i64::MIN;
    s.debts.as_mut().unwrap().total_pence = i64::MIN;
    s.debts.as_mut().unwrap().items[0].amount_pence = i64::MAX;
    let text = plain_text(&c, &s);
    assert!(
        text.contains("Short by: £92,233,720,368,547,758.07"),
        "{text}"
    );
    assert!(!qr_text(&s, QR_MAX_BYTES).text.is_empty());
}

#[test]
fn restored_details_drop_amounts_out_of_range() {
    let d = details();
    let mut v: Value =
        serde_json::from_str(&serde_json::to_string(&SavedReferral::new(&d, 0.0)).unwrap())
            .unwrap();
    v["details"]["finances"] = json!({
        "route": "detailed",
        "income": {"earnings": i64::MAX, "benefits": 41_250},
        "fixed_costs": {"home-contents": i64::MIN, "utilities": 18_000},
        "flexible_costs": {"personal": 10_000_000_001i64, "savings": 10_000_000_000i64},
    });
    v["details"]["debts"] = json!([
        {"kind": "rent", "owed_to": "A", "amount": i64::MAX},
        {"kind": "rent", "owed_to": "B", "amount": i64::MIN},
        {"kind": "rent", "owed_to": "C", "amount": -5},
        {"kind": "cards", "owed_to": "D", "amount": 1_000, "arrears": i64::MAX},
        {"kind": "cards", "owed_to": "E", "amount": 2_000, "arrears": 500},
    ]);
    let back = restore_referral(&v.to_string()).expect("readable");
    assert_eq!(
        back.finances,
        Some(Finances::Detailed {
            income: [(IncomeItem::Benefits, 41_250)].into(),
            fixed_costs: [(FixedItem::Utilities, 18_000)].into(),
            flexible_costs: [(FlexibleItem::Savings, 10_000_000_000)].into(),
        })
    );
    let owed: Vec<(&str, i64, Option<i64>)> = back
        .debts
        .iter()
        .map(|x| (x.owed_to.as_str(), x.amount, x.arrears))
        .collect();
    assert_eq!(owed, vec![("D", 1_000, None), ("E", 2_000, Some(500))]);

    // Quick totals cannot lose one of the three: a bad one drops them all.
    v["details"]["finances"] =
        json!({"route": "quick", "income": 1, "fixed_costs": i64::MAX, "flexible_costs": 1});
    assert_eq!(restore_referral(&v.to_string()).unwrap().finances, None);
}

#[test]
fn saved_money_answers_out_of_range_are_dropped() {
    let c = content();
    // The debt question's page refuses these, so a save holding them was changed.
    for bad in [i64::MAX, i64::MIN, 10_000_000_001] {
        let mut answers = Answers::new();
        answers.insert(NodeId::new("debt-total"), Answer::Money(bad));
        let text = serde_json::to_string(&SavedState::new(&c.version, 0.0, &answers)).unwrap();
        let r = restore(&c, &text);
        assert_eq!((r.answers.len(), r.dropped), (0, 1), "{bad}");
    }
}
