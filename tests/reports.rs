//! Demand reports (`signpost::reports`): reading a kiosk's CSV back (strict, errors naming the
//! file and line), weeks, the bar charts' layout and SVG, the merged CSV and the HTML report.

use proptest::prelude::*;
use signpost::engine::tally::Tallies;
use signpost::engine::{Content, Date, FlagId, Tier};
use signpost::reports::chart::{Bar, Chart, Group, Mark, TextKind};
use signpost::reports::merge::{duplicate_name, hub_name, Hub, Merged};
use signpost::reports::read::{read_tally_csv, ReadError, TallyFile, Vocabulary};
use signpost::reports::weeks::{by_week, latest, monday_of, people, top_needs};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

fn real() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| signpost::content::embedded().expect("the embedded content is valid"))
}

fn vocabulary() -> Vocabulary {
    Vocabulary::from_content(real())
}

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn flags(ids: &[&str]) -> BTreeSet<FlagId> {
    ids.iter().map(|f| FlagId::new(*f)).collect()
}

/// Tallies as a kiosk records them, over two weeks.
fn sample() -> Tallies {
    let mut t = Tallies::default();
    let c = real();
    // Monday 23 November 2026 to Sunday 29 November, then Monday 30 November.
    t.record(
        d("2026-11-23"),
        Tier::Urgent,
        &flags(&["rent-arrears", "eviction"]),
        c,
    );
    t.record(
        d("2026-11-23"),
        Tier::Referral,
        &flags(&["rent-arrears"]),
        c,
    );
    t.record(
        d("2026-11-29"),
        Tier::SelfHelp,
        &flags(&["no-spare-money"]),
        c,
    );
    t.record(d("2026-11-30"), Tier::Urgent, &flags(&["eviction"]), c);
    t
}

fn read(name: &str, text: &str) -> Result<TallyFile, ReadError> {
    read_tally_csv(name, text.as_bytes(), &vocabulary())
}

fn error(text: &str) -> String {
    read("truro.csv", text).unwrap_err().to_string()
}

const HEAD: &str = "date,kind,code,label,count\r\n";

#[test]
fn a_kiosks_export_reads_back_as_the_same_figures() {
    let t = sample();
    let file = read("truro.csv", &t.to_csv(real())).unwrap();
    assert_eq!(file.tallies, t);
    assert!(file.unknown_needs.is_empty());
    assert_eq!(file.rows, 8);
    assert_eq!(
        file.labels[&FlagId::new("rent-arrears")],
        vocabulary().needs[&FlagId::new("rent-arrears")]
    );
}

#[test]
fn a_file_saved_again_by_a_spreadsheet_still_reads() {
    // A byte order mark, LF line ends, a quoted label and no line end after the last row.
    let text = "\u{feff}date,kind,code,label,count\n2026-11-23,need,rent-arrears,\"Rent, arrears\",2\n2026-11-23,tier,urgent,Act today,3";
    let file = read("truro.csv", text).unwrap();
    let day = &file.tallies.days[&d("2026-11-23")];
    assert_eq!(day.needs[&FlagId::new("rent-arrears")], 2);
    assert_eq!(day.tiers[&Tier::Urgent], 3);
    assert_eq!(file.labels[&FlagId::new("rent-arrears")], "Rent, arrears");
}

#[test]
fn files_that_are_not_tally_csv_are_named_as_such() {
    assert_eq!(
        error(""),
        "truro.csv: is empty; a tally CSV starts with the line date,kind,code,label,count"
    );
    assert_eq!(
        error("name,amount\r\nx,1\r\n"),
        "truro.csv: line 1: is not a tally CSV exported by Signpost: its first line should be \
         date,kind,code,label,count, not name,amount"
    );
    assert!(error("date,kind,code,count\r\n").contains("line 1: is not a tally CSV"));
    assert!(error("hub,date,kind,code,label,count\r\n").contains("is a merged report"));
    let not_utf8 = read_tally_csv(
        "truro.csv",
        b"date,kind,code,label,count\n\xff\xfe\n",
        &vocabulary(),
    );
    assert_eq!(
        not_utf8.unwrap_err().to_string(),
        "truro.csv: line 2: is not UTF-8 text, so not a tally CSV exported by Signpost"
    );
}

