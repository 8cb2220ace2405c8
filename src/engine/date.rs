//! Calendar dates and working days, without a clock: "today" is always passed in.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A real date, or `None` (31 February, month 13, …).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?;
        let m = parts.next()?;
        let d = parts.next()?;
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The same day `n` calendar months later, or the month's last day when it is shorter
    /// (31 January + 1 month = 28 or 29 February), as DWP counts "one month".
    pub fn add_months(self, n: u32) -> Date {
        let months = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(n);
        let year = months.div_euclid(12) as i32;
        let month = (months.rem_euclid(12) + 1) as u8;
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// `months` calendar months on, then `days` days on: how a deadline is worked out from a
    /// date the person knows.
    pub fn shifted(self, months: u32, days: u32) -> Date {
        self.add_months(months).add_days(i64::from(days))
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }

    pub fn is_weekend(self) -> bool {
        self.weekday() >= 5
    }
}

pub fn is_leap_year(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{s}\" is not a real date written as YYYY-MM-DD"))
        })
    }
}

/// Working days: Monday to Friday, less the bank holidays listed in content.
#[derive(Clone, Debug, Default)]
pub struct WorkingDays<'a> {
    pub bank_holidays: &'a [Date],
}

impl WorkingDays<'_> {
    pub fn is_working_day(&self, d: Date) -> bool {
        !d.is_weekend() && !self.bank_holidays.contains(&d)
    }

    /// The date `n` working days after `from` (not counting `from` itself).
    /// With `n == 0` it is `from`.
    pub fn add(&self, from: Date, n: u32) -> Date {
        let mut d = from;
        let mut left = n;
        while left > 0 {
            d = d.add_days(1);
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }

    /// True when `date` falls on or before the `n`th working day after `today`.
    /// Dates already past count as within: a missed deadline is at least as urgent.
    pub fn within(&self, today: Date, date: Date, n: u32) -> bool {
        date <= self.add(today, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn round_trips_days() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2024-12-31",
            "2026-11-23",
            "1899-03-01",
        ] {
            let x = d(s);
            assert_eq!(Date::from_days(x.to_days()), x, "{s}");
        }
        assert_eq!(d("1970-01-02").to_days(), 1);
    }

    #[test]
    fn rejects_unreal_dates() {
        assert!(Date::parse_iso("2025-02-29").is_none());
        assert!(Date::parse_iso("2024-02-29").is_some());
        assert!(Date::parse_iso("2026-13-01").is_none());
        assert!(Date::parse_iso("26-1-1").is_none());
        assert!(Date::parse_iso("nonsense").is_none());
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("2026-11-23").weekday(), 0); // Monday
        assert!(d("2026-11-28").is_weekend());
        assert!(!d("2026-11-27").is_weekend());
    }

    #[test]
    fn working_days_skip_weekends_and_bank_holidays() {
        let hols = [d("2026-12-25"), d("2026-12-28")];
        let wd = WorkingDays {
            bank_holidays: &hols,
        };
        // Friday + 1 working day = Monday.
        assert_eq!(wd.add(d("2026-11-27"), 1), d("2026-11-30"));
        // Thursday 24 Dec + 1: Fri 25 is a holiday, Mon 28 a holiday -> Tue 29.
        assert_eq!(wd.add(d("2026-12-24"), 1), d("2026-12-29"));
        assert!(wd.within(d("2026-11-23"), d("2026-11-30"), 5));
        assert!(!wd.within(d("2026-11-23"), d("2026-12-01"), 5));
        assert!(wd.within(d("2026-11-23"), d("2026-11-01"), 5));
    }

    #[test]
    fn months_keep_the_day_or_clamp_to_the_month_end() {
        assert_eq!(d("2026-10-23").add_months(1), d("2026-11-23"));
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
        assert_eq!(d("2026-12-15").add_months(1), d("2027-01-15"));
        assert_eq!(d("2026-11-30").add_months(13), d("2027-12-30"));
        assert_eq!(d("2026-11-30").add_months(0), d("2026-11-30"));
    }
}
