//! `signpost tallies merge`, run as a program: kiosks' CSV files in, a merged CSV and an HTML
//! report out; every bad input a message naming the file (and line), exit code 1, or 2 for a
//! usage error, and nothing written.

use signpost::engine::tally::Tallies;
use signpost::engine::{Date, FlagId, Tier};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;
use common::cli::{signpost, text};

/// A fresh temporary folder, removed on drop.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("signpost-tallies-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Temp(dir)
    }

    fn file(&self, name: &str, text: &str) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_owned()
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().unwrap().to_owned()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// A kiosk's export, as the staff page downloads it.
fn export(days: &[(&str, Tier, &[&str])]) -> String {
    let content = signpost::content::embedded().unwrap();
    let mut t = Tallies::default();
    for (day, tier, needs) in days {
        let needs: BTreeSet<FlagId> = needs.iter().map(|f| FlagId::new(*f)).collect();
        t.record(d(day), *tier, &needs, &content);
    }
    t.to_csv(&content)
}

fn truro() -> String {
    export(&[
        ("2026-11-23", Tier::Urgent, &["rent-arrears", "eviction"]),
        ("2026-11-24", Tier::Referral, &["rent-arrears"]),
        ("2026-11-30", Tier::SelfHelp, &[]),
    ])
}

fn bodmin() -> String {
    export(&[("2026-11-25", Tier::Signpost, &["no-spare-money"])])
}

#[test]
fn merge_writes_a_csv_with_a_hub_column_and_an_html_report() {
    let tmp = Temp::new("ok");
    let a = tmp.file("Truro.csv", &truro());
    let b = tmp.file("Bodmin.csv", &bodmin());
    let out_dir = tmp.path("out");
    let out = signpost(&["tallies", "merge", "--out", &out_dir, &a, &b]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stdout.starts_with("Merged 2 hubs (4 days from 2026-11-23 to 2026-11-30): wrote "),
        "{stdout}"
    );
    assert_eq!(stderr, "", "no warnings");

    let csv = std::fs::read_to_string(Path::new(&out_dir).join("tallies-merged.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "hub,date,kind,code,label,count");
    assert!(
        lines.contains(&"Truro,2026-11-23,tier,urgent,Act today,1"),
        "{csv}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Bodmin,2026-11-25,need,no-spare-money,")),
        "{csv}"
    );
    // Truro's rows first (the order the files were given), each kiosk row once.
    let hubs: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let first_bodmin = hubs.iter().position(|h| *h == "Bodmin").unwrap();
    assert!(hubs[..first_bodmin].iter().all(|h| *h == "Truro"));
    assert_eq!(
        lines.len() - 1,
        truro().lines().count() - 1 + bodmin().lines().count() - 1
    );

    let html = std::fs::read_to_string(Path::new(&out_dir).join("tallies-report.html")).unwrap();
    assert!(html.contains("<html lang=\"en-GB\">"));
    assert!(html.contains("<h1>Demand figures from 2 hubs</h1>"));
    assert!(html.contains("<h2 id=\"hub-1\">Truro</h2>"));
    assert!(html.contains("<h2 id=\"hub-2\">Bodmin</h2>"));
    assert!(!html.contains("<script"));

    // --csv and --html on their own.
    let only_html = tmp.path("only.html");
    let out = signpost(&["tallies", "merge", "--html", &only_html, &a]);
    assert_eq!(out.status.code(), Some(0), "{:?}", text(&out));
    assert!(Path::new(&only_html).exists());
}

