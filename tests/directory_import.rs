//! `signpost directory import`: a directory from an Open Referral UK export, on the made-up
//! fixture in `tests/fixtures/oruk/` (an HSDS 3.0 UK-profile page of seven services), on the
//! first ORUK API's shape, and on every kind of bad input. The import must never give back
//! files that `signpost check` would reject.

mod common;

use serde_json::{json, Value};
use signpost::engine::authoring::directory_import::{import, ImportError, Outcome, Request};
use signpost::engine::authoring::load::read_dir;
use signpost::engine::authoring::load_and_validate;
use signpost::engine::SourceFile;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures/oruk").join(name)).unwrap()
}

fn content() -> Vec<SourceFile> {
    read_dir(&root().join("content")).unwrap()
}

fn run(export: &str, mapping: &str, content: &[SourceFile], welsh: Option<&str>) -> Outcome {
    let translations: Vec<(String, String)> = welsh
        .map(|t| ("cy".to_owned(), t.to_owned()))
        .into_iter()
        .collect();
    import(&Request {
        export,
        export_name: "export.json",
        mapping,
        name: "west-cornwall",
        content,
        translations: &translations,
        example: true,
    })
}

fn file<'a>(files: &'a [SourceFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| {
            panic!(
                "no {path} in {:?}",
                files.iter().map(|f| &f.path).collect::<Vec<_>>()
            )
        })
        .text
}

fn service<'a>(dir: &'a Value, id: &str) -> &'a Value {
    dir["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no service {id}"))
}

#[test]
fn the_fixture_imports_the_members_it_can_map_and_the_content_still_checks() {
    let content = content();
    let out = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content,
        Some(&fixture("cy.ftl")),
    );
    let files = out.files.unwrap_or_else(|e| panic!("{e}"));
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "directory/west-cornwall.json",
            "locales/en-GB/directory-west-cornwall.ftl",
            "locales/cy/directory-west-cornwall.ftl"
        ]
    );

    let dir: Value = serde_json::from_str(file(&files, "directory/west-cornwall.json")).unwrap();
    assert_eq!(dir["example"], true);
    let ids: Vec<&str> = dir["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "kernow-debt-advice",
            "pendeen-housing-help",
            "st-piran-food-share",
            "lowen-youth-trust"
        ]
    );
    let kernow = service(&dir, "kernow-debt-advice");
    assert_eq!(kernow["organisation"], "Kernow Debt Advice");
    assert_eq!(kernow["membership"], "full");
    assert_eq!(kernow["service_area"], json!(["Cornwall"]));
    assert_eq!(kernow["languages"], json!(["en", "pl"]));
    assert_eq!(
        kernow["contacts"],
        json!([
            { "channel": "phone", "value": "01632 960201" },
            { "channel": "email", "value": "help@kernow-debt-advice.example.org" },
            { "channel": "website", "value": "https://kernow-debt-advice.example.org" },
            { "channel": "visit", "value": "Example House, 2 Sample Street, Truro, TR1 0ZZ" }
        ])
    );
    // Two terms, each mapped to needs, with no need twice.
    let needs: Vec<&str> = kernow["needs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        needs.contains(&"priority-debt") && needs.contains(&"benefit-problem"),
        "{needs:?}"
    );
    let mut unique = needs.clone();
    unique.dedup();
    assert_eq!(unique.len(), needs.len());
    // The term matched by its id, and the one matched whatever its case.
    assert_eq!(
        service(&dir, "pendeen-housing-help")["needs"],
        json!(["rent-arrears", "eviction", "no-settled-home"])
    );
    assert_eq!(
        service(&dir, "st-piran-food-share")["needs"],
        json!(["no-money-for-food"])
    );
    // The service has no email: the organisation's is used.
    assert_eq!(
        service(&dir, "st-piran-food-share")["contacts"][1],
        json!({ "channel": "email", "value": "hello@st-piran-food.example.org" })
    );
    // A member named by its organisation's id.
    assert_eq!(
        service(&dir, "lowen-youth-trust")["membership"],
        "associate"
    );

    let en = file(&files, "locales/en-GB/directory-west-cornwall.ftl");
    assert!(en.contains("service-kernow-debt-advice = Free, confidential help with debts and money worries. We can talk to the people you owe for you.\n"), "{en}");
    assert!(
        en.contains("hours-kernow-debt-advice = Monday to Friday, 9am to 5pm\n"),
        "{en}"
    );
    assert!(
        en.contains("hours-st-piran-food-share = Tuesday and Thursday, 10am to midday\n"),
        "{en}"
    );
    assert!(
        en.contains(
            "eligibility-pendeen-housing-help = For people who rent their home in Cornwall.\n"
        ),
        "{en}"
    );
    assert!(
        en.contains("eligibility-lowen-youth-trust = For people aged 16 to 25.\n"),
        "{en}"
    );
    assert!(
        en.contains(r#"No referral {"{"}voucher{"}"} needed."#),
        "{en}"
    );
    let cy = file(&files, "locales/cy/directory-west-cornwall.ftl");
    assert!(cy.contains("# en-GB: Monday to Friday, 9am to 5pm\nhours-kernow-debt-advice = Dydd Llun i ddydd Gwener, 9am i 5pm\n"), "{cy}");

    // The content with the new files passes the check, and has the services as examples.
    let mut staged: Vec<SourceFile> = content.clone();
    staged.extend(files.iter().cloned());
    let c = load_and_validate(&staged).unwrap_or_else(|e| panic!("{e:?}"));
    let imported = c
        .services
        .iter()
        .find(|s| s.id.as_str() == "kernow-debt-advice")
        .unwrap();
    assert!(imported.example);
}

