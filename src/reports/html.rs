//! The merged report as one self-contained HTML page: inline CSS and SVG, no scripts, no
//! requests to anywhere, so it can be emailed or opened offline. English (`lang="en-GB"`):
//! it is for the consortium's staff, like the CSV's labels.
//!
//! The page: the hubs compared (people per hub, as a chart and a table), then all hubs
//! together, then each hub: people per level of help per week, and the most common needs per
//! week, each chart followed by a table of the same numbers with a row per week.

use super::chart::{Bar, Chart, Group};
use super::escape;
use super::merge::Merged;
use super::weeks::{
    by_week, latest, need_count, needs_chart, people, tier_row, tiers_chart, top_needs,
    CHART_WEEKS, TOP_NEEDS,
};
use crate::engine::date::Date;
use crate::engine::ids::FlagId;
use crate::engine::model::Tier;
use crate::engine::tally::{DayTally, Tallies};
use crate::words::english::date as date_words;
use std::fmt::Write;

const STYLE: &str = "\
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;line-height:1.4;color:#0b0c0c;background:#fff}
body{margin:0;font-size:1rem}
@media (min-width:40rem){body{font-size:1.1875rem}}
main{max-width:60rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:2rem;line-height:1.1;margin:1.5rem 0 1.25rem}
h2{font-size:1.5rem;line-height:1.2;margin:2.5rem 0 1rem;padding-top:1rem;border-top:1px solid #b1b4b6}
h3{font-size:1.1875rem;margin:2rem 0 0.75rem}
p,ul{margin:0 0 1rem;max-width:40rem}
nav li{margin:0 0 .5rem}
a{color:#1d70b8;text-decoration:underline;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.1578em}
a:visited{color:#4c2c92}
a:focus,.table-scroll:focus{outline:3px solid transparent;background:#ffdd00;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;color:#0b0c0c;text-decoration:none}
.table-scroll:focus{background:none;box-shadow:none;outline:3px solid #ffdd00}
.lead{font-size:1.25em}
.note{color:#505a5f}
.chart{display:block;width:100%;max-width:26rem;height:auto;margin:0 0 1.5rem}
.chart__bar{fill:#1d70b8}
.chart text{fill:#0b0c0c}
.chart__group{font-weight:700}
.table-scroll{overflow-x:auto;margin:0 0 2rem}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:700;margin:0 0 .75rem}
th,td{padding:.5rem 1rem .5rem 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}
th{min-width:8rem}
.num{text-align:right;font-variant-numeric:tabular-nums}
@media (forced-colors:active){.chart__bar{fill:CanvasText}.chart text{fill:CanvasText}}
@media print{.chart{break-inside:avoid}a{color:#0b0c0c}}
";

/// The whole page. `sources` are the input files' names, listed at the top.
pub fn report(merged: &Merged, sources: &[String]) -> String {
    let total = merged.total();
    let (first, last) = span(&total);
    let hubs = merged.hubs.len();
    let hubs_words = if hubs == 1 {
        "1 hub".to_owned()
    } else {
        format!("{hubs} hubs")
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Demand figures from {hubs_words}</title>\n<style>\n{STYLE}</style>\n</head>\n\
         <body>\n<main>\n<h1>Demand figures from {hubs_words}</h1>\n"
    );
    if let (Some(a), Some(b)) = (first, last) {
        let _ = writeln!(
            out,
            "<p class=\"lead\">From {} to {}.</p>",
            date_words(a),
            date_words(b)
        );
    }
    out.push_str(
        "<p>These are counts, not records about people: how many people reached each level of \
         help, and which needs came up. Weeks start on a Monday and are named by that day. \
         Each chart is followed by a table of the same numbers.</p>\n",
    );
    let _ = writeln!(
        out,
        "<p class=\"note\">Made by <code>signpost tallies merge</code> from {}.</p>",
        escape(&sources.join(", "))
    );
    out.push_str("<nav aria-label=\"Contents\">\n<ul>\n<li><a href=\"#hubs\">Hubs compared</a></li>\n<li><a href=\"#all\">All hubs together</a></li>\n");
    for (i, h) in merged.hubs.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#hub-{}\">{}</a></li>",
            i + 1,
            escape(&h.name)
        );
    }
    out.push_str("</ul>\n</nav>\n");
    compare(&mut out, merged);
    let _ = writeln!(out, "<h2 id=\"all\">All hubs together</h2>");
    weekly(&mut out, merged, &total, "all", "all hubs");
    for (i, h) in merged.hubs.iter().enumerate() {
        let id = format!("hub-{}", i + 1);
        let _ = writeln!(out, "<h2 id=\"{id}\">{}</h2>", escape(&h.name));
        let _ = writeln!(
            out,
            "<p class=\"note\">From the file {}.</p>",
            escape(&h.file)
        );
        weekly(&mut out, merged, &h.figures.tallies, &id, &h.name);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn span(t: &Tallies) -> (Option<Date>, Option<Date>) {
    (
        t.days.keys().next().copied(),
        t.days.keys().next_back().copied(),
    )
}

/// People per hub, as a chart and a table with the tiers.
fn compare(out: &mut String, merged: &Merged) {
    let totals: Vec<DayTally> = merged
        .hubs
        .iter()
        .map(|h| {
            let mut t = DayTally::default();
            for d in h.figures.tallies.days.values() {
                super::weeks::add_into(&mut t, d);
            }
            t
        })
        .collect();
    out.push_str("<h2 id=\"hubs\">Hubs compared</h2>\n");
    let chart = Chart {
        groups: vec![Group {
            label: String::new(),
            bars: merged
                .hubs
                .iter()
                .zip(&totals)
                .map(|(h, t)| Bar {
                    label: h.name.clone(),
                    value: people(t),
                })
                .collect(),
        }],
    };
    figure(
        out,
        &chart,
        "hubs-chart",
        "People by hub, over the whole period",
        "Bar chart: one bar per hub, labelled with the hub's name and how many people reached a result there.",
    );
    let mut header = vec!["Hub".to_owned()];
    header.extend(Tier::ALL.iter().map(|t| merged.vocabulary.tier_label(*t)));
    header.push("Total".into());
    let rows = merged
        .hubs
        .iter()
        .zip(&totals)
        .map(|(h, t)| (h.name.clone(), tier_row(t)))
        .collect();
    table(
        out,
        "hubs-table",
        "People by hub and level of help",
        &header,
        rows,
    );
}

/// A hub's (or everyone's) weeks: people per level of help, then the commonest needs.
fn weekly(out: &mut String, merged: &Merged, tallies: &Tallies, id: &str, whose: &str) {
    let weeks = by_week(tallies);
    if weeks.is_empty() {
        out.push_str("<p>There are no figures for this hub.</p>\n");
        return;
    }
    let shown = latest(&weeks, CHART_WEEKS);
    let week_label = |d: Date| format!("Week starting {}", date_words(d));
    let scope = if weeks.len() > CHART_WEEKS {
        format!(
            " The chart shows the last {CHART_WEEKS} weeks; the table has all {}.",
            weeks.len()
        )
    } else {
        String::new()
    };
    let desc = |what: &str| {
        format!(
            "Bar chart of {what} for {whose}, a group of bars for each week from {} to {}. Each \
             bar is labelled with its name and number. The table after the chart gives the \
             same numbers.",
            date_words(shown[0].0),
            date_words(shown[shown.len() - 1].0)
        )
    };

    let title = "People by level of help, per week";
    let _ = writeln!(out, "<h3>{title}</h3>");
    if !scope.is_empty() {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", scope.trim());
    }
    let chart = tiers_chart(&shown, week_label, |t| merged.vocabulary.tier_label(t));
    figure(
        out,
        &chart,
        &format!("{id}-tiers"),
        &format!("{title}: {whose}"),
        &desc("people by level of help"),
    );
    let mut header = vec!["Week starting".to_owned()];
    header.extend(Tier::ALL.iter().map(|t| merged.vocabulary.tier_label(*t)));
    header.push("Total".into());
    let rows = weeks
        .iter()
        .map(|(d, t)| (date_words(*d), tier_row(t)))
        .collect();
    table(
        out,
        &format!("{id}-tiers-table"),
        &format!("People by week and level of help: {whose}"),
        &header,
        rows,
    );

    let title = "Most common needs, per week";
    let _ = writeln!(out, "<h3>{title}</h3>");
    let needs: Vec<FlagId> = top_needs(&weeks, TOP_NEEDS, |_| ());
    if needs.is_empty() {
        out.push_str("<p>No needs were recorded.</p>\n");
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"note\">The {} needs raised most often over the whole period, week by week.{scope}</p>",
        needs.len()
    );
    let chart = needs_chart(&shown, &needs, week_label, |f| merged.need_label(f));
    figure(
        out,
        &chart,
        &format!("{id}-needs"),
        &format!("{title}: {whose}"),
        &desc("the most common needs"),
    );
    let mut header = vec!["Week starting".to_owned()];
    header.extend(needs.iter().map(|f| merged.need_label(f)));
    let rows = weeks
        .iter()
        .map(|(d, t)| {
            (
                date_words(*d),
                needs.iter().map(|f| need_count(t, f)).collect(),
            )
        })
        .collect();
    table(
        out,
        &format!("{id}-needs-table"),
        &format!("Most common needs by week: {whose}"),
        &header,
        rows,
    );
}

fn figure(out: &mut String, chart: &Chart, id: &str, title: &str, desc: &str) {
    out.push_str(&chart.layout().to_svg(id, title, desc));
    out.push('\n');
}

/// A table with a header row, then a row per item: its name as the row's header, then
/// numbers. It scrolls sideways in its own region on a narrow screen.
fn table(
    out: &mut String,
    id: &str,
    caption: &str,
    header: &[String],
    rows: Vec<(String, Vec<u64>)>,
) {
    let id = escape(id);
    let _ = write!(
        out,
        "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{id}\" tabindex=\"0\">\n\
         <table>\n<caption id=\"{id}\">{}</caption>\n<thead>\n<tr>",
        escape(caption)
    );
    for (i, h) in header.iter().enumerate() {
        let class = if i == 0 { "" } else { " class=\"num\"" };
        let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", escape(h));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for (name, cells) in rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&name));
        for n in cells {
            let _ = write!(out, "<td class=\"num\">{n}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}
