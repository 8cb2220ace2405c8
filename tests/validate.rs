//! Content validation: a small valid content set, broken one thing at a time. Most cases
//! are rows of one table ([`cases`]): a change to the valid set, and the problems it must
//! cause, each as its file, kind, id and [`Problem`] variant. A few tests check the words
//! authors read, end to end.

mod common;
use common::content::ContentBuilder;
use serde_json::{json, Value};
use signpost::engine::authoring::validate::validate;
use signpost::engine::model::InputType;
use signpost::engine::problem::{FlagUse, IfPlace, MessageUse, NodePlaces, NodeUse, Num};
use signpost::engine::{ContentError, Problem};

/// A small tree that uses every kind of node and question, split over two files.
fn valid() -> ContentBuilder {
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
    let mut fx = ContentBuilder::new("worry", vec![]);
    fx.settings = json!({"start": "worry", "default_locale": "en-GB",
                         "locales": ["en-GB", "cy"], "complete_locales": ["cy"],
                         "bank_holidays": ["2026-12-25"]});
    fx.flags = json!({"flags": [
        {"id": "debt", "kind": "need", "label": "flag-debt"},
        {"id": "priority-debt", "kind": "risk", "label": "flag-priority-debt"},
        {"id": "court-soon", "kind": "risk", "label": "flag-court-soon"}
    ]});
    fx.guides = Some(json!({"guides": [
        {"id": "budget", "title": "g-budget", "summary": "g-budget-summary",
         "steps": ["g-budget-1"],
         "services": ["citizens-advice"]}
    ]}));
    fx.services = Some(json!({"services": [
        {"id": "citizens-advice", "organisation": "Citizens Advice", "name": "Debt advice",
         "description": "s-citizens-advice", "membership": "full", "needs": ["debt"],
         "contacts": [{"channel": "phone", "value": "0800 144 8848"}]},
        {"id": "stepchange", "organisation": "StepChange", "name": "Debt help",
         "description": "s-stepchange", "needs": ["priority-debt"],
         "contacts": [{"channel": "website", "value": "https://www.stepchange.org"}],
         "hours": "s-stepchange-hours"}
    ]}));
    fx.sources = Some(json!({"steps": [
        {"step": "g-budget-1", "checked": "2026-01-15",
         "sources": [{"title": "MoneyHelper: budget planner"}]},
        {"step": "o-self-help-step-1", "checked": "2026-01-15",
         "sources": [{"title": "MoneyHelper: budget planner"}]}
    ]}));
    fx.trees = vec![("start.json".into(), start), ("money.json".into(), money)];
    fx.locales = vec!["en-GB".into(), "cy".into()];
    fx
}

/// A problem found: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Found {
    file: String,
    what: String,
    id: String,
    problem: Problem,
}

impl Found {
    fn message(&self) -> String {
        self.problem.to_string()
    }
}

/// The validation problems. The files themselves must load cleanly.
fn problems(fx: &ContentBuilder) -> Vec<Found> {
    let (content, load_errors) = fx.load();
    assert!(
        load_errors.is_empty(),
        "the fixture does not load: {load_errors:#?}"
    );
    validate(&content)
        .into_iter()
        .map(|e| match e {
            ContentError::Invalid {
                file,
                what,
                id,
                problem,
            } => Found {
                file,
                what,
                id,
                problem,
            },
            other => panic!("validation returned a non-validation error: {other}"),
        })
        .collect()
}

fn show(problems: &[Found]) -> String {
    problems
        .iter()
        .map(|p| format!("  {}: {} \"{}\": {:?}\n", p.file, p.what, p.id, p.problem))
        .collect()
}

/// An expected problem: its file, kind and id, and a test of the [`Problem`].
struct Expect {
    file: &'static str,
    what: &'static str,
    id: &'static str,
    /// The pattern, to report.
    pattern: &'static str,
    is: fn(&Problem) -> bool,
}

/// The test of an [`Expect`]: `is!(Problem::Loop { .. })`, with an optional `if` guard.
macro_rules! is {
    ($($pattern:tt)+) => {
        (stringify!($($pattern)+), (|p: &Problem| matches!(p, $($pattern)+)) as fn(&Problem) -> bool)
    };
}

