//! Reading the answers saved on the device: whatever still fits the content is kept, the
//! rest is dropped and counted, and nothing a device could hold makes `restore` panic.

mod common;
use common::arbitrary::{arb_char, arb_json, mutated};
use common::content::ContentBuilder;
use common::Samples;
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use signpost::engine::answer::answer_fits;
use signpost::engine::model::InputType;
use signpost::engine::saved::{restore, Restored, SavedState, SCHEMA};
use signpost::engine::{evaluate, Answer, Answers, Content, Date, NodeId, Question, Step};
use std::collections::BTreeMap;
use std::sync::OnceLock;

// ----- the real content, and valid answers to it ---------------------------------------------

fn real() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| signpost::content::embedded().expect("the embedded content is valid"))
}

fn today() -> Date {
    Date::parse_iso("2026-11-23").unwrap()
}

/// An answer the question accepts; `pick` varies it.
fn sample_answer(q: &Question, pick: usize) -> Answer {
    common::sample_answer(
        q,
        pick,
        &Samples {
            pounds: &[0, 50, 999, 5000],
            today: today(),
            days: (20, 5),
            text: |p| format!("Some words, \"quoted\" \\ {p} £ ✓"),
        },
    )
}

/// The answers a person would give along one path of the real content, to an outcome.
fn path_answers(seed: usize) -> Answers {
    let c = real();
    let mut a = Answers::new();
    for i in 0..=c.nodes.len() {
        match evaluate(c, &a, today()).unwrap().step {
            Step::Outcome(_) => return a,
            Step::Question(q) => {
                let pick = seed.wrapping_mul(7).wrapping_add(i * (seed + 1));
                a.insert(q.clone(), sample_answer(c.question(&q).unwrap(), pick));
            }
        }
    }
    panic!("no outcome");
}

/// The longest of a few paths, so a save holds many answers.
fn many_answers() -> Answers {
    (0..20).map(path_answers).max_by_key(|a| a.len()).unwrap()
}

fn save_json(tree_version: &str, answers: &Answers) -> String {
    serde_json::to_string(&SavedState::new(tree_version, 1_790_000_000_000.0, answers)).unwrap()
}

fn valid_save() -> String {
    save_json(&real().version, &many_answers())
}

/// Every answer kept fits its question, as the content defines it now.
fn assert_kept_answers_fit(r: &Restored) {
    for (q, a) in &r.answers {
        let question = real()
            .question(q)
            .unwrap_or_else(|| panic!("kept an answer for \"{q}\", which is not a question"));
        assert!(answer_fits(question, a), "kept {a:?} for \"{q}\"");
    }
}

fn corrupted(r: &Restored) -> bool {
    r.corrupted && r.answers.is_empty() && r.dropped == 0 && r.saved_at.is_none()
}

// ----- examples ----------------------------------------------------------------------------

#[test]
fn a_valid_save_round_trips() {
    let c = real();
    let answers = many_answers();
    assert!(answers.len() >= 8, "only {} answers", answers.len());
    let r = restore(c, &save_json(&c.version, &answers));
    assert_eq!(
        r,
        Restored {
            answers: answers.clone(),
            saved_at: Some(1_790_000_000_000.0),
            dropped: 0,
            corrupted: false,
            content_changed: false,
        }
    );
    // The restored answers lead to the same place.
    assert_eq!(
        evaluate(c, &r.answers, today()).unwrap(),
        evaluate(c, &answers, today()).unwrap()
    );
    // The saved layout is the struct's own serde form.
    let state: SavedState = serde_json::from_str(&save_json(&c.version, &answers)).unwrap();
    assert_eq!(state.schema, SCHEMA);
    assert_eq!(state.answers, answers);
}

#[test]
fn every_valid_path_round_trips() {
    let c = real();
    for seed in 0..50 {
        let answers = path_answers(seed);
        let r = restore(c, &save_json(&c.version, &answers));
        assert_eq!(r.answers, answers, "seed {seed}");
        assert_eq!(
            (r.dropped, r.corrupted, r.content_changed),
            (0, false, false)
        );
    }
}

