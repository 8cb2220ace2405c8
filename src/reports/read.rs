//! Reading a kiosk's exported figures (`Tallies::to_csv`) back, strictly: a file either reads
//! as a whole or gives one error naming the file and the line, never a partial result.
//!
//! What counts as a mismatched file, and what happens to it:
//! - not a tally CSV (another header, other columns, a merged report, not UTF-8, empty): an
//!   error; nothing from it is used;
//! - a line with the wrong number of fields, a date that is not a real `YYYY-MM-DD`, a kind
//!   other than `need` or `tier`, a tier Signpost does not have, a code that is not an id, a
//!   count that is not a whole number from 0 up, or a date, kind and code already given on an
//!   earlier line: an error naming the line;
//! - a need the current content calls a circumstance: an error, as tallies never count
//!   circumstances (see `engine::tally`);
//! - a need the current content does not define (one removed or renamed since the kiosk
//!   counted it): kept, with the file's label, and listed in [`TallyFile::unknown_needs`] so
//!   the caller reports it. Figures are never dropped silently.

use crate::engine::date::Date;
use crate::engine::ids::FlagId;
use crate::engine::model::{Content, FlagKind, Tier};
use crate::engine::tally::{is_code, Tallies};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The first line of every tally CSV.
pub const HEADER: &str = "date,kind,code,label,count";

/// What the current content says about codes: the labels to show and which flags are not
/// needs. Built from the content ([`Vocabulary::from_content`]) or by hand in tests.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    pub tiers: BTreeMap<Tier, String>,
    pub needs: BTreeMap<FlagId, String>,
    pub circumstances: BTreeSet<FlagId>,
}

impl Vocabulary {
    /// The content's tiers and flags with their default-locale (English) labels.
    pub fn from_content(content: &Content) -> Vocabulary {
        let words = crate::engine::locale::default_locale_texts(content, "");
        let word = |id: &str| words.get(id).cloned().unwrap_or_else(|| id.to_owned());
        let mut v = Vocabulary::default();
        for tier in Tier::ALL {
            v.tiers
                .insert(tier, word(&format!("tier-{}", tier.as_str())));
        }
        for f in &content.flags {
            match f.kind {
                FlagKind::Circumstance => {
                    v.circumstances.insert(f.id.clone());
                }
                FlagKind::Need | FlagKind::Risk => {
                    v.needs.insert(f.id.clone(), word(f.label.as_str()));
                }
            }
        }
        v
    }

    pub fn tier_label(&self, tier: Tier) -> String {
        self.tiers
            .get(&tier)
            .cloned()
            .unwrap_or_else(|| tier.as_str().to_owned())
    }
}

/// One file's figures, as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TallyFile {
    pub tallies: Tallies,
    /// The label the file gives each need it names (its first non-empty one).
    pub labels: BTreeMap<FlagId, String>,
    /// Needs the current content does not define: kept, to be reported.
    pub unknown_needs: BTreeSet<FlagId>,
    /// How many rows the file has after its header.
    pub rows: usize,
}

