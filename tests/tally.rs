//! Kiosk demand tallies: what is counted (tiers, needs and risks; never circumstances or
//! answers), the stored layout, retention, the CSV staff export, and lenient reading.

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
