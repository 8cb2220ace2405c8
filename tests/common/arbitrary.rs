//! Arbitrary JSON for the property tests of the saved formats: whatever a device could
//! hold must be read without a panic.

use proptest::prelude::*;
use serde_json::Value;

/// Arbitrary JSON, up to a few levels deep.
pub fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("choice"),
            Just("choices"),
            Just("money"),
            Just("date"),
            Just("number"),
            Just("text"),
            Just("2026-11-23"),
            Just("yes"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::btree_map(
                prop_oneof![Just("type".to_owned()), Just("value".to_owned()), ".{0,6}"],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Characters that matter to JSON, and some that do not.
pub fn arb_char() -> impl Strategy<Value = char> {
    prop_oneof![
        proptest::sample::select(vec![
            '{', '}', '[', ']', '"', ':', ',', '\\', '0', '1', '9', '-', '.', 'e', ' ', 'n', 't',
            'y', 'x'
        ]),
        any::<char>(),
    ]
}

/// `text` with each edit made in turn: at the fraction `at` of its length, kind 0 replaces a
/// character with `ch`, 1 inserts `ch`, 2 removes one (or, past the end, appends `ch`).
pub fn mutated(text: &str, edits: Vec<(f64, u8, char)>) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, kind, ch) in edits {
        let i = ((chars.len() as f64) * at) as usize;
        match kind {
            0 if i < chars.len() => chars[i] = ch,
            1 => chars.insert(i.min(chars.len()), ch),
            _ if i < chars.len() => {
                chars.remove(i);
            }
            _ => chars.push(ch),
        }
    }
    chars.into_iter().collect()
}