fn at(
    file: &'static str,
    what: &'static str,
    id: &'static str,
    is: (&'static str, fn(&Problem) -> bool),
) -> Expect {
    Expect {
        file,
        what,
        id,
        pattern: is.0,
        is: is.1,
    }
}

impl Expect {
    fn found_in(&self, problems: &[Found]) -> bool {
        problems.iter().any(|p| {
            p.file == self.file && p.what == self.what && p.id == self.id && (self.is)(&p.problem)
        })
    }
}

const START: &str = "content/tree/start.json";
const MONEY: &str = "content/tree/money.json";
const SETTINGS: &str = "content/settings.json";

/// Whether a row's problems are all there are ([`ONLY`]) or some of them ([`SOME`]).
const ONLY: bool = true;
const SOME: bool = false;

/// Runs one row of the table: makes its change to [`valid`], and checks the problems.
fn check(name: &str, only: bool, change: fn(&mut ContentBuilder), expect: Vec<Expect>) {
    let mut fx = valid();
    change(&mut fx);
    let problems = problems(&fx);
    let mut wrong = Vec::new();
    for e in expect.iter().filter(|e| !e.found_in(&problems)) {
        wrong.push(format!(
            "expected {}: {} \"{}\": {}",
            e.file, e.what, e.id, e.pattern
        ));
    }
    if only && problems.len() != expect.len() {
        wrong.push(format!(
            "expected {} problem(s), got {}",
            expect.len(),
            problems.len()
        ));
    }
    assert!(
        wrong.is_empty(),
        "row {name}:\n  {}\ngot:\n{}",
        wrong.join("\n  "),
        show(&problems)
    );
}

/// The table: each row is `name: ONLY or SOME, change, [expected problems];`, and becomes
/// a test of that name that runs [`check`].
macro_rules! table {
    ($($name:ident: $only:ident, $change:expr, [$($expect:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name), $only, $change, vec![$($expect),*]);
            }
        )*
    };
}

/// An outcome nothing leads to, titled like "urgent".
fn orphan(id: &str) -> Value {
    json!({"kind": "outcome", "id": id, "tier": "signpost", "title": "o-urgent",
           "summary": "o-urgent-summary"})
}

/// Omits a message from these locales.
fn omit(fx: &mut ContentBuilder, locales: &[&str], message: &str) {
    for l in locales {
        fx.omit.push(((*l).into(), message.into()));
    }
}

/// Turns referrals on (the "arrears" question lists debts) and adds every referral message
/// to each locale, except `skip` (locale, message).
fn with_referral(fx: &mut ContentBuilder, skip: &[(&str, &str)]) {
    fx.settings["referral"] = json!({"debt_question": "arrears", "priority_flag": "priority-debt"});
    for code in fx.locales.clone() {
        for m in signpost::engine::messages::referral_messages() {
            if !skip.contains(&(code.as_str(), m)) {
                fx.extra.push((code.clone(), m.to_owned()));
            }
        }
    }
}

// ----- 1. duplicate ids ---------------------------------------------------------------------

table! {
    duplicate_node_in_one_file: ONLY,
        |fx| fx.push_node("money.json", orphan("court")),
        [at(MONEY, "question", "court",
            is!(Problem::DuplicateNode { count: 2, node, .. } if node == "court"))];
    // money.json is read before start.json (files are read in name order).
    duplicate_node_across_files: ONLY,
        |fx| fx.push_node("start.json", orphan("amount")),
        [at(MONEY, "question", "amount",
            is!(Problem::DuplicateNode { count: 2, node, places: NodePlaces::In(files) }
                if node == "amount" && files.iter().any(|f| f == MONEY)))];
    duplicate_flag_guide_and_service: ONLY,
        |fx| {
            let flags = fx.flags["flags"].as_array_mut().unwrap();
            flags.push(flags[0].clone());
            let guides = fx.guides.as_mut().unwrap()["guides"].as_array_mut().unwrap();
            guides.push(guides[0].clone());
            let services = fx.services.as_mut().unwrap()["services"].as_array_mut().unwrap();
            services.push(services[1].clone());
        },
        [at("content/flags.json", "flag", "debt",
            is!(Problem::DuplicateId { count: 2, kind: "flag" })),
         at("content/guidance.json", "guide", "budget",
            is!(Problem::DuplicateId { count: 2, kind: "guide" })),
         at("content/services.json", "service", "stepchange",
            is!(Problem::DuplicateId { count: 2, kind: "service" }))];
    duplicate_option: ONLY,
        |fx| fx.node("arrears")["options"][2]["id"] = json!("rent"),
        [at(START, "option", "arrears/rent", is!(Problem::DuplicateOption { count: 2 }))];
}

// ----- 2. references --------------------------------------------------------------------------

