//! Content validation: a small valid content set, broken one thing at a time.

use serde_json::{json, Value};
use signpost::engine::authoring::validate::validate;
use signpost::engine::messages::UI_MESSAGES;
use signpost::engine::{load, ContentError, SourceFile};
use std::collections::BTreeSet;

/// A content set as JSON values, turned into files on demand. Locale files are generated
/// from the messages the content refers to, so tests can change the tree freely.
struct Fixture {
    settings: Value,
    flags: Value,
    guides: Value,
    services: Value,
    /// content/sources/all.json: where each step comes from.
    sources: Value,
    /// (file name under tree/, nodes)
    trees: Vec<(String, Vec<Value>)>,
    /// Locale folders to generate.
    locales: Vec<String>,
    /// (locale, message) left out of the generated files.
    omit: Vec<(String, String)>,
    /// (locale, message) added to the generated content.ftl.
    extra: Vec<(String, String)>,
}

impl Fixture {
    /// A small tree that uses every kind of node and question, split over two files.
    fn valid() -> Fixture {
        let start = vec![
            json!({"kind": "question", "id": "worry", "type": "single_choice", "title": "q-worry",
                   "hint": "q-worry-hint",
                   "options": [
                       {"id": "debt", "label": "q-worry-debt", "goto": "behind", "flags": ["debt"]},
                       {"id": "benefits", "label": "q-worry-benefits", "goto": "household"},
                       {"id": "other", "label": "q-worry-other"}
                   ],
                   "next": [{"goto": "self-help"}]}),
            json!({"kind": "question", "id": "behind", "type": "yes_no", "title": "q-behind",
                   "options": [{"id": "yes", "goto": "arrears"}, {"id": "no"}, {"id": "dont-know"}],
                   "next": [{"goto": "amount"}]}),
            json!({"kind": "question", "id": "arrears", "type": "multiple_choice", "title": "q-arrears",
                   "options": [
                       {"id": "rent", "label": "q-arrears-rent"},
                       {"id": "council-tax", "label": "q-arrears-council-tax"},
                       {"id": "none", "label": "q-arrears-none", "exclusive": true}
                   ],
                   "flags": [{"flag": "priority-debt",
                              "if": {"answer": "arrears", "one_of": ["rent", "council-tax"]}}],
                   "next": [{"goto": "amount"}]}),
            json!({"kind": "route", "id": "triage",
            "next": [
                {"if": {"flag": "court-soon"}, "goto": "urgent"},
                {"if": {"all": [{"answer": "behind", "equals": "yes"},
                                {"answer": "arrears", "equals": "rent"}]},
                 "goto": "adviser"},
                {"goto": "self-help"}
            ]}),
            json!({"kind": "outcome", "id": "urgent", "tier": "urgent", "title": "o-urgent",
                   "summary": "o-urgent-summary", "services": ["stepchange"]}),
            json!({"kind": "outcome", "id": "adviser", "tier": "referral", "title": "o-adviser",
                   "summary": "o-adviser-summary", "guides": ["budget"],
                   "services": ["citizens-advice"]}),
            json!({"kind": "outcome", "id": "self-help", "tier": "self-help", "title": "o-self-help",
                   "summary": "o-self-help-summary", "next_steps": ["o-self-help-step-1"],
                   "guides": ["budget"]}),
        ];
        let money = vec![
            json!({"kind": "question", "id": "amount", "type": "money", "title": "q-amount",
                   "min": 0, "max": 100000,
                   "next": [{"if": {"answer": "amount", "at_least": 1000}, "goto": "court"},
                            {"goto": "triage"}]}),
            json!({"kind": "question", "id": "court", "type": "date", "title": "q-court",
                   "flags": [{"flag": "court-soon",
                              "if": {"answer": "court", "within_working_days": 10}}],
                   "next": [{"goto": "triage"}]}),
            json!({"kind": "question", "id": "household", "type": "number", "title": "q-household",
                   "min": 1, "max": 20,
                   "next": [{"if": {"answer": "household", "greater_than": 4}, "goto": "adviser"},
                            {"goto": "details"}]}),
            json!({"kind": "question", "id": "details", "type": "text", "title": "q-details",
                   "max_length": 200,
                   "next": [{"if": {"any": [{"answer": "details", "equals": "universal credit"},
                                            {"not": {"answer": "worry", "equals": "benefits"}}]},
                             "goto": "adviser"},
                            {"goto": "self-help"}]}),
        ];
        Fixture {
            settings: json!({"start": "worry", "default_locale": "en-GB",
                             "locales": ["en-GB", "cy"], "complete_locales": ["cy"],
                             "bank_holidays": ["2026-12-25"]}),
            flags: json!({"flags": [
                {"id": "debt", "kind": "need", "label": "flag-debt"},
                {"id": "priority-debt", "kind": "risk", "label": "flag-priority-debt"},
                {"id": "court-soon", "kind": "risk", "label": "flag-court-soon"}
            ]}),
            guides: json!({"guides": [
                {"id": "budget", "title": "g-budget", "summary": "g-budget-summary",
                 "steps": ["g-budget-1"],
                 "services": ["citizens-advice"]}
            ]}),
            services: json!({"services": [
                {"id": "citizens-advice", "organisation": "Citizens Advice", "name": "Debt advice",
                 "description": "s-citizens-advice", "membership": "full", "needs": ["debt"],
                 "contacts": [{"channel": "phone", "value": "0800 144 8848"}]},
                {"id": "stepchange", "organisation": "StepChange", "name": "Debt help",
                 "description": "s-stepchange", "needs": ["priority-debt"],
                 "contacts": [{"channel": "website", "value": "https://www.stepchange.org"}],
                 "hours": "s-stepchange-hours"}
            ]}),
            sources: json!({"steps": [
                {"step": "g-budget-1", "checked": "2026-01-15",
                 "sources": [{"title": "MoneyHelper: budget planner"}]},
                {"step": "o-self-help-step-1", "checked": "2026-01-15",
                 "sources": [{"title": "MoneyHelper: budget planner"}]}
            ]}),
            trees: vec![("start.json".into(), start), ("money.json".into(), money)],
            locales: vec!["en-GB".into(), "cy".into()],
            omit: vec![],
            extra: vec![],
        }
    }