#[test]
fn the_report_names_every_service_left_out_and_every_field_dropped() {
    let out = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content(),
        Some(&fixture("cy.ftl")),
    );
    let text = out.report.to_text();
    for expected in [
        "Imported 4 service(s):",
        "Left out 3 service(s) it could not map:",
        "Gwel Garden Club: Community garden: none of its taxonomy terms is in the mapping's needs",
        "Example Counselling Ltd: Counselling: \"Example Counselling Ltd\" is not in the mapping's members",
        "Kernow Debt Advice: Energy advice: its status is \"defunct\", not active",
        "Kernow Debt Advice: Debt advice: accreditations, fees, funding",
        "Pendeen Housing Help: Housing help: alert",
        "service area \"The service is available to all residents of West Cornwall who can show their tenancy agreement.\" left out",
        "St Piran Food Share: Food share: taxonomy terms not in the mapping: \"Warm space\"",
        "language \"Klingon\" left out",
        "age limits are in the words people read",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Ids and dates of records are not information a person loses.
    assert!(
        !text.contains("assured_date") && !text.contains("last_modified"),
        "{text}"
    );
}

#[test]
fn without_welsh_it_writes_nothing_and_gives_a_worksheet_of_the_words() {
    let out = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content(),
        None,
    );
    let Err(ImportError::Untranslated(sheets)) = out.files else {
        panic!("expected a worksheet, got {:?}", out.files.map(|f| f.len()));
    };
    assert_eq!(sheets.len(), 1);
    assert_eq!((sheets[0].locale.as_str(), sheets[0].missing), ("cy", 9));
    assert!(sheets[0].text.contains("# en-GB: For people aged 16 to 25.\neligibility-lowen-youth-trust = For people aged 16 to 25.\n"));
    // The worksheet sent back as it is still lacks every translation.
    let again = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content(),
        Some(&sheets[0].text),
    );
    assert!(matches!(again.files, Err(ImportError::Untranslated(s)) if s[0].missing == 9));
}

#[test]
fn a_second_import_keeps_the_welsh_whose_english_is_unchanged() {
    let mut content = content();
    let first = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content,
        Some(&fixture("cy.ftl")),
    );
    content.extend(first.files.unwrap());
    // The export changes one service's hours.
    let changed = fixture("export.json").replace("\"byday\": \"TU,TH\"", "\"byday\": \"MO,TU,TH\"");
    let second = run(&changed, &fixture("mapping.json"), &content, None);
    let Err(ImportError::Untranslated(sheets)) = second.files else {
        panic!("the changed hours need Welsh again");
    };
    assert_eq!(sheets[0].missing, 1);
    assert!(sheets[0]
        .text
        .contains("hours-st-piran-food-share = Monday, Tuesday and Thursday, 10am to midday"));
    // Unchanged, it imports again without any translation given.
    let third = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content,
        None,
    );
    assert!(third.files.is_ok(), "{:?}", third.files.err());
}

#[test]
fn a_clash_with_the_content_is_refused_with_the_check_s_message() {
    let mut content = content();
    let f = content
        .iter_mut()
        .find(|f| f.path == "locales/en-GB/services.ftl")
        .unwrap();
    f.text
        .push_str("\nhours-st-piran-food-share = Already here\n");
    let out = run(
        &fixture("export.json"),
        &fixture("mapping.json"),
        &content,
        Some(&fixture("cy.ftl")),
    );
    let Err(ImportError::Check(problems)) = out.files else {
        panic!("expected the check to fail");
    };
    let all = problems.join("\n");
    assert!(all.contains("hours-st-piran-food-share"), "{all}");
    assert!(all.contains("already defined"), "{all}");
}

