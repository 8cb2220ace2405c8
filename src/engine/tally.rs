//! Anonymous demand figures for kiosks: how many people reached each tier and raised each
//! need, per day, for the consortium's planning. Nothing else is kept: no answers, no times
//! finer than a day, no circumstance flags (a carer, a pregnancy: facts about a household,
//! not demand for a service), so a day's row can never be traced back to a person's path.
//! Residents' own phones keep no tallies; the app records them only in kiosk mode.
//!
//! Stored as JSON, versioned:
//! `{"schema":1,"days":{"2026-11-23":{"tiers":{"referral":2},"needs":{"rent-arrears":1}}}}`.
//! Days older than [`RETENTION_DAYS`] are dropped so the storage a kiosk uses stays bounded.

use crate::engine::date::Date;
use crate::engine::ids::FlagId;
use crate::engine::model::{Content, FlagKind, Tier};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The layout of [`Tallies`]. Bump it when the layout changes incompatibly.
pub const SCHEMA: u32 = 1;

/// How many days back a kiosk keeps: a year, plus a month to export it in.
pub const RETENTION_DAYS: i64 = 400;

/// The longest code kept from a stored file: ids are short, and a longer key is not ours.
const MAX_CODE: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tallies {
    pub schema: u32,
    pub days: BTreeMap<Date, DayTally>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DayTally {
    /// Outcomes reached, by tier.
    pub tiers: BTreeMap<Tier, u64>,
    /// Need and risk flags raised, by flag id.
    pub needs: BTreeMap<FlagId, u64>,
}

impl Default for Tallies {
    fn default() -> Self {
        Tallies {
            schema: SCHEMA,
            days: BTreeMap::new(),
        }
    }
}

/// What [`restore`] read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestoredTallies {
    pub tallies: Tallies,
    /// The text was not a tally file of this layout, so nothing was kept.
    pub corrupted: bool,
    /// Entries left out because they were not valid (a bad date, tier, code or count).
    pub dropped: usize,
}

impl Tallies {
    /// Counts one outcome reached on `day`: its tier and the need and risk flags raised.
    /// Flags the content does not define, and circumstance flags, are not counted.
    pub fn record(&mut self, day: Date, tier: Tier, flags: &BTreeSet<FlagId>, content: &Content) {
        let entry = self.days.entry(day).or_default();
        bump(entry.tiers.entry(tier).or_default());
        for f in flags {
            let demand = content
                .flag(f)
                .is_some_and(|d| matches!(d.kind, FlagKind::Need | FlagKind::Risk));
            if demand {
                bump(entry.needs.entry(f.clone()).or_default());
            }
        }
        // From the latest day held, not `day`: a kiosk whose clock went back must not keep
        // days that reading the file again would drop.
        let latest = self.days.keys().next_back().copied().unwrap_or(day);
        self.expire(latest);
    }

