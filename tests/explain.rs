//! "Why this outcome?": the explanation of shipped scenarios names the real answers and rules,
//! agrees with evaluation everywhere, and reads in plain English.

mod common;
use common::Samples;
use signpost::engine::answer::answer_fits;
use signpost::engine::authoring::scenario::{self, Scenario};
use signpost::engine::condition::Comparison;
use signpost::engine::explain::{
    explain, Check, Choice, Explanation, FlagSource, Reason, ReasonTest,
};
use signpost::engine::matching::{match_members, MatchReason, MatchRequest, TOP_MEMBERS};
use signpost::engine::model::Membership;
use signpost::engine::{
    evaluate, Answer, Answers, Content, Date, Evaluation, FlagId, NodeId, OptionId, Question, Step,
    Tier,
};
use signpost::words::english::describe;
use signpost::words::i18n::Translator;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

fn real() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| signpost::content::embedded().expect("the embedded content is valid"))
}

/// The embedded content as a copy for Wales, for scenarios written for Wales.
fn wales() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        signpost::content::embedded_for("Wales").expect("the content is valid for Wales")
    })
}

/// The copy a scenario is written for.
fn copy_for(s: &Scenario) -> &'static Content {
    match s.nation.as_deref() {
        None => real(),
        Some("Wales") => wales(),
        Some(other) => panic!("no copy for {other} in this test"),
    }
}

fn scenario_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

/// A shipped scenario's answers, evaluation, date and explanation.
fn run(name: &str) -> (Answers, Evaluation, Date, Explanation) {
    let path = scenario_dir().join(format!("{name}.json"));
    let s = Scenario::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let today = s.today.expect("scenarios have a date");
    let c = copy_for(&s);
    let r = scenario::run(c, &s, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    let ev = evaluate(c, &r.answers, today).unwrap();
    let ex = explain(c, &r.answers, &ev, today);
    (r.answers, ev, today, ex)
}

fn english(ex: &Explanation) -> Vec<String> {
    let t = Translator::new(real(), "en-GB");
    describe(real(), ex, &|id| t.text(id))
}

fn flag<'a>(ex: &'a Explanation, id: &str) -> &'a signpost::engine::explain::FlagExplanation {
    ex.flags
        .iter()
        .find(|f| f.flag.as_str() == id)
        .unwrap_or_else(|| panic!("\"{id}\" is not explained"))
}

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// Each node's `holds` follows from its parts, and the chosen and passed-over rules hold and
/// fail as they should: the tree can be trusted as an account of the evaluation.
fn assert_coherent(r: &Reason) {
    match &r.test {
        ReasonTest::All { parts } => {
            parts.iter().for_each(assert_coherent);
            assert_eq!(r.holds, parts.iter().all(|p| p.holds));
        }
        ReasonTest::Any { parts } => {
            parts.iter().for_each(assert_coherent);
            assert_eq!(r.holds, parts.iter().any(|p| p.holds));
        }
        ReasonTest::Not { part } => {
            assert_coherent(part);
            assert_eq!(r.holds, !part.holds);
        }
        ReasonTest::Flag { .. } => {}
        ReasonTest::Answer { answer, .. } => {
            if answer.is_none() {
                assert!(!r.holds, "a test on an unanswered question held");
            }
        }
    }
}

