//! Kiosk demand tallies: what is counted (tiers, needs and risks; never circumstances or
//! answers), the stored layout, retention, the CSV staff export, and lenient reading.

mod common;
use signpost::engine::tally::{restore, Tallies, RETENTION_DAYS, SCHEMA};
use signpost::engine::{Content, Date, FlagId, Tier};
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn real() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| signpost::content::embedded().expect("the embedded content is valid"))
}

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn flags(ids: &[&str]) -> BTreeSet<FlagId> {
    ids.iter().map(|f| FlagId::new(*f)).collect()
}

#[test]
fn only_tiers_needs_and_risks_are_counted_in_the_stored_layout() {
    let mut t = Tallies::default();
    let day = d("2026-11-23");
    // "carer" is a circumstance; "made-up" is not a flag the content defines.
    t.record(
        day,
        Tier::Referral,
        &flags(&["rent-arrears", "carer", "made-up"]),
        real(),
    );
    t.record(day, Tier::Referral, &flags(&[]), real());
    assert_eq!(
        t.to_json(),
        r#"{"schema":1,"days":{"2026-11-23":{"tiers":{"referral":2},"needs":{"rent-arrears":1}}}}"#
    );
    t.record(
        d("2026-11-24"),
        Tier::Urgent,
        &flags(&["deadline-soon", "court-papers"]),
        real(),
    );
    let next = &t.days[&d("2026-11-24")];
    assert_eq!(next.tiers[&Tier::Urgent], 1);
    assert_eq!(next.needs.len(), 2);
    assert_eq!(SCHEMA, 1);
}

#[test]
fn days_beyond_the_retention_are_dropped() {
    let mut t = Tallies::default();
    let first = d("2026-01-01");
    t.record(first, Tier::SelfHelp, &flags(&["budgeting"]), real());
    t.record(
        first.add_days(RETENTION_DAYS),
        Tier::SelfHelp,
        &flags(&[]),
        real(),
    );
    assert!(t.days.contains_key(&first), "exactly the retention is kept");
    t.record(
        first.add_days(RETENTION_DAYS + 1),
        Tier::SelfHelp,
        &flags(&[]),
        real(),
    );
    assert!(!t.days.contains_key(&first));
    assert_eq!(t.days.len(), 2);
}

#[test]
fn the_csv_has_english_labels_quoted_where_needed_and_is_sorted() {
    let mut t = Tallies::default();
    t.record(
        d("2026-11-24"),
        Tier::Urgent,
        &flags(&["eviction", "rent-arrears"]),
        real(),
    );
    t.record(
        d("2026-11-23"),
        Tier::SelfHelp,
        &flags(&["budgeting"]),
        real(),
    );
    t.record(
        d("2026-11-23"),
        Tier::Referral,
        &flags(&["budgeting"]),
        real(),
    );
    assert_eq!(
        t.to_csv(real()),
        "date,kind,code,label,count\r\n\
         2026-11-23,need,budgeting,Wants help making money last,2\r\n\
         2026-11-23,tier,referral,An adviser can help,1\r\n\
         2026-11-23,tier,self-help,You can do this yourself,1\r\n\
         2026-11-24,need,eviction,\"Home at risk: a notice, a court order, a bailiffs' date or told to leave (check the dates: a notice date is not an eviction date)\",1\r\n\
         2026-11-24,need,rent-arrears,Rent arrears,1\r\n\
         2026-11-24,tier,urgent,Act today,1\r\n"
    );
    assert_eq!(
        Tallies::default().to_csv(real()),
        "date,kind,code,label,count\r\n"
    );
}

#[test]
fn a_code_the_content_no_longer_has_keeps_its_count_without_a_label() {
    let r = restore(
        r#"{"schema":1,"days":{"2026-11-23":{"tiers":{"signpost":3},"needs":{"old-flag":2}}}}"#,
    );
    assert!(!r.corrupted);
    assert_eq!(r.dropped, 0);
    assert!(r
        .tallies
        .to_csv(real())
        .contains("2026-11-23,need,old-flag,,2\r\n"));
}

#[test]
fn stored_tallies_round_trip() {
    let mut t = Tallies::default();
    for (i, tier) in [
        Tier::Emergency,
        Tier::Urgent,
        Tier::Referral,
        Tier::Signpost,
    ]
    .into_iter()
    .enumerate()
    {
        t.record(
            d("2026-11-20").add_days(i as i64),
            tier,
            &flags(&["not-safe", "rent-arrears", "mental-health"]),
            real(),
        );
    }
    let r = restore(&t.to_json());
    assert_eq!((r.corrupted, r.dropped), (false, 0));
    assert_eq!(r.tallies, t);
}

