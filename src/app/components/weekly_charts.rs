//! The kiosk's figures by week on the staff page: people per level of help and the most
//! common needs, each as a chart of the latest weeks followed by a table of every week.

use crate::app::components::bar_chart::BarChart;
use crate::app::components::number_table::NumberTable;
use crate::app::state::use_session;
use crate::engine::date::Date;
use crate::engine::ids::FlagId;
use crate::engine::model::{Settings, Tier};
use crate::engine::tally::Tallies;
use crate::reports::weeks::{
    by_week, latest, need_count, needs_chart, tier_row, tiers_chart, top_needs, CHART_WEEKS,
    TOP_NEEDS,
};
use crate::words::display::long_date;
use leptos::prelude::*;

/// Charts and tables of the figures by week (Monday to Sunday); nothing when there are none.
#[component]
pub fn WeeklyCharts(tallies: Tallies) -> impl IntoView {
    let session = use_session();
    let weeks = by_week(&tallies);
    let shown = latest(&weeks, CHART_WEEKS);
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return ().into_any();
    };
    let rtl = Settings::is_rtl(&session.locale.get_untracked());
    let date = move |d: Date| session.t.with_value(|tr| long_date(tr, d));
    let week_label = move |d: Date| session.text_with("staff-week-of", &[("date", date(d))]);
    let tier_label = move |t: Tier| session.text(&format!("tier-{}", t.as_str()));
    let need_label = move |f: &FlagId| {
        session
            .content
            .flag(f)
            .map(|d| session.text(d.label.as_str()))
            .unwrap_or_else(|| f.as_str().to_owned())
    };
    let desc = session.text_with(
        "staff-chart-desc",
        &[("first", date(first.0)), ("last", date(last.0))],
    );
    let shown_note = (weeks.len() > CHART_WEEKS).then(|| {
        let text = session.text_with("staff-weeks-shown", &[("count", CHART_WEEKS.to_string())]);
        view! { <p class="body">{text}</p> }
    });

    let tiers_title = session.text("staff-tiers-chart");
    let mut tiers_header = vec![session.text("staff-week")];
    tiers_header.extend(Tier::ALL.iter().map(|t| tier_label(*t)));
    tiers_header.push(session.text("staff-total"));
    let tiers_rows: Vec<(String, Vec<u64>)> =
        weeks.iter().map(|(d, t)| (date(*d), tier_row(t))).collect();

    let needs = top_needs(&weeks, TOP_NEEDS, |f| session.content.urgency_rank(f));
    let needs_part = if needs.is_empty() {
        view! { <p class="body">{session.text("staff-no-needs")}</p> }.into_any()
    } else {
        let mut header = vec![session.text("staff-week")];
        header.extend(needs.iter().map(need_label));
        let rows: Vec<(String, Vec<u64>)> = weeks
            .iter()
            .map(|(d, t)| (date(*d), needs.iter().map(|f| need_count(t, f)).collect()))
            .collect();
        view! {
            <p class="body">{session.text("staff-needs-lead")}</p>
            <BarChart
                chart=needs_chart(&shown, &needs, week_label, need_label)
                id="staff-needs-chart".to_owned()
                title=session.text("staff-needs-chart")
                desc=desc.clone()
                rtl=rtl
            />
            <NumberTable
                id="staff-needs-table".to_owned()
                caption=session.text("staff-needs-table")
                header=header
                rows=rows
            />
        }
        .into_any()
    };

    view! {
        <h2 class="heading-m">{session.text("staff-weeks-title")}</h2>
        <p class="body">{session.text("staff-weeks-lead")}</p>
        {shown_note}
        <h3 class="heading-s">{tiers_title.clone()}</h3>
        <BarChart
            chart=tiers_chart(&shown, week_label, tier_label)
            id="staff-tiers-chart".to_owned()
            title=tiers_title
            desc=desc
            rtl=rtl
        />
        <NumberTable
            id="staff-tiers-table".to_owned()
            caption=session.text("staff-tiers-table")
            header=tiers_header
            rows=tiers_rows
        />
        <h3 class="heading-s">{session.text("staff-needs-chart")}</h3>
        {needs_part}
    }
    .into_any()
}