    /// Drops the days more than [`RETENTION_DAYS`] before `today`.
    pub fn expire(&mut self, today: Date) {
        let oldest = today.add_days(-RETENTION_DAYS);
        self.days.retain(|d, _| *d >= oldest);
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The tallies as CSV (RFC 4180: CRLF line ends, fields quoted when they need it), with
    /// the columns `date,kind,code,label,count`, sorted by date, then kind (`need`, `tier`),
    /// then code. Labels are the default locale's (English) words, so a spreadsheet reads
    /// without the app; a code the content no longer has gets an empty label.
    pub fn to_csv(&self, content: &Content) -> String {
        let words = default_messages(content);
        let label = |id: &str| words.get(id).cloned().unwrap_or_default();
        let mut out = String::from("date,kind,code,label,count\r\n");
        for (day, t) in &self.days {
            let mut rows: Vec<(&str, &str, String, u64)> = Vec::new();
            for (f, n) in &t.needs {
                let l = content
                    .flag(f)
                    .map(|d| label(d.label.as_str()))
                    .unwrap_or_default();
                rows.push(("need", f.as_str(), l, *n));
            }
            for (tier, n) in &t.tiers {
                let code = tier.as_str();
                rows.push(("tier", code, label(&format!("tier-{code}")), *n));
            }
            crate::engine::order::sort_by(&mut rows, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            for (kind, code, label, n) in rows {
                out.push_str(&format!(
                    "{day},{kind},{},{},{n}\r\n",
                    csv_field(code),
                    csv_field(&label)
                ));
            }
        }
        out
    }
}

fn bump(n: &mut u64) {
    *n = n.saturating_add(1);
}

/// A CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break.
/// A field a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
/// apostrophe: labels come from content, but a CSV is opened by people who trust it.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Reads stored tallies without ever failing: text that is not a tally file of this layout
/// gives empty tallies marked corrupted; within a good file, each bad entry is left out and
/// counted, and the rest kept. Days beyond the retention (counted back from the latest day
/// in the file) are dropped as [`Tallies::record`] would.
pub fn restore(text: &str) -> RestoredTallies {
    let corrupted = RestoredTallies {
        corrupted: true,
        ..RestoredTallies::default()
    };
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
        return corrupted;
    };
    if map.get("schema").and_then(Value::as_u64) != Some(u64::from(SCHEMA)) {
        return corrupted;
    }
    let Some(Value::Object(days)) = map.get("days") else {
        return corrupted;
    };
    let mut tallies = Tallies::default();
    let mut dropped = 0;
    for (key, value) in days {
        let (Some(day), Value::Object(entry)) = (Date::parse_iso(key), value) else {
            dropped += 1;
            continue;
        };
        let mut t = DayTally::default();
        for (k, n) in section(entry, "tiers", &mut dropped) {
            match serde_json::from_value::<Tier>(Value::String(k.clone())) {
                Ok(tier) => {
                    t.tiers.insert(tier, n);
                }
                Err(_) => dropped += 1,
            }
        }
        for (k, n) in section(entry, "needs", &mut dropped) {
            if is_code(k) {
                t.needs.insert(FlagId::new(k.as_str()), n);
            } else {
                dropped += 1;
            }
        }
        dropped += entry
            .keys()
            .filter(|k| !matches!(k.as_str(), "tiers" | "needs"))
            .count();
        if !(t.tiers.is_empty() && t.needs.is_empty()) {
            tallies.days.insert(day, t);
        }
    }
    if let Some(latest) = tallies.days.keys().next_back().copied() {
        tallies.expire(latest);
    }
    RestoredTallies {
        tallies,
        corrupted: false,
        dropped,
    }
}

/// The counts of one section of a day; a bad section or count is counted as dropped.
fn section<'a>(
    entry: &'a Map<String, Value>,
    name: &str,
    dropped: &mut usize,
) -> Vec<(&'a String, u64)> {
    match entry.get(name) {
        None => Vec::new(),
        Some(Value::Object(m)) => m
            .iter()
            .filter_map(|(k, v)| match v.as_u64() {
                Some(n) => Some((k, n)),
                None => {
                    *dropped += 1;
                    None
                }
            })
            .collect(),
        Some(_) => {
            *dropped += 1;
            Vec::new()
        }
    }
}

/// An id as content writes them: lowercase letters, digits and hyphens, not starting with a
/// hyphen (which would also keep it from reading as a formula in a spreadsheet).
pub fn is_code(s: &str) -> bool {
    (1..=MAX_CODE).contains(&s.len())
        && !s.starts_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Message id -> text in the default locale (placeables left out: the labels used here have
/// none).
fn default_messages(content: &Content) -> BTreeMap<String, String> {
    crate::engine::locale::default_locale_texts(content, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("rent-arrears"), "rent-arrears");
        assert_eq!(csv_field("Rent, arrears"), "\"Rent, arrears\"");
        assert_eq!(csv_field("a \"b\""), "\"a \"\"b\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn codes_are_content_ids() {
        assert!(is_code("rent-arrears"));
        assert!(is_code("a1"));
        assert!(!is_code(""));
        assert!(!is_code("-x"));
        assert!(!is_code("Rent"));
        assert!(!is_code("a,b"));
        assert!(!is_code(&"a".repeat(MAX_CODE + 1)));
    }
}