#[test]
fn a_save_from_another_tree_version_keeps_the_answers_that_fit() {
    let c = real();
    let answers = many_answers();
    let r = restore(c, &save_json("0123456789abcdef", &answers));
    assert!(r.content_changed);
    assert!(!r.corrupted);
    assert_eq!(r.dropped, 0);
    assert_eq!(r.answers, answers);

    // Without any tree version, too.
    let mut v: Value = serde_json::from_str(&valid_save()).unwrap();
    v.as_object_mut().unwrap().remove("tree_version");
    let r = restore(c, &v.to_string());
    assert!(r.content_changed);
    assert!(!r.corrupted);
    assert_eq!(r.answers, answers);
}

#[test]
fn answers_that_no_longer_fit_are_dropped_and_counted() {
    let c = real();
    let answers = many_answers();
    let mut v: Value = serde_json::from_str(&save_json("an-older-version", &answers)).unwrap();
    let raw = v["answers"].as_object_mut().unwrap();
    let choice_q = c
        .questions()
        .find(|q| q.input == InputType::SingleChoice)
        .unwrap()
        .id
        .to_string();
    let multi_q = c
        .questions()
        .find(|q| q.input == InputType::MultipleChoice)
        .unwrap()
        .id
        .to_string();
    let money_q = c
        .questions()
        .find(|q| q.input == InputType::Money)
        .unwrap()
        .id
        .to_string();
    let outcome = c.outcomes().next().unwrap().id.to_string();
    // Each of these replaces or adds one answer.
    let bad: Vec<(String, Value)> = vec![
        (
            "a-question-since-removed".into(),
            json!({"type": "choice", "value": "yes"}),
        ),
        (outcome, json!({"type": "choice", "value": "yes"})),
        (
            choice_q.clone(),
            json!({"type": "choice", "value": "an-option-since-removed"}),
        ),
        (
            multi_q.clone(),
            json!({"type": "choices", "value": ["an-option-since-removed"]}),
        ),
        (
            money_q.clone(),
            json!({"type": "text", "value": "wrong kind"}),
        ),
    ];
    for (q, a) in &bad {
        raw.insert(q.clone(), a.clone());
    }
    let r = restore(c, &v.to_string());
    assert!(!r.corrupted);
    assert!(r.content_changed);
    assert_eq!(r.dropped, bad.len());
    let mut expected = answers.clone();
    for q in [&choice_q, &multi_q, &money_q] {
        expected.remove(&NodeId::from(q.as_str()));
    }
    assert_eq!(r.answers, expected);
}

#[test]
fn answers_that_are_not_answers_are_dropped_and_counted() {
    let c = real();
    let q = c.start().unwrap().to_string();
    for junk in [
        json!(null),
        json!(3),
        json!("yes"),
        json!(["yes"]),
        json!({}),
        json!({"type": "choice"}),
        json!({"type": "choice", "value": 3}),
        json!({"type": "nonsense", "value": "yes"}),
        json!({"type": "money", "value": 1.5}),
        json!({"type": "money", "value": 1e300}),
        json!({"type": "date", "value": "2026-02-30"}),
        json!({"type": "date", "value": "yesterday"}),
        json!({"type": "choices", "value": []}),
        json!({"type": "text", "value": "   "}),
    ] {
        let text = json!({"schema": SCHEMA, "tree_version": c.version, "saved_at": 1,
                          "answers": {q.as_str(): junk}})
        .to_string();
        let r = restore(c, &text);
        assert!(!r.corrupted, "{text}");
        assert_eq!(r.dropped, 1, "{text}");
        assert!(r.answers.is_empty(), "{text}");
    }
}

#[test]
fn an_empty_save_is_fine() {
    let c = real();
    let r = restore(c, &save_json(&c.version, &Answers::new()));
    assert_eq!(
        (r.corrupted, r.dropped, r.content_changed),
        (false, 0, false)
    );
    assert!(r.answers.is_empty());
}

#[test]
fn a_save_in_another_layout_is_corrupted() {
    let c = real();
    let base: Value = serde_json::from_str(&valid_save()).unwrap();
    for schema in [
        json!(0),
        json!(SCHEMA + 1),
        json!("1"),
        json!(1.5),
        json!(-1),
        json!(null),
    ] {
        let mut v = base.clone();
        v["schema"] = schema.clone();
        assert!(corrupted(&restore(c, &v.to_string())), "schema {schema}");
    }
    let mut v = base.clone();
    v.as_object_mut().unwrap().remove("schema");
    assert!(corrupted(&restore(c, &v.to_string())), "no schema");
}