/// The explanation accounts for exactly the evaluation's flags and outcome.
fn assert_agrees(c: &Content, name: &str, ev: &Evaluation, ex: &Explanation) {
    let explained: Vec<&FlagId> = ex.flags.iter().map(|f| &f.flag).collect();
    let mut sorted = explained.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ev.flags.iter().collect::<Vec<_>>(),
        "{name}: flags differ"
    );
    for f in &ex.flags {
        assert!(
            !f.raised_by.is_empty(),
            "{name}: nothing raised \"{}\"",
            f.flag
        );
        for s in &f.raised_by {
            if let FlagSource::Rule { reason, .. } = s {
                assert!(
                    reason.holds,
                    "{name}: \"{}\" raised by a failing rule",
                    f.flag
                );
                assert_coherent(reason);
            }
        }
    }
    // Most urgent first, as flags.json lists them.
    let ranks: Vec<usize> = ex.flags.iter().map(|f| c.urgency_rank(&f.flag)).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{name}: {ranks:?}");
    match (&ev.step, &ex.outcome) {
        (Step::Outcome(o), Some(x)) => {
            assert_eq!(&x.outcome, o, "{name}");
            assert_eq!(x.tier, c.outcome(o).unwrap().tier, "{name}");
            if let Choice::Rule {
                reason,
                passed_over,
                ..
            } = &x.chosen_by
            {
                if let Some(r) = reason {
                    assert!(r.holds, "{name}: the chosen rule does not hold");
                    assert_coherent(r);
                }
                for p in passed_over {
                    assert!(!p.reason.holds, "{name}: a passed-over rule holds");
                    assert_coherent(&p.reason);
                }
            }
        }
        (Step::Question(_), None) => {}
        (step, got) => panic!("{name}: step {step:?} but outcome explanation {got:?}"),
    }
}

// ----- every scenario ------------------------------------------------------------------------

#[test]
fn every_scenario_is_explained_in_full_and_agrees_with_evaluation() {
    let mut names: Vec<String> = std::fs::read_dir(scenario_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 50, "only {} scenarios", names.len());
    for name in &names {
        let (_, ev, _, ex) = run(name);
        assert_agrees(real(), name, &ev, &ex);
        assert!(ex.outcome.is_some(), "{name}: no outcome explained");
        let lines = english(&ex);
        assert_eq!(lines.len(), 1 + ex.flags.len(), "{name}");
        for l in &lines {
            assert!(!l.contains("[q-") && !l.contains("[flag-"), "{name}: {l}");
        }
    }
}

// ----- the real reasons ----------------------------------------------------------------------

#[test]
fn a_claim_form_reply_within_ten_working_days_explains_the_urgency() {
    let (_, _, today, ex) = run("urgent-court-claim-fifth-working-day");
    assert_eq!(today, d("2026-11-23"));

    // The deadline flag: the claim form's rule, on the reply date (14 days after the issue
    // date given), within ten working days from Monday 23 November, Monday 7 December.
    let deadline = flag(&ex, "deadline-soon");
    assert_eq!(deadline.deadlines.len(), 1);
    assert_eq!(deadline.deadlines[0].date, d("2026-11-30"));
    let [FlagSource::Rule { node, reason }] = deadline.raised_by.as_slice() else {
        panic!("{:?}", deadline.raised_by);
    };
    assert_eq!(node.as_str(), "claim-issue-date");
    assert!(reason.holds);
    assert_eq!(
        reason.test,
        ReasonTest::Answer {
            question: NodeId::new("claim-issue-date"),
            answer: Some(Answer::Date(d("2026-11-16"))),
            check: Check::WithinWorkingDays {
                days: 10,
                plus_months: 0,
                plus_days: 14,
                date: Some(d("2026-11-30")),
                last_day: d("2026-12-07"),
            },
        }
    );

    // Court papers: the option ticked.
    assert_eq!(
        flag(&ex, "court-papers").raised_by,
        vec![FlagSource::Option {
            question: NodeId::new("urgent-problems"),
            option: OptionId::new("court-papers"),
        }]
    );

    // The outcome: the route's fifth rule, because the reply date is within its window; the
    // four rules above it (not safe, no settled home, the two evictions) did not hold.
    let o = ex.outcome.as_ref().unwrap();
    assert_eq!(o.outcome.as_str(), "act-today-court");
    assert_eq!(o.tier, Tier::Urgent);
    assert_eq!(o.chosen_at.as_str(), "choose-outcome");
    let Choice::Rule {
        index,
        reason: Some(reason),
        passed_over,
    } = &o.chosen_by
    else {
        panic!("{:?}", o.chosen_by);
    };
    assert_eq!(*index, 4);
    assert!(reason.holds);
    assert_eq!(
        reason.flags(),
        vec![(&FlagId::new("missed-hearing"), false)]
    );
    let skipped: Vec<&str> = passed_over.iter().map(|p| p.goto.as_str()).collect();
    assert_eq!(
        skipped,
        [
            "get-help-now",
            "somewhere-to-stay",
            "act-today-bailiffs-eviction",
            "act-today-leave-home"
        ]
    );
    assert_eq!(
        passed_over[0].reason.flags(),
        vec![(&FlagId::new("not-safe"), false)]
    );

    let lines = english(&ex);
    assert_eq!(
        lines[0],
        "Act today: deal with your court papers (Act today): because 14 days after the date for 'What is the issue date on the claim form?' is Monday 30 November 2026, on or before Monday 7 December 2026, 10 working days from today"
    );
    assert!(lines.contains(
        &"'A date to act by soon (court, eviction: 10 working days; bailiffs, reconsideration: 5)': 14 days after the date for 'What is the issue date on the claim form?' is Monday 30 November 2026, on or before Monday 7 December 2026, 10 working days from today".to_owned()
    ), "{lines:#?}");
    assert!(lines.contains(
        &"'Court papers': you chose 'I have papers from a court' for 'Is any of this happening to you now?'".to_owned()
    ), "{lines:#?}");
}

