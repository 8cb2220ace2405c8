//! "Why this result?" ([`WhyWords`]) as a [`Document`], for the result page's folded panel.

use crate::words::document::{Block, Document, Inline, Item};
use crate::words::i18n::Translator;
use crate::words::why::{Line, WhyWords};

/// The panel's text below its lead paragraph; `referral`: the result refers the person on, so
/// the members it would suggest are explained too.
pub fn why_document(t: &Translator, words: WhyWords, referral: bool) -> Document {
    let body = |text: String| Block::Paragraph {
        class: "body",
        text: vec![Inline::Text(text)],
    };
    let heading = |id: &str| Block::Heading {
        level: 3,
        id: None,
        text: t.text(id),
    };
    let mut doc = vec![body(t.text("adviser-why-lead"))];
    if let Some(o) = words.outcome {
        doc.push(heading("adviser-why-result-heading"));
        doc.push(Block::Paragraph {
            class: "body",
            text: vec![Inline::Strong(o.title)],
        });
        doc.push(body(t.text("adviser-why-chosen-because")));
        doc.extend(lines(o.because));
        if !o.passed_over.is_empty() {
            doc.push(body(t.text("adviser-why-passed-over")));
            doc.push(Block::List {
                class: "list list--bullet why-outcome__passed-over",
                ordered: false,
                items: o
                    .passed_over
                    .into_iter()
                    .map(|p| Item {
                        text: vec![Inline::Text(p.title)],
                        blocks: lines(p.because).into_iter().collect(),
                        ..Item::default()
                    })
                    .collect(),
            });
        }
    }
    doc.push(heading("adviser-why-flags-heading"));
    if words.flags.is_empty() {
        doc.push(body(t.text("adviser-why-no-flags")));
    } else {
        doc.push(Block::List {
            class: "list why-outcome__flags",
            ordered: false,
            items: words
                .flags
                .into_iter()
                .map(|f| {
                    let mut blocks: Document = lines(f.because).into_iter().collect();
                    blocks.extend(f.deadlines.into_iter().map(|d| Block::Paragraph {
                        class: "body deadline",
                        text: vec![Inline::Text(d)],
                    }));
                    Item {
                        class: "why-outcome__flag",
                        flag: Some(f.id),
                        text: vec![Inline::Strong(f.label)],
                        blocks,
                    }
                })
                .collect(),
        });
    }
    if referral {
        doc.push(heading("adviser-why-members-heading"));
        if words.members.is_empty() {
            doc.push(body(t.text("adviser-why-no-members")));
        } else {
            doc.push(Block::Paragraph {
                class: "hint",
                text: vec![Inline::Text(t.text("adviser-why-members-hint"))],
            });
            doc.push(Block::List {
                class: "list list--number",
                ordered: true,
                items: words
                    .members
                    .into_iter()
                    .map(|m| Item {
                        text: vec![Inline::Strong(m.name)],
                        blocks: vec![Block::List {
                            class: "list list--bullet",
                            ordered: false,
                            items: m
                                .reasons
                                .into_iter()
                                .map(|r| Item::text(vec![Inline::Text(r)]))
                                .collect(),
                        }],
                        ..Item::default()
                    })
                    .collect(),
            });
        }
    }
    doc
}

/// Statements as a bulleted list, each with the statements behind it nested under it; nothing
/// for none.
fn lines(lines: Vec<Line>) -> Option<Block> {
    (!lines.is_empty()).then(|| Block::List {
        class: "list list--bullet why-outcome__lines",
        ordered: false,
        items: lines
            .into_iter()
            .map(|l| Item {
                text: vec![Inline::Text(l.text)],
                blocks: self::lines(l.behind).into_iter().collect(),
                ..Item::default()
            })
            .collect(),
    })
}