#[test]
fn each_bad_line_is_named_with_what_is_wrong() {
    let cases: &[(&str, &str)] = &[
        ("2026-11-23,tier,urgent,Act today\r\n", "line 2: has 4 fields; a tally CSV has 5"),
        ("2026-11-23,tier,urgent,Act today,1,2\r\n", "line 2: has 6 fields"),
        ("2026-02-30,tier,urgent,x,1\r\n", "line 2: \"2026-02-30\" is not a date like 2026-11-23"),
        ("23/11/2026,tier,urgent,x,1\r\n", "is not a date"),
        (" 2026-11-23,tier,urgent,x,1\r\n", "is not a date"),
        ("2026-11-23,answer,urgent,x,1\r\n", "line 2: the kind \"answer\" is neither need nor tier"),
        ("2026-11-23,tier,soon,x,1\r\n", "line 2: \"soon\" is not a tier; the tiers are emergency, urgent, referral, signpost, self-help"),
        ("2026-11-23,tier,urgent,x,-1\r\n", "line 2: the count \"-1\" is not a whole number of 0 or more"),
        ("2026-11-23,tier,urgent,x,1.5\r\n", "the count \"1.5\" is not"),
        ("2026-11-23,tier,urgent,x,\r\n", "the count \"\" is not"),
        ("2026-11-23,tier,urgent,x,99999999999999999999999\r\n", "is not a whole number"),
        ("2026-11-23,need,Rent Arrears,x,1\r\n", "line 2: the need \"Rent Arrears\" is not a code like rent-arrears"),
        ("2026-11-23,need,bereavement,Bereavement,1\r\n", "line 2: \"bereavement\" is a circumstance, not a need"),
        ("2026-11-23,tier,urgent,\"Act today,1\r\n", "line 2: has a quoted field that is never closed"),
        ("2026-11-23,tier,urgent,Act \"today\",1\r\n", "line 2: has a quote inside a field"),
    ];
    for (line, expected) in cases {
        let e = error(&format!("{HEAD}{line}"));
        assert!(e.starts_with("truro.csv: "), "{e}");
        assert!(
            e.contains(expected),
            "{line:?} gave {e:?}, expected {expected:?}"
        );
    }
}

#[test]
fn a_repeated_row_and_a_blank_line_are_errors_with_their_lines() {
    let e = error(&format!(
        "{HEAD}2026-11-23,tier,urgent,Act today,1\r\n2026-11-24,tier,urgent,Act today,1\r\n2026-11-23,tier,urgent,Act today,4\r\n"
    ));
    assert_eq!(
        e,
        "truro.csv: line 4: 2026-11-23,tier,urgent was already given on line 2"
    );
    let e = error(&format!(
        "{HEAD}2026-11-23,tier,urgent,x,1\r\n\r\n2026-11-24,tier,urgent,x,1\r\n"
    ));
    assert_eq!(e, "truro.csv: line 3: is blank");
    // A quoted label over two lines: the next record's line is still counted right.
    let e = error(&format!(
        "{HEAD}2026-11-23,need,rent-arrears,\"two\nlines\",1\r\n2026-11-23,tier,nope,x,1\r\n"
    ));
    assert!(e.starts_with("truro.csv: line 4: "), "{e}");
}

#[test]
fn a_need_the_content_no_longer_has_is_kept_and_listed() {
    let file = read(
        "truro.csv",
        &format!("{HEAD}2026-11-23,need,old-need,An old need,3\r\n2026-11-23,need,rent-arrears,Rent arrears,1\r\n"),
    )
    .unwrap();
    assert_eq!(
        file.unknown_needs,
        [FlagId::new("old-need")].into_iter().collect()
    );
    assert_eq!(
        file.tallies.days[&d("2026-11-23")].needs[&FlagId::new("old-need")],
        3
    );
    let merged = merged(vec![("truro", file)]);
    assert_eq!(merged.need_label(&FlagId::new("old-need")), "An old need");
    assert!(merged
        .to_csv()
        .contains("truro,2026-11-23,need,old-need,An old need,3\r\n"));
}

#[test]
fn weeks_run_monday_to_sunday_and_are_named_by_their_monday() {
    let weeks = by_week(&sample());
    assert_eq!(
        weeks.keys().copied().collect::<Vec<_>>(),
        vec![d("2026-11-23"), d("2026-11-30")]
    );
    let first = &weeks[&d("2026-11-23")];
    assert_eq!(people(first), 3, "Monday's two and Sunday's one");
    assert_eq!(first.needs[&FlagId::new("rent-arrears")], 2);
    assert_eq!(people(&weeks[&d("2026-11-30")]), 1);
    for day in ["2026-12-28", "2027-01-01", "2027-01-03"] {
        assert_eq!(monday_of(d(day)), d("2026-12-28"), "{day}");
    }
    assert_eq!(latest(&weeks, 1).len(), 1);
    assert_eq!(latest(&weeks, 1)[0].0, d("2026-11-30"));
    assert_eq!(latest(&weeks, 9).len(), 2);
}