table! {
    unknown_start: ONLY,
        |fx| fx.settings["start"] = json!("wory"),
        [at(SETTINGS, "settings", "start", is!(Problem::UnknownStart { start } if start == "wory"))];
    // "triage" is still reached from "amount".
    unknown_goto_in_a_rule: ONLY,
        |fx| fx.node("court")["next"][0]["goto"] = json!("triag"),
        [at(MONEY, "question", "court",
            is!(Problem::UnknownNode { by: NodeUse::Rule(1), to } if to == "triag"))];
    // "arrears" is now reached by nothing.
    unknown_goto_in_an_option: ONLY,
        |fx| fx.node("behind")["options"][0]["goto"] = json!("arears"),
        [at(START, "option", "behind/yes",
            is!(Problem::UnknownNode { by: NodeUse::Goto, to } if to == "arears")),
         at(START, "question", "arrears", is!(Problem::Unreachable { .. }))];
    unknown_flag_on_an_option: ONLY,
        |fx| fx.node("worry")["options"][0]["flags"] = json!(["dept"]),
        [at(START, "option", "worry/debt",
            is!(Problem::UnknownFlag { by: FlagUse::Option, flag } if flag == "dept"))];
    unknown_flag_in_flags: SOME,
        |fx| fx.node("court")["flags"][0]["flag"] = json!("court-son"),
        [at(MONEY, "question", "court",
            is!(Problem::UnknownFlag { by: FlagUse::Flags, flag } if flag == "court-son"))];
    unknown_flag_in_a_condition: ONLY,
        |fx| fx.node("triage")["next"][0]["if"] = json!({"flag": "court-son"}),
        [at(START, "route", "triage",
            is!(Problem::UnknownFlag { by: FlagUse::Condition(IfPlace::Rule(1)), flag }
                if flag == "court-son"))];
    unknown_flag_in_a_services_needs: ONLY,
        |fx| fx.services.as_mut().unwrap()["services"][0]["needs"] = json!(["housing"]),
        [at("content/services.json", "service", "citizens-advice",
            is!(Problem::UnknownFlag { by: FlagUse::Key("needs"), flag } if flag == "housing"))];
    unknown_guides_and_services_of_outcomes: ONLY,
        |fx| {
            fx.node("adviser")["guides"] = json!(["budgetting"]);
            fx.node("urgent")["services"] = json!(["step-change"]);
        },
        [at(START, "outcome", "adviser",
            is!(Problem::UnknownGuide { guide } if guide == "budgetting")),
         at(START, "outcome", "urgent",
            is!(Problem::UnknownService { service } if service == "step-change"))];
    unknown_service_of_a_guide: ONLY,
        |fx| fx.guides.as_mut().unwrap()["guides"][0]["services"] = json!(["citizens-advise"]),
        [at("content/guidance.json", "guide", "budget",
            is!(Problem::UnknownService { service } if service == "citizens-advise"))];
    condition_on_an_undefined_question: ONLY,
        |fx| fx.node("triage")["next"][1]["if"] = json!({"answer": "behnd", "equals": "yes"}),
        [at(START, "route", "triage",
            is!(Problem::UnknownQuestion { question, .. } if question == "behnd"))];
    condition_on_a_route: ONLY,
        |fx| fx.node("details")["next"][0]["if"] = json!({"answer": "triage", "answered": true}),
        [at(MONEY, "question", "details",
            is!(Problem::NotAQuestion { question, kind: "route", .. } if question == "triage"))];
}

// ----- 3. and 4. reachability and loops -------------------------------------------------------

table! {
    unreachable_node: ONLY,
        |fx| fx.push_node("money.json", orphan("orphan")),
        [at(MONEY, "outcome", "orphan", is!(Problem::Unreachable { start } if start == "worry"))];
    loop_is_reported_once_with_its_path: ONLY,
        |fx| fx.node("court")["next"][0]["goto"] = json!("amount"),
        [at(MONEY, "question", "amount",
            is!(Problem::Loop { path } if *path == ["amount", "court", "amount"]))];
    self_loop: SOME,
        |fx| fx.node("details")["next"][1]["goto"] = json!("details"),
        [at(MONEY, "question", "details",
            is!(Problem::Loop { path } if *path == ["details", "details"]))];
}

// ----- 5. paths that end without an outcome ---------------------------------------------------

table! {
    // "self-help" is still reached from "worry".
    route_without_a_final_rule: ONLY,
        |fx| { fx.node("triage")["next"].as_array_mut().unwrap().pop(); },
        [at(START, "route", "triage", is!(Problem::NoFallbackRule))];
    question_without_next: ONLY,
        |fx| { fx.node("court").as_object_mut().unwrap().remove("next").unwrap(); },
        [at(MONEY, "question", "court", is!(Problem::NoNext))];
    option_without_a_transition: ONLY,
        |fx| fx.node("worry")["next"] = json!([{"if": {"flag": "debt"}, "goto": "self-help"}]),
        [at(START, "option", "worry/other", is!(Problem::NoTransition))];
    // So "court" is never reached.
    rule_after_an_unconditional_rule: ONLY,
        |fx| fx.node("amount")["next"].as_array_mut().unwrap().swap(0, 1),
        [at(MONEY, "question", "amount",
            is!(Problem::RuleNeverUsed { rule: 2, to } if to == "court")),
         at(MONEY, "question", "court", is!(Problem::Unreachable { .. }))];
    next_unused_when_every_option_has_a_goto: ONLY,
        |fx| fx.node("worry")["options"][2]["goto"] = json!("self-help"),
        [at(START, "question", "worry", is!(Problem::NextNeverUsed))];
}