#[test]
fn bad_entries_are_dropped_and_counted_and_the_rest_kept() {
    let text = r#"{"schema":1,"days":{
        "2026-11-23":{"tiers":{"referral":2,"platinum":1,"urgent":-1},
                      "needs":{"rent-arrears":1,"Rent Arrears":1,"x,y":3,"budgeting":1.5},
                      "answers":{"home":"private-rent"}},
        "2026-02-30":{"tiers":{"referral":1}},
        "yesterday":{"tiers":{"referral":1}},
        "2026-11-24":[],
        "2026-11-25":{"tiers":[],"needs":{"budgeting":4}}
    }}"#;
    let r = restore(text);
    assert!(!r.corrupted);
    // platinum, -1, "Rent Arrears", "x,y", 1.5, "answers", 2026-02-30, "yesterday",
    // the list day, the list of tiers.
    assert_eq!(r.dropped, 10);
    let days: Vec<String> = r.tallies.days.keys().map(|d| d.to_string()).collect();
    assert_eq!(days, ["2026-11-23", "2026-11-25"]);
    let first = &r.tallies.days[&d("2026-11-23")];
    assert_eq!(first.tiers.len(), 1);
    assert_eq!(first.tiers[&Tier::Referral], 2);
    assert_eq!(first.needs.len(), 1);
    assert_eq!(first.needs[&FlagId::new("rent-arrears")], 1);
}

