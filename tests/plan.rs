//! The results page's plan: guides in order of urgency, today's actions first, services
//! once each and only for this nation. On a small fixture, so each rule can be broken alone.

mod common;
use common::content::ContentBuilder;
use serde_json::json;
use signpost::engine::plan::{plan, Plan};
use signpost::engine::{evaluate, Answer, Answers, Content, Date};

/// One multiple choice question whose options raise the flags, most urgent first in
/// flags.json: eviction, then rent, then budget. The outcome lists `budget-guide` itself.
fn content(nation: Option<&str>) -> Content {
    let mut fx = ContentBuilder::new("problems", vec![]);
    if let Some(n) = nation {
        fx.settings["nation"] = json!(n);
    }
    let guide = |id: &str, needs: &[&str], today: &[&str], services: &[&str]| {
        json!({"id": id, "title": format!("g-{id}"), "summary": format!("g-{id}-summary"),
               "needs": needs, "today": today, "steps": [format!("g-{id}-step")],
               "services": services})
    };
    let service = |id: &str, area: &[&str]| {
        json!({"id": id, "organisation": id, "name": id, "description": format!("s-{id}"),
               "service_area": area, "contacts": [{"channel": "phone", "value": "0800 000 000"}]})
    };
    fx.flags = json!({"flags": [
            {"id": "eviction", "kind": "risk", "label": "f-eviction"},
            {"id": "rent", "kind": "need", "label": "f-rent"},
            {"id": "budget", "kind": "need", "label": "f-budget"},
            {"id": "unused", "kind": "need", "label": "f-unused"}]});
    let tree = json!({"nodes": [
            {"kind": "question", "id": "problems", "type": "multiple_choice", "title": "q",
             "options": [
                {"id": "eviction", "label": "q-eviction", "flags": ["eviction"]},
                {"id": "rent", "label": "q-rent", "flags": ["rent"]},
                {"id": "budget", "label": "q-budget", "flags": ["budget"]},
                {"id": "none", "label": "q-none", "exclusive": true}],
             "next": [{"goto": "done"}]},
            {"kind": "outcome", "id": "done", "tier": "signpost", "title": "o", "summary": "o-s",
             "next_steps": ["step-first", "today-shared"], "guides": ["budget-guide"],
             "services": ["national"]}]});
    fx.trees = vec![("t.json".into(), tree["nodes"].as_array().unwrap().clone())];
    fx.guides = Some(json!({"guides": [
            // Listed least urgent first, so the order on the page must come from the flags.
            guide("budget-guide", &["budget"], &["today-budget"], &["national"]),
            guide("rent-guide", &["rent"], &["today-rent", "today-shared"], &["wales-only", "national"]),
            guide("eviction-guide", &["eviction", "budget"], &["today-eviction"], &["england-only"]),
            guide("never-guide", &["unused"], &["today-never"], &["town"])]}));
    fx.services = Some(json!({"services": [
            service("national", &[]), service("wales-only", &["Wales"]),
            service("england-only", &["England"]), service("town", &["Truro"])]}));
    // Every step names its source, as shipped content must.
    fx.cite_every_step("2026-11-23", "Signpost: how this service works");
    fx.valid()
}

fn plan_for(c: &Content, ticked: &[&str]) -> Plan {
    let mut answers = Answers::new();
    answers.insert(
        "problems".into(),
        Answer::Choices(ticked.iter().map(|&t| t.into()).collect()),
    );
    let ev = evaluate(c, &answers, Date::parse_iso("2026-11-23").unwrap()).unwrap();
    let outcome = c.outcome(ev.outcome().expect("an outcome")).unwrap();
    plan(c, outcome, &ev)
}

fn strs<T: std::fmt::Display>(v: &[T]) -> Vec<String> {
    v.iter().map(ToString::to_string).collect()
}

#[test]
fn guides_come_in_order_of_their_most_urgent_raised_flag_then_the_outcomes_own() {
    let c = content(None);
    let p = plan_for(&c, &["budget", "rent", "eviction"]);
    assert_eq!(
        strs(&p.guides),
        ["eviction-guide", "rent-guide", "budget-guide"]
    );
    // Only rent raised: the eviction guide matches nothing; the outcome's own guide stays.
    let p = plan_for(&c, &["rent"]);
    assert_eq!(strs(&p.guides), ["rent-guide", "budget-guide"]);
    // Nothing raised: just the outcome's own guide; a guide for an unraised flag never shows.
    let p = plan_for(&c, &["none"]);
    assert_eq!(strs(&p.guides), ["budget-guide"]);
}

#[test]
fn today_starts_with_the_outcomes_steps_then_the_most_urgent_guides_each_said_once() {
    let c = content(None);
    let p = plan_for(&c, &["budget", "rent", "eviction"]);
    assert_eq!(
        strs(&p.today),
        [
            "step-first",
            "today-shared",
            "today-eviction",
            "today-rent",
            "today-budget"
        ]
    );
}

#[test]
fn services_are_listed_once_and_only_for_this_nation() {
    let p = plan_for(&content(Some("England")), &["rent", "eviction"]);
    assert_eq!(strs(&p.services), ["national", "england-only"]);
    let p = plan_for(&content(Some("Wales")), &["rent", "eviction"]);
    assert_eq!(strs(&p.services), ["national", "wales-only"]);
    // No nation set: every service shows.
    let p = plan_for(&content(None), &["rent", "eviction"]);
    assert_eq!(
        strs(&p.services),
        ["national", "england-only", "wales-only"]
    );
}
