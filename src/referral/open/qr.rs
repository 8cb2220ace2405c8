//! Reading the QR code's text (`SIGNPOST/1`, then `KEY:value` lines: `public/schema/README.md`)
//! back into what it carries.

use super::OpenError;
use crate::engine::model::Tier;
use crate::engine::Date;

/// What a QR code's text carries: codes and the person's details, in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QrSummary {
    /// False with `PART:1`: the summary did not fit, so lines were dropped and the own words
    /// may be cut short. The member should ask for the full summary.
    pub complete: bool,
    pub reference: String,
    pub tier: Option<Tier>,
    /// Each date with the need it belongs to, earliest first.
    pub due: Vec<(Date, String)>,
    pub needs: Vec<String>,
    pub locale: Option<String>,
    pub withheld: Vec<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// "phone", "text" or "email".
    pub via: Option<String>,
    pub safe_times: Option<String>,
    pub leave_message: Option<bool>,
    pub area: Option<String>,
    pub priority_pence: Option<i64>,
    pub non_priority_pence: Option<i64>,
    pub income_pence: Option<i64>,
    pub spending_pence: Option<i64>,
    pub surplus_pence: Option<i64>,
    /// Member ids, best first.
    pub members: Vec<String>,
    pub words: Option<String>,
    pub notes: Option<String>,
}

/// "1200.50", "-77.50", "3500" in pence.
pub(crate) fn pounds_to_pence(s: &str) -> Option<i64> {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 2 {
        return None;
    }
    if s.contains('.') && frac.is_empty() {
        return None;
    }
    let pounds: i64 = whole.parse().ok()?;
    let pence: i64 = format!("{frac:0<2}").parse().ok()?;
    let total = pounds.checked_mul(100)?.checked_add(pence)?;
    Some(if negative { -total } else { total })
}

fn list(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(super) fn read_qr(text: &str) -> Result<QrSummary, OpenError> {
    let mut lines = text.lines().enumerate();
    let head = lines.next().map(|(_, l)| l.trim()).unwrap_or_default();
    // A camera app may change the case; the rest must be as written.
    let Some(version) = head
        .get(..9)
        .filter(|h| h.eq_ignore_ascii_case("SIGNPOST/"))
        .map(|_| &head[9..])
    else {
        return Err(OpenError::NotSignpost);
    };
    match version.parse::<u64>() {
        Ok(1) => {}
        Ok(n) if n > 1 => {
            return Err(OpenError::Newer {
                version: version.to_owned(),
            })
        }
        _ => {
            return Err(OpenError::BadVersion {
                version: version.to_owned(),
            })
        }
    }
    let mut q = QrSummary {
        complete: true,
        ..QrSummary::default()
    };
    for (i, line) in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let n = i + 1;
        let Some((key, value)) = line.split_once(':') else {
            return Err(OpenError::QrLine {
                line: n,
                text: line.to_owned(),
            });
        };
        let (key, value) = (key.trim(), value.trim());
        let wrong = || OpenError::QrValue {
            line: n,
            key: key.to_owned(),
            value: value.to_owned(),
        };
        let text = || (!value.is_empty()).then(|| value.to_owned());
        let money = || pounds_to_pence(value).map(Some).ok_or_else(wrong);
        match key {
            "PART" => q.complete = false,
            "REF" => q.reference = value.to_owned(),
            "TIER" => {
                q.tier = Some(
                    Tier::ALL
                        .into_iter()
                        .find(|t| t.as_str() == value)
                        .ok_or_else(wrong)?,
                )
            }
            "DUE" => {
                q.due = list(value)
                    .iter()
                    .map(|d| {
                        let (date, flag) = d.split_once('=').ok_or_else(wrong)?;
                        let date = Date::parse_iso(date).ok_or_else(wrong)?;
                        Ok((date, flag.to_owned()))
                    })
                    .collect::<Result<_, _>>()?
            }
            "NEEDS" => q.needs = list(value),
            "LANG" => q.locale = text(),
            "WITHHELD" => q.withheld = list(value),
            "NAME" => q.name = text(),
            "PHONE" => q.phone = text(),
            "EMAIL" => q.email = text(),
            "VIA" => {
                if !matches!(value, "phone" | "text" | "email") {
                    return Err(wrong());
                }
                q.via = text();
            }
            "SAFE" => q.safe_times = text(),
            "MSG" => {
                q.leave_message = Some(match value {
                    "yes" => true,
                    "no" => false,
                    _ => return Err(wrong()),
                })
            }
            "AREA" => q.area = text(),
            "PRIORITY" => q.priority_pence = money()?,
            "NONPRIORITY" => q.non_priority_pence = money()?,
            "IN" => q.income_pence = money()?,
            "OUT" => q.spending_pence = money()?,
            "SURPLUS" => q.surplus_pence = money()?,
            "MEMBERS" => q.members = list(value),
            "WORDS" => q.words = text(),
            "NOTES" => q.notes = text(),
            // Later 1.x versions may add keys: the format says to ignore them.
            _ => {}
        }
    }
    for (key, missing) in [("REF", q.reference.is_empty()), ("TIER", q.tier.is_none())] {
        if missing {
            return Err(OpenError::QrMissing {
                key: key.to_owned(),
            });
        }
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_read_back_to_pence() {
        assert_eq!(pounds_to_pence("1200.50"), Some(120_050));
        assert_eq!(pounds_to_pence("1200.5"), Some(120_050));
        assert_eq!(pounds_to_pence("-77.50"), Some(-7_750));
        assert_eq!(pounds_to_pence("3500"), Some(350_000));
        for bad in [
            "",
            "-",
            "12.",
            ".5",
            "1.234",
            "£12",
            "1,200",
            "12a",
            "99999999999999999999",
        ] {
            assert_eq!(pounds_to_pence(bad), None, "{bad}");
        }
    }
}