// ----- 6. question shape ------------------------------------------------------------------------

table! {
    options_on_a_money_question: ONLY,
        |fx| fx.node("amount")["options"] = json!([{"id": "a", "label": "q-amount"}]),
        [at(MONEY, "question", "amount",
            is!(Problem::OptionsNotAllowed { input: InputType::Money }))];
    too_few_options: ONLY,
        |fx| {
            fx.node("worry")["options"].as_array_mut().unwrap().truncate(1);
            fx.node("worry")["next"] = json!([]);
            fx.remove_node("household");
            fx.remove_node("details");
        },
        [at(START, "question", "worry", is!(Problem::TooFewOptions { count: 1 }))];
    no_options_on_a_multiple_choice_question: ONLY,
        |fx| {
            fx.node("arrears")["options"] = json!([]);
            fx.node("arrears")["flags"] = json!([]);
            fx.node("triage")["next"][1]["if"] = json!({"answer": "behind", "equals": "yes"});
        },
        [at(START, "question", "arrears", is!(Problem::NoOptions))];
    yes_no_options: ONLY,
        |fx| fx.node("behind")["options"][1]["id"] = json!("nope"),
        [at(START, "option", "behind/nope", is!(Problem::NotAYesNoOption)),
         at(START, "question", "behind", is!(Problem::MissingYesNo { missing } if *missing == ["no"]))];
    choice_option_without_a_label: ONLY,
        |fx| { fx.node("arrears")["options"][0].as_object_mut().unwrap().remove("label"); },
        [at(START, "option", "arrears/rent", is!(Problem::NoLabel))];
    goto_on_a_multiple_choice_option: ONLY,
        |fx| fx.node("arrears")["options"][0]["goto"] = json!("adviser"),
        [at(START, "option", "arrears/rent",
            is!(Problem::GotoOnMultipleChoice { question, option }
                if question == "arrears" && option == "rent"))];
    exclusive_on_a_single_choice_option: ONLY,
        |fx| fx.node("worry")["options"][2]["exclusive"] = json!(true),
        [at(START, "option", "worry/other", is!(Problem::ExclusiveNotMultipleChoice))];
    min_on_a_text_question: ONLY,
        |fx| fx.node("details")["min"] = json!(3),
        [at(MONEY, "question", "details", is!(Problem::MinMaxNotNumeric { input: InputType::Text }))];
    min_above_max: ONLY,
        |fx| {
            fx.node("amount")["min"] = json!(500);
            fx.node("amount")["max"] = json!(100);
        },
        [at(MONEY, "question", "amount",
            is!(Problem::MinAboveMax { min, max } if *min == Num(500.0) && *max == Num(100.0)))];
    max_length_on_a_money_question: ONLY,
        |fx| fx.node("amount")["max_length"] = json!(10),
        [at(MONEY, "question", "amount", is!(Problem::MaxLengthNotText { input: InputType::Money }))];
    a_number_question_limit_that_is_not_whole: ONLY,
        |fx| fx.node("household")["max"] = json!(2.5),
        [at(MONEY, "question", "household",
            is!(Problem::NotWhole { key: "max", value } if *value == Num(2.5)))];
}

// ----- 7. conditions ------------------------------------------------------------------------------

/// Sets the "if" of the first rule in the "next" of `node`.
fn first_if(fx: &mut ContentBuilder, node: &str, condition: Value) {
    fx.node(node)["next"][0]["if"] = condition;
}

