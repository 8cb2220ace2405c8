//! Draws a [`Document`] (the referral summary's sections, "Why this result?"): one match per
//! kind of block, so the drawing code is compiled once, whatever the document.

use crate::words::document::{Block, Document, Inline, Item, Row};
use leptos::prelude::*;

/// A document built by the words or referral layer, as HTML.
#[component]
pub fn DocumentView(document: Document) -> impl IntoView {
    blocks(document)
}

fn blocks(blocks: Document) -> AnyView {
    blocks.into_iter().map(block).collect_view().into_any()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Section {
            class,
            labelled_by,
            blocks: inner,
        } => view! { <section class=class aria-labelledby=labelled_by>{blocks(inner)}</section> }
            .into_any(),
        Block::Heading { level: 2, id, text } => {
            view! { <h2 class="heading-m" id=id>{text}</h2> }.into_any()
        }
        Block::Heading { id, text, .. } => {
            view! { <h3 class="heading-s" id=id>{text}</h3> }.into_any()
        }
        Block::HeadingWithChange { id, text, change } => {
            let change = change.map(|c| {
                view! {
                    <a href=c.href class="link no-print summary-change">
                        {c.label}<span class="visually-hidden">{format!(" {}", c.hidden)}</span>
                    </a>
                }
            });
            view! {
                <div class="summary-section__header">
                    <h2 class="heading-m" id=id>{text}</h2>
                    {change}
                </div>
            }
            .into_any()
        }
        Block::Paragraph { class, text } => view! { <p class=class>{inline(text)}</p> }.into_any(),
        Block::List {
            class,
            ordered: true,
            items,
        } => view! { <ol class=class>{items.into_iter().map(item).collect_view()}</ol> }.into_any(),
        Block::List { class, items, .. } => {
            view! { <ul class=class>{items.into_iter().map(item).collect_view()}</ul> }.into_any()
        }
        Block::Text(text) => inline(text),
        Block::Rows(rows) => {
            view! { <dl class="summary-list">{rows.into_iter().map(row).collect_view()}</dl> }
                .into_any()
        }
    }
}

fn item(i: Item) -> impl IntoView {
    let class = (!i.class.is_empty()).then_some(i.class);
    view! { <li class=class data-flag=i.flag>{inline(i.text)}{blocks(i.blocks)}</li> }
}

fn row(r: Row) -> impl IntoView {
    let class = if r.total {
        "summary-list__row summary-list__row--total"
    } else {
        "summary-list__row"
    };
    let value = if r.total {
        view! { <strong>{blocks(r.value)}</strong> }.into_any()
    } else {
        blocks(r.value)
    };
    view! {
        <div class=class>
            <dt class="summary-list__key">{inline(r.key)}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

fn inline(text: Vec<Inline>) -> AnyView {
    text.into_iter()
        .map(|i| match i {
            Inline::Text(t) => t.into_any(),
            Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Inline::English(t) => {
                view! { <span class="english" lang="en-GB" dir="ltr">{t}</span> }.into_any()
            }
            Inline::Lang { lang, text } => {
                let dir = if crate::engine::model::Settings::is_rtl(&lang) {
                    "rtl"
                } else {
                    "ltr"
                };
                view! { <span lang=lang dir=dir>{text}</span> }.into_any()
            }
            Inline::Hint(t) => view! { <span class="hint">{t}</span> }.into_any(),
            Inline::Tag(t) => view! { <strong class="tag tag--example">{t}</strong> }.into_any(),
            Inline::Break => view! { <br/> }.into_any(),
        })
        .collect_view()
        .into_any()
}
