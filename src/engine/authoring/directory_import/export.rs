//! Reading an Open Referral UK export: the services in it, each with what Signpost can use
//! and the names of the fields it cannot.
//!
//! Councils publish two shapes of the standard, and this reads both: the first Open Referral
//! UK API (`content` pages; `eligibilitys`, `regular_schedules`, `service_taxonomys`,
//! `physical_addresses`, `languages[].language`) and the UK profile of HSDS 3.0 (`contents`
//! pages; `eligibility_description`, `schedules`, `attributes[].taxonomy_term`, `addresses`,
//! `languages[].name`/`code`). The export is read as plain JSON values rather than typed
//! structs, because exports differ in what they fill in and a field of the wrong type should
//! be one dropped field in the report, not a file refused.

use super::text::{age_words, plain, weekly_hours};
use serde_json::{Map, Value};

/// One taxonomy term a service is classified with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Term {
    pub id: String,
    pub name: String,
    pub code: String,
}

/// A service from the export, as far as Signpost can use it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub organisation_id: String,
    pub status: String,
    pub description: String,
    /// Who it is for, in words (eligibility text and age limits), one sentence each.
    pub eligibility: Vec<String>,
    pub areas: Vec<String>,
    pub languages: Vec<String>,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// The organisation's own email and website, used when the service has none.
    pub organisation_email: Option<String>,
    pub organisation_website: Option<String>,
    pub addresses: Vec<String>,
    pub hours: Vec<String>,
    pub terms: Vec<Term>,
    /// Fields with a value that Signpost has no place for, by their name in the export.
    pub dropped: Vec<String>,
    /// Things read only in part, in words for the report.
    pub notes: Vec<String>,
}

/// Fields that identify or date a record rather than tell a person anything: leaving them
/// out loses nothing, so the report does not list them.
const BOOKKEEPING: &[&str] = &[
    "id",
    "organization_id",
    "program_id",
    "last_modified",
    "assured_date",
    "assurer_email",
    "metadata",
];

/// The service fields this import reads.
const READ: &[&str] = &[
    "name",
    "description",
    "url",
    "email",
    "status",
    "organization",
    "eligibility_description",
    "eligibilitys",
    "minimum_age",
    "maximum_age",
    "service_areas",
    "languages",
    "phones",
    "contacts",
    "schedules",
    "regular_schedules",
    "service_at_locations",
    "attributes",
    "service_taxonomys",
];

/// The services in an export: a list of services, a page of them (`contents` or `content`),
/// a single service, or organisations with their `services`. `Err` says, for a person who is
/// not a programmer, why the text is not an export.
pub fn services(text: &str) -> Result<Vec<Found>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "it is not valid JSON (line {}, column {}: {}). Export the directory again, as JSON",
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        )
    })?;
    let items: Vec<&Value> = match &value {
        Value::Array(list) => list.iter().collect(),
        Value::Object(map) => {
            match ["contents", "content", "services", "items"]
                .iter()
                .find_map(|k| map.get(*k).and_then(Value::as_array))
            {
                Some(list) => list.iter().collect(),
                None if map.contains_key("name") => vec![&value],
                None => {
                    return Err("it has no list of services (\"contents\", \"content\" or \
                                \"services\"). Is it an Open Referral UK export?"
                        .into())
                }
            }
        }
        _ => return Err("it is not a list of services. Is it an Open Referral UK export?".into()),
    };
    let mut found = Vec::new();
    for item in items {
        let Some(obj) = item.as_object() else {
            return Err("an item in its list of services is not a service (an object)".into());
        };
        // An organisation with its services: each service belongs to it.
        match obj.get("services").and_then(Value::as_array) {
            Some(list) if !obj.contains_key("organization") => {
                for s in list.iter().filter_map(Value::as_object) {
                    found.push(service(s, Some(obj)));
                }
            }
            _ => found.push(service(obj, None)),
        }
    }
    Ok(found)
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(plain(s)).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn list<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    obj.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