#[test]
fn several_needs_explains_see_an_adviser_and_names_the_flags_it_combined() {
    let (_, _, _, ex) = run("referral-council-tax-and-benefit-deductions");
    let several = flag(&ex, "several-needs");
    let [FlagSource::Rule { node, reason }] = several.raised_by.as_slice() else {
        panic!("{:?}", several.raised_by);
    };
    assert_eq!(node.as_str(), "choose-outcome");
    // The first branch: a priority debt and a benefit problem, both raised.
    let raised: Vec<&str> = reason
        .flags()
        .into_iter()
        .filter(|(_, held)| *held)
        .map(|(f, _)| f.as_str())
        .collect();
    assert!(raised.contains(&"priority-debt") && raised.contains(&"benefit-problem"));

    // Council Tax raised the priority debt; the deductions the benefit problem.
    assert!(flag(&ex, "priority-debt")
        .raised_by
        .contains(&FlagSource::Option {
            question: NodeId::new("debt-types"),
            option: OptionId::new("council-tax"),
        }));
    assert!(flag(&ex, "benefit-problem")
        .raised_by
        .contains(&FlagSource::Option {
            question: NodeId::new("benefit-problems"),
            option: OptionId::new("deductions"),
        }));

    let o = ex.outcome.as_ref().unwrap();
    assert_eq!(o.outcome.as_str(), "see-an-adviser");
    assert_eq!(o.tier, Tier::Referral);
    let Choice::Rule {
        reason: Some(r), ..
    } = &o.chosen_by
    else {
        panic!("{:?}", o.chosen_by);
    };
    // Court papers or a warrant alone would also reach an adviser; here neither was raised.
    assert_eq!(
        r.flags(),
        vec![
            (&FlagId::new("several-needs"), true),
            (&FlagId::new("court-papers"), false),
            (&FlagId::new("warrant"), false)
        ]
    );

    let lines = english(&ex);
    assert!(
        lines[0].ends_with("because 'Several problems that affect each other' was raised"),
        "{}",
        lines[0]
    );
    let line = lines
        .iter()
        .find(|l| l.starts_with("'Several problems that affect each other':"))
        .unwrap();
    assert!(
        line.contains("'Priority debts' was raised and 'A problem with benefits' was raised"),
        "{line}"
    );
    assert!(
        lines.contains(
            &"'Priority debts': you chose 'Council Tax' for 'Are you behind with any of these?'"
                .to_owned()
        ),
        "{lines:#?}"
    );
}

