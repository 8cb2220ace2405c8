//! Opening a referral summary a person hands over, for a member with no case system (the page
//! `/open-a-referral`): the downloaded `.json` file, or the text a phone camera shows from the
//! summary's QR code. Pure and native-tested: the page only reads the file or the text box and
//! shows what this returns.
//!
//! The JSON is checked against the published schema's rules that matter for reading it: the
//! major version first (a newer one is refused with its version named), then the fields (the
//! serde types, which are the format), then the rules the types cannot say (known tier codes,
//! the reference's form, valid times, amounts not negative). A newer minor version is read:
//! fields this page does not know are ignored, and reasons of a kind it does not know are left
//! out and counted, so the page can say so. The app has no JSON Schema validator: the tests
//! check these rules agree with the schema (`tests/open_referral.rs`).

mod messages;
mod qr;
mod words;

pub use messages::Entrance;
pub use qr::QrSummary;
pub use words::{days_from_today, due_dates, qr_document};

use super::summary::members_serde::{self, REASON_CODES};
use super::summary::{ReferralSummary, SCHEMA_VERSION};
use crate::engine::model::Tier;
use crate::engine::Date;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The largest file or text read. A summary with every section full is about 20 KB; a file
/// much larger is something else, and reading it could stall a phone.
pub const MAX_BYTES: usize = 1_000_000;

/// What was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// The whole summary, from its JSON.
    Summary(Box<OpenedSummary>),
    /// The summary's QR code text: codes in English, maybe only part of it.
    Qr(Box<QrSummary>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedSummary {
    pub summary: ReferralSummary,
    /// The version, when a newer 1.x than this page's: what it added is not shown.
    pub newer: Option<String>,
    /// Reasons for a member of a kind this page does not know (from a newer 1.x), left out.
    pub reasons_left_out: usize,
}

/// Why a file or text could not be opened. Each has a message a member can act on
/// ([`OpenError::message`]); the English here is for logs and tests.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("it is empty")]
    Empty,
    #[error("it is {bytes} bytes, more than a referral summary can be")]
    TooLarge { bytes: usize },
    #[error("it is not text")]
    NotText,
    #[error("it is not valid JSON: a mistake at line {line}, column {column}")]
    NotJson { line: usize, column: usize },
    #[error("it is not a Signpost referral summary")]
    NotSignpost,
    #[error(
        "it was made by a newer version of Signpost: version {version}; this page reads version 1"
    )]
    Newer { version: String },
    #[error("its version, \"{version}\", is not one this page knows")]
    BadVersion { version: String },
    #[error("the field \"{field}\" is wrong: {problem}")]
    Field { field: String, problem: String },
    #[error("line {line} is not KEY:value: \"{text}\"")]
    QrLine { line: usize, text: String },
    #[error("line {line}, {key}, is wrong: \"{value}\"")]
    QrValue {
        line: usize,
        key: String,
        value: String,
    },
    #[error("the line {key} is missing")]
    QrMissing { key: String },
}

