//! A bar chart laid out by `reports::chart`, drawn as SVG elements (never parsed from
//! markup): one image to assistive technology, named by its title and described by its
//! description. The page always gives the same numbers in a table next to it.

use crate::reports::chart::{Chart, Mark, FONT};
use leptos::prelude::*;

/// A bar chart as one labelled image; `id` prefixes the ids of its title and description.
/// `rtl`: the page is right to left, so the chart is mirrored to match.
#[component]
pub fn BarChart(chart: Chart, id: String, title: String, desc: String, rtl: bool) -> impl IntoView {
    let layout = if rtl {
        chart.layout().mirrored()
    } else {
        chart.layout()
    };
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let marks = layout
        .marks
        .into_iter()
        .map(|m| match m {
            Mark::Text { x, y, kind, text } => view! {
                <text x=x.to_string() y=y.to_string() class=kind.class()>{text}</text>
            }
            .into_any(),
            Mark::Rect {
                x,
                y,
                width,
                height,
            } => view! {
                <rect x=x.to_string() y=y.to_string() width=width.to_string() height=height.to_string() class="chart__bar"/>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <svg
            class="chart"
            id=id
            viewBox=format!("0 0 {} {}", layout.width, layout.height)
            width=layout.width.to_string()
            height=layout.height.to_string()
            font-size=FONT.to_string()
            role="img"
            aria-labelledby=labelled_by
        >
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            {marks}
        </svg>
    }
}