#[test]
fn the_last_rule_says_that_none_above_it_applied() {
    let (_, _, _, ex) = run("self-help-budget-making-money-last");
    let o = ex.outcome.as_ref().unwrap();
    assert_eq!(o.outcome.as_str(), "self-help-budget");
    let Choice::Rule {
        reason: None,
        passed_over,
        ..
    } = &o.chosen_by
    else {
        panic!("{:?}", o.chosen_by);
    };
    let route = match real().node(&o.chosen_at).unwrap() {
        signpost::engine::Node::Route(r) => r,
        other => panic!("{other:?}"),
    };
    assert_eq!(passed_over.len(), route.next.len() - 1);
    let lines = english(&ex);
    assert!(
        lines[0].ends_with(&format!(
            "because none of the {} rules before it applied",
            passed_over.len()
        )),
        "{}",
        lines[0]
    );
}

#[test]
fn an_unsafe_answer_explains_the_emergency() {
    let (_, _, _, ex) = run("emergency-not-safe-carries-on");
    assert_eq!(ex.outcome.as_ref().unwrap().tier, Tier::Emergency);
    assert_eq!(
        flag(&ex, "not-safe").raised_by,
        vec![FlagSource::Option {
            question: NodeId::new("safe-now"),
            option: OptionId::new("no"),
        }]
    );
    let lines = english(&ex);
    assert_eq!(
        lines[0],
        "Get help to stay safe now (Get help now): because 'Not safe right now: in danger now, or might harm themselves' was raised"
    );
    assert!(
        lines.contains(
            &"'Not safe right now: in danger now, or might harm themselves': you chose 'No. I am in danger now, or I might harm myself' for 'Are you safe right now?'".to_owned()
        ),
        "{lines:#?}"
    );
}

#[test]
fn member_reasons_are_the_matching_reasons_in_words() {
    let (_, ev, _, mut ex) = run("referral-council-tax-and-benefit-deductions");
    let req = MatchRequest {
        tier: Tier::Referral,
        flags: &ev.flags,
        area: None,
        language: None,
        channel: None,
        withheld: vec![],
    };
    ex.members = match_members(real(), &req)
        .into_iter()
        .take(TOP_MEMBERS)
        .collect();
    assert!(!ex.members.is_empty());
    // She said nobody at home has a mental health problem: the mental health service, a full
    // member covering her needs, is not for her (it was her second match before eligibility).
    assert!(ex
        .members
        .iter()
        .all(|m| m.service.as_str() != "steady-ground-mind-and-money"));
    let lines = english(&ex);
    let member_lines: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("Recommended "))
        .collect();
    assert_eq!(member_lines.len(), ex.members.len());
    let t = Translator::new(real(), "en-GB");
    for (m, line) in ex.members.iter().zip(&member_lines) {
        let service = real().service(&m.service).unwrap();
        assert!(
            line.starts_with(&format!(
                "Recommended {} ({}): ",
                service.name, service.organisation
            )),
            "{line}"
        );
        for r in &m.reasons {
            match r {
                // Every need the member was matched on is named, by its label.
                MatchReason::Needs { flags } => {
                    for f in flags {
                        let label = t.text(real().flag(f).unwrap().label.as_str());
                        assert!(line.contains(&format!("'{label}'")), "{line}");
                    }
                }
                MatchReason::Membership { membership, .. } => {
                    let words = match membership {
                        Membership::Full => "a full member, which takes complex cases",
                        Membership::Associate => "an associate member, advising in its own field",
                        Membership::Affiliate => "an affiliate, a community group",
                    };
                    assert!(
                        line.contains(&format!("{words} (referral outcome)")),
                        "{line}"
                    )
                }
                _ => {}
            }
        }
    }
}

// ----- part-way, stale, and random paths -----------------------------------------------------

#[test]
fn part_way_there_is_no_outcome_but_the_flags_so_far_are_explained() {
    let mut answers = Answers::new();
    answers.insert(
        NodeId::new("safe-now"),
        Answer::Choice(OptionId::new("yes")),
    );
    answers.insert(
        NodeId::new("food-today"),
        Answer::Choice(OptionId::new("no")),
    );
    let today = d("2026-11-23");
    let ev = evaluate(real(), &answers, today).unwrap();
    let ex = explain(real(), &answers, &ev, today);
    assert!(ex.outcome.is_none());
    assert_agrees(real(), "part-way", &ev, &ex);
    assert_eq!(
        flag(&ex, "no-money-for-food").raised_by,
        vec![FlagSource::Option {
            question: NodeId::new("food-today"),
            option: OptionId::new("no"),
        }]
    );
}