/// Reads a file's bytes: UTF-8 text (a byte-order mark is allowed), then as [`read_text`].
pub fn read_bytes(bytes: &[u8]) -> Result<Opened, OpenError> {
    if bytes.len() > MAX_BYTES {
        return Err(OpenError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| OpenError::NotText)?;
    if text.contains('\0') {
        return Err(OpenError::NotText);
    }
    read_text(text)
}

/// Reads a summary's JSON or its QR code's text, whichever `text` is.
pub fn read_text(text: &str) -> Result<Opened, OpenError> {
    if text.len() > MAX_BYTES {
        return Err(OpenError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{FEFF}').trim();
    if text.is_empty() {
        return Err(OpenError::Empty);
    }
    if text.starts_with('{') || text.starts_with('[') {
        return read_json(text).map(|s| Opened::Summary(Box::new(s)));
    }
    qr::read_qr(text).map(|q| Opened::Qr(Box::new(q)))
}

/// `major.minor.patch`, digits only.
fn semver(v: &str) -> Option<(u64, u64, u64)> {
    let mut parts = v.split('.').map(|p| {
        (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    });
    let version = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(version)
}

fn field(field: impl Into<String>, problem: impl Into<String>) -> OpenError {
    OpenError::Field {
        field: field.into(),
        problem: problem.into(),
    }
}

fn read_json(text: &str) -> Result<OpenedSummary, OpenError> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| OpenError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(map) = &mut value else {
        return Err(OpenError::NotSignpost);
    };
    let version = match map.get("schema_version") {
        // Without it, it is some other JSON (or a hand-made file): nothing to read.
        None => return Err(OpenError::NotSignpost),
        Some(Value::String(v)) => v.clone(),
        Some(other) => return Err(field("schema_version", format!("not text: {other}"))),
    };
    let Some((major, minor, _)) = semver(&version) else {
        return Err(OpenError::BadVersion { version });
    };
    if major > 1 {
        return Err(OpenError::Newer { version });
    }
    if major < 1 {
        return Err(OpenError::BadVersion { version });
    }
    let ours = semver(SCHEMA_VERSION).map_or(0, |(_, minor, _)| minor);
    let newer = (minor > ours).then(|| version.clone());
    let reasons_left_out = if newer.is_some() {
        drop_unknown_reasons(map)
    } else {
        0
    };
    let summary = match serde_json::from_value::<ReferralSummary>(value.clone()) {
        Ok(s) => s,
        Err(e) => return Err(locate(&value, e)),
    };
    check(&summary)?;
    Ok(OpenedSummary {
        summary,
        newer,
        reasons_left_out,
    })
}

/// A newer 1.x may add reason codes: those this page does not know are removed, and counted.
fn drop_unknown_reasons(map: &mut Map<String, Value>) -> usize {
    let mut dropped = 0;
    if let Some(Value::Array(members)) = map.get_mut("members") {
        for m in members {
            if let Some(Value::Array(reasons)) = m.get_mut("reasons") {
                let before = reasons.len();
                reasons.retain(|r| {
                    r.get("code")
                        .and_then(Value::as_str)
                        .is_none_or(|code| REASON_CODES.contains(&code))
                });
                dropped += before - reasons.len();
            }
        }
    }
    dropped
}

/// Which field made serde fail, found by reading each top-level field (and each item of a
/// list) on its own: serde's own message does not say where. Each field's type is read the
/// same way the whole summary is, so this adds little code.
fn locate(value: &Value, whole: serde_json::Error) -> OpenError {
    fn one<T: DeserializeOwned>(name: &str, v: &Value) -> Option<OpenError> {
        serde_json::from_value::<T>(v.clone())
            .err()
            .map(|e| field(name, e.to_string()))
    }
    fn list<T: DeserializeOwned>(name: &str, v: &Value) -> Option<OpenError> {
        match v {
            Value::Array(items) => items.iter().enumerate().find_map(|(i, item)| {
                serde_json::from_value::<T>(item.clone())
                    .err()
                    .map(|e| field(format!("{name}[{i}]"), e.to_string()))
            }),
            _ => one::<Vec<T>>(name, v),
        }
    }
    use crate::referral::summary as s;
    let Value::Object(map) = value else {
        return OpenError::NotSignpost;
    };
    // Required fields, in the schema's order; the optional ones are read only when present.
    const REQUIRED: [&str; 13] = [
        "tree_version",
        "created_at",
        "reference",
        "locale",
        "outcome",
        "tier",
        "urgency",
        "needs",
        "consent",
        "own_words",
        "members",
        "answers",
        "schema_version",
    ];
    if let Some(missing) = REQUIRED.iter().find(|f| !map.contains_key(**f)) {
        return field(*missing, "missing");
    }
    for (name, v) in map {
        let found = match name.as_str() {
            "schema_version" | "tree_version" | "created_at" | "reference" | "locale"
            | "own_words" => one::<String>(name, v),
            "outcome" | "tier" => one::<s::Coded>(name, v),
            "urgency" => match v.get("deadlines") {
                Some(d) => list::<s::DeadlineEntry>("urgency.deadlines", d),
                None => None,
            }
            .or_else(|| one::<s::Urgency>(name, v)),
            "needs" => list::<s::FlagEntry>(name, v),
            "consent" => one::<s::ConsentRecord>(name, v),
            "contact" => one::<Option<s::ContactSection>>(name, v),
            "household" => one::<Option<s::Household>>(name, v),
            "money" => one::<Option<s::MoneySection>>(name, v),
            "debts" => one::<Option<s::DebtsSection>>(name, v),
            "adviser_notes" => one::<Option<String>>(name, v),
            "members" => match v {
                Value::Array(items) => items.iter().enumerate().find_map(|(i, m)| {
                    members_serde::member(m.clone())
                        .err()
                        .map(|e| field(format!("members[{i}]"), e))
                }),
                _ => Some(field(name, "not a list")),
            },
            "answers" => list::<s::AnswerEntry>(name, v),
            _ => None,
        };
        if let Some(e) = found {
            return e;
        }
    }
    field("(the summary)", whole.to_string())
}

/// Crockford base 32, as in the reference: digits and capitals but I, L, O and U.
fn crockford(c: char) -> bool {
    c.is_ascii_digit() || (c.is_ascii_uppercase() && !matches!(c, 'I' | 'L' | 'O' | 'U'))
}

/// `SP-XXXX-XXXX`.
fn is_reference(r: &str) -> bool {
    let parts: Vec<&str> = r.split('-').collect();
    matches!(parts.as_slice(), ["SP", a, b]
        if [a, b].iter().all(|p| p.chars().count() == 4 && p.chars().all(crockford)))
}

/// RFC 3339 date-time: `2026-11-23T10:15:00Z`, with optional fractions and an offset.
pub(crate) fn is_date_time(s: &str) -> bool {
    let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) else {
        return false;
    };
    let mut rest = rest.chars();
    if Date::parse_iso(date).is_none() || !matches!(rest.next(), Some('T' | 't')) {
        return false;
    }
    let rest: String = rest.collect();
    let two = |s: &str, max: u32| s.len() == 2 && s.parse::<u32>().is_ok_and(|n| n <= max);
    let (Some(h), Some(m), Some(sec)) = (rest.get(0..2), rest.get(3..5), rest.get(6..8)) else {
        return false;
    };
    if !(two(h, 23) && two(m, 59) && two(sec, 60) && &rest[2..3] == ":" && &rest[5..6] == ":") {
        return false;
    }
    let mut zone = &rest[8..];
    if let Some(frac) = zone.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        zone = &frac[digits..];
    }
    match zone {
        "Z" | "z" => true,
        z if z.len() == 6 && (z.starts_with('+') || z.starts_with('-')) => {
            two(&z[1..3], 23) && &z[3..4] == ":" && two(&z[4..6], 59)
        }
        _ => false,
    }
}

const SFS_CODES: [&str; 16] = [
    "earnings",
    "benefits",
    "pensions",
    "other-income",
    "home-contents",
    "utilities",
    "care-health",
    "transport-travel",
    "school",
    "pensions-insurances",
    "professional",
    "other-essential",
    "communications-leisure",
    "food-housekeeping",
    "personal",
    "savings",
];

/// The schema's rules the types do not carry.
fn check(s: &ReferralSummary) -> Result<(), OpenError> {
    let bad = |name: &str, value: &str| Err(field(name, format!("\"{value}\"")));
    if !Tier::ALL.iter().any(|t| t.as_str() == s.tier.code) {
        return bad("tier.code", &s.tier.code);
    }
    if !is_reference(&s.reference) {
        return bad("reference", &s.reference);
    }
    if s.tree_version.len() != 16
        || !s
            .tree_version
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return bad("tree_version", &s.tree_version);
    }
    if !is_date_time(&s.created_at) {
        return bad("created_at", &s.created_at);
    }
    if s.locale.chars().count() < 2 {
        return bad("locale", &s.locale);
    }
    if s.members.len() > 3 {
        return Err(field("members", "more than three"));
    }
    if s.adviser_notes.as_deref() == Some("") {
        return bad("adviser_notes", "");
    }
    let w = &s.consent.withheld;
    if w.iter().enumerate().any(|(i, g)| w[..i].contains(g)) {
        return Err(field("consent.withheld", "a group listed twice"));
    }
    let mut pence: Vec<(String, i64)> = Vec::new();
    if let Some(m) = &s.money {
        if !matches!(m.route.as_str(), "quick" | "detailed") {
            return bad("money.route", &m.route);
        }
        pence.extend([
            ("money.income_pence".to_owned(), m.income_pence),
            ("money.fixed_costs_pence".to_owned(), m.fixed_costs_pence),
            (
                "money.flexible_costs_pence".to_owned(),
                m.flexible_costs_pence,
            ),
            ("money.spending_pence".to_owned(), m.spending_pence),
        ]);
        for (i, item) in m.items.iter().enumerate() {
            if !matches!(
                item.section.as_str(),
                "income" | "fixed-costs" | "flexible-costs"
            ) {
                return bad(&format!("money.items[{i}].section"), &item.section);
            }
            if !SFS_CODES.contains(&item.code.as_str()) {
                return bad(&format!("money.items[{i}].code"), &item.code);
            }
            pence.push((format!("money.items[{i}].pence"), item.pence));
        }
    }
    if let Some(d) = &s.debts {
        for (i, item) in d.items.iter().enumerate() {
            pence.push((format!("debts.items[{i}].amount_pence"), item.amount_pence));
            if let Some(a) = item.arrears_pence {
                pence.push((format!("debts.items[{i}].arrears_pence"), a));
            }
        }
        pence.extend([
            (
                "debts.priority_total_pence".to_owned(),
                d.priority_total_pence,
            ),
            (
                "debts.non_priority_total_pence".to_owned(),
                d.non_priority_total_pence,
            ),
            ("debts.total_pence".to_owned(), d.total_pence),
        ]);
    }
    if let Some(h) = &s.household {
        pence.extend(
            h.other_adults
                .map(|n| ("household.other_adults".to_owned(), n)),
        );
        pence.extend(h.children.map(|n| ("household.children".to_owned(), n)));
    }
    if let Some((name, n)) = pence.into_iter().find(|(_, n)| *n < 0) {
        return bad(&name, &n.to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_references_and_times() {
        assert_eq!(semver("1.3.0"), Some((1, 3, 0)));
        assert_eq!(semver("12.0.7"), Some((12, 0, 7)));
        for bad in ["1.3", "1.3.0.1", "v1.3.0", "1..0", "1.3.x", "", "1.-3.0"] {
            assert_eq!(semver(bad), None, "{bad}");
        }
        assert!(is_reference("SP-4K7M-Q2XD"));
        for bad in [
            "SP-4K7M-Q2X",
            "SP-4K7M-Q2XI",
            "sp-4k7m-q2xd",
            "SP-4K7M",
            "XP-4K7M-Q2XD",
        ] {
            assert!(!is_reference(bad), "{bad}");
        }
        for good in [
            "2026-11-23T10:15:00Z",
            "2026-11-23T10:15:00.123Z",
            "2026-11-23T10:15:00+01:00",
        ] {
            assert!(is_date_time(good), "{good}");
        }
        for bad in [
            "2026-11-23",
            "2026-02-30T10:15:00Z",
            "2026-11-23T24:15:00Z",
            "2026-11-23T10:15:00",
            "2026-11-23T10:15:00.Z",
            "2026-11-23 10:15:00Z",
            "2026-11-23T10:15:00+1:00",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }
}