    /// The node with this id (the first, if there are several).
    fn node(&mut self, id: &str) -> &mut Value {
        self.trees
            .iter_mut()
            .flat_map(|(_, nodes)| nodes.iter_mut())
            .find(|n| n["id"] == id)
            .unwrap_or_else(|| panic!("no node {id} in the fixture"))
    }

    fn remove_node(&mut self, id: &str) {
        for (_, nodes) in &mut self.trees {
            nodes.retain(|n| n["id"] != id);
        }
    }

    fn push_node(&mut self, file: &str, node: Value) {
        match self.trees.iter_mut().find(|(f, _)| f == file) {
            Some((_, nodes)) => nodes.push(node),
            None => self.trees.push((file.into(), vec![node])),
        }
    }

    fn files(&self) -> Vec<SourceFile> {
        let file = |path: &str, v: &Value| SourceFile {
            path: path.into(),
            text: serde_json::to_string_pretty(v).unwrap(),
        };
        let mut files = vec![
            file("settings.json", &self.settings),
            file("flags.json", &self.flags),
            file("guidance.json", &self.guides),
            file("services.json", &self.services),
            file("sources/all.json", &self.sources),
        ];
        for (name, nodes) in &self.trees {
            files.push(file(&format!("tree/{name}"), &json!({ "nodes": nodes })));
        }
        // Every message the content refers to, from the content itself.
        let (content, _) = load(&files);
        let used: BTreeSet<String> = content
            .referenced_messages()
            .into_iter()
            .map(|(m, _)| m.to_string())
            .collect();
        for code in &self.locales {
            let keep = |m: &str| !self.omit.iter().any(|(c, o)| c == code && o == m);
            let mut text = String::new();
            for m in used.iter().filter(|m| keep(m)) {
                text.push_str(&format!("{m} = {m} ({code})\n"));
            }
            for (_, m) in self.extra.iter().filter(|(c, _)| c == code) {
                text.push_str(&format!("{m} = {m} ({code})\n"));
            }
            let mut ui = String::new();
            for m in UI_MESSAGES.iter().filter(|m| keep(m)) {
                ui.push_str(&format!("{m} = {m} ({code})\n"));
            }
            files.push(SourceFile {
                path: format!("locales/{code}/content.ftl"),
                text,
            });
            files.push(SourceFile {
                path: format!("locales/{code}/ui.ftl"),
                text: ui,
            });
        }
        files
    }

    /// The validation problems. The files themselves must load cleanly.
    fn problems(&self) -> Vec<Problem> {
        let (content, load_errors) = load(&self.files());
        assert!(
            load_errors.is_empty(),
            "the fixture does not load: {load_errors:#?}"
        );
        validate(&content).into_iter().map(Problem::from).collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Problem {
    file: String,
    what: String,
    id: String,
    message: String,
}

impl From<ContentError> for Problem {
    fn from(e: ContentError) -> Self {
        match e {
            ContentError::Invalid {
                file,
                what,
                id,
                message,
            } => Problem {
                file,
                what,
                id,
                message,
            },
            other => panic!("validation returned a non-validation error: {other}"),
        }
    }
}

/// Asserts that a problem with this file, kind and id, and a message containing every one
/// of `says`, was reported.
#[track_caller]
fn assert_has(problems: &[Problem], file: &str, what: &str, id: &str, says: &[&str]) {
    let found = problems.iter().any(|p| {
        p.file == file && p.what == what && p.id == id && says.iter().all(|s| p.message.contains(s))
    });
    assert!(
        found,
        "expected {file}: {what} \"{id}\" saying {says:?}; got:\n{}",
        show(problems)
    );
}

/// Asserts there is exactly one problem, as [`assert_has`] describes.
#[track_caller]
fn assert_only(problems: &[Problem], file: &str, what: &str, id: &str, says: &[&str]) {
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem; got:\n{}",
        show(problems)
    );
    assert_has(problems, file, what, id, says);
}

fn show(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {}: {} \"{}\": {}\n", p.file, p.what, p.id, p.message))
        .collect()
}

const START: &str = "content/tree/start.json";
const MONEY: &str = "content/tree/money.json";

#[test]
fn the_fixture_is_valid() {
    let problems = Fixture::valid().problems();
    assert!(problems.is_empty(), "{}", show(&problems));
}

// ----- 1. duplicate ids ---------------------------------------------------------------------