fn has_value(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

fn push_unique(list: &mut Vec<String>, s: String) {
    if !list.contains(&s) {
        list.push(s);
    }
}

fn service(s: &Map<String, Value>, parent: Option<&Map<String, Value>>) -> Found {
    let mut f = Found {
        id: string(s.get("id")).unwrap_or_default(),
        name: string(s.get("name")).unwrap_or_default(),
        status: string(s.get("status")).unwrap_or_default().to_lowercase(),
        description: string(s.get("description")).unwrap_or_default(),
        email: string(s.get("email")),
        website: string(s.get("url")),
        ..Found::default()
    };
    let org = s.get("organization").and_then(Value::as_object).or(parent);
    if let Some(o) = org {
        f.organisation = string(o.get("name")).unwrap_or_default();
        f.organisation_id = string(o.get("id")).unwrap_or_default();
        f.organisation_email = string(o.get("email"));
        f.organisation_website = string(o.get("website")).or_else(|| string(o.get("url")));
    }
    eligibility(s, &mut f);
    for a in list(s, "service_areas") {
        let Some(area) = string(a.get("name")).or_else(|| string(a.get("service_area"))) else {
            continue;
        };
        // The area page lists these as places to choose: a sentence is not one.
        if area.chars().count() > 40 || area.contains('.') {
            f.notes.push(format!(
                "service area \"{area}\" left out: it is a description, not the name of a place"
            ));
        } else {
            push_unique(&mut f.areas, area);
        }
    }
    for l in list(s, "languages") {
        let name = string(l.get("code"))
            .or_else(|| string(l.get("name")))
            .or_else(|| string(l.get("language")));
        if let Some(n) = name {
            push_unique(&mut f.languages, n);
        }
    }
    for p in list(s, "phones") {
        if let Some(n) = string(p.get("number")) {
            push_unique(&mut f.phones, n);
        }
    }
    for c in list(s, "contacts") {
        for p in list(c, "phones") {
            if let Some(n) = string(p.get("number")) {
                push_unique(&mut f.phones, n);
            }
        }
    }
    hours(s, &mut f);
    for sal in list(s, "service_at_locations") {
        let Some(loc) = sal.get("location").and_then(Value::as_object) else {
            continue;
        };
        if string(loc.get("location_type")).is_some_and(|t| t != "physical") {
            continue;
        }
        let place = string(loc.get("name"));
        for a in list(loc, "addresses").chain(list(loc, "physical_addresses")) {
            if string(a.get("address_type")).is_some_and(|t| t != "physical") {
                continue;
            }
            let mut parts: Vec<String> = Vec::new();
            if let Some(p) = &place {
                let first = string(a.get("address_1")).unwrap_or_default();
                if !first.contains(p.as_str()) {
                    parts.push(p.clone());
                }
            }
            for k in ["address_1", "address_2", "city", "postal_code"] {
                if let Some(v) = string(a.get(k)) {
                    parts.push(v);
                }
            }
            if !parts.is_empty() {
                push_unique(&mut f.addresses, parts.join(", "));
            }
        }
    }
    for a in list(s, "attributes") {
        if let Some(t) = a.get("taxonomy_term").and_then(Value::as_object) {
            f.terms.push(term(t, "term"));
        }
    }
    for st in list(s, "service_taxonomys") {
        if let Some(t) = st.get("taxonomy").and_then(Value::as_object) {
            f.terms.push(term(t, "vocabulary"));
        }
    }
    for (k, v) in s {
        let known = READ.contains(&k.as_str()) || BOOKKEEPING.contains(&k.as_str());
        if !known && !k.ends_with("_id") && has_value(v) {
            f.dropped.push(k.clone());
        }
    }
    f
}

fn term(t: &Map<String, Value>, code_key: &str) -> Term {
    Term {
        id: string(t.get("id")).unwrap_or_default(),
        name: string(t.get("name")).unwrap_or_default(),
        code: string(t.get("code"))
            .or_else(|| string(t.get(code_key)))
            .unwrap_or_default(),
    }
}

fn age(v: Option<&Value>) -> Option<u64> {
    v.and_then(|v| v.as_u64().or_else(|| v.as_f64().map(|f| f as u64)))
}

fn eligibility(s: &Map<String, Value>, f: &mut Found) {
    let mut min = age(s.get("minimum_age"));
    let mut max = age(s.get("maximum_age"));
    if let Some(e) = string(s.get("eligibility_description")) {
        f.eligibility.push(sentence(e));
    }
    for e in list(s, "eligibilitys") {
        if let Some(text) = string(e.get("eligibility")) {
            push_unique(&mut f.eligibility, sentence(text));
        }
        min = min.or(age(e.get("minimum_age")));
        max = max.or(age(e.get("maximum_age")));
    }
    if let Some(words) = age_words(min, max) {
        f.eligibility.push(words);
        f.notes.push(
            "age limits are in the words people read: Signpost never asks a person's age, \
             so it cannot check them"
                .into(),
        );
    }
}

/// Ends the text with a full stop, so sentences joined read as sentences.
fn sentence(s: String) -> String {
    if s.ends_with(['.', '!', '?']) {
        s
    } else {
        format!("{s}.")
    }
}

fn hours(s: &Map<String, Value>, f: &mut Found) {
    for sch in list(s, "schedules").chain(list(s, "regular_schedules")) {
        let freq = string(sch.get("freq")).unwrap_or_default().to_uppercase();
        let weekly = match (
            string(sch.get("byday")),
            string(sch.get("opens_at")),
            string(sch.get("closes_at")),
        ) {
            (Some(d), Some(o), Some(c)) if freq.is_empty() || freq == "WEEKLY" => {
                weekly_hours(&d, &o, &c)
            }
            _ => None,
        };
        match weekly.or_else(|| string(sch.get("description"))) {
            Some(h) => push_unique(&mut f.hours, h),
            None => f.notes.push(
                "opening hours left out: a schedule could not be read as weekly hours and \
                 has no description"
                    .into(),
            ),
        }
    }
}