/// Why a file could not be read: its name, the line (from 1) when one is to blame, and what
/// is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(n) => write!(f, "{}: line {n}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Reads the bytes of the file named `file` (the name is only for messages).
pub fn read_tally_csv(
    file: &str,
    bytes: &[u8],
    vocabulary: &Vocabulary,
) -> Result<TallyFile, ReadError> {
    let err = |line: Option<usize>, message: String| ReadError {
        file: file.to_owned(),
        line,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        err(
            Some(line),
            "is not UTF-8 text, so not a tally CSV exported by Signpost".into(),
        )
    })?;
    // A spreadsheet that saved the file again may have added a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(
            None,
            format!("is empty; a tally CSV starts with the line {HEADER}"),
        ));
    }
    let records = records(text).map_err(|(line, m)| err(Some(line), m))?;
    let mut records = records.into_iter();
    let (_, header) = records.next().unwrap_or_default();
    let header = header.join(",");
    if header != HEADER {
        let message = if header == format!("hub,{HEADER}") {
            "is a merged report (it has a hub column); merge the kiosks' own CSV files instead"
                .to_owned()
        } else {
            format!(
                "is not a tally CSV exported by Signpost: its first line should be {HEADER}, \
                 not {}",
                shorten(&header)
            )
        };
        return Err(err(Some(1), message));
    }
    let mut out = TallyFile::default();
    let mut seen: BTreeMap<(Date, &str, String), usize> = BTreeMap::new();
    for (line, fields) in records {
        out.rows += 1;
        let bad = |m: String| err(Some(line), m);
        let [date, kind, code, label, count] = <[String; 5]>::try_from(fields).map_err(|f| {
            bad(format!(
                "has {} fields; a tally CSV has 5 ({HEADER})",
                f.len()
            ))
        })?;
        let day = (date.len() == 10)
            .then(|| Date::parse_iso(&date))
            .flatten()
            .ok_or_else(|| {
                bad(format!(
                    "\"{}\" is not a date like 2026-11-23",
                    shorten(&date)
                ))
            })?;
        let n = parse_count(&count).ok_or_else(|| {
            bad(format!(
                "the count \"{}\" is not a whole number of 0 or more",
                shorten(&count)
            ))
        })?;
        let kind: &str = match kind.as_str() {
            "tier" => "tier",
            "need" => "need",
            other => {
                return Err(bad(format!(
                    "the kind \"{}\" is neither need nor tier",
                    shorten(other)
                )))
            }
        };
        if let Some(first) = seen.insert((day, kind, code.clone()), line) {
            return Err(bad(format!(
                "{date},{kind},{} was already given on line {first}",
                shorten(&code)
            )));
        }
        let entry = out.tallies.days.entry(day).or_default();
        if kind == "tier" {
            let tier = Tier::ALL
                .into_iter()
                .find(|t| t.as_str() == code)
                .ok_or_else(|| {
                    let all: Vec<&str> = Tier::ALL.iter().map(|t| t.as_str()).collect();
                    bad(format!(
                        "\"{}\" is not a tier; the tiers are {}",
                        shorten(&code),
                        all.join(", ")
                    ))
                })?;
            entry.tiers.insert(tier, n);
            continue;
        }
        if !is_code(&code) {
            return Err(bad(format!(
                "the need \"{}\" is not a code like rent-arrears",
                shorten(&code)
            )));
        }
        let need = FlagId::new(code.as_str());
        if vocabulary.circumstances.contains(&need) {
            return Err(bad(format!(
                "\"{code}\" is a circumstance, not a need; tally files never count circumstances"
            )));
        }
        if !vocabulary.needs.contains_key(&need) {
            out.unknown_needs.insert(need.clone());
        }
        if !label.is_empty() {
            out.labels.entry(need.clone()).or_insert(label);
        }
        entry.needs.insert(need, n);
    }
    Ok(out)
}

fn parse_count(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Text from a file quoted in a message, cut short so one bad line cannot flood the terminal.
fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() <= MAX {
        clean
    } else {
        format!("{}…", clean.chars().take(MAX).collect::<String>())
    }
}

/// The CSV's records (RFC 4180: fields quoted with `"` may hold commas, doubled quotes and
/// line breaks), each with the line it starts on. Lines may end in CRLF or LF. Blank lines at
/// the end are ignored; a blank line before another record is an error.
/// A record: the line it starts on, and its fields.
type Record = (usize, Vec<String>);

fn records(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let mut out = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut was_quoted = false;
    let mut blank: Option<usize> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            '"' => return Err((line, "has a quote inside a field that is not quoted".into())),
            ',' => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if fields.is_empty() && field.is_empty() && !was_quoted {
                    blank.get_or_insert(line);
                } else {
                    if let Some(b) = blank {
                        return Err((b, "is blank".into()));
                    }
                    fields.push(std::mem::take(&mut field));
                    out.push((start, std::mem::take(&mut fields)));
                }
                was_quoted = false;
                line += 1;
                start = line;
            }
            _ if was_quoted => {
                return Err((line, "has text after a quoted field's closing quote".into()))
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err((start, "has a quoted field that is never closed".into()));
    }
    if !fields.is_empty() || !field.is_empty() || was_quoted {
        if let Some(b) = blank {
            return Err((b, "is blank".into()));
        }
        fields.push(field);
        out.push((start, fields));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_follow_rfc_4180() {
        let r = records("a,b\r\n\"x,\"\"y\"\"\nz\",2\r\n").unwrap();
        assert_eq!(r[0], (1, vec!["a".into(), "b".into()]));
        assert_eq!(r[1], (2, vec!["x,\"y\"\nz".into(), "2".into()]));
        assert_eq!(records("a\n\nb\n").unwrap_err(), (2, "is blank".into()));
        assert_eq!(records("a\nb\n\n\n").unwrap().len(), 2);
        assert_eq!(records("a\n\"b").unwrap_err().0, 2);
        assert_eq!(records("a\nb\"c\n").unwrap_err().0, 2);
        assert_eq!(records("a\n\"b\"c\n").unwrap_err().0, 2);
    }
}
