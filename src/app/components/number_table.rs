//! A table of counts: a header row, then a row per item (a week, a day) named in its first
//! cell, the rest numbers. It scrolls sideways in its own region, which keyboard users can
//! reach, when it does not fit a phone.

use leptos::prelude::*;

/// A caption, column headings (the first over the rows' names) and rows of counts.
#[component]
pub fn NumberTable(
    id: String,
    caption: String,
    header: Vec<String>,
    rows: Vec<(String, Vec<u64>)>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let head = header
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            let class = if i == 0 {
                "table__header"
            } else {
                "table__header table__header--numeric"
            };
            view! { <th scope="col" class=class>{h}</th> }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(name, cells)| {
            let cells = cells
                .into_iter()
                .map(
                    |n| view! { <td class="table__cell table__cell--numeric">{n.to_string()}</td> },
                )
                .collect_view();
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{name}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="table table--counts" id=id>
                <caption class="table__caption heading-s" id=caption_id>{caption}</caption>
                <thead><tr class="table__row">{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