table! {
    // "court" is asked after "amount", never before it.
    condition_on_a_question_that_comes_later: ONLY,
        |fx| first_if(fx, "amount", json!({"answer": "court", "answered": true})),
        [at(MONEY, "question", "amount",
            is!(Problem::AskedLater { place: IfPlace::Rule(1), question, node }
                if question == "court" && node == "amount"))];
    // "household" is only on the benefits branch; "court" is on the debt branch.
    condition_on_a_question_on_another_branch: ONLY,
        |fx| fx.node("court")["flags"][0]["if"] = json!({"answer": "household", "at_least": 3}),
        [at(MONEY, "question", "court",
            is!(Problem::AskedLater { place: IfPlace::Flag(flag), question, .. }
                if flag == "court-soon" && question == "household"))];
    // An ancestor is still fine.
    condition_on_a_later_question_in_a_tree_with_a_loop: ONLY,
        |fx| {
            fx.node("details")["next"][1]["goto"] = json!("details");
            first_if(fx, "amount", json!({"answer": "court", "answered": true}));
            fx.node("court")["flags"][0]["if"] = json!({"answer": "behind", "equals": "yes"});
        },
        [at(MONEY, "question", "details", is!(Problem::Loop { .. })),
         at(MONEY, "question", "amount",
            is!(Problem::AskedLater { question, node, .. } if question == "court" && node == "amount"))];
    equals_an_option_the_question_does_not_have: ONLY,
        |fx| fx.node("triage")["next"][1]["if"]["all"][1]["equals"] = json!("mortgage"),
        [at(START, "route", "triage",
            is!(Problem::NoSuchOption { question, value, options, .. }
                if question == "arrears" && value == "mortgage"
                    && *options == ["rent", "council-tax", "none"]))];
    one_of_options_the_question_does_not_have: ONLY,
        |fx| fx.node("arrears")["flags"][0]["if"]["one_of"] = json!(["rent", "water", "gas"]),
        [at(START, "question", "arrears",
            is!(Problem::NoSuchOptions { values, .. } if *values == ["water", "gas"]))];
    at_least_on_a_choice: ONLY,
        |fx| first_if(fx, "amount", json!({"answer": "worry", "at_least": 3})),
        [at(MONEY, "question", "amount",
            is!(Problem::TestDoesNotFit { test: "at_least", question, input: InputType::SingleChoice, .. }
                if question == "worry"))];
    within_working_days_on_money: ONLY,
        |fx| first_if(fx, "amount", json!({"answer": "amount", "within_working_days": 3})),
        [at(MONEY, "question", "amount",
            is!(Problem::TestDoesNotFit { test: "within_working_days", question, input: InputType::Money, .. }
                if question == "amount"))];
    equals_on_money: ONLY,
        |fx| first_if(fx, "amount", json!({"answer": "amount", "equals": "100"})),
        [at(MONEY, "question", "amount",
            is!(Problem::TestDoesNotFit { test: "equals", question, input: InputType::Money, .. }
                if question == "amount"))];
    one_of_on_text: ONLY,
        |fx| first_if(fx, "details", json!({"answer": "details", "one_of": ["a", "b"]})),
        [at(MONEY, "question", "details",
            is!(Problem::TestDoesNotFit { test: "one_of", question, input: InputType::Text, .. }
                if question == "details"))];
    less_than_on_a_choice: ONLY,
        |fx| first_if(fx, "household", json!({"answer": "worry", "less_than": 1})),
        [at(MONEY, "question", "household",
            is!(Problem::TestDoesNotFit { test: "less_than", question, .. } if question == "worry"))];
}

// ----- 8. messages and locales ------------------------------------------------------------------

table! {
    message_missing_everywhere_is_reported_on_what_uses_it: ONLY,
        |fx| omit(fx, &["en-GB", "cy"], "q-court"),
        [at(MONEY, "question", "court",
            is!(Problem::MissingMessage { message, locales }
                if message == "q-court" && *locales == ["en-GB", "cy"]))];
    // A flag with the same id as an outcome: the problem is the flag's.
    message_missing_from_a_flag_is_reported_on_the_flag: ONLY,
        |fx| {
            let flags = fx.flags["flags"].as_array_mut().unwrap();
            flags.push(json!({"id": "urgent", "kind": "risk", "label": "flag-urgnt"}));
            omit(fx, &["en-GB", "cy"], "flag-urgnt");
        },
        [at("content/flags.json", "flag", "urgent",
            is!(Problem::MissingMessage { message, .. } if message == "flag-urgnt"))];
    missing_translation: ONLY,
        |fx| omit(fx, &["cy"], "o-urgent-summary"),
        [at("content/locales/cy/content.ftl", "message", "o-urgent-summary",
            is!(Problem::MissingTranslation {
                    default_locale, locale, used: MessageUse::By { what: "outcome", who, file }, ..
                } if default_locale == "en-GB" && locale == "cy" && who == "urgent"
                    && file == START))];
    // A message only the default locale has, used by nothing, is still a missing translation.
    missing_translation_of_an_unused_message: ONLY,
        |fx| fx.extra.push(("en-GB".into(), "note".into())),
        [at("content/locales/cy/content.ftl", "message", "note",
            is!(Problem::MissingTranslation { locale, .. } if locale == "cy"))];
    missing_interface_translation: ONLY,
        |fx| omit(fx, &["cy"], "back"),
        [at("content/locales/cy/ui.ftl", "message", "back",
            is!(Problem::MissingTranslation { locale, used: MessageUse::Interface, .. }
                if locale == "cy"))];
    missing_interface_message: ONLY,
        |fx| omit(fx, &["en-GB", "cy"], "back"),
        [at("content/locales/en-GB/ui.ftl", "message", "back",
            is!(Problem::MissingInterfaceMessage { message, locale, .. }
                if message == "back" && locale == "en-GB")),
         at("content/locales/cy/ui.ftl", "message", "back",
            is!(Problem::MissingInterfaceMessage { message, locale, .. }
                if message == "back" && locale == "cy"))];
    listed_locale_without_translations: ONLY,
        |fx| fx.locales.retain(|l| l != "cy"),
        [at("content/locales/cy", "locale", "cy",
            is!(Problem::LocaleWithoutFolder { locale } if locale == "cy"))];
    locale_folder_not_listed: ONLY,
        |fx| fx.settings["locales"] = json!(["en-GB"]),
        [at("content/locales/cy", "locale", "cy",
            is!(Problem::LocaleNotListed { locale } if locale == "cy"))];
    default_locale_listed_second: ONLY,
        |fx| {
            fx.settings["default_locale"] = json!("cy");
            fx.settings["locales"] = json!(["cy", "en-GB"]);
        },
        [];
    default_locale_not_listed: SOME,
        |fx| {
            fx.settings["default_locale"] = json!("cy");
            fx.settings["locales"] = json!(["en-GB"]);
        },
        [at(SETTINGS, "settings", "default_locale",
            is!(Problem::DefaultLocaleNotListed { locale } if locale == "cy"))];
}