#[test]
fn the_first_open_referral_uk_api_shape_is_read_too() {
    let export = json!({
        "totalElements": 1,
        "content": [{
            "id": "v1-1",
            "name": "Money advice",
            "description": "Help with debts.",
            "status": "active",
            "email": "ring us",
            "organization": { "id": "o-1", "name": "Kernow Debt Advice" },
            "eligibilitys": [{ "id": "e-1", "eligibility": "Adults in Cornwall", "minimum_age": 18 }],
            "regular_schedules": [{ "id": "r-1", "weekday": "", "byday": "WE", "opens_at": "09:30", "closes_at": "13:00", "freq": "WEEKLY" }],
            "service_taxonomys": [{ "id": "st-1", "taxonomy": { "id": "x-1", "name": "Debt advice", "vocabulary": "example" } }],
            "languages": [{ "id": "l-1", "language": "Welsh" }],
            "contacts": [{ "id": "c-1", "name": "Desk", "phones": [{ "id": "p-1", "number": "01632 960301" }] }],
            "service_at_locations": [{ "id": "sl-1", "location": { "id": "loc", "name": "Hub",
                "physical_addresses": [{ "id": "pa", "address_1": "3 Example Road", "city": "Redruth", "postal_code": "TR15 0ZZ" }] } }],
            "deliverable_type": "Advice"
        }]
    });
    let welsh = "service-kernow-debt-advice = Help gyda dyledion.\n\
                 eligibility-kernow-debt-advice = Oedolion yng Nghernyw. I bobl 18 oed neu hŷn.\n\
                 hours-kernow-debt-advice = Dydd Mercher, 9:30am tan hanner dydd\n";
    let out = run(
        &export.to_string(),
        &fixture("mapping.json"),
        &content(),
        Some(welsh),
    );
    let files = out.files.unwrap_or_else(|e| panic!("{e}"));
    let dir: Value = serde_json::from_str(file(&files, "directory/west-cornwall.json")).unwrap();
    let s = service(&dir, "kernow-debt-advice");
    assert_eq!(s["languages"], json!(["cy"]));
    assert_eq!(
        s["contacts"],
        json!([
            { "channel": "phone", "value": "01632 960301" },
            { "channel": "visit", "value": "Hub, 3 Example Road, Redruth, TR15 0ZZ" }
        ])
    );
    let en = file(&files, "locales/en-GB/directory-west-cornwall.ftl");
    assert!(
        en.contains(
            "eligibility-kernow-debt-advice = Adults in Cornwall. For people aged 18 or over.\n"
        ),
        "{en}"
    );
    assert!(
        en.contains("hours-kernow-debt-advice = Wednesday, 9:30am to 1pm\n"),
        "{en}"
    );
    assert!(out
        .report
        .to_text()
        .contains("Kernow Debt Advice: Money advice: deliverable_type"));
    assert!(
        out.report
            .to_text()
            .contains("Kernow Debt Advice: Money advice: email \"ring us\" left out: it is not an email address"),
        "{}",
        out.report.to_text()
    );
}

#[test]
fn a_malformed_export_gets_a_message_that_names_what_is_wrong() {
    let mapping = fixture("mapping.json");
    let content = content();
    let cases = [
        (
            "{ \"contents\": [ {\"name\": \"x\", } ] }",
            "it is not valid JSON (line 1, column",
        ),
        ("{ \"total\": 3 }", "it has no list of services"),
        ("42", "it is not a list of services"),
        ("[1, 2]", "an item in its list of services is not a service"),
        ("", "it is not valid JSON"),
    ];
    for (export, expected) in cases {
        let out = run(export, &mapping, &content, None);
        match out.files {
            Err(e @ ImportError::Export(_)) => {
                let text = e.to_string();
                assert!(text.starts_with("The export cannot be read: "), "{text}");
                assert!(text.contains(expected), "{export:?}: {text}");
            }
            other => panic!(
                "{export:?}: expected an export error, got {:?}",
                other.map(|f| f.len())
            ),
        }
    }
    // A list with no service the import could keep.
    let out = run("[]", &mapping, &content, None);
    assert_eq!(out.files, Err(ImportError::NothingKept));
}