#[test]
fn the_top_needs_are_the_most_raised_over_all_weeks_ties_by_rank_then_code() {
    let weeks = by_week(&sample());
    // eviction 2, rent-arrears 2, no-spare-money 1.
    assert_eq!(
        top_needs(&weeks, 2, |_| 0),
        vec![FlagId::new("eviction"), FlagId::new("rent-arrears")]
    );
    assert_eq!(
        top_needs(&weeks, 2, |f| if f.as_str() == "rent-arrears" {
            0
        } else {
            1
        }),
        vec![FlagId::new("rent-arrears"), FlagId::new("eviction")]
    );
    assert_eq!(top_needs(&weeks, 10, |_| 0).len(), 3);
}

fn chart() -> Chart {
    Chart {
        groups: vec![
            Group {
                label: "Week starting 23 November 2026".into(),
                bars: vec![
                    Bar {
                        label: "Act today".into(),
                        value: 4,
                    },
                    Bar {
                        label: "<script>alert(1)</script> & \"x\"".into(),
                        value: 0,
                    },
                ],
            },
            Group {
                label: "Week starting 30 November 2026".into(),
                bars: vec![Bar {
                    label: "Act today".into(),
                    value: 2,
                }],
            },
        ],
    }
}

#[test]
fn every_bar_is_labelled_with_its_name_and_number_on_one_scale() {
    let layout = chart().layout();
    let texts: Vec<(TextKind, &str)> = layout
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { kind, text, .. } => Some((*kind, text.as_str())),
            Mark::Rect { .. } => None,
        })
        .collect();
    let values: Vec<&str> = texts
        .iter()
        .filter(|(k, _)| *k == TextKind::Value)
        .map(|(_, t)| *t)
        .collect();
    assert_eq!(values, vec!["4", "0", "2"]);
    let labels = texts.iter().filter(|(k, _)| *k == TextKind::Label).count();
    assert_eq!(labels, 3);
    let widths: Vec<u32> = layout
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { width, .. } => Some(*width),
            Mark::Text { .. } => None,
        })
        .collect();
    assert_eq!(widths.len(), 2, "no bar is drawn for 0");
    assert_eq!(widths[0], 2 * widths[1], "4 is twice as long as 2");
    // Nothing is drawn outside the image.
    for m in &layout.marks {
        if let Mark::Rect {
            x,
            y,
            width,
            height,
        } = m
        {
            assert!(x + width <= layout.width && y + height <= layout.height);
        }
        if let Mark::Text { y, .. } = m {
            assert!(*y <= layout.height);
        }
    }
}

#[test]
fn the_svg_is_one_named_image_with_every_text_escaped() {
    let svg = chart()
        .layout()
        .to_svg("all-tiers", "People <by> week", "A \"bar\" chart");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""));
    assert!(svg.contains("role=\"img\" aria-labelledby=\"all-tiers-title all-tiers-desc\""));
    assert!(svg.contains("<title id=\"all-tiers-title\">People &lt;by&gt; week</title>"));
    assert!(svg.contains("<desc id=\"all-tiers-desc\">A &quot;bar&quot; chart</desc>"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    assert!(!svg.contains("<script"));
    assert!(svg.contains(">Week starting 23 November 2026</text>"));
    assert!(svg.ends_with("</svg>"));
}

fn merged(files: Vec<(&str, TallyFile)>) -> Merged {
    Merged {
        hubs: files
            .into_iter()
            .map(|(name, figures)| Hub {
                name: name.to_owned(),
                file: format!("{name}.csv"),
                figures,
            })
            .collect(),
        vocabulary: vocabulary(),
    }
}

#[test]
fn the_merged_csv_has_a_hub_column_and_the_kiosks_order() {
    let truro = read("truro.csv", &sample().to_csv(real())).unwrap();
    let mut other = Tallies::default();
    other.record(
        d("2026-11-24"),
        Tier::Signpost,
        &flags(&["rent-arrears"]),
        real(),
    );
    let bodmin = read("bodmin.csv", &other.to_csv(real())).unwrap();
    let m = merged(vec![("truro", truro), ("Bodmin, \"east\"", bodmin)]);
    let csv = m.to_csv();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "hub,date,kind,code,label,count");
    // Each hub's rows are its kiosk's own export with the hub in front.
    let own: Vec<String> = sample()
        .to_csv(real())
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| format!("truro,{l}"))
        .collect();
    assert_eq!(lines[1..=own.len()], own[..]);
    assert!(
        lines[own.len() + 1].starts_with("\"Bodmin, \"\"east\"\"\",2026-11-24,need,rent-arrears,")
    );
    let total = m.total();
    assert_eq!(total.days.len(), 4);
    assert_eq!(total.days[&d("2026-11-24")].tiers[&Tier::Signpost], 1);
}

