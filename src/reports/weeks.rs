//! Days grouped into weeks: ISO weeks, starting on Monday, each named by its Monday's date.

use super::chart::{Bar, Chart, Group};
use crate::engine::date::Date;
use crate::engine::ids::FlagId;
use crate::engine::model::Tier;
use crate::engine::tally::{DayTally, Tallies};
use std::collections::BTreeMap;

/// The Monday of the week `day` falls in.
pub fn monday_of(day: Date) -> Date {
    day.add_days(-i64::from(day.weekday()))
}

/// The tallies summed per week, keyed by each week's Monday. A week with no figures has no
/// entry: the days a kiosk was off are not weeks of zero demand.
pub fn by_week(tallies: &Tallies) -> BTreeMap<Date, DayTally> {
    let mut weeks: BTreeMap<Date, DayTally> = BTreeMap::new();
    for (day, t) in &tallies.days {
        add_into(weeks.entry(monday_of(*day)).or_default(), t);
    }
    weeks
}

/// Adds `t`'s counts into `into` (saturating: counts never wrap).
pub fn add_into(into: &mut DayTally, t: &DayTally) {
    for (tier, n) in &t.tiers {
        let e = into.tiers.entry(*tier).or_default();
        *e = e.saturating_add(*n);
    }
    for (f, n) in &t.needs {
        let e = into.needs.entry(f.clone()).or_default();
        *e = e.saturating_add(*n);
    }
}

/// How many outcomes were reached: one per person who finished.
pub fn people(t: &DayTally) -> u64 {
    t.tiers.values().fold(0u64, |a, n| a.saturating_add(*n))
}

pub fn tier_count(t: &DayTally, tier: Tier) -> u64 {
    t.tiers.get(&tier).copied().unwrap_or(0)
}

/// A table row's counts: each tier, most urgent first, then the total.
pub fn tier_row(t: &DayTally) -> Vec<u64> {
    let mut cells: Vec<u64> = Tier::ALL.iter().map(|tier| tier_count(t, *tier)).collect();
    cells.push(people(t));
    cells
}

pub fn need_count(t: &DayTally, need: &FlagId) -> u64 {
    t.needs.get(need).copied().unwrap_or(0)
}

/// The `n` needs raised most often over all of `weeks`, most first; ties go to `rank` (lower
/// first), then to the code, so the choice never depends on the order things were read in.
/// The same needs are then shown for every week, so weeks can be compared.
pub fn top_needs<K: Ord>(
    weeks: &BTreeMap<Date, DayTally>,
    n: usize,
    rank: impl Fn(&FlagId) -> K,
) -> Vec<FlagId> {
    let mut totals: BTreeMap<&FlagId, u64> = BTreeMap::new();
    for t in weeks.values() {
        for (f, c) in &t.needs {
            let e = totals.entry(f).or_default();
            *e = e.saturating_add(*c);
        }
    }
    let mut needs: Vec<(&FlagId, u64)> = totals.into_iter().filter(|(_, c)| *c > 0).collect();
    crate::engine::order::sort_by(&mut needs, |a, b| {
        b.1.cmp(&a.1)
            .then_with(|| rank(a.0).cmp(&rank(b.0)))
            .then_with(|| a.0.cmp(b.0))
    });
    needs.into_iter().take(n).map(|(f, _)| f.clone()).collect()
}

/// The last `n` weeks of `weeks` (all of them when there are fewer), oldest first.
pub fn latest(weeks: &BTreeMap<Date, DayTally>, n: usize) -> Vec<(Date, &DayTally)> {
    let skip = weeks.len().saturating_sub(n);
    weeks.iter().skip(skip).map(|(d, t)| (*d, t)).collect()
}

/// How many weeks a chart shows at most: the latest. Tables give every week.
pub const CHART_WEEKS: usize = 6;

/// How many needs the needs chart and table show.
pub const TOP_NEEDS: usize = 5;

/// People per tier, a group per week (oldest first), every tier in each group.
pub fn tiers_chart(
    weeks: &[(Date, &DayTally)],
    week_label: impl Fn(Date) -> String,
    tier_label: impl Fn(Tier) -> String,
) -> Chart {
    per_week(weeks, week_label, |t| {
        Tier::ALL
            .iter()
            .map(|tier| Bar {
                label: tier_label(*tier),
                value: tier_count(t, *tier),
            })
            .collect()
    })
}

/// The chosen needs per week, a group per week (oldest first), the needs in the given order.
pub fn needs_chart(
    weeks: &[(Date, &DayTally)],
    needs: &[FlagId],
    week_label: impl Fn(Date) -> String,
    need_label: impl Fn(&FlagId) -> String,
) -> Chart {
    per_week(weeks, week_label, |t| {
        needs
            .iter()
            .map(|f| Bar {
                label: need_label(f),
                value: need_count(t, f),
            })
            .collect()
    })
}

fn per_week(
    weeks: &[(Date, &DayTally)],
    week_label: impl Fn(Date) -> String,
    bars: impl Fn(&DayTally) -> Vec<Bar>,
) -> Chart {
    Chart {
        groups: weeks
            .iter()
            .map(|(monday, t)| Group {
                label: week_label(*monday),
                bars: bars(t),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2026-11-23 is a Monday.
        assert_eq!(monday_of(d("2026-11-23")), d("2026-11-23"));
        assert_eq!(monday_of(d("2026-11-29")), d("2026-11-23"));
        assert_eq!(monday_of(d("2026-11-30")), d("2026-11-30"));
        // Across a year's end: Friday 1 January 2027 belongs to the week of 28 December.
        assert_eq!(monday_of(d("2027-01-01")), d("2026-12-28"));
    }
}