#[test]
fn a_wrong_mapping_names_each_mistake() {
    let export = fixture("export.json");
    let content = content();
    let cases = [
        (
            r#"{"members": {"A": "fulll"}, "needs": {}}"#,
            "members.A: unknown variant `fulll`",
        ),
        (
            r#"{"members": {}, "needs": {"Debt advice": ["no-such-flag"]}}"#,
            "\"no-such-flag\", which is not a flag",
        ),
        (
            r#"{"members": {}, "needs": {"Carers": ["carer"]}}"#,
            "\"carer\", which is a circumstance",
        ),
        (
            r#"{"members": {}, "needs": {"Debt advice": []}}"#,
            "\"Debt advice\" lists no needs",
        ),
        (
            r#"{"members": {}, "needs": {}, "member": {}}"#,
            "\"member\" is not a key of the mapping",
        ),
        (r#"{"needs": {}}"#, "missing field `members`"),
        ("not json", "line 1"),
    ];
    for (mapping, expected) in cases {
        let out = run(&export, mapping, &content, None);
        match out.files {
            Err(e @ ImportError::Mapping(_)) => {
                let text = e.to_string();
                assert!(text.contains(expected), "{mapping}: {text}");
            }
            other => panic!(
                "{mapping}: expected a mapping error, got {:?}",
                other.map(|f| f.len())
            ),
        }
    }
}

#[test]
fn the_directory_name_must_be_an_id() {
    let translations = vec![];
    let out = import(&Request {
        export: "[]",
        export_name: "x.json",
        mapping: "{}",
        name: "West Cornwall",
        content: &content(),
        translations: &translations,
        example: false,
    });
    assert_eq!(out.files, Err(ImportError::Name("West Cornwall".into())));
}

// The command itself: files written only when they pass, the worksheet beside the export.

struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let dir =
            std::env::temp_dir().join(format!("signpost-import-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        common::copy_dir(&root().join("content"), &dir.join("content"));
        common::copy_dir(&root().join("tests/fixtures/oruk"), &dir.join("oruk"));
        Temp(dir)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn signpost(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

#[test]
fn the_command_writes_a_worksheet_then_the_directory_once_translated() {
    let t = Temp::new("cmd");
    let args = [
        "directory",
        "import",
        "oruk/export.json",
        "--mapping",
        "oruk/mapping.json",
        "--name",
        "west-cornwall",
        "--example",
    ];
    let (code, text) = signpost(&t.0, &args);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("9 of the directory's messages have no cy translation yet"),
        "{text}"
    );
    assert!(
        t.0.join("oruk/west-cornwall.cy.todo.ftl").exists(),
        "{text}"
    );
    assert!(!t.0.join("content/directory/west-cornwall.json").exists());

    let mut with_welsh = args.to_vec();
    with_welsh.extend(["--translations", "cy=oruk/cy.ftl", "--dry-run"]);
    let (code, text) = signpost(&t.0, &with_welsh);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Dry run"), "{text}");
    assert!(!t.0.join("content/directory/west-cornwall.json").exists());

    with_welsh.pop();
    let (code, text) = signpost(&t.0, &with_welsh);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Imported 4 service(s)"), "{text}");
    for f in [
        "content/directory/west-cornwall.json",
        "content/locales/en-GB/directory-west-cornwall.ftl",
        "content/locales/cy/directory-west-cornwall.ftl",
    ] {
        assert!(t.0.join(f).exists(), "{f}: {text}");
    }
    let (code, text) = signpost(&t.0, &["check"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("The content is ready"), "{text}");
}

#[test]
fn the_command_s_usage_errors_exit_2() {
    let t = Temp::new("usage");
    for (args, expected) in [
        (
            vec!["directory", "import", "oruk/export.json"],
            "needs --mapping FILE",
        ),
        (vec!["directory", "import"], "needs an export file"),
        (
            vec!["directory", "export"],
            "use: signpost directory import",
        ),
        (vec!["check", "--example"], "only for directory import"),
        (
            vec![
                "directory",
                "import",
                "x.json",
                "--mapping",
                "m.json",
                "--translations",
                "cy",
            ],
            "needs a language and a file",
        ),
    ] {
        let (code, text) = signpost(&t.0, &args);
        assert_eq!(code, Some(2), "{args:?}: {text}");
        assert!(text.contains(expected), "{args:?}: {text}");
    }
    let (code, text) = signpost(
        &t.0,
        &[
            "directory",
            "import",
            "missing.json",
            "--mapping",
            "oruk/mapping.json",
        ],
    );
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("cannot read the export missing.json"),
        "{text}"
    );
}