// ----- outcomes outside the path, guides' needs, fields that fit one type -------------------

table! {
    // An outcome reached only as an interrupt is reachable: no "no path leads here".
    an_outcome_reached_only_as_an_interrupt_is_reachable: ONLY,
        |fx| {
            fx.push_node("start.json", json!({"kind": "outcome", "id": "help-now",
                "tier": "emergency", "title": "o-help-now", "summary": "o-help-now-summary"}));
            fx.node("behind")["options"][1]["interrupt"] = json!("help-now");
        },
        [];
    an_interrupt_must_be_an_outcome: ONLY,
        |fx| fx.node("behind")["options"][1]["interrupt"] = json!("amount"),
        [at(START, "option", "behind/no",
            is!(Problem::InterruptNotOutcome { target } if target == "amount"))];
    the_safety_outcome_must_be_an_emergency_outcome: ONLY,
        |fx| fx.settings["safety_outcome"] = json!("urgent"),
        [at(SETTINGS, "settings", "safety_outcome",
            is!(Problem::SafetyOutcomeNotEmergency { outcome } if outcome == "urgent"))];
    an_emergency_safety_outcome_is_valid: ONLY,
        |fx| {
            fx.settings["safety_outcome"] = json!("urgent");
            fx.node("urgent")["tier"] = json!("emergency");
        },
        [];
    optional_and_deadline_fit_only_their_question_types: ONLY,
        |fx| {
            fx.node("amount")["optional"] = json!(true);
            fx.node("household")["deadline"] =
                json!({"label": "q-household-deadline", "flag": "debt"});
        },
        [at(MONEY, "question", "amount", is!(Problem::OptionalNotText { input: InputType::Money })),
         at(MONEY, "question", "household",
            is!(Problem::DeadlineNotDate { input: InputType::Number }))];
    optional_text_and_a_date_deadline_are_valid: ONLY,
        |fx| {
            fx.node("details")["optional"] = json!(true);
            fx.node("court")["deadline"] =
                json!({"label": "q-court-deadline", "flag": "court-soon", "plus_days": 14});
        },
        [];
    // The need a date belongs to must be a real flag.
    a_deadline_names_a_real_flag: ONLY,
        |fx| fx.node("court")["deadline"] = json!({"label": "q-court-deadline", "flag": "cort"}),
        [at(MONEY, "question", "court", is!(Problem::UnknownDeadlineFlag { flag } if flag == "cort"))];
    a_guide_needs_real_flags: ONLY,
        |fx| fx.guides.as_mut().unwrap()["guides"][0]["needs"] = json!(["debts"]),
        [at("content/guidance.json", "guide", "budget",
            is!(Problem::UnknownFlag { by: FlagUse::Key("needs"), flag } if flag == "debts"))];
    a_guides_today_text_must_exist: SOME,
        |fx| {
            fx.guides.as_mut().unwrap()["guides"][0]["today"] = json!(["g-budget-today"]);
            omit(fx, &["cy"], "g-budget-today");
        },
        [at("content/locales/cy/content.ftl", "message", "g-budget-today",
            is!(Problem::MissingTranslation { locale, .. } if locale == "cy"))];
    a_nation_must_be_one_services_can_name: ONLY,
        |fx| fx.settings["nation"] = json!("Cornwall"),
        [at(SETTINGS, "settings", "nation", is!(Problem::NotANation { nation } if nation == "Cornwall"))];
}