/// Runs a merge that must fail: its exit code, its message, and that nothing was written.
fn fails(tmp: &Temp, args: &[&str]) -> (i32, String) {
    let out_dir = tmp.path("out");
    let mut all = vec!["tallies", "merge", "--out", &out_dir];
    all.extend(args);
    let out = signpost(&all);
    let (stdout, stderr) = text(&out);
    assert!(
        !Path::new(&out_dir).exists(),
        "nothing is written: {stdout}{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap(), stderr)
}

#[test]
fn bad_files_are_named_with_their_line_and_nothing_is_written() {
    let tmp = Temp::new("bad");
    let good = tmp.file("truro.csv", &truro());
    let corrupt = tmp.file(
        "bodmin.csv",
        &format!("{}2026-11-31,tier,urgent,Act today,2\r\n", bodmin()),
    );
    let line = bodmin().lines().count() + 1;
    let (code, err) = fails(&tmp, &[&good, &corrupt]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "{corrupt}: line {line}: \"2026-11-31\" is not a date like 2026-11-23"
        )),
        "{err}"
    );
    assert!(
        err.contains("1 file not merged: nothing was written."),
        "{err}"
    );

    let missing = tmp.path("missing.csv");
    let other = tmp.file("stives.csv", "Date;Kind;Code;Label;Count\n");
    let empty = tmp.file("empty.csv", "");
    let (code, err) = fails(&tmp, &[&good, &missing, &other, &empty]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("{missing}: cannot read it: ")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{other}: line 1: is not a tally CSV exported by Signpost"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("{empty}: is empty")), "{err}");
    assert!(err.contains("3 files not merged"), "{err}");

    let merged = tmp.file("merged.csv", "hub,date,kind,code,label,count\r\n");
    let (code, err) = fails(&tmp, &[&merged]);
    assert_eq!(code, 1);
    assert!(err.contains("is a merged report"), "{err}");
}

#[test]
fn duplicate_hubs_and_files_without_figures_are_refused() {
    let tmp = Temp::new("dupes");
    let a = tmp.file("truro.csv", &truro());
    std::fs::create_dir_all(tmp.0.join("old")).unwrap();
    let b = tmp.file("old/Truro.csv", &truro());
    let (code, err) = fails(&tmp, &[&a, &b]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("{a} and {b} would both be the hub \"Truro\"")),
        "{err}"
    );

    let header_only = tmp.file("bodmin.csv", "date,kind,code,label,count\r\n");
    let (code, err) = fails(&tmp, &[&header_only]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("warning: {header_only}: has no figures")),
        "{err}"
    );
    assert!(
        err.contains("none of the files has any figures: nothing was written"),
        "{err}"
    );
}

#[test]
fn a_need_the_content_does_not_know_is_kept_with_a_warning() {
    let tmp = Temp::new("unknown");
    let a = tmp.file(
        "truro.csv",
        "date,kind,code,label,count\r\n2026-11-23,need,old-need,An old need,2\r\n2026-11-23,tier,urgent,Act today,2\r\n",
    );
    let csv = tmp.path("merged.csv");
    let out = signpost(&["tallies", "merge", "--csv", &csv, &a]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(stderr.contains(&format!("warning: {a}: the need \"old-need\" is not in the current content; its figures are kept")), "{stderr}");
    let merged = std::fs::read_to_string(&csv).unwrap();
    assert!(
        merged.contains("truro,2026-11-23,need,old-need,An old need,2\r\n"),
        "{merged}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let tmp = Temp::new("usage");
    let a = tmp.file("truro.csv", &truro());
    let html = tmp.path("r.html");
    let csv = tmp.path("r.csv");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["tallies"], "tallies needs a command: tallies merge"),
        (
            vec!["tallies", "split", &a],
            "unknown tallies command \"split\"",
        ),
        (
            vec!["tallies", "merge", &a],
            "tallies merge needs --out DIR, or --csv FILE and/or --html FILE",
        ),
        (
            vec!["tallies", "merge", "--out", "x", "--csv", &csv, &a],
            "give --out DIR, or --csv FILE and --html FILE, not both",
        ),
        (
            vec!["tallies", "merge", "--html", &html],
            "tallies merge needs the CSV files to merge",
        ),
        (
            vec!["tallies", "merge", "--csv", &a, &a],
            "is an input; the report would overwrite it",
        ),
        (
            vec!["tallies", "merge", "--csv", &csv, "--html", &csv, &a],
            "--csv and --html must be different files",
        ),
        (
            vec!["check", "--out", "x"],
            "--out is only for tallies merge and leaflet",
        ),
    ];
    for (args, expected) in cases {
        let out = signpost(&args);
        let (_, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert!(!Path::new(&html).exists() && !Path::new(&csv).exists());
    assert_eq!(
        std::fs::read_to_string(&a).unwrap(),
        truro(),
        "the input is untouched"
    );
}