#[test]
fn text_that_is_not_a_tally_file_is_corrupted_and_empty() {
    for text in [
        "",
        "null",
        "[]",
        "{",
        r#"{"days":{}}"#,
        r#"{"schema":2,"days":{"2026-11-23":{"tiers":{"referral":1}}}}"#,
        r#"{"schema":"1","days":{}}"#,
        r#"{"schema":1}"#,
        r#"{"schema":1,"days":[]}"#,
    ] {
        let r = restore(text);
        assert!(r.corrupted, "{text}");
        assert!(r.tallies.is_empty(), "{text}");
        assert_eq!(r.dropped, 0, "{text}");
    }
    let r = restore(r#"{"schema":1,"days":{}}"#);
    assert!(!r.corrupted && r.tallies.is_empty());
}

#[test]
fn reading_applies_the_retention_from_the_latest_day() {
    let text = format!(
        r#"{{"schema":1,"days":{{"{}":{{"tiers":{{"referral":1}}}},"2026-11-23":{{"tiers":{{"urgent":1}}}}}}}}"#,
        d("2026-11-23").add_days(-RETENTION_DAYS - 1)
    );
    let r = restore(&text);
    assert!(!r.corrupted);
    assert_eq!(r.tallies.days.len(), 1);
    assert!(r.tallies.days.contains_key(&d("2026-11-23")));
}

#[test]
fn counts_never_overflow() {
    let r = restore(&format!(
        r#"{{"schema":1,"days":{{"2026-11-23":{{"tiers":{{"referral":{}}}}}}}}}"#,
        u64::MAX
    ));
    let mut t = r.tallies;
    t.record(d("2026-11-23"), Tier::Referral, &flags(&[]), real());
    assert_eq!(t.days[&d("2026-11-23")].tiers[&Tier::Referral], u64::MAX);
}

#[test]
fn a_clock_that_goes_back_keeps_the_retention_from_the_latest_day() {
    let mut t = Tallies::default();
    let late = d("2027-06-01");
    t.record(late, Tier::Urgent, &flags(&[]), real());
    // More than the retention before the latest day: not kept, as reading it back would not.
    t.record(
        late.add_days(-RETENTION_DAYS - 1),
        Tier::Urgent,
        &flags(&[]),
        real(),
    );
    assert_eq!(t.days.len(), 1);
    t.record(late.add_days(-3), Tier::Urgent, &flags(&[]), real());
    assert_eq!(t.days.len(), 2);
    assert_eq!(restore(&t.to_json()).tallies, t);
}

// ----- kiosk tallies -------------------------------------------------------------------------

mod tallies {
    use super::common::arbitrary::{arb_char, arb_json, mutated};
    use super::real;
    use proptest::prelude::*;
    use serde_json::{json, Value};
    use signpost::engine::tally::{restore, Tallies};
    use signpost::engine::{Date, FlagId, Tier};
    use std::collections::BTreeSet;

    /// Tallies a kiosk could have recorded: outcomes over a few hundred days.
    fn arb_tallies() -> impl Strategy<Value = Tallies> {
        let flag_ids: Vec<String> = real().flags.iter().map(|f| f.id.to_string()).collect();
        proptest::collection::vec(
            (
                0i64..500,
                0usize..5,
                proptest::collection::btree_set(proptest::sample::select(flag_ids), 0..6),
            ),
            0..40,
        )
        .prop_map(|records| {
            let mut t = Tallies::default();
            let start = Date::parse_iso("2026-01-01").unwrap();
            for (day, tier, flags) in records {
                let flags: BTreeSet<FlagId> =
                    flags.iter().map(|f| FlagId::new(f.as_str())).collect();
                t.record(start.add_days(day), Tier::ALL[tier], &flags, real());
            }
            t
        })
    }

    /// Every count in the tallies, as (day, kind, code, count).
    fn entries(t: &Tallies) -> Vec<(String, &'static str, String, u64)> {
        let mut out = Vec::new();
        for (d, day) in &t.days {
            out.extend(
                day.tiers
                    .iter()
                    .map(|(k, n)| (d.to_string(), "tier", k.as_str().to_owned(), *n)),
            );
            out.extend(
                day.needs
                    .iter()
                    .map(|(k, n)| (d.to_string(), "need", k.to_string(), *n)),
            );
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let r = restore(&String::from_utf8_lossy(&bytes));
            prop_assert!(r.corrupted || r.tallies.is_empty() || !r.tallies.days.is_empty());
        }

        /// Arbitrary JSON, bare or inside a file of the right layout: never a panic, and what
        /// is read is stable: saved again, it reads back the same with nothing dropped.
        #[test]
        fn arbitrary_json_never_panics_and_what_is_read_is_stable(
            v in arb_json(),
            day in prop_oneof![Just("2026-11-23".to_owned()), ".{0,10}"],
        ) {
            let _ = restore(&v.to_string());
            for text in [
                json!({"schema": 1, "days": v.clone()}).to_string(),
                json!({"schema": 1, "days": {day.clone(): v.clone()}}).to_string(),
                json!({"schema": 1, "days": {day.clone(): {"tiers": v.clone(), "needs": v.clone()}}}).to_string(),
            ] {
                let r = restore(&text);
                let again = restore(&r.tallies.to_json());
                prop_assert!(!again.corrupted);
                prop_assert_eq!(again.dropped, 0);
                prop_assert_eq!(again.tallies, r.tallies);
            }
        }

        #[test]
        fn recorded_tallies_round_trip(t in arb_tallies()) {
            let r = restore(&t.to_json());
            prop_assert!(!r.corrupted);
            prop_assert_eq!(r.dropped, 0);
            prop_assert_eq!(&r.tallies, &t);
            // The export has a row per count, and never more days than the retention allows.
            prop_assert_eq!(t.to_csv(real()).lines().count(), 1 + entries(&t).len());
            prop_assert!(t.days.len() as i64 <= signpost::engine::tally::RETENTION_DAYS + 1);
        }

        /// A file cut short is corrupted and empty: never half a day's counts.
        #[test]
        fn a_truncated_file_is_corrupted(t in arb_tallies(), cut in 0.0f64..1.0) {
            let text = t.to_json();
            let end = (text.len() as f64 * cut) as usize;
            let r = restore(&text[..end]);
            prop_assert!(r.corrupted && r.tallies.is_empty());
        }

        /// Characters changed, added or removed: never a panic; what is read is stable.
        #[test]
        fn a_mutated_file_never_panics(
            t in arb_tallies(),
            edits in proptest::collection::vec((0.0f64..1.0, 0u8..3, arb_char()), 1..6),
        ) {
            let r = restore(&mutated(&t.to_json(), edits));
            let again = restore(&r.tallies.to_json());
            prop_assert_eq!(again.tallies, r.tallies);
        }

        /// Junk beside valid counts (bad days, tiers, codes and counts) is dropped and
        /// counted, and never costs a valid count.
        #[test]
        fn junk_never_costs_a_valid_count(
            t in arb_tallies(),
            junk_days in proptest::collection::btree_map("[a-z0-9 -]{0,10}", arb_json(), 0..4),
            junk_entries in proptest::collection::vec(
                (0usize..100, any::<bool>(), "[A-Z ,\"=]{1,8}", arb_json()), 0..6),
        ) {
            let mut v: Value = serde_json::from_str(&t.to_json()).unwrap();
            let days = v["days"].as_object_mut().unwrap();
            let mut junk = 0;
            for (k, j) in junk_days {
                if Date::parse_iso(&k).is_none() {
                    days.insert(k, j);
                    junk += 1;
                }
            }
            let keys: Vec<String> = t.days.keys().map(|d| d.to_string()).collect();
            for (pick, tiers, key, j) in junk_entries {
                if keys.is_empty() {
                    break;
                }
                let section = if tiers { "tiers" } else { "needs" };
                let day = &keys[pick % keys.len()];
                let entry = days[day.as_str()].as_object_mut().unwrap();
                let map = entry.entry(section).or_insert_with(|| json!({}));
                // Upper case, spaces, commas, quotes: never a tier or a content id.
                if map.as_object_mut().unwrap().insert(key, j).is_none() {
                    junk += 1;
                }
            }
            let r = restore(&v.to_string());
            prop_assert!(!r.corrupted);
            prop_assert_eq!(r.dropped, junk);
            prop_assert_eq!(entries(&r.tallies), entries(&t));
        }
    }
}