// ----- referrals ---------------------------------------------------------------------------

table! {
    referral_settings_that_fit_are_valid: ONLY,
        |fx| with_referral(fx, &[]),
        [];
    referral_debt_question_must_be_a_multiple_choice_question: ONLY,
        |fx| {
            with_referral(fx, &[]);
            fx.settings["referral"]["debt_question"] = json!("worry");
        },
        [at(SETTINGS, "settings", "referral.debt_question",
            is!(Problem::DebtQuestionNotMultipleChoice { question, kind }
                if question == "worry" && kind == "single_choice question"))];
    referral_debt_question_must_not_be_an_outcome: ONLY,
        |fx| {
            with_referral(fx, &[]);
            fx.settings["referral"]["debt_question"] = json!("adviser");
        },
        [at(SETTINGS, "settings", "referral.debt_question",
            is!(Problem::DebtQuestionNotMultipleChoice { question, kind }
                if question == "adviser" && kind == "outcome"))];
    referral_debt_question_must_be_defined: ONLY,
        |fx| {
            with_referral(fx, &[]);
            fx.settings["referral"]["debt_question"] = json!("debts");
        },
        [at(SETTINGS, "settings", "referral.debt_question",
            is!(Problem::UnknownNode { by: NodeUse::DebtQuestion, to } if to == "debts"))];
    referral_priority_flag_must_be_defined: ONLY,
        |fx| {
            with_referral(fx, &[]);
            fx.settings["referral"]["priority_flag"] = json!("priority-dept");
        },
        [at(SETTINGS, "settings", "referral.priority_flag",
            is!(Problem::UnknownFlag { by: FlagUse::PriorityFlag, flag } if flag == "priority-dept"))];
    circumstance_flags_need_a_consent_group: ONLY,
        |fx| {
            let flags = fx.flags["flags"].as_array_mut().unwrap();
            flags.push(json!({"id": "carer", "kind": "circumstance", "label": "flag-carer"}));
        },
        [at("content/flags.json", "flag", "carer", is!(Problem::CircumstanceWithoutConsent))];
    a_circumstance_flag_with_a_consent_group_is_valid: ONLY,
        |fx| {
            let flags = fx.flags["flags"].as_array_mut().unwrap();
            flags.push(json!({"id": "carer", "kind": "circumstance", "label": "flag-carer",
                              "consent": "health-safety"}));
        },
        [];
    missing_summary_message_names_summary_ftl: ONLY,
        |fx| with_referral(fx, &[("en-GB", "summary-title"), ("cy", "summary-title")]),
        [at("content/locales/en-GB/summary.ftl", "message", "summary-title",
            is!(Problem::MissingInterfaceMessage { locale, ftl: "summary.ftl", .. } if locale == "en-GB")),
         at("content/locales/cy/summary.ftl", "message", "summary-title",
            is!(Problem::MissingInterfaceMessage { locale, ftl: "summary.ftl", .. } if locale == "cy"))];
    // Without referrals, the summary's messages are not needed.
    without_referrals_the_summary_messages_are_not_needed: ONLY,
        |fx| {
            with_referral(fx, &[("en-GB", "summary-title"), ("cy", "summary-title")]);
            fx.settings.as_object_mut().unwrap().remove("referral");
        },
        [];
}

table! {
    the_fixture_is_valid: ONLY, |_| {}, [];
}

// ----- tests of something other than one problem -------------------------------------------

/// A yes_no option may name its own words (Welsh answers with the question's verb: "Ydw"), and
/// the message must then exist like any other.
#[test]
fn yes_no_option_with_its_own_label() {
    let mut fx = valid();
    fx.node("behind")["options"][0]["label"] = json!("q-behind-yes");
    assert_eq!(problems(&fx), vec![]);
    fx.omit.push(("en-GB".into(), "q-behind-yes".into()));
    let problems = problems(&fx);
    assert!(
        problems
            .iter()
            .any(|p| p.id == "q-behind-yes" || p.message().contains("q-behind-yes")),
        "{problems:#?}"
    );
}