#[test]
fn a_stale_evaluation_never_panics_and_explains_no_outcome_it_did_not_reach() {
    let (answers, ev, today, _) = run("urgent-court-claim-fifth-working-day");
    let (_, other, _, _) = run("self-help-budget-making-money-last");
    let ex = explain(real(), &answers, &other, today);
    assert!(ex.outcome.is_none());
    // Only the other evaluation's flags are listed; empty answers explain nothing.
    assert_eq!(ex.flags.len(), other.flags.len());
    let ex = explain(real(), &Answers::new(), &ev, today);
    assert!(ex.outcome.is_none());
    assert!(ex.flags.iter().all(|f| f.raised_by.is_empty()));
}

/// An answer the question accepts; `pick` varies it.
fn sample_answer(q: &Question, pick: usize, today: Date) -> Answer {
    common::sample_answer(
        q,
        pick,
        &Samples {
            pounds: &[0, 50, 999, 5000, 4999],
            today,
            days: (40, 35),
            text: |p| format!("words {p}"),
        },
    )
}

#[test]
fn random_paths_agree_with_evaluation() {
    let c = real();
    let today = d("2026-12-21");
    for seed in 0..300usize {
        let mut answers = Answers::new();
        for i in 0..=c.nodes.len() {
            let ev = evaluate(c, &answers, today).unwrap();
            let ex = explain(c, &answers, &ev, today);
            assert_agrees(c, &format!("seed {seed}, step {i}"), &ev, &ex);
            match ev.step {
                Step::Outcome(_) => {
                    english(&ex);
                    break;
                }
                Step::Question(q) => {
                    let pick = seed.wrapping_mul(31).wrapping_add(i * (seed + 7));
                    let question = c.question(&q).unwrap();
                    let a = sample_answer(question, pick, today);
                    assert!(answer_fits(question, &a));
                    answers.insert(q.clone(), a);
                }
            }
        }
    }
}

// ----- the words of each kind of test --------------------------------------------------------

#[test]
fn money_comparisons_read_as_amounts() {
    let (_, _, _, ex) = run("referral-large-mortgage-and-loan-debts-nothing-left");
    let large = flag(&ex, "large-debts");
    let found = large.raised_by.iter().any(|s| match s {
        FlagSource::Rule { reason, .. } => {
            let mut ok = false;
            if let ReasonTest::Answer {
                check: Check::Compare { comparison, value },
                ..
            } = &reason.test
            {
                ok = *comparison == Comparison::AtLeast && *value == 5000.0;
            }
            ok
        }
        _ => false,
    });
    assert!(found, "{:?}", large.raised_by);
    let lines = english(&ex);
    assert!(
        lines.contains(
            &"'Debts of £5,000 or more': your answer to 'About how much do you owe in total?', £18,500, is at least £5,000"
                .to_owned()
        ),
        "{lines:#?}"
    );
}

// ----- the authors' tool ---------------------------------------------------------------------

#[test]
fn signpost_explain_prints_the_reasons() {
    let out = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "explain",
            "tests/scenarios/urgent-court-claim-fifth-working-day.json",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].contains(
            "because 14 days after the date for 'What is the issue date on the claim form?' is \
             Monday 30 November 2026, on or before Monday 7 December 2026, 10 working days from today"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("'A date to act by soon (court, eviction: 10 working days; bailiffs, reconsideration: 5)': 14 days after"));
    assert!(stdout.contains("Recommended "), "{stdout}");

    let out = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["explain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("explain needs a scenario file"));
}

// ----- a small tree: an option's own goto, and "not" ------------------------------------------