#[test]
fn duplicate_node_in_one_file() {
    let mut fx = Fixture::valid();
    fx.push_node(
        "money.json",
        json!({"kind": "outcome", "id": "court", "tier": "signpost", "title": "o-urgent",
               "summary": "o-urgent-summary"}),
    );
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "court",
        &["2 nodes have the id \"court\"", "give each its own id"],
    );
}

#[test]
fn duplicate_node_across_files() {
    let mut fx = Fixture::valid();
    // money.json is read before start.json (files are read in name order).
    fx.push_node(
        "start.json",
        json!({"kind": "outcome", "id": "amount", "tier": "signpost", "title": "o-urgent",
               "summary": "o-urgent-summary"}),
    );
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "amount",
        &[
            "2 nodes have the id \"amount\"",
            MONEY,
            "across all tree files",
        ],
    );
}

#[test]
fn duplicate_flag_guide_and_service() {
    let mut fx = Fixture::valid();
    let flags = fx.flags["flags"].as_array_mut().unwrap();
    flags.push(flags[0].clone());
    let guides = fx.guides["guides"].as_array_mut().unwrap();
    guides.push(guides[0].clone());
    let services = fx.services["services"].as_array_mut().unwrap();
    services.push(services[1].clone());
    let problems = fx.problems();
    assert_eq!(problems.len(), 3, "{}", show(&problems));
    assert_has(
        &problems,
        "content/flags.json",
        "flag",
        "debt",
        &["defined 2 times"],
    );
    assert_has(
        &problems,
        "content/guidance.json",
        "guide",
        "budget",
        &["defined 2 times"],
    );
    assert_has(
        &problems,
        "content/services.json",
        "service",
        "stepchange",
        &["defined 2 times"],
    );
}

#[test]
fn duplicate_option() {
    let mut fx = Fixture::valid();
    let options = fx.node("arrears")["options"].as_array_mut().unwrap();
    options[2]["id"] = json!("rent");
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "option",
        "arrears/rent",
        &["2 options have this id"],
    );
}

// ----- 2. references --------------------------------------------------------------------------

#[test]
fn unknown_start() {
    let mut fx = Fixture::valid();
    fx.settings["start"] = json!("wory");
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/settings.json",
        "settings",
        "start",
        &["\"wory\" is not defined"],
    );
}

#[test]
fn unknown_goto_in_a_rule() {
    let mut fx = Fixture::valid();
    fx.node("court")["next"][0]["goto"] = json!("triag");
    let problems = fx.problems();
    // "triage" is still reached from "amount".
    assert_only(
        &problems,
        MONEY,
        "question",
        "court",
        &["rule 1 in \"next\" goes to \"triag\"", "not defined"],
    );
}

#[test]
fn unknown_goto_in_an_option() {
    let mut fx = Fixture::valid();
    fx.node("behind")["options"][0]["goto"] = json!("arears");
    let problems = fx.problems();
    assert_has(
        &problems,
        START,
        "option",
        "behind/yes",
        &["goes to \"arears\"", "not defined"],
    );
    // "arrears" is now reached by nothing.
    assert_has(&problems, START, "question", "arrears", &["no path"]);
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn unknown_flags() {
    let mut fx = Fixture::valid();
    fx.node("worry")["options"][0]["flags"] = json!(["dept"]);
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "option",
        "worry/debt",
        &["raises the flag \"dept\"", "content/flags.json"],
    );

    let mut fx = Fixture::valid();
    fx.node("court")["flags"][0]["flag"] = json!("court-son");
    let problems = fx.problems();
    assert_has(
        &problems,
        MONEY,
        "question",
        "court",
        &["raises the flag \"court-son\""],
    );

    let mut fx = Fixture::valid();
    fx.node("triage")["next"][0]["if"] = json!({"flag": "court-son"});
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "route",
        "triage",
        &["rule 1", "tests the flag \"court-son\""],
    );

    let mut fx = Fixture::valid();
    fx.services["services"][0]["needs"] = json!(["housing"]);
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/services.json",
        "service",
        "citizens-advice",
        &["\"needs\" names the flag \"housing\""],
    );
}

#[test]
fn unknown_guides_and_services() {
    let mut fx = Fixture::valid();
    fx.node("adviser")["guides"] = json!(["budgetting"]);
    fx.node("urgent")["services"] = json!(["step-change"]);
    let problems = fx.problems();
    assert_eq!(problems.len(), 2, "{}", show(&problems));
    assert_has(
        &problems,
        START,
        "outcome",
        "adviser",
        &["guide \"budgetting\"", "content/guidance.json"],
    );
    assert_has(
        &problems,
        START,
        "outcome",
        "urgent",
        &["service \"step-change\"", "content/services.json"],
    );

    let mut fx = Fixture::valid();
    fx.guides["guides"][0]["services"] = json!(["citizens-advise"]);
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/guidance.json",
        "guide",
        "budget",
        &["service \"citizens-advise\""],
    );
}

#[test]
fn condition_on_something_that_is_not_a_question() {
    let mut fx = Fixture::valid();
    fx.node("triage")["next"][1]["if"] = json!({"answer": "behnd", "equals": "yes"});
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "route",
        "triage",
        &["reads the answer to \"behnd\", which is not defined"],
    );

    let mut fx = Fixture::valid();
    fx.node("details")["next"][0]["if"] = json!({"answer": "triage", "answered": true});
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "details",
        &["reads the answer to \"triage\", which is a route"],
    );
}

// ----- 3. and 4. reachability and loops -------------------------------------------------------