#[test]
fn a_locale_not_required_to_be_complete_may_lack_messages() {
    let mut fx = valid();
    fx.settings["complete_locales"] = json!([]);
    fx.omit.push(("cy".into(), "o-urgent-summary".into()));
    fx.omit.push(("cy".into(), "continue".into()));
    assert!(problems(&fx).is_empty(), "{:?}", problems(&fx));
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

/// A change to the valid content set.
type Change = fn(&mut ContentBuilder);

/// What authors read, word for word: the line `signpost check` and the build print.
#[test]
fn problems_say_what_is_wrong_and_what_to_do_in_words() {
    let cases: [(Change, &str); 4] = [
        (
            |fx| fx.node("court")["next"][0]["goto"] = json!("triag"),
            "content/tree/money.json: question \"court\": rule 1 in \"next\" goes to \"triag\", \
             which is not defined in any tree file; fix the spelling, or add a question, route or \
             outcome with that id",
        ),
        (
            |fx| fx.push_node("money.json", orphan("orphan")),
            "content/tree/money.json: outcome \"orphan\": no path from the start (\"worry\") \
             leads here, so nobody will see it; add a \"goto\" to it from another node, or \
             remove it",
        ),
        (
            |fx| first_if(fx, "amount", json!({"answer": "worry", "at_least": 3})),
            "content/tree/money.json: question \"amount\": the \"if\" of rule 1 in \"next\" uses \
             \"at_least\" on \"worry\", a single_choice question, but comparisons only work on \
             money and number answers; use equals or one_of with option ids",
        ),
        (
            |fx| omit(fx, &["en-GB", "cy"], "q-court"),
            "content/tree/money.json: question \"court\": uses the message \"q-court\", which is \
             not in the locales en-GB and cy; check the spelling, or add `q-court = …` to a .ftl \
             file in content/locales/en-GB/ or content/locales/cy/",
        ),
    ];
    for (change, says) in cases {
        let mut fx = valid();
        change(&mut fx);
        let (content, _) = fx.load();
        let lines: Vec<String> = validate(&content).iter().map(|e| e.to_string()).collect();
        assert_eq!(lines, [says]);
    }
}

// ----- everything at once ----------------------------------------------------------------------

#[test]
fn every_problem_is_reported_at_once() {
    let mut fx = valid();
    fx.settings["locales"] = json!(["en-GB", "cy", "fr"]);
    fx.node("court")["next"][0]["goto"] = json!("triag");
    fx.node("worry")["options"][0]["flags"] = json!(["dept"]);
    fx.node("details")["next"][1]["goto"] = json!("details");
    fx.node("arrears")["options"][0]["goto"] = json!("adviser");
    fx.node("amount")["min"] = json!(500);
    fx.node("amount")["max"] = json!(100);
    fx.node("amount")["next"][0]["if"] = json!({"answer": "court", "answered": true});
    fx.omit.push(("cy".into(), "q-behind".into()));
    fx.push_node("money.json", orphan("orphan"));
    let problems = problems(&fx);
    let expected = [
        at(
            "content/locales/fr",
            "locale",
            "fr",
            is!(Problem::LocaleWithoutFolder { .. }),
        ),
        at(
            MONEY,
            "question",
            "court",
            is!(Problem::UnknownNode { to, .. } if to == "triag"),
        ),
        at(
            START,
            "option",
            "worry/debt",
            is!(Problem::UnknownFlag { flag, .. } if flag == "dept"),
        ),
        at(MONEY, "question", "details", is!(Problem::Loop { .. })),
        at(
            START,
            "option",
            "arrears/rent",
            is!(Problem::GotoOnMultipleChoice { .. }),
        ),
        at(
            MONEY,
            "question",
            "amount",
            is!(Problem::MinAboveMax { .. }),
        ),
        at(
            MONEY,
            "question",
            "amount",
            is!(Problem::AskedLater { question, .. } if question == "court"),
        ),
        at(
            "content/locales/cy/content.ftl",
            "message",
            "q-behind",
            is!(Problem::MissingTranslation { locale, .. } if locale == "cy"),
        ),
        at(MONEY, "outcome", "orphan", is!(Problem::Unreachable { .. })),
    ];
    for e in &expected {
        assert!(
            e.found_in(&problems),
            "expected {}: {}; got:\n{}",
            e.id,
            e.pattern,
            show(&problems)
        );
    }
    assert_eq!(problems.len(), expected.len(), "{}", show(&problems));

    // Sorted by file, then id, then message.
    let keys: Vec<(&str, &str, String)> = problems
        .iter()
        .map(|p| (p.file.as_str(), p.id.as_str(), p.message()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // And the same every time.
    assert_eq!(self::problems(&fx), problems);
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
fn generated(n: usize) -> ContentBuilder {
    let mut fx = valid();
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
    let problems = problems(&fx);
    assert!(problems.is_empty(), "{}", show(&problems));
}

#[test]
fn a_generated_tree_reports_a_late_mistake() {
    let mut fx = generated(1000);
    // Near the end, read a question that comes after.
    fx.node("g996")["next"][1]["if"] = json!({"answer": "g999", "answered": true});
    let problems = problems(&fx);
    let e = at(
        "content/tree/generated.json",
        "question",
        "g996",
        is!(Problem::AskedLater { question, .. } if question == "g999"),
    );
    assert!(e.found_in(&problems), "{}", show(&problems));
    assert_eq!(problems.len(), 1, "{}", show(&problems));
}
