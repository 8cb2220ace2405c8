//! "Why this result?" in the person's language (adviser mode): the deciding answers are named
//! under the rule that chose the result, every locale words it without English connecting
//! words or missing messages, and the members are the ones the referral summary recommends.

use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::explain::explain;
use signpost::engine::matching::recommended_members;
use signpost::engine::referral::ReferralDetails;
use signpost::engine::{evaluate, Content, Evaluation};
use signpost::words::document::all_text;
use signpost::words::i18n::Translator;
use signpost::words::why::{why_words, Line, WhyWords};
use signpost::words::why_document::why_document;
use std::path::Path;
use std::sync::OnceLock;

fn real() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| signpost::content::embedded().expect("the embedded content is valid"))
}

fn run(name: &str, locale: &str) -> (Evaluation, WhyWords) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/scenarios/{name}.json"));
    let s = Scenario::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let today = s.today.expect("scenarios have a date");
    let r = scenario::run(real(), &s, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    let ev = evaluate(real(), &r.answers, today).unwrap();
    let mut ex = explain(real(), &r.answers, &ev, today);
    ex.members = recommended_members(real(), &ev, &ReferralDetails::default(), locale);
    let t = Translator::new(real(), locale);
    (ev, why_words(real(), &ex, &t))
}

fn text(lines: &[Line]) -> String {
    lines
        .iter()
        .flat_map(|l| l.all_text())
        .collect::<Vec<_>>()
        .join("\n")
}

fn everything(w: &WhyWords) -> String {
    let mut out = Vec::new();
    if let Some(o) = &w.outcome {
        out.push(o.title.clone());
        out.push(text(&o.because));
        for p in &o.passed_over {
            out.push(p.title.clone());
            out.push(text(&p.because));
        }
    }
    for f in &w.flags {
        out.push(f.label.clone());
        out.push(text(&f.because));
        out.extend(f.deadlines.iter().cloned());
    }
    for m in &w.members {
        out.push(m.name.clone());
        out.extend(m.reasons.iter().cloned());
    }
    out.join("\n")
}

#[test]
fn several_needs_names_the_answers_behind_the_rule() {
    let (_, w) = run("referral-council-tax-and-benefit-deductions", "en-GB");
    let o = w.outcome.as_ref().expect("the path reaches a result");
    let tier = Translator::new(real(), "en-GB").text("tier-referral");
    assert!(o.title.ends_with(&format!("({tier})")), "{}", o.title);
    let because = text(&o.because);
    // The rule read "several needs"; under it, the flags that made it, and under those, the
    // answers the person gave.
    assert!(because.contains("was raised."), "{because}");
    assert!(because.contains("Council Tax"), "{because}");
    assert!(because.contains("The answer to “"), "{because}");
    // More urgent results were checked first, and why each did not apply is said.
    assert!(!o.passed_over.is_empty());
    assert!(o.passed_over.iter().all(|p| !p.because.is_empty()));
    // Each raised flag says what raised it; the members say why they are suggested.
    assert!(w.flags.iter().all(|f| !f.because.is_empty()));
    assert!(!w.members.is_empty() && w.members.len() <= 3);
    assert!(w.members.iter().all(|m| !m.reasons.is_empty()));
}

#[test]
fn a_court_date_names_the_date_and_the_working_days() {
    let (ev, w) = run("urgent-court-claim-fifth-working-day", "en-GB");
    let o = w.outcome.as_ref().unwrap();
    let because = text(&o.because);
    assert!(because.contains("within 10 working days"), "{because}");
    let court = ev.deadlines.first().expect("the court date is a deadline");
    assert!(because.contains(&court.date.year.to_string()), "{because}");
    let flag = w
        .flags
        .iter()
        .find(|f| f.id == "deadline-soon")
        .expect("deadline-soon is explained");
    assert!(!flag.deadlines.is_empty());
}

#[test]
fn every_locale_words_it_without_missing_messages_or_english_glue() {
    for name in [
        "referral-council-tax-and-benefit-deductions",
        "urgent-court-claim-fifth-working-day",
        "signpost-card-debts-exactly-5000",
        "self-help-budget-making-money-last",
    ] {
        let (_, en) = run(name, "en-GB");
        for locale in ["cy", "pl", "ar"] {
            let (_, w) = run(name, locale);
            let all = everything(&w);
            assert!(
                !all.contains('['),
                "{name} {locale}: a message is missing\n{all}"
            );
            for glue in ["The answer to", " was raised", "none of the"] {
                assert!(
                    !all.contains(glue),
                    "{name} {locale}: English \"{glue}\"\n{all}"
                );
            }
            assert_eq!(w.flags.len(), en.flags.len());
            assert_eq!(w.members.len(), en.members.len());
        }
    }
}

#[test]
fn members_follow_the_summary_only_for_referrals() {
    let (_, w) = run("self-help-budget-making-money-last", "en-GB");
    assert!(
        w.members.is_empty(),
        "no members are recommended without a referral"
    );
}

/// The result page draws the explanation from its document: every sentence of it, in order.
#[test]
fn the_page_document_carries_every_sentence() {
    for (name, referral) in [
        ("urgent-bailiffs-court-and-eviction-dates", true),
        ("self-help-budget-making-money-last", false),
    ] {
        let (_, w) = run(name, "cy");
        let t = Translator::new(real(), "cy");
        let doc = why_document(&t, w.clone(), referral);
        let page = all_text(&doc).join("\n");
        for line in everything(&w).lines() {
            assert!(page.contains(line), "{name}: the page lacks {line:?}");
        }
        assert_eq!(
            page.contains(&t.text("adviser-why-members-heading")),
            referral,
            "{name}: members are explained only for a referral"
        );
    }
}
