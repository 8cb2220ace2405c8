//! The scenario runner and its checks, on small hand-made results.

use super::*;
use crate::engine::authoring::load::{load, SourceFile};

fn content() -> Content {
    let file = |path: &str, text: &str| SourceFile {
        path: path.into(),
        text: text.into(),
    };
    let (c, errors) = load(&[
        file(
            "settings.json",
            r#"{"start":"safe","default_locale":"en-GB","locales":["en-GB"],
                "bank_holidays":["2026-12-25"]}"#,
        ),
        file(
            "flags.json",
            r#"{"flags":[{"id":"soon","kind":"risk","label":"f"},
                         {"id":"card","kind":"need","label":"f"}]}"#,
        ),
        file(
            "tree/t.json",
            r#"{"nodes":[
            {"kind":"question","id":"safe","type":"yes_no","title":"t",
             "options":[{"id":"yes"},{"id":"no","goto":"help"}],"next":[{"goto":"debts"}]},
            {"kind":"question","id":"debts","type":"multiple_choice","title":"t",
             "options":[{"id":"card","label":"l","flags":["card"]},{"id":"none","label":"l","exclusive":true}],
             "next":[{"goto":"owed"}]},
            {"kind":"question","id":"owed","type":"money","title":"t","next":[{"goto":"when"}]},
            {"kind":"question","id":"when","type":"date","title":"t",
             "flags":[{"flag":"soon","if":{"answer":"when","within_working_days":5}}],
             "next":[{"if":{"flag":"soon"},"goto":"urgent"},{"goto":"fine"}]},
            {"kind":"outcome","id":"help","tier":"emergency","title":"t","summary":"s"},
            {"kind":"outcome","id":"urgent","tier":"urgent","title":"t","summary":"s",
             "next_steps":["a","b"],"services":["x"]},
            {"kind":"outcome","id":"fine","tier":"self-help","title":"t","summary":"s"}
        ]}"#,
        ),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    c
}

fn scenario(json: &str) -> Scenario {
    Scenario::from_json(json).unwrap()
}

#[test]
fn runs_to_an_outcome_and_checks_it() {
    let s = scenario(
        r#"{"description":"d","today":"2026-11-23",
            "answers":{"safe":"yes","debts":["card"],"owed":"£1,200.50","when":"2026-11-30"},
            "expect":{"outcome":"urgent","tier":"urgent","flags":["soon","card"],
                      "next_steps":["a"],"deadlines":["2026-11-30"]}}"#,
    );
    let r = run(&content(), &s, None).unwrap();
    assert_eq!(r.outcome.as_str(), "urgent");
    assert_eq!(r.path.len(), 4);
    assert_eq!(r.services, vec![ServiceId::from("x")]);
    assert_eq!(check(s.expect.as_ref().unwrap(), &r), Vec::<String>::new());

    // Run on the Friday before, the date is 6 working days away: no longer urgent.
    let r = run(&content(), &s, Date::parse_iso("2026-11-20")).unwrap();
    let problems = check(s.expect.as_ref().unwrap(), &r);
    assert!(
        problems.iter().any(|p| p.starts_with("outcome:")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("tier:")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("not raised: soon")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("next_steps:")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("deadlines:")),
        "{problems:?}"
    );
}

#[test]
fn explains_what_is_wrong_with_a_scenario() {
    let c = content();
    let e = run(
        &c,
        &scenario(r#"{"today":"2026-11-23","answers":{"safe":"yes"}}"#),
        None,
    )
    .unwrap_err();
    assert_eq!(e, ScenarioError::MissingAnswer("debts".into()));
    assert!(e.to_string().contains("no answer for question \"debts\""));

    let e = run(
        &c,
        &scenario(r#"{"today":"2026-11-23","answers":{"safe":"yes","debts":["card","none"]}}"#),
        None,
    )
    .unwrap_err();
    assert!(
        matches!(&e, ScenarioError::BadAnswer { question, message }
            if question.as_str() == "debts" && message.contains("cannot be chosen")),
        "{e}"
    );

    let e = run(
        &c,
        &scenario(
            r#"{"today":"2026-11-23","answers":{"safe":"yes","debts":"card","owed":"ten pounds"}}"#,
        ),
        None,
    )
    .unwrap_err();
    assert!(e.to_string().contains("\"owed\""), "{e}");
    assert!(e.to_string().contains("pounds and pence"), "{e}");

    let e = run(
        &c,
        &scenario(r#"{"today":"2026-11-23","answers":{"safe":"no","debts":["card"]}}"#),
        None,
    )
    .unwrap_err();
    assert_eq!(e, ScenarioError::UnusedAnswers(vec!["debts".into()]));
    assert!(e.to_string().contains("never asks: \"debts\""), "{e}");

    let e = run(&c, &scenario(r#"{"answers":{"safe":"no"}}"#), None).unwrap_err();
    assert_eq!(e, ScenarioError::NoToday);

    let e = run(
        &c,
        &scenario(
            r#"{"today":"2026-11-23","answers":{"safe":"yes","debts":"none","owed":1,"when":"30/11/2026"}}"#,
        ),
        None,
    )
    .unwrap_err();
    assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");

    assert!(matches!(
        Scenario::from_json(r#"{"answer":{}}"#),
        Err(ScenarioError::Format(_))
    ));
    assert!(matches!(
        Scenario::from_json(r#"{"answers":{},"expect":{"tier":"urgent","result":{}}}"#),
        Err(ScenarioError::Format(_))
    ));
}

#[test]
fn numbers_may_be_written_without_quotes() {
    let s = scenario(
        r#"{"today":"2026-11-23","answers":{"safe":"yes","debts":["none"],"owed":250,"when":"2027-01-04"}}"#,
    );
    let r = run(&content(), &s, None).unwrap();
    assert_eq!(r.outcome.as_str(), "fine");
    assert!(r.flags.is_empty());
    assert!(r.deadlines.is_empty());
}