#[test]
fn unreachable_node() {
    let mut fx = Fixture::valid();
    fx.push_node(
        "money.json",
        json!({"kind": "outcome", "id": "orphan", "tier": "signpost", "title": "o-urgent",
               "summary": "o-urgent-summary"}),
    );
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "outcome",
        "orphan",
        &["no path from the start (\"worry\") leads here"],
    );
}

#[test]
fn loop_is_reported_once_with_its_path() {
    let mut fx = Fixture::valid();
    fx.node("court")["next"][0]["goto"] = json!("amount");
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "amount",
        &["loop: amount -> court -> amount"],
    );
}

#[test]
fn self_loop() {
    let mut fx = Fixture::valid();
    fx.node("details")["next"][1]["goto"] = json!("details");
    let problems = fx.problems();
    assert_has(
        &problems,
        MONEY,
        "question",
        "details",
        &["loop: details -> details"],
    );
}

// ----- 5. paths that end without an outcome ---------------------------------------------------

#[test]
fn route_without_a_final_rule() {
    let mut fx = Fixture::valid();
    fx.node("triage")["next"].as_array_mut().unwrap().pop();
    let problems = fx.problems();
    // "self-help" is still reached from "worry".
    assert_only(
        &problems,
        START,
        "route",
        "triage",
        &["every rule in \"next\" has an \"if\"", "without an outcome"],
    );
}

#[test]
fn question_without_next() {
    let mut fx = Fixture::valid();
    fx.node("court")
        .as_object_mut()
        .unwrap()
        .remove("next")
        .unwrap();
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "court",
        &["has no \"next\"", "without an outcome"],
    );
}

#[test]
fn option_without_a_transition() {
    let mut fx = Fixture::valid();
    fx.node("worry")["next"] = json!([{"if": {"flag": "debt"}, "goto": "self-help"}]);
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "option",
        "worry/other",
        &["has no transition", "no \"goto\""],
    );
}

#[test]
fn rule_after_an_unconditional_rule() {
    let mut fx = Fixture::valid();
    let next = fx.node("amount")["next"].as_array_mut().unwrap();
    next.swap(0, 1);
    let problems = fx.problems();
    assert_has(
        &problems,
        MONEY,
        "question",
        "amount",
        &["rule 2 in \"next\" (to \"court\")", "never used"],
    );
    // So "court" is never reached.
    assert_has(&problems, MONEY, "question", "court", &["no path"]);
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn next_unused_when_every_option_has_a_goto() {
    let mut fx = Fixture::valid();
    fx.node("worry")["options"][2]["goto"] = json!("self-help");
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "question",
        "worry",
        &["every option has its own \"goto\"", "never used"],
    );
}

// ----- 6. question shape ------------------------------------------------------------------------

#[test]
fn options_on_a_money_question() {
    let mut fx = Fixture::valid();
    fx.node("amount")["options"] = json!([{"id": "a", "label": "q-amount"}]);
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "amount",
        &["a money question cannot have \"options\""],
    );
}

#[test]
fn too_few_options() {
    let mut fx = Fixture::valid();
    let options = fx.node("worry")["options"].as_array_mut().unwrap();
    options.truncate(1);
    fx.node("worry")["next"] = json!([]);
    fx.remove_node("household");
    fx.remove_node("details");
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "question",
        "worry",
        &["needs at least 2 options", "has 1"],
    );

    let mut fx = Fixture::valid();
    fx.node("arrears")["options"] = json!([]);
    fx.node("arrears")["flags"] = json!([]);
    fx.node("triage")["next"][1]["if"] = json!({"answer": "behind", "equals": "yes"});
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "question",
        "arrears",
        &["multiple_choice question needs at least 1 option"],
    );
}

#[test]
fn yes_no_options() {
    let mut fx = Fixture::valid();
    fx.node("behind")["options"][1]["id"] = json!("nope");
    let problems = fx.problems();
    assert_eq!(problems.len(), 2, "{}", show(&problems));
    assert_has(
        &problems,
        START,
        "option",
        "behind/nope",
        &["can only have the options \"yes\", \"no\" and \"dont-know\""],
    );
    assert_has(
        &problems,
        START,
        "question",
        "behind",
        &["needs the options \"yes\" and \"no\"", "add \"no\""],
    );
}

/// A yes_no option may name its own words (Welsh answers with the question's verb: "Ydw"), and
/// the message must then exist like any other.
#[test]
fn yes_no_option_with_its_own_label() {
    let mut fx = Fixture::valid();
    fx.node("behind")["options"][0]["label"] = json!("q-behind-yes");
    assert_eq!(fx.problems(), vec![]);
    fx.omit.push(("en-GB".into(), "q-behind-yes".into()));
    let problems = fx.problems();
    assert!(
        problems
            .iter()
            .any(|p| p.id == "q-behind-yes" || p.message.contains("q-behind-yes")),
        "{problems:#?}"
    );
}

#[test]
fn choice_option_without_a_label() {
    let mut fx = Fixture::valid();
    fx.node("arrears")["options"][0]
        .as_object_mut()
        .unwrap()
        .remove("label");
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "option",
        "arrears/rent",
        &["needs a \"label\""],
    );
}

#[test]
fn goto_on_a_multiple_choice_option() {
    let mut fx = Fixture::valid();
    fx.node("arrears")["options"][0]["goto"] = json!("adviser");
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "option",
        "arrears/rent",
        &["cannot have \"goto\"", "\"equals\": \"rent\""],
    );
}