#[test]
fn hubs_are_named_after_their_files_and_names_must_differ() {
    assert_eq!(
        hub_name(Path::new("exports/Truro library.csv")),
        "Truro library"
    );
    let hubs = merged(vec![
        ("truro", TallyFile::default()),
        ("bodmin", TallyFile::default()),
        ("Truro", TallyFile::default()),
    ])
    .hubs;
    let (a, b) = duplicate_name(&hubs).expect("a duplicate");
    assert_eq!(
        (a.file.as_str(), b.file.as_str()),
        ("truro.csv", "Truro.csv")
    );
    assert!(duplicate_name(&hubs[..2]).is_none());
}

#[test]
fn the_html_report_is_self_contained_with_a_table_for_every_chart() {
    let truro = read("truro.csv", &sample().to_csv(real())).unwrap();
    let m = merged(vec![
        ("truro", truro),
        ("<b>Bodmin</b>", TallyFile::default()),
    ]);
    let html =
        signpost::reports::html::report(&m, &["truro.csv".into(), "<b>Bodmin</b>.csv".into()]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    for banned in ["<script", "<link", "<img", "src=", "url(", "@import", "<b>"] {
        assert!(!html.contains(banned), "{banned}");
    }
    // The only address is the SVG namespace; links are to the page's own sections.
    let addresses: Vec<&str> = html
        .match_indices("http")
        .map(|(i, _)| &html[i..i + 26])
        .collect();
    assert!(
        addresses
            .iter()
            .all(|a| a.starts_with("http://www.w3.org/2000/svg")),
        "{addresses:?}"
    );
    assert!(html.contains("&lt;b&gt;Bodmin&lt;/b&gt;"));
    let svgs = html.matches("<svg ").count();
    let tables = html.matches("<table>").count();
    // Hubs compared; all hubs: tiers and needs; truro: tiers and needs; Bodmin has none.
    assert_eq!(svgs, 5);
    assert_eq!(tables, svgs, "each chart has its table");
    assert!(html.contains("<p>There are no figures for this hub.</p>"));
    // A week's row: the week, then the tiers (emergency, urgent, referral, signpost,
    // self-help) and the total.
    assert!(html.contains(
        "<tr><th scope=\"row\">23 November 2026</th><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">3</td></tr>"
    ));
    // Every chart's ids are unique.
    let mut ids: Vec<&str> = html
        .match_indices(" id=\"")
        .map(|(i, _)| {
            let rest = &html[i + 5..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a kiosk counted, its export reads back as exactly the same figures.
    #[test]
    fn any_export_reads_back_the_same(
        days in proptest::collection::btree_map(0i64..800, (
            proptest::collection::btree_map(0usize..5, 0u64..u64::MAX, 0..5),
            proptest::collection::btree_map(prop_oneof![Just("rent-arrears"), Just("eviction"), Just("gone-need"), Just("x-1")], 0u64..1000, 0..4),
        ), 0..20)
    ) {
        let mut t = Tallies::default();
        for (day, (tiers, needs)) in days {
            let entry = t.days.entry(Date::from_days(20_000 + day)).or_default();
            for (i, n) in tiers { entry.tiers.insert(Tier::ALL[i], n); }
            for (f, n) in needs { entry.needs.insert(FlagId::new(f), n); }
        }
        // A day with nothing counted is never stored, so never exported.
        t.days.retain(|_, v| !(v.tiers.is_empty() && v.needs.is_empty()));
        let file = read("any.csv", &t.to_csv(real())).unwrap();
        prop_assert_eq!(file.tallies, t);
    }

    /// Arbitrary bytes after a good header: an error or figures, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut text = HEAD.as_bytes().to_vec();
        text.extend(bytes);
        let _ = read_tally_csv("any.csv", &text, &vocabulary());
    }
}
