//! Steps that differ by nation: the shipped content loaded as a copy for England and as one
//! for Wales, and broken one thing at a time to show the checker names the file, the outcome
//! or guide, and the nation.

use serde_json::{json, Value};
use signpost::engine::authoring::scenario::{run, Scenario};
use signpost::engine::plan::plan;
use signpost::engine::{load_and_validate, Content, SourceFile};

/// The shipped files, with `edit` applied to the JSON of the file at `path`.
fn edited(files: &[SourceFile], path: &str, edit: impl FnOnce(&mut Value)) -> Vec<SourceFile> {
    let mut files = files.to_vec();
    let f = files
        .iter_mut()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no content file {path}"));
    let mut v: Value = serde_json::from_str(&f.text).unwrap();
    edit(&mut v);
    f.text = serde_json::to_string_pretty(&v).unwrap();
    files
}

/// The shipped content as a copy for `nation`.
fn files_for(nation: &str) -> Vec<SourceFile> {
    edited(&signpost::content::files(), "settings.json", |s| {
        s["nation"] = json!(nation)
    })
}

fn copy_for(nation: &str) -> Content {
    load_and_validate(&files_for(nation))
        .unwrap_or_else(|e| panic!("the content does not load for {nation}: {e}"))
}

/// The problems `signpost check` reports for these files, one string each.
fn problems(files: &[SourceFile]) -> Vec<String> {
    match load_and_validate(files) {
        Ok(_) => vec![],
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

#[track_caller]
fn assert_reported(problems: &[String], says: &[&str]) {
    assert!(
        problems.iter().any(|p| says.iter().all(|s| p.contains(s))),
        "expected a problem saying {says:?}; got:\n{}",
        problems.join("\n")
    );
}

/// The item of the list `key` of `file` whose id is `id`.
fn item<'a>(file: &'a mut Value, key: &str, id: &str) -> &'a mut Value {
    file[key]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {key}"))
}

/// The first nation-specific entry of `list` in `item`.
fn variants<'a>(item: &'a mut Value, list: &str) -> &'a mut serde_json::Map<String, Value> {
    item[list]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find_map(Value::as_object_mut)
        .unwrap_or_else(|| panic!("no nation-specific entry in {list}"))
}

#[test]
fn each_copy_shows_its_own_nations_steps() {
    for (nation, mine, other) in [
        ("England", "-england", "-wales"),
        ("Wales", "-wales", "-england"),
    ] {
        let c = copy_for(nation);
        let stay = c.outcome(&"somewhere-to-stay".into()).unwrap();
        assert!(
            stay.next_steps
                .iter()
                .any(|m| m.as_str() == format!("step-call-shelter{mine}")),
            "{nation}: {:?}",
            stay.next_steps
        );
        let homeless = c.guide(&"homeless".into()).unwrap();
        assert!(
            homeless
                .today
                .iter()
                .any(|m| m.as_str() == format!("today-call-shelter{mine}")),
            "{nation}: {:?}",
            homeless.today
        );
        // Nothing the app shows is another nation's version, in any list.
        let shown: Vec<&str> = c
            .outcomes()
            .flat_map(|o| o.next_steps.iter().map(|m| m.as_str()))
            .chain(c.guides.iter().flat_map(|g| {
                g.today
                    .iter()
                    .chain(&g.have_ready)
                    .chain(&g.steps)
                    .map(|m| m.as_str())
            }))
            .collect();
        assert!(
            shown.iter().all(|m| !m.ends_with(other)),
            "{nation}: {shown:?}"
        );
        // The other versions are kept aside for the checker, never in the compiled copy.
        assert!(c
            .other_nation_steps
            .iter()
            .any(|(m, _)| m.as_str() == format!("step-call-shelter{other}")));
        let compiled = serde_json::to_value(&c).unwrap();
        let structure = format!("{} {}", compiled["nodes"], compiled["guides"]);
        assert!(!structure.contains(other), "{nation}");
        assert!(structure.contains(&format!("step-call-shelter{mine}")));
    }
}