#[test]
fn exclusive_on_a_single_choice_option() {
    let mut fx = Fixture::valid();
    fx.node("worry")["options"][2]["exclusive"] = json!(true);
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "option",
        "worry/other",
        &["\"exclusive\" only applies to options of a multiple_choice question"],
    );
}

#[test]
fn limits_that_do_not_fit_the_type() {
    let mut fx = Fixture::valid();
    fx.node("details")["min"] = json!(3);
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "details",
        &["\"min\" and \"max\" only apply to money and number questions"],
    );

    let mut fx = Fixture::valid();
    fx.node("amount")["min"] = json!(500);
    fx.node("amount")["max"] = json!(100);
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "amount",
        &["\"min\" (500) is more than \"max\" (100)"],
    );

    let mut fx = Fixture::valid();
    fx.node("amount")["max_length"] = json!(10);
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "amount",
        &["\"max_length\" only applies to text questions"],
    );

    let mut fx = Fixture::valid();
    fx.node("household")["max"] = json!(2.5);
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "household",
        &["\"max\" is 2.5", "whole numbers"],
    );
}

// ----- 7. conditions ------------------------------------------------------------------------------

#[test]
fn condition_on_a_question_that_comes_later() {
    let mut fx = Fixture::valid();
    // "court" is asked after "amount", never before it.
    fx.node("amount")["next"][0]["if"] = json!({"answer": "court", "answered": true});
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "amount",
        &[
            "rule 1 in \"next\" reads the answer to \"court\"",
            "no path asks \"court\" before reaching \"amount\"",
        ],
    );
}

#[test]
fn condition_on_a_question_on_another_branch() {
    let mut fx = Fixture::valid();
    // "household" is only on the benefits branch; "court" is on the debt branch.
    fx.node("court")["flags"][0]["if"] = json!({"answer": "household", "at_least": 3});
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "court",
        &[
            "raises the flag \"court-soon\"",
            "reads the answer to \"household\"",
        ],
    );
}

#[test]
fn condition_on_a_later_question_in_a_tree_with_a_loop() {
    let mut fx = Fixture::valid();
    fx.node("details")["next"][1]["goto"] = json!("details");
    fx.node("amount")["next"][0]["if"] = json!({"answer": "court", "answered": true});
    // An ancestor is still fine.
    fx.node("court")["flags"][0]["if"] = json!({"answer": "behind", "equals": "yes"});
    let problems = fx.problems();
    assert_eq!(problems.len(), 2, "{}", show(&problems));
    assert_has(&problems, MONEY, "question", "details", &["loop"]);
    assert_has(
        &problems,
        MONEY,
        "question",
        "amount",
        &["no path asks \"court\" before reaching \"amount\""],
    );
}

#[test]
fn equals_an_option_the_question_does_not_have() {
    let mut fx = Fixture::valid();
    fx.node("triage")["next"][1]["if"]["all"][1]["equals"] = json!("mortgage");
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "route",
        "triage",
        &[
            "\"arrears\" has no option \"mortgage\"",
            "\"rent\", \"council-tax\" and \"none\"",
        ],
    );

    let mut fx = Fixture::valid();
    fx.node("arrears")["flags"][0]["if"]["one_of"] = json!(["rent", "water", "gas"]);
    let problems = fx.problems();
    assert_only(
        &problems,
        START,
        "question",
        "arrears",
        &["has no option \"water\" and \"gas\""],
    );
}

#[test]
fn tests_that_do_not_fit_the_answer() {
    let cases = [
        (
            "amount",
            json!({"answer": "worry", "at_least": 3}),
            "uses \"at_least\" on \"worry\", a single_choice question",
        ),
        (
            "amount",
            json!({"answer": "amount", "within_working_days": 3}),
            "uses \"within_working_days\" on \"amount\", a money question",
        ),
        (
            "amount",
            json!({"answer": "amount", "equals": "100"}),
            "uses \"equals\" on \"amount\", a money question",
        ),
        (
            "details",
            json!({"answer": "details", "one_of": ["a", "b"]}),
            "uses \"one_of\" on \"details\", a text question",
        ),
        (
            "household",
            json!({"answer": "worry", "less_than": 1}),
            "uses \"less_than\" on \"worry\"",
        ),
    ];
    for (node, condition, says) in cases {
        let mut fx = Fixture::valid();
        fx.node(node)["next"][0]["if"] = condition;
        let problems = fx.problems();
        assert_only(&problems, MONEY, "question", node, &[says]);
    }
}

// ----- 8. messages and locales ------------------------------------------------------------------

#[test]
fn message_missing_everywhere_is_reported_on_what_uses_it() {
    let mut fx = Fixture::valid();
    fx.omit.push(("en-GB".into(), "q-court".into()));
    fx.omit.push(("cy".into(), "q-court".into()));
    let problems = fx.problems();
    assert_only(
        &problems,
        MONEY,
        "question",
        "court",
        &["uses the message \"q-court\"", "en-GB and cy"],
    );
}

#[test]
fn message_missing_from_a_flag_is_reported_on_the_flag() {
    let mut fx = Fixture::valid();
    // A flag with the same id as an outcome: the problem is the flag's.
    fx.flags["flags"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "urgent", "kind": "risk", "label": "flag-urgnt"}));
    fx.omit.push(("en-GB".into(), "flag-urgnt".into()));
    fx.omit.push(("cy".into(), "flag-urgnt".into()));
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/flags.json",
        "flag",
        "urgent",
        &["uses the message \"flag-urgnt\""],
    );
}