/// `kind`: card (raises "card"), loan, or other (its own goto to an outcome); then `owed`
/// raises "big" for £100 or more unless "card" was raised.
fn fixture() -> Content {
    use common::content::{outcome, ContentBuilder};
    use serde_json::json;
    let nodes = vec![
        json!({"kind": "question", "id": "kind", "type": "single_choice", "title": "q-kind",
               "options": [
                  {"id": "card", "label": "q-kind-card", "flags": ["card"]},
                  {"id": "loan", "label": "q-kind-loan"},
                  {"id": "other", "label": "q-kind-other", "goto": "out-other"}],
               "next": [{"goto": "owed"}]}),
        json!({"kind": "question", "id": "owed", "type": "money", "title": "q-owed",
               "flags": [{"flag": "big", "if": {"all": [
                  {"answer": "owed", "at_least": 100},
                  {"not": {"flag": "card"}}]}}],
               "next": [{"if": {"flag": "big"}, "goto": "out-big"}, {"goto": "out-small"}]}),
        outcome("out-other", "signpost"),
        outcome("out-big", "referral"),
        outcome("out-small", "self-help"),
    ];
    ContentBuilder::new("kind", nodes)
        .need_flags(&["big", "card"])
        .valid()
}

fn fixture_run(kind: &str, owed: Option<i64>) -> (Explanation, Vec<String>) {
    let c = fixture();
    let mut answers = Answers::new();
    answers.insert(NodeId::new("kind"), Answer::Choice(OptionId::new(kind)));
    if let Some(p) = owed {
        answers.insert(NodeId::new("owed"), Answer::Money(p));
    }
    let today = d("2026-11-23");
    let ev = evaluate(&c, &answers, today).unwrap();
    let ex = explain(&c, &answers, &ev, today);
    assert_agrees(&c, "fixture", &ev, &ex);
    let lines = describe(&c, &ex, &|id| format!("<{id}>"));
    (ex, lines)
}

#[test]
fn an_options_own_goto_is_the_reason() {
    let (ex, lines) = fixture_run("other", None);
    let o = ex.outcome.unwrap();
    assert_eq!(o.chosen_at.as_str(), "kind");
    assert_eq!(
        o.chosen_by,
        Choice::Option {
            question: NodeId::new("kind"),
            option: OptionId::new("other"),
        }
    );
    assert_eq!(
        lines,
        ["<o-out-other> (<tier-signpost>): because you chose '<q-kind-other>' for '<q-kind>'"]
    );
}

#[test]
fn an_amount_and_a_flag_not_raised_both_count() {
    let (ex, lines) = fixture_run("loan", Some(15_000));
    assert_eq!(ex.outcome.as_ref().unwrap().outcome.as_str(), "out-big");
    assert_eq!(
        lines,
        [
            "<o-out-big> (<tier-referral>): because '<flag-big>' was raised",
            "'<flag-big>': your answer to '<q-owed>', £150, is at least £100 and '<flag-card>' was not raised",
        ]
    );
    let [FlagSource::Rule { reason, .. }] = flag(&ex, "big").raised_by.as_slice() else {
        panic!()
    };
    assert_eq!(reason.flags(), vec![(&FlagId::new("card"), false)]);
    assert_eq!(
        reason.answers(),
        vec![(&NodeId::new("owed"), Some(&Answer::Money(15_000)))]
    );
}

#[test]
fn a_failing_rule_is_passed_over_with_what_made_it_fail() {
    let (ex, lines) = fixture_run("card", Some(15_000));
    let o = ex.outcome.as_ref().unwrap();
    assert_eq!(o.outcome.as_str(), "out-small");
    assert_eq!(
        lines[0],
        "<o-out-small> (<tier-self-help>): because none of the 1 rules before it applied"
    );
    let Choice::Rule {
        index: 1,
        reason: None,
        passed_over,
    } = &o.chosen_by
    else {
        panic!("{:?}", o.chosen_by)
    };
    assert_eq!(passed_over[0].goto.as_str(), "out-big");
    assert_eq!(
        passed_over[0].reason.flags(),
        vec![(&FlagId::new("big"), false)]
    );
    // Too little and not a card: the amount alone explains why "big" is not raised.
    let (ex, _) = fixture_run("loan", Some(5_000));
    assert!(ex.flags.is_empty());
}