#[test]
fn text_that_is_not_a_save_is_corrupted() {
    let c = real();
    let cases = [
        "",
        " ",
        "not json",
        "{",
        "}",
        "{\"schema\":1,",
        "null",
        "true",
        "42",
        "\"a string\"",
        "[]",
        "[{\"schema\":1,\"answers\":{}}]",
        "{}",
        "{\"schema\":1}",
        "{\"schema\":1,\"answers\":[]}",
        "{\"schema\":1,\"answers\":null}",
        "{\"schema\":1,\"answers\":\"safe-now\"}",
        "{\"schema\":1,\"answers\":{}} trailing",
        "\u{feff}{\"schema\":1,\"answers\":{}}",
    ];
    for text in cases {
        assert!(corrupted(&restore(c, text)), "{text:?}");
    }
    // Deeply nested JSON: serde_json's recursion limit, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(corrupted(&restore(c, &deep)));
    let deep_answer = format!(
        "{{\"schema\":1,\"answers\":{{\"safe-now\":{}{}}}}}",
        "{\"a\":".repeat(10_000),
        "}".repeat(10_000)
    );
    assert!(restore(c, &deep_answer).corrupted);
}

#[test]
fn every_prefix_of_a_save_is_corrupted_and_none_panics() {
    let c = real();
    let text = valid_save();
    for (end, _) in text.char_indices() {
        let r = restore(c, &text[..end]);
        // A proper prefix of a JSON object is never complete JSON.
        assert!(corrupted(&r), "prefix of {end} bytes was read: {r:?}");
    }
    assert!(!restore(c, &text).corrupted);
}

/// Every single character of a valid save changed in turn: many of the changed saves are still
/// JSON (a changed option id, date, amount or key), so this reaches the answer-by-answer
/// checks, not only the "corrupted" path.
#[test]
fn every_single_character_change_keeps_only_fitting_answers() {
    let c = real();
    let text = valid_save();
    let total = answer_count(&text).unwrap();
    let mut read = 0;
    let mut with_drops = 0;
    for (i, _) in text.char_indices() {
        for replacement in ['x', '9', '"', '-'] {
            let mut changed = text.clone();
            let len = changed[i..].chars().next().unwrap().len_utf8();
            changed.replace_range(i..i + len, &replacement.to_string());
            let r = restore(c, &changed);
            if r.corrupted {
                assert!(corrupted(&r));
                continue;
            }
            read += 1;
            assert_kept_answers_fit(&r);
            assert_eq!(Some(r.answers.len() + r.dropped), answer_count(&changed));
            assert!(r.answers.len() + r.dropped <= total);
            if r.dropped > 0 {
                with_drops += 1;
            }
        }
    }
    assert!(read > 100, "only {read} changed saves were read");
    assert!(
        with_drops > 10,
        "only {with_drops} changed saves dropped an answer"
    );
}

#[test]
fn a_bad_saved_at_is_ignored_but_the_answers_are_kept() {
    let c = real();
    let answers = many_answers();
    let base: Value = serde_json::from_str(&save_json(&c.version, &answers)).unwrap();
    for t in [json!(-5), json!("yesterday"), json!(null), json!([1])] {
        let mut v = base.clone();
        v["saved_at"] = t.clone();
        let r = restore(c, &v.to_string());
        assert_eq!(r.saved_at, None, "{t}");
        assert_eq!(r.answers, answers, "{t}");
        assert!(!r.corrupted);
    }
}

// ----- answers the question pages would refuse -------------------------------------------------