#[test]
fn a_locale_not_required_to_be_complete_may_lack_messages() {
    let mut fx = Fixture::valid();
    fx.settings["complete_locales"] = json!([]);
    fx.omit.push(("cy".into(), "o-urgent-summary".into()));
    fx.omit.push(("cy".into(), "continue".into()));
    assert!(fx.problems().is_empty(), "{:?}", fx.problems());
    // ...and the coverage report names what it lacks.
    let (content, _) = signpost::engine::authoring::load(&fx.files());
    let cy = signpost::engine::authoring::translations::coverage(&content)
        .into_iter()
        .find(|c| c.locale == "cy")
        .unwrap();
    assert_eq!(
        cy.missing,
        vec!["continue".to_owned(), "o-urgent-summary".to_owned()]
    );
    assert!(!cy.must_be_complete);
}

#[test]
fn missing_translation() {
    let mut fx = Fixture::valid();
    fx.omit.push(("cy".into(), "o-urgent-summary".into()));
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/locales/cy/content.ftl",
        "message",
        "o-urgent-summary",
        &[
            "default locale en-GB",
            "no cy translation",
            "outcome \"urgent\" in content/tree/start.json",
        ],
    );

    // A message only the default locale has, used by nothing, is still a missing translation.
    let mut fx = Fixture::valid();
    fx.extra.push(("en-GB".into(), "note".into()));
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/locales/cy/content.ftl",
        "message",
        "note",
        &["no cy translation"],
    );
}

#[test]
fn missing_interface_message() {
    let mut fx = Fixture::valid();
    fx.omit.push(("cy".into(), "back".into()));
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/locales/cy/ui.ftl",
        "message",
        "back",
        &["no cy translation", "interface"],
    );

    let mut fx = Fixture::valid();
    fx.omit.push(("en-GB".into(), "back".into()));
    fx.omit.push(("cy".into(), "back".into()));
    let problems = fx.problems();
    assert_eq!(problems.len(), 2, "{}", show(&problems));
    for code in ["en-GB", "cy"] {
        assert_has(
            &problems,
            &format!("content/locales/{code}/ui.ftl"),
            "message",
            "back",
            &["interface needs the message \"back\"", code],
        );
    }
}

#[test]
fn listed_locale_without_translations() {
    let mut fx = Fixture::valid();
    fx.locales.retain(|l| l != "cy");
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/locales/cy",
        "locale",
        "cy",
        &["no content/locales/cy/ folder"],
    );
}

#[test]
fn locale_folder_not_listed() {
    let mut fx = Fixture::valid();
    fx.settings["locales"] = json!(["en-GB"]);
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/locales/cy",
        "locale",
        "cy",
        &["not listed in \"locales\""],
    );
}

#[test]
fn default_locale_not_listed() {
    let mut fx = Fixture::valid();
    fx.settings["default_locale"] = json!("cy");
    fx.settings["locales"] = json!(["cy", "en-GB"]);
    assert!(fx.problems().is_empty());

    fx.settings["locales"] = json!(["en-GB"]);
    let problems = fx.problems();
    assert_has(
        &problems,
        "content/settings.json",
        "settings",
        "default_locale",
        &["\"cy\" is not in \"locales\""],
    );
}

// ----- everything at once ----------------------------------------------------------------------