#[test]
fn the_results_today_list_differs_by_nation() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scenarios/urgent-no-somewhere-to-sleep-tonight.json"
    ))
    .unwrap();
    let scenario = Scenario::from_json(&text).unwrap();
    let today = |nation: &str| {
        let c = copy_for(nation);
        let result = run(&c, &scenario, None).unwrap();
        let evaluation =
            signpost::engine::evaluate(&c, &result.answers, scenario.today.unwrap()).unwrap();
        let outcome = c.outcome(&result.outcome).unwrap();
        let p = plan(&c, outcome, &evaluation);
        p.today.iter().map(|m| m.to_string()).collect::<Vec<_>>()
    };
    let (england, wales) = (today("England"), today("Wales"));
    for m in ["step-call-shelter-england", "today-call-shelter-england"] {
        assert!(england.iter().any(|x| x == m), "{england:?}");
    }
    for m in ["step-call-shelter-wales", "today-call-shelter-wales"] {
        assert!(wales.iter().any(|x| x == m), "{wales:?}");
    }
    // The same steps in the same order, each in its nation's version.
    let as_england: Vec<String> = wales
        .iter()
        .map(|m| m.replace("-wales", "-england"))
        .collect();
    assert_eq!(as_england, england);
    assert_ne!(wales, england);
}

#[test]
fn a_step_without_a_version_for_each_nation_fails_the_check() {
    let files = files_for("England");
    let broken = edited(&files, "tree/outcomes.json", |f| {
        variants(item(f, "nodes", "somewhere-to-stay"), "next_steps").remove("Wales");
    });
    assert_reported(
        &problems(&broken),
        &[
            "content/tree/outcomes.json: outcome \"somewhere-to-stay\"",
            "no \"Wales\" version",
        ],
    );
    // The nation this copy is for too: the step is reported, not silently left out.
    let broken = edited(&files, "guidance.json", |f| {
        variants(item(f, "guides", "homeless"), "today").remove("England");
    });
    assert_reported(
        &problems(&broken),
        &[
            "content/guidance.json: guide \"homeless\"",
            "in \"today\"",
            "no \"England\" version",
        ],
    );
    assert_eq!(problems(&files), Vec::<String>::new());
}

#[test]
fn an_unknown_nation_fails_the_check() {
    let files = files_for("Wales");
    let broken = edited(&files, "guidance.json", |f| {
        variants(item(f, "guides", "crisis-support"), "today").insert("Cymru".into(), json!("x"));
    });
    assert_reported(
        &problems(&broken),
        &[
            "content/guidance.json: guide \"crisis-support\"",
            "\"Cymru\" is not a nation the content is written for",
        ],
    );
    let broken = edited(&files, "settings.json", |s| s["nation"] = json!("Cymru"));
    assert_reported(
        &problems(&broken),
        &["content/settings.json: settings \"nation\"", "\"Cymru\""],
    );
    let broken = edited(&files, "settings.json", |s| {
        s["nations"] = json!(["England", "Wales", "Atlantis"])
    });
    assert_reported(
        &problems(&broken),
        &[
            "content/settings.json: settings \"nations\"",
            "\"Atlantis\"",
        ],
    );
    // A real nation the content is not written for: its steps have no version for it.
    let broken = edited(&files, "settings.json", |s| s["nation"] = json!("Scotland"));
    assert_reported(
        &problems(&broken),
        &[
            "content/settings.json: settings \"nation\"",
            "not one of the nations the content is written for",
        ],
    );
}

#[test]
fn the_nations_setting_decides_which_versions_are_required() {
    // A copy written for England alone may not name Wales in its steps...
    let england_only = edited(&files_for("England"), "settings.json", |s| {
        s["nations"] = json!(["England"])
    });
    assert_reported(
        &problems(&england_only),
        &[
            "outcome \"somewhere-to-stay\"",
            "\"Wales\" is not a nation the content is written for",
        ],
    );
    // ...and without a nation a copy cannot choose: said once, in settings.json.
    let no_nation = edited(&signpost::content::files(), "settings.json", |s| {
        s.as_object_mut().unwrap().remove("nation");
    });
    let found = problems(&no_nation);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_reported(
        &found,
        &[
            "content/settings.json: settings \"nation\"",
            "differ by nation",
        ],
    );
}

#[test]
fn every_version_needs_its_words_in_every_complete_locale() {
    // The England copy never shows the Wales version, but a Welsh council's copy will.
    let without = |locales: &[&str], message: &str| -> Vec<SourceFile> {
        files_for("England")
            .into_iter()
            .map(|mut f| {
                if locales
                    .iter()
                    .any(|l| f.path.starts_with(&format!("locales/{l}/")))
                {
                    let line = format!("{message} =");
                    let kept: Vec<&str> =
                        f.text.lines().filter(|l| !l.starts_with(&line)).collect();
                    f.text = kept.join("\n");
                }
                f
            })
            .collect()
    };
    assert_reported(
        &problems(&without(&["cy"], "step-call-shelter-wales")),
        &[
            "content/locales/cy/outcomes.ftl",
            "\"step-call-shelter-wales\"",
            "used by outcome",
            "content/tree/outcomes.json",
        ],
    );
    assert_reported(
        &problems(&without(&["en-GB", "cy", "pl", "ar"], "today-call-shelter-wales")),
        &[
            "content/guidance.json: guide \"homeless\"",
            "uses the message \"today-call-shelter-wales\", which is not in the locales en-GB and cy",
        ],
    );
}

