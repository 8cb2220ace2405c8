//! The printed leaflet (`content/leaflet.json`): built from the content and the directory, so
//! it says what the app says; written by `signpost leaflet` as one standalone page; and a
//! mistake in its file fails the check, naming the file.

use signpost::engine::model::Membership;
use signpost::engine::{load_and_validate, Content, SourceFile};
use signpost::referral::qr::qr_svg;
use signpost::words::i18n::Translator;
use signpost::words::leaflet::{leaflet, LeafletView, MEMBERS_PER_SITUATION};
use signpost::words::leaflet_html::{leaflet_html, QrDrawing};
use std::process::Command;

fn england() -> Content {
    signpost::content::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn wales() -> Content {
    signpost::content::embedded_for("Wales").unwrap_or_else(|e| panic!("{e}"))
}

fn view(content: &Content, locale: &str) -> LeafletView {
    leaflet(&Translator::new(content, locale), content).expect("the content has a leaflet")
}

#[test]
fn each_situation_says_what_its_guide_says_and_lists_the_directory_s_members() {
    let c = england();
    let l = c.leaflet.as_ref().unwrap();
    let t = Translator::new(&c, "en-GB");
    let v = view(&c, "en-GB");
    assert_eq!(v.situations.len(), l.situations.len());
    assert_eq!(v.title, "Worried about money?");
    assert_eq!(v.first, vec![t.text("step-call-999")]);
    for (s, sv) in l.situations.iter().zip(&v.situations) {
        let guide = c.guide(&s.guide).unwrap();
        assert_eq!(sv.helps, t.text(guide.summary.as_str()), "{}", s.title);
        // Every member the directory has for these needs, full members first, at most three.
        let mut expected: Vec<_> = c
            .services
            .iter()
            .filter(|m| m.membership.is_some() && m.needs.iter().any(|n| s.needs.contains(n)))
            .collect();
        expected.sort_by_key(|m| match m.membership {
            Some(Membership::Full) => 0,
            Some(Membership::Associate) => 1,
            _ => 2,
        });
        expected.truncate(MEMBERS_PER_SITUATION);
        let listed: Vec<&str> = sv.local.iter().map(|l| l.service.as_str()).collect();
        let wanted: Vec<&str> = expected.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(listed, wanted, "{}", s.title);
        assert!(!listed.is_empty(), "{}: no local member", s.title);
        // Each line shows the member's own phone number, marked as an example when it is one.
        for line in &sv.local {
            let m = c
                .services
                .iter()
                .find(|m| m.id.as_str() == line.service)
                .unwrap();
            let phone = m
                .contacts
                .iter()
                .find(|c| c.channel.as_str() == "phone")
                .unwrap();
            assert_eq!(line.contact, phone.value);
            let href = match m.example {
                true => String::new(),
                false => format!("tel:{}", phone.value.replace(' ', "")),
            };
            assert_eq!(line.href, href);
            assert_eq!(line.name, m.organisation);
            assert_eq!(line.example, m.example);
        }
    }
}

#[test]
fn helplines_are_the_nation_s_own() {
    let in_england: Vec<String> = view(&england(), "en-GB")
        .situations
        .iter()
        .flat_map(|s| s.national.iter().map(|l| l.service.clone()))
        .collect();
    let in_wales: Vec<String> = view(&wales(), "cy")
        .situations
        .iter()
        .flat_map(|s| s.national.iter().map(|l| l.service.clone()))
        .collect();
    for (id, england, wales) in [
        ("shelter", true, false),
        ("shelter-cymru", false, true),
        ("domestic-abuse-helpline", true, false),
        ("live-fear-free", false, true),
        ("citizens-advice", true, false),
        ("advicelink-cymru", false, true),
        ("samaritans", true, true),
    ] {
        assert_eq!(
            in_england.iter().any(|s| s == id),
            england,
            "{id} in England"
        );
        assert_eq!(in_wales.iter().any(|s| s == id), wales, "{id} in Wales");
    }
}

#[test]
fn the_welsh_leaflet_is_in_welsh() {
    let c = england();
    let en = view(&c, "en-GB");
    let cy = view(&c, "cy");
    assert_eq!(cy.title, "Poeni am arian?");
    for (e, w) in en.situations.iter().zip(&cy.situations) {
        assert_ne!(e.title, w.title);
        assert_ne!(e.helps, w.helps);
        assert!(!w.title.starts_with('['), "a missing message: {}", w.title);
        // The same members and numbers in both.
        assert_eq!(e.local, w.local);
    }
}

#[test]
fn the_file_escapes_every_word_and_carries_the_qr_code() {
    let c = england();
    let mut v = view(&c, "en-GB");
    v.title = "<script>alert(1)</script> & co".into();
    v.situations[0].local[0].name = "A \"quoted\" <b>name</b>".into();
    let url = "https://signpost.example.gov.uk/";
    let qr = qr_svg(url).unwrap();
    let drawing = || QrDrawing {
        view_box: qr.view_box,
        path: &qr.path,
    };
    let html = leaflet_html(&v, "en-GB", url, drawing());
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    assert!(html.contains("A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt;"));
    assert!(html.contains(&format!("<path d=\"{}\" fill=\"#000\"/>", qr.path)));
    assert!(html.contains("<p class=\"leaflet__url\">https://signpost.example.gov.uk/</p>"));
    // The app's own leaflet styles, and nothing fetched from anywhere.
    assert!(html.contains(".leaflet__situations"));
    assert!(!html.contains("<link") && !html.contains("src="), "{html}");
    let rtl = leaflet_html(&v, "ar", url, drawing());
    assert!(rtl.contains("<html lang=\"ar\" dir=\"rtl\">"));
}

fn with_leaflet(text: &str) -> Vec<SourceFile> {
    let mut files = signpost::content::files();
    files.retain(|f| f.path != "leaflet.json");
    files.push(SourceFile {
        path: "leaflet.json".into(),
        text: text.into(),
    });
    files
}

#[test]
fn a_mistake_in_the_leaflet_fails_the_check_naming_the_file() {
    let base =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/leaflet.json"))
            .unwrap();
    for (from, to, expected) in [
        (
            "\"guide\": \"bailiffs\"",
            "\"guide\": \"no-such-guide\"",
            "no-such-guide",
        ),
        (
            "\"needs\": [\"enforcement\", \"warrant\"]",
            "\"needs\": [\"enforcement\", \"no-such-flag\"]",
            "no-such-flag",
        ),
        (
            "\"helplines\": [\"shelter\", \"shelter-cymru\"]",
            "\"helplines\": [\"shelter\", \"no-such-service\"]",
            "no-such-service",
        ),
        (
            "\"title\": \"leaflet-situation-rent\"",
            "\"title\": \"leaflet-no-such-message\"",
            "leaflet-no-such-message",
        ),
        (
            "\"scan\": \"leaflet-scan\"",
            "\"scan\": \"leaflet-scan\", \"colour\": \"red\"",
            "colour",
        ),
    ] {
        assert!(base.contains(from), "{from}");
        let errors = load_and_validate(&with_leaflet(&base.replace(from, to))).unwrap_err();
        let text = errors.to_string();
        assert!(text.contains("content/leaflet.json"), "{to}: {text}");
        assert!(text.contains(expected), "{to}: {text}");
    }
}

fn signpost(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_command_writes_the_page_in_a_complete_language_only() {
    let out = std::env::temp_dir().join(format!("signpost-leaflet-{}.html", std::process::id()));
    let out_s = out.to_string_lossy().into_owned();
    let (code, _, err) = signpost(&[
        "leaflet",
        "--url",
        "https://signpost.example.gov.uk/",
        "--locale",
        "cy",
        "--out",
        &out_s,
    ]);
    assert_eq!(code, Some(0), "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    assert!(html.contains("<html lang=\"cy\""));
    assert!(html.contains("Poeni am arian?"));
    let (code, stdout, _) = signpost(&["leaflet", "--url", "https://signpost.example.gov.uk/"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("Worried about money?"));
    for (args, expected) in [
        (
            vec!["leaflet", "--url", "https://x.example/", "--locale", "pl"],
            "only in a complete language (en-GB, cy)",
        ),
        (vec!["leaflet"], "leaflet needs --url"),
        (
            vec!["leaflet", "--url", "signpost.example"],
            "is not a web address",
        ),
        (
            vec!["check", "--url", "https://x.example/"],
            "only for leaflet",
        ),
    ] {
        let (code, _, err) = signpost(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}