#[test]
fn every_problem_is_reported_at_once() {
    let mut fx = Fixture::valid();
    fx.settings["locales"] = json!(["en-GB", "cy", "fr"]);
    fx.node("court")["next"][0]["goto"] = json!("triag");
    fx.node("worry")["options"][0]["flags"] = json!(["dept"]);
    fx.node("details")["next"][1]["goto"] = json!("details");
    fx.node("arrears")["options"][0]["goto"] = json!("adviser");
    fx.node("amount")["min"] = json!(500);
    fx.node("amount")["max"] = json!(100);
    fx.node("amount")["next"][0]["if"] = json!({"answer": "court", "answered": true});
    fx.omit.push(("cy".into(), "q-behind".into()));
    fx.push_node(
        "money.json",
        json!({"kind": "outcome", "id": "orphan", "tier": "signpost", "title": "o-urgent",
               "summary": "o-urgent-summary"}),
    );
    let problems = fx.problems();
    let expected: &[(&str, &str, &str, &str)] = &[
        (
            "content/locales/fr",
            "locale",
            "fr",
            "no content/locales/fr/",
        ),
        (MONEY, "question", "court", "goes to \"triag\""),
        (START, "option", "worry/debt", "flag \"dept\""),
        (MONEY, "question", "details", "loop"),
        (START, "option", "arrears/rent", "cannot have \"goto\""),
        (MONEY, "question", "amount", "is more than \"max\""),
        (MONEY, "question", "amount", "no path asks \"court\""),
        (
            "content/locales/cy/content.ftl",
            "message",
            "q-behind",
            "no cy translation",
        ),
        (MONEY, "outcome", "orphan", "no path from the start"),
    ];
    for (file, what, id, says) in expected {
        assert_has(&problems, file, what, id, &[says]);
    }
    assert_eq!(problems.len(), expected.len(), "{}", show(&problems));

    // Sorted by file, then id, then message.
    let keys: Vec<(&str, &str, &str)> = problems
        .iter()
        .map(|p| (p.file.as_str(), p.id.as_str(), p.message.as_str()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // And the same every time.
    assert_eq!(fx.problems(), problems);
}

// ----- the shipped content, and a large tree ---------------------------------------------------

#[test]
fn shipped_content_is_valid() {
    if let Err(errors) = signpost::content::embedded() {
        panic!("{errors}");
    }
}

/// A generated tree of `n` questions of every type: each branches forward to the next one
/// or two, and conditions read the question itself and questions some steps before it.
fn generated(n: usize) -> Fixture {
    let mut fx = Fixture::valid();
    let q = |i: usize| format!("g{i}");
    let to = |i: usize| {
        if i < n {
            q(i)
        } else {
            ["urgent", "adviser", "self-help"][i % 3].to_owned()
        }
    };
    let mut nodes = Vec::with_capacity(n);
    for i in 0..n {
        let title = format!("q-{}", q(i));
        // A question on every path before this one: the one just before, on the chain.
        let earlier = if i >= 1 { Some(q(i - 1)) } else { None };
        let node = match i % 5 {
            0 => json!({"kind": "question", "id": q(i), "type": "single_choice", "title": title,
                        "options": [{"id": "a", "label": "q-worry-debt", "goto": to(i + 1)},
                                    {"id": "b", "label": "q-worry-other", "goto": to(i + 2)},
                                    {"id": "c", "label": "q-worry-benefits"}],
                        "next": [{"goto": to(i + 1)}]}),
            1 => json!({"kind": "question", "id": q(i), "type": "money", "title": title,
                        "next": [{"if": {"answer": q(i), "at_least": 100}, "goto": to(i + 2)},
                                 {"if": {"answer": earlier, "equals": "b"}, "goto": to(i + 2)},
                                 {"goto": to(i + 1)}]}),
            2 => json!({"kind": "question", "id": q(i), "type": "yes_no", "title": title,
                        "options": [{"id": "yes", "goto": to(i + 1)}, {"id": "no"}],
                        "flags": [{"flag": "debt", "if": {"answer": q(i), "equals": "yes"}}],
                        "next": [{"goto": to(i + 2)}]}),
            3 => json!({"kind": "route", "id": q(i),
                        "next": [{"if": {"any": [{"flag": "debt"},
                                                 {"answer": earlier, "equals": "no"}]},
                                  "goto": to(i + 1)},
                                 {"goto": to(i + 2)}]}),
            _ => json!({"kind": "question", "id": q(i), "type": "multiple_choice", "title": title,
                        "options": [{"id": "rent", "label": "q-arrears-rent"},
                                    {"id": "none", "label": "q-arrears-none", "exclusive": true}],
                        "next": [{"if": {"answer": q(i), "one_of": ["rent"]}, "goto": to(i + 2)},
                                 {"goto": to(i + 1)}]}),
        };
        nodes.push(node);
    }
    // Every outcome and the old questions stay reachable from the new start.
    fx.node("worry")["options"][2]["goto"] = json!(q(0));
    fx.node("worry")["next"] = json!([]);
    fx.trees.push(("generated.json".into(), nodes));
    fx
}

#[test]
fn a_generated_tree_of_1000_questions_is_valid() {
    let fx = generated(1000);
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));
}

#[test]
fn a_generated_tree_reports_a_late_mistake() {
    let mut fx = generated(1000);
    // Near the end, read a question that comes after.
    fx.node("g996")["next"][1]["if"] = json!({"answer": "g999", "answered": true});
    let problems = fx.problems();
    assert_only(
        &problems,
        "content/tree/generated.json",
        "question",
        "g996",
        &["no path asks \"g999\""],
    );
}

// ----- outcomes outside the path, guides' needs, fields that fit one type -------------------

#[test]
fn an_interrupt_must_be_an_outcome_and_is_not_unreachable() {
    // An outcome reached only as an interrupt is reachable: no "no path leads here".
    let mut fx = Fixture::valid();
    fx.push_node(
        "start.json",
        json!({"kind": "outcome", "id": "help-now", "tier": "emergency", "title": "o-help-now",
               "summary": "o-help-now-summary"}),
    );
    fx.node("behind")["options"][1]["interrupt"] = json!("help-now");
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));

    fx.node("behind")["options"][1]["interrupt"] = json!("amount");
    fx.remove_node("help-now");
    assert_only(
        &fx.problems(),
        START,
        "option",
        "behind/no",
        &["\"interrupt\" is \"amount\", which is not an outcome"],
    );
}

#[test]
fn the_safety_outcome_must_be_an_emergency_outcome() {
    let mut fx = Fixture::valid();
    fx.settings["safety_outcome"] = json!("urgent");
    assert_only(
        &fx.problems(),
        "content/settings.json",
        "settings",
        "safety_outcome",
        &["\"urgent\"", "\"tier\": \"emergency\""],
    );
    fx.node("urgent")["tier"] = json!("emergency");
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));
}