/// Renting law differs (review E5): a tenant told to leave reads England's rules, where
/// "no-fault" notices ended on 1 May 2026, or Wales's, where renters are contract-holders.
#[test]
fn a_tenant_told_to_leave_reads_their_own_nations_renting_law() {
    let steps = |nation: &str| -> Vec<String> {
        let c = copy_for(nation);
        let g = c
            .guide(&signpost::engine::GuideId::new("told-to-leave"))
            .expect("the told-to-leave guide");
        g.steps.iter().map(|m| m.as_str().to_owned()).collect()
    };
    let england = steps("England");
    let wales = steps("Wales");
    assert!(
        england.contains(&"step-told-to-leave-tenant-england".to_owned()),
        "{england:?}"
    );
    assert!(
        wales.contains(&"step-told-to-leave-tenant-wales".to_owned()),
        "{wales:?}"
    );
    let en = signpost::words::i18n::Translator::new(&copy_for("England"), "en-GB");
    assert!(en
        .text("step-told-to-leave-tenant-england")
        .contains("section 21"));
    assert!(en
        .text("step-told-to-leave-tenant-wales")
        .contains("contract-holder"));
    assert!(!en
        .text("step-told-to-leave-tenant-wales")
        .contains("section 21"));
}

/// Help with rent differs (review E16): England's Housing Payments from the Crisis and
/// Resilience Fund replaced Discretionary Housing Payments in April 2026; Wales keeps them.
#[test]
fn help_with_rent_is_named_as_each_nation_names_it() {
    let text = |nation: &str| -> String {
        let c = copy_for(nation);
        let g = c
            .guide(&signpost::engine::GuideId::new("rent-arrears"))
            .expect("the rent arrears guide");
        let en = signpost::words::i18n::Translator::new(&c, "en-GB");
        g.steps
            .iter()
            .map(|m| en.text(m.as_str()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let england = text("England");
    let wales = text("Wales");
    assert!(england.contains("Crisis and Resilience Fund"), "{england}");
    assert!(
        !england.contains("Discretionary Housing Payment"),
        "{england}"
    );
    assert!(wales.contains("Discretionary Housing Payment"), "{wales}");
    assert!(!wales.contains("Crisis and Resilience Fund"), "{wales}");
}

/// The emergency page lists the Welsh-language Samaritans line in a copy for Wales, and not in
/// one for England, beside the line everyone can call.
#[test]
fn the_welsh_samaritans_line_is_listed_in_wales_only() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scenarios/emergency-not-safe-carries-on.json"
    ))
    .unwrap();
    let scenario = Scenario::from_json(&text).unwrap();
    let services = |nation: &str| {
        let c = copy_for(nation);
        let result = run(&c, &scenario, None).unwrap();
        let evaluation =
            signpost::engine::evaluate(&c, &result.answers, scenario.today.unwrap()).unwrap();
        let outcome = c.outcome(&result.outcome).unwrap();
        plan(&c, outcome, &evaluation)
            .services
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let (england, wales) = (services("England"), services("Wales"));
    assert!(wales.contains(&"samaritans-welsh".to_owned()), "{wales:?}");
    assert!(
        !england.contains(&"samaritans-welsh".to_owned()),
        "{england:?}"
    );
    for both in [&england, &wales] {
        assert!(both.contains(&"samaritans".to_owned()), "{both:?}");
    }
}

/// A scenario written for Wales runs on a copy for Wales (`signpost run` and the scenario
/// tests load one), and is refused by a copy for another nation rather than run against the
/// wrong law.
#[test]
fn a_scenario_for_wales_runs_on_a_copy_for_wales_only() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scenarios/emergency-not-safe-carries-on.json"
    ))
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["nation"] = json!("Wales");
    v.as_object_mut().unwrap().remove("expect");
    let s = Scenario::from_json(&v.to_string()).unwrap();
    let err = run(&copy_for("England"), &s, None).unwrap_err().to_string();
    assert!(err.contains("for Wales"), "{err}");
    let wales =
        signpost::engine::authoring::nation::for_nation(&signpost::content::files(), "Wales");
    let r = run(&load_and_validate(&wales).unwrap(), &s, None).unwrap();
    assert!(
        r.plan
            .today
            .iter()
            .any(|m| m.as_str() == "step-call-domestic-abuse-helpline-wales"),
        "{:?}",
        r.plan.today
    );
}
