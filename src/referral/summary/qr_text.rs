//! The summary in the compact QR format, cut to fit a code a phone can scan.

use super::ReferralSummary;
use crate::engine::answer::format_pounds;
use crate::engine::text::one_line;
use serde::{Deserialize, Serialize};

/// A QR code's text and whether it holds the whole summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrText {
    pub text: String,
    pub complete: bool,
}

/// Pounds without the sign or separators: "1200.50", "-40".
fn qr_pounds(pence: i64) -> String {
    format_pounds(pence).replace(['£', ','], "")
}

/// One line's value: no line breaks, since a line is a field, and no control characters.
fn qr_clean(s: &str) -> String {
    one_line(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The summary in the compact QR format (`public/schema/README.md`): `SIGNPOST/1`, then
/// `KEY:value` lines in English, most important first. When it does not fit `max_bytes`, the
/// own words are shortened and the least important lines dropped, `PART:1` is the second
/// line, and `complete` is false.
pub fn qr_text(s: &ReferralSummary, max_bytes: usize) -> QrText {
    let mut lines: Vec<(&str, String)> = Vec::new();
    let mut add = |k: &'static str, v: String| {
        let v = qr_clean(&v);
        if !v.is_empty() {
            lines.push((k, v));
        }
    };
    add("REF", s.reference.clone());
    add("TIER", s.tier.code.clone());
    add(
        "DUE",
        s.urgency
            .deadlines
            .iter()
            .map(|d| format!("{}={}", d.date, d.flag))
            .collect::<Vec<_>>()
            .join(","),
    );
    add(
        "NEEDS",
        s.needs
            .iter()
            .map(|f| f.code.as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    add("LANG", s.locale.clone());
    add(
        "WITHHELD",
        s.consent
            .withheld
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    if let Some(c) = &s.contact {
        add("NAME", c.name.clone());
        add("PHONE", c.phone.clone());
        add("EMAIL", c.email.clone());
        add(
            "VIA",
            c.method.map(|m| m.as_str().to_owned()).unwrap_or_default(),
        );
        add("SAFE", c.safe_times.clone());
        add(
            "MSG",
            c.leave_message
                .map(|b| if b { "yes" } else { "no" }.to_owned())
                .unwrap_or_default(),
        );
        add("AREA", c.area.clone().unwrap_or_default());
    }
    if let Some(d) = &s.debts {
        add("PRIORITY", qr_pounds(d.priority_total_pence));
        add("NONPRIORITY", qr_pounds(d.non_priority_total_pence));
    }
    if let Some(m) = &s.money {
        add("IN", qr_pounds(m.income_pence));
        add("OUT", qr_pounds(m.spending_pence));
        add("SURPLUS", qr_pounds(m.surplus_pence));
    }
    add(
        "MEMBERS",
        s.members
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    add("WORDS", s.own_words.clone());
    // Last: the adviser's notes are the first thing dropped when the code is full.
    add("NOTES", s.adviser_notes.clone().unwrap_or_default());

    const HEAD: &str = "SIGNPOST/1";
    let render = |lines: &[(&str, String)], part: bool| -> String {
        let mut t = String::from(HEAD);
        if part {
            t.push_str("\nPART:1");
        }
        for (k, v) in lines {
            t.push('\n');
            t.push_str(k);
            t.push(':');
            t.push_str(v);
        }
        t
    };
    let whole = render(&lines, false);
    if whole.len() <= max_bytes {
        return QrText {
            text: whole,
            complete: true,
        };
    }
    // Keep lines in order while they fit; the own words are cut to what is left (the
    // adviser's notes after them are then dropped).
    let mut kept: Vec<(&str, String)> = Vec::new();
    let mut used = render(&[], true).len();
    for (k, v) in lines {
        let cost = 1 + k.len() + 1 + v.len();
        if used + cost <= max_bytes {
            used += cost;
            kept.push((k, v));
            continue;
        }
        if k == "WORDS" {
            let room = max_bytes.saturating_sub(used + 1 + k.len() + 1 + '…'.len_utf8());
            let mut cut = room.min(v.len());
            while !v.is_char_boundary(cut) {
                cut -= 1;
            }
            if cut > 0 {
                kept.push((k, format!("{}…", v[..cut].trim_end())));
            }
        }
        break;
    }
    QrText {
        text: render(&kept, true),
        complete: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_pounds_are_plain_numbers() {
        assert_eq!(qr_pounds(120_050), "1200.50");
        assert_eq!(qr_pounds(-4_000), "-40");
        assert_eq!(qr_clean(" a\nb\r\n c "), "a b c");
        assert_eq!(qr_clean("a\u{0}b\u{202E}c"), "abc");
    }
}
