//! The referral details saved beside the answers (`signpost::referral::storage`): they
//! round-trip, another layout is not read, and nothing a device could hold makes restoring
//! panic.

mod common;
use common::arbitrary::{arb_char, arb_json, mutated};
use proptest::prelude::*;
use serde_json::{json, Value};
use signpost::engine::ids::OptionId;
use signpost::engine::referral::{
    Consent, ContactDetails, ContactMethod, Debt, Finances, FixedItem, FlexibleItem, IncomeItem,
    ReferralDetails,
};
use signpost::referral::storage::{restore_referral, SavedReferral, REFERRAL_SCHEMA};
use std::collections::BTreeMap;

/// Details as the referral pages would save them; `seed` varies what is filled in.
pub fn details(seed: usize) -> ReferralDetails {
    // Text areas (own words, access needs, notes) may hold line breaks; the pages keep
    // other fields to one line, and restoring makes them so.
    let words = |n: usize| format!("Words {n}, \"quoted\" \\ £ ✓ ω\n{}", "x".repeat(n % 7));
    let line = |n: usize| words(n).replace('\n', " ");
    ReferralDetails {
        reference: (!seed.is_multiple_of(3)).then(|| format!("SP-{seed:04}-ABCD")),
        created_at: Some("2026-11-23T10:00:00.000Z".into()),
        consent: Some(Consent {
            contact: seed & 1 == 1,
            household_money: seed & 2 == 2,
            health_safety: seed & 4 == 4,
            recorded_at: "2026-11-23T10:00:00.000Z".into(),
            wording_version: "consent-1".into(),
        }),
        contact: (seed & 1 == 1).then(|| ContactDetails {
            name: line(seed),
            method: [None, Some(ContactMethod::Phone), Some(ContactMethod::Email)][seed % 3],
            phone: "07700 900123".into(),
            email: if seed.is_multiple_of(2) {
                String::new()
            } else {
                "sam@example.org".into()
            },
            safe_times: line(seed + 1),
            leave_message: [None, Some(true), Some(false)][seed % 3],
            language: "Polski".into(),
            access_needs: words(seed + 2),
        }),
        area: (!seed.is_multiple_of(4)).then(|| "Truro".into()),
        what_matters: words(seed + 3),
        finances: match seed % 3 {
            0 => None,
            1 => Some(Finances::Quick {
                income: 150_000 + seed as i64,
                fixed_costs: 90_000,
                flexible_costs: 70_050,
            }),
            _ => Some(Finances::Detailed {
                income: BTreeMap::from([(IncomeItem::Earnings, 120_000 + seed as i64)]),
                fixed_costs: BTreeMap::from([
                    (FixedItem::HomeContents, 60_000),
                    (FixedItem::Utilities, 12_345),
                ]),
                flexible_costs: BTreeMap::from([(FlexibleItem::FoodHousekeeping, 40_000)]),
            }),
        },
        debts: (0..seed % 4)
            .map(|i| Debt {
                kind: OptionId::new(["rent", "council-tax", "cards"][i % 3]),
                owed_to: line(i),
                amount: 10_000 * (i as i64 + 1),
                arrears: (i % 2 == 0).then_some(5_000),
            })
            .collect(),
        adviser_notes: if seed.is_multiple_of(5) {
            words(seed + 4)
        } else {
            String::new()
        },
    }
}

pub fn save(d: &ReferralDetails) -> String {
    serde_json::to_string(&SavedReferral::new(d, 1_790_000_000_000.0)).unwrap()
}

#[test]
fn a_valid_save_round_trips_and_another_layout_is_not_read() {
    for seed in 0..24 {
        let d = details(seed);
        assert_eq!(restore_referral(&save(&d)), Some(d));
    }
    let mut v: Value = serde_json::from_str(&save(&details(7))).unwrap();
    v["schema"] = json!(REFERRAL_SCHEMA + 1);
    assert_eq!(restore_referral(&v.to_string()), None);
    for text in [
        "",
        "null",
        "{}",
        "[]",
        r#"{"schema":1}"#,
        r#"{"schema":1,"saved_at":0}"#,
    ] {
        assert_eq!(restore_referral(text), None, "{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = restore_referral(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        let _ = restore_referral(&v.to_string());
        let wrapped = json!({"schema": REFERRAL_SCHEMA, "saved_at": 0, "details": v});
        if let Some(d) = restore_referral(&wrapped.to_string()) {
            // Whatever is read saves and reads back the same.
            prop_assert_eq!(restore_referral(&save(&d)), Some(d));
        }
    }

    /// A save cut short is never read (the pages start empty), and never panics.
    #[test]
    fn a_truncated_save_is_not_read(seed in 0usize..1000, cut in 0.0f64..1.0) {
        let text = save(&details(seed));
        let mut end = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        prop_assert_eq!(restore_referral(&text[..end]), None);
    }

    /// Characters changed, added or removed: never a panic, and whatever is still read
    /// is whole, valid details that save and read back the same.
    #[test]
    fn a_mutated_save_never_panics(
        seed in 0usize..1000,
        edits in proptest::collection::vec((0.0f64..1.0, 0u8..3, arb_char()), 1..6),
    ) {
        let text = mutated(&save(&details(seed)), edits);
        if let Some(d) = restore_referral(&text) {
            prop_assert_eq!(restore_referral(&save(&d)), Some(d));
        }
    }

    /// The format keeps the valid parts it can: fields a later version adds (at the top
    /// level or in the details) are ignored, and the details are kept whole.
    #[test]
    fn unknown_fields_never_cost_the_details(
        seed in 0usize..1000,
        top in proptest::collection::btree_map("[a-z_]{1,10}", arb_json(), 0..4),
        inner in proptest::collection::btree_map("[a-z_]{1,10}", arb_json(), 0..4),
    ) {
        let d = details(seed);
        let mut v: Value = serde_json::from_str(&save(&d)).unwrap();
        let known_top = ["schema", "saved_at", "details"];
        let known_inner = ["reference", "created_at", "consent", "contact", "area",
                           "what_matters", "finances", "debts"];
        for (k, j) in top {
            if !known_top.contains(&k.as_str()) {
                v[k.as_str()] = j;
            }
        }
        for (k, j) in inner {
            if !known_inner.contains(&k.as_str()) {
                v["details"][k.as_str()] = j;
            }
        }
        prop_assert_eq!(restore_referral(&v.to_string()), Some(d));
    }
}