#[test]
fn optional_and_deadline_fit_only_their_question_types() {
    let mut fx = Fixture::valid();
    fx.node("amount")["optional"] = json!(true);
    fx.node("household")["deadline"] = json!({"label": "q-household-deadline", "flag": "debt"});
    let problems = fx.problems();
    assert_eq!(problems.len(), 2, "{}", show(&problems));
    assert_has(
        &problems,
        "content/tree/money.json",
        "question",
        "amount",
        &["\"optional\" only applies to text"],
    );
    assert_has(
        &problems,
        "content/tree/money.json",
        "question",
        "household",
        &["\"deadline\" only applies to date"],
    );

    let mut fx = Fixture::valid();
    fx.node("details")["optional"] = json!(true);
    fx.node("court")["deadline"] =
        json!({"label": "q-court-deadline", "flag": "court-soon", "plus_days": 14});
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));

    // The need a date belongs to must be a real flag.
    let mut fx = Fixture::valid();
    fx.node("court")["deadline"] = json!({"label": "q-court-deadline", "flag": "cort"});
    let problems = fx.problems();
    assert_eq!(problems.len(), 1, "{}", show(&problems));
    assert_has(
        &problems,
        "content/tree/money.json",
        "question",
        "court",
        &["names the flag \"cort\", which is not in flags.json"],
    );
}

#[test]
fn a_guide_needs_real_flags_and_its_today_text_must_exist() {
    let mut fx = Fixture::valid();
    fx.guides["guides"][0]["needs"] = json!(["debts"]);
    assert_only(
        &fx.problems(),
        "content/guidance.json",
        "guide",
        "budget",
        &["\"needs\" names the flag \"debts\""],
    );
    let mut fx = Fixture::valid();
    fx.guides["guides"][0]["today"] = json!(["g-budget-today"]);
    fx.omit.push(("cy".into(), "g-budget-today".into()));
    let problems = fx.problems();
    assert_has(
        &problems,
        "content/locales/cy/content.ftl",
        "message",
        "g-budget-today",
        &["no cy translation"],
    );
}

#[test]
fn a_nation_must_be_one_services_can_name() {
    let mut fx = Fixture::valid();
    fx.settings["nation"] = json!("Cornwall");
    assert_only(
        &fx.problems(),
        "content/settings.json",
        "settings",
        "nation",
        &["\"Cornwall\"", "\"England\", \"Wales\""],
    );
}

// ----- referrals ---------------------------------------------------------------------------

/// Turns referrals on (the "arrears" question lists debts) and adds every referral message
/// to each locale, except `skip` (locale, message).
fn with_referral(fx: &mut Fixture, skip: &[(&str, &str)]) {
    fx.settings["referral"] = json!({"debt_question": "arrears", "priority_flag": "priority-debt"});
    for code in fx.locales.clone() {
        for m in signpost::engine::messages::referral_messages() {
            if !skip.contains(&(code.as_str(), m)) {
                fx.extra.push((code.clone(), m.to_owned()));
            }
        }
    }
}

#[test]
fn referral_settings_that_fit_are_valid() {
    let mut fx = Fixture::valid();
    with_referral(&mut fx, &[]);
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));
}

#[test]
fn referral_debt_question_must_be_a_multiple_choice_question() {
    let mut fx = Fixture::valid();
    with_referral(&mut fx, &[]);
    fx.settings["referral"]["debt_question"] = json!("worry");
    assert_only(
        &fx.problems(),
        "content/settings.json",
        "settings",
        "referral.debt_question",
        &[
            "\"worry\"",
            "a single_choice question",
            "not a multiple_choice",
        ],
    );

    fx.settings["referral"]["debt_question"] = json!("adviser");
    assert_only(
        &fx.problems(),
        "content/settings.json",
        "settings",
        "referral.debt_question",
        &["\"adviser\"", "an outcome"],
    );

    fx.settings["referral"]["debt_question"] = json!("debts");
    assert_only(
        &fx.problems(),
        "content/settings.json",
        "settings",
        "referral.debt_question",
        &["\"debts\"", "not defined"],
    );
}

#[test]
fn referral_priority_flag_must_be_defined() {
    let mut fx = Fixture::valid();
    with_referral(&mut fx, &[]);
    fx.settings["referral"]["priority_flag"] = json!("priority-dept");
    assert_only(
        &fx.problems(),
        "content/settings.json",
        "settings",
        "referral.priority_flag",
        &["\"priority-dept\"", "not in content/flags.json"],
    );
}

#[test]
fn circumstance_flags_need_a_consent_group() {
    let mut fx = Fixture::valid();
    fx.flags["flags"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "carer", "kind": "circumstance", "label": "flag-carer"}));
    assert_only(
        &fx.problems(),
        "content/flags.json",
        "flag",
        "carer",
        &["circumstance", "\"consent\""],
    );

    fx.flags["flags"][3]["consent"] = json!("health-safety");
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));
}

#[test]
fn missing_summary_message_names_summary_ftl() {
    let mut fx = Fixture::valid();
    with_referral(
        &mut fx,
        &[("en-GB", "summary-title"), ("cy", "summary-title")],
    );
    let problems = fx.problems();
    assert_eq!(problems.len(), 2, "{}", show(&problems));
    for code in ["en-GB", "cy"] {
        assert_has(
            &problems,
            &format!("content/locales/{code}/summary.ftl"),
            "message",
            "summary-title",
            &["src/engine/messages/summary.rs", "summary.ftl"],
        );
    }
    // Without referrals, the summary's messages are not needed.
    let mut fx = Fixture::valid();
    with_referral(
        &mut fx,
        &[("en-GB", "summary-title"), ("cy", "summary-title")],
    );
    fx.settings.as_object_mut().unwrap().remove("referral");
    let problems = fx.problems();
    assert!(problems.is_empty(), "{}", show(&problems));
}