/// A small valid content set with limits on its answers.
fn limited() -> Content {
    let nodes = json!({"nodes": [
        {"kind": "question", "id": "children", "type": "number", "title": "q-children",
         "min": 0, "max": 20, "next": [{"goto": "debts"}]},
        {"kind": "question", "id": "debts", "type": "multiple_choice", "title": "q-debts",
         "options": [{"id": "rent", "label": "q-debts-rent"}, {"id": "card", "label": "q-debts-card"},
                     {"id": "none", "label": "q-debts-none", "exclusive": true}],
         "next": [{"goto": "owed"}]},
        {"kind": "question", "id": "owed", "type": "money", "title": "q-owed",
         "min": 10, "max": 100, "next": [{"goto": "words"}]},
        {"kind": "question", "id": "words", "type": "text", "title": "q-words",
         "max_length": 10, "next": [{"goto": "end"}]},
        {"kind": "outcome", "id": "end", "tier": "self-help", "title": "o-end",
         "summary": "o-end-summary"}
    ]});
    let nodes = nodes["nodes"].as_array().unwrap().clone();
    ContentBuilder::new("children", nodes).valid()
}

#[test]
fn answers_within_the_limits_are_kept() {
    let c = limited();
    let text = json!({"schema": SCHEMA, "tree_version": c.version, "saved_at": 0, "answers": {
        "children": {"type": "number", "value": 20},
        "debts": {"type": "choices", "value": ["rent", "card"]},
        "owed": {"type": "money", "value": 10_000},
        "words": {"type": "text", "value": "ten chars!"},
    }})
    .to_string();
    let r = restore(&c, &text);
    assert_eq!(r.dropped, 0);
    assert_eq!(r.answers.len(), 4);
    assert_eq!(
        evaluate(&c, &r.answers, today()).unwrap().step,
        Step::Outcome("end".into())
    );
}

/// `answer_fits` (src/engine/answer.rs) checks the kind of an answer and its options, but not
/// the limits the question page enforces: min and max, max_length, exclusive options. A
/// hand-edited save (or one from before the content tightened a limit) keeps such answers,
/// and evaluation then uses them as if a person could have entered them.
#[test]
fn answers_the_question_page_would_refuse_are_dropped() {
    let c = limited();
    let text = json!({"schema": SCHEMA, "tree_version": c.version, "saved_at": 0, "answers": {
        "children": {"type": "number", "value": -3},
        "debts": {"type": "choices", "value": ["rent", "none"]},
        "owed": {"type": "money", "value": 99_999_999},
        "words": {"type": "text", "value": "far more than ten characters"},
    }})
    .to_string();
    let r = restore(&c, &text);
    assert_eq!(r.answers, Answers::new(), "kept answers nobody could enter");
    assert_eq!(r.dropped, 4);
}

// ----- properties --------------------------------------------------------------------------

/// A question id of the real content, or not.
fn arb_key() -> impl Strategy<Value = String> {
    let ids: Vec<String> = real().nodes.iter().map(|n| n.id().to_string()).collect();
    prop_oneof![proptest::sample::select(ids), "[a-z-]{0,12}"]
}

/// How many entries the answers object of this JSON text has, if it is an object.
fn answer_count(text: &str) -> Option<usize> {
    match serde_json::from_str::<Value>(text).ok()? {
        Value::Object(m) => m.get("answers")?.as_object().map(Map::len),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let r = restore(real(), &String::from_utf8_lossy(&bytes));
        assert_kept_answers_fit(&r);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in ".{0,300}") {
        let r = restore(real(), &text);
        let opens_an_object = text.trim_start().starts_with('{');
        prop_assert!(r.corrupted || opens_an_object, "read {:?}", text);
        assert_kept_answers_fit(&r);
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        let r = restore(real(), &v.to_string());
        assert_kept_answers_fit(&r);
    }

    /// Saves of the right layout with arbitrary answers: each kept answer fits, and every
    /// answer is either kept or counted as dropped.
    #[test]
    fn arbitrary_answers_are_kept_only_when_they_fit(
        raw in proptest::collection::btree_map(arb_key(), arb_json(), 0..12),
        version in prop_oneof![Just(real().version.clone()), ".{0,16}"],
    ) {
        let n = raw.len();
        let text = json!({"schema": SCHEMA, "tree_version": version, "saved_at": 0,
                          "answers": raw}).to_string();
        let r = restore(real(), &text);
        prop_assert!(!r.corrupted);
        prop_assert_eq!(r.answers.len() + r.dropped, n);
        prop_assert_eq!(r.content_changed, version != real().version);
        assert_kept_answers_fit(&r);
        // Whatever was kept, evaluation gets through it.
        prop_assert!(evaluate(real(), &r.answers, today()).is_ok());
    }

    /// A valid save, cut short: never read, never a panic.
    #[test]
    fn a_truncated_save_never_panics(seed in 0usize..1000, cut in 0.0f64..1.0) {
        let text = save_json(&real().version, &path_answers(seed));
        let mut end = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        prop_assert!(corrupted(&restore(real(), &text[..end])));
    }

    /// A valid save with characters changed, added or removed: never a panic, and whenever it
    /// is still read, every answer kept fits its question and every answer is accounted for.
    #[test]
    fn a_mutated_save_never_panics_and_keeps_only_fitting_answers(
        seed in 0usize..1000,
        edits in proptest::collection::vec((0.0f64..1.0, 0u8..3, arb_char()), 1..6),
    ) {
        let text = mutated(&save_json(&real().version, &path_answers(seed)), edits);
        let r = restore(real(), &text);
        if r.corrupted {
            prop_assert!(corrupted(&r));
        } else {
            assert_kept_answers_fit(&r);
            prop_assert_eq!(Some(r.answers.len() + r.dropped), answer_count(&text));
            prop_assert!(evaluate(real(), &r.answers, today()).is_ok());
        }
    }

    /// Junk beside a valid save never costs a valid answer.
    #[test]
    fn junk_answers_never_cost_a_valid_one(
        seed in 0usize..1000,
        junk in proptest::collection::btree_map(arb_key(), arb_json(), 0..12),
        misfits in proptest::collection::vec((0usize..1000, 0u8..5), 0..6),
    ) {
        let c = real();
        let valid = path_answers(seed);
        let mut v: Value = serde_json::from_str(&save_json(&c.version, &valid)).unwrap();
        let raw = v["answers"].as_object_mut().unwrap();
        let mut added: BTreeMap<String, Value> = BTreeMap::new();
        // Arbitrary JSON under arbitrary keys (never a key the valid save uses).
        for (k, j) in junk {
            if !valid.contains_key(&NodeId::from(k.as_str())) {
                added.insert(k, j);
            }
        }
        // Answers of the right shape that do not fit questions the save does not answer.
        let unanswered: Vec<&Question> =
            c.questions().filter(|q| !valid.contains_key(&q.id)).collect();
        for (pick, kind) in misfits {
            if unanswered.is_empty() {
                break;
            }
            let q = unanswered[pick % unanswered.len()];
            let misfit = match (kind, q.input) {
                (0, InputType::Text) => json!({"type": "text", "value": " "}),
                (0, _) => json!({"type": "text", "value": "words"}),
                (1, InputType::SingleChoice | InputType::YesNo) =>
                    json!({"type": "choice", "value": "no-such-option"}),
                (1, InputType::MultipleChoice) =>
                    json!({"type": "choices", "value": ["no-such-option"]}),
                (1, InputType::Money) => json!({"type": "money", "value": -1}),
                (1, _) => json!({"type": "choices", "value": []}),
                (2, InputType::Date) => json!({"type": "money", "value": 1}),
                (2, _) => json!({"type": "date", "value": "2026-11-23"}),
                (3, _) => json!({"type": "choice", "value": {"nested": true}}),
                _ => json!(q.id.to_string()),
            };
            added.insert(q.id.to_string(), misfit);
        }
        for (k, j) in &added {
            raw.insert(k.clone(), j.clone());
        }
        let r = restore(c, &v.to_string());
        prop_assert!(!r.corrupted);
        prop_assert!(!r.content_changed);
        for (q, a) in &valid {
            prop_assert_eq!(r.answers.get(q), Some(a), "lost the answer to {}", q);
        }
        prop_assert_eq!(r.answers.len() + r.dropped, valid.len() + added.len());
        assert_kept_answers_fit(&r);
        // Junk that happens to fit an unanswered question is kept, but never changes where
        // the valid answers lead: they already reach an outcome.
        prop_assert_eq!(
            evaluate(c, &r.answers, today()).unwrap(),
            evaluate(c, &valid, today()).unwrap()
        );
    }
}
