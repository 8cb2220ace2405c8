//! What the open page shows besides the summary's own document: how far away each date is,
//! and a QR code's text as a document (its codes turned into the page's words).

use super::{Opened, QrSummary};
use crate::engine::{Content, Date, FlagId, ServiceId};
use crate::words::display::{long_date, money};
use crate::words::document::{both, Block, Document, Inline, Item, Row};
use crate::words::i18n::Translator;

/// "today", "in 3 days", "2 days ago".
pub fn days_from_today(t: &Translator, today: Date, date: Date) -> String {
    let n = date.to_days() - today.to_days();
    match n {
        0 => t.text("open-days-today"),
        n if n > 0 => t.text_with_count("open-days-ahead", "days", n),
        n => t.text_with_count("open-days-past", "days", -n),
    }
}

/// The dates to act by, set apart at the top of the page: each date in words with how far
/// away it is, then what it is (in the person's language and English, or from the QR code's
/// need code). Empty when there are none.
pub fn due_dates(t: &Translator, content: &Content, today: Date, opened: &Opened) -> Document {
    let item = |date: Date, what: Vec<Inline>| {
        let mut text = vec![Inline::Strong(format!(
            "{} ({})",
            long_date(t, date),
            days_from_today(t, today, date)
        ))];
        text.push(Inline::Text(" – ".to_owned()));
        text.extend(what);
        Item {
            class: "open-due__item",
            ..Item::text(text)
        }
    };
    let items: Vec<Item> = match opened {
        Opened::Summary(o) => o
            .summary
            .urgency
            .deadlines
            .iter()
            .map(|d| {
                let mut what = both(&d.label, &d.label_en);
                if let Some(Inline::Text(first)) = what.first_mut() {
                    let text = std::mem::take(first);
                    what[0] = Inline::Lang {
                        lang: o.summary.locale.clone(),
                        text,
                    };
                }
                item(d.date, what)
            })
            .collect(),
        Opened::Qr(q) => q
            .due
            .iter()
            .map(|(d, flag)| item(*d, vec![Inline::Text(flag_label(t, content, flag))]))
            .collect(),
    };
    if items.is_empty() {
        return Vec::new();
    }
    vec![Block::Section {
        class: "open-due",
        labelled_by: "open-dates-heading".to_owned(),
        blocks: vec![
            Block::Heading {
                level: 2,
                id: Some("open-dates-heading".to_owned()),
                text: t.text("open-dates-heading"),
            },
            Block::List {
                class: "list open-due__list",
                ordered: false,
                items,
            },
        ],
    }]
}

fn flag_label(t: &Translator, content: &Content, code: &str) -> String {
    content
        .flag(&FlagId::new(code))
        .map(|f| t.text(f.label.as_str()))
        .unwrap_or_else(|| code.to_owned())
}

fn list(items: Vec<Item>) -> Block {
    Block::List {
        class: "list list--bullet",
        ordered: false,
        items,
    }
}

fn section(id: &str, heading: String, blocks: Document) -> Block {
    let mut all = vec![Block::Heading {
        level: 2,
        id: Some(id.to_owned()),
        text: heading,
    }];
    all.extend(blocks);
    Block::Section {
        class: "summary-section",
        labelled_by: id.to_owned(),
        blocks: all,
    }
}

/// Rows for the values given, each under the message `key`; none when all are empty.
fn rows(t: &Translator, given: Vec<(&str, Option<String>)>) -> Option<Block> {
    let rows: Vec<Row> = given
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| Row::text(t.text(k), v)))
        .collect();
    (!rows.is_empty()).then_some(Block::Rows(rows))
}

/// A QR code's text, as the page's sections: about, contact, money, members, own words and
/// the adviser's notes. Codes are turned into the page's words where this copy's content
/// knows them, and shown as they are where not.
pub fn qr_document(t: &Translator, content: &Content, q: &QrSummary) -> Document {
    let dates = if q.due.is_empty() {
        Block::Text(vec![Inline::Text(t.text("summary-no-deadlines"))])
    } else {
        list(
            q.due
                .iter()
                .map(|(d, flag)| {
                    Item::text(vec![
                        Inline::Strong(long_date(t, *d)),
                        Inline::Text(format!(" – {}", flag_label(t, content, flag))),
                    ])
                })
                .collect(),
        )
    };
    let needs = list(
        q.needs
            .iter()
            .map(|f| Item::text(vec![Inline::Text(flag_label(t, content, f))]))
            .collect(),
    );
    let withheld = (!q.withheld.is_empty()).then(|| {
        q.withheld
            .iter()
            .map(|g| {
                let id = format!("summary-consent-{g}");
                if t.has(&id) {
                    t.text(&id)
                } else {
                    g.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    });
    let mut about = vec![
        Row::text(t.text("summary-reference"), q.reference.clone()),
        Row::text(
            t.text("summary-tier"),
            q.tier
                .map(|tier| t.text(&format!("tier-{}", tier.as_str())))
                .unwrap_or_default(),
        ),
        Row {
            key: vec![Inline::Text(t.text("summary-deadlines"))],
            value: vec![dates],
            total: false,
        },
        Row {
            key: vec![Inline::Text(t.text("summary-needs"))],
            value: vec![needs],
            total: false,
        },
    ];
    about.extend(
        q.locale
            .clone()
            .map(|l| Row::text(t.text("summary-language"), l)),
    );
    about.extend(withheld.map(|w| Row::text(t.text("open-withheld"), w)));
    let mut doc = vec![section(
        "open-qr-about",
        t.text("handoff-about"),
        vec![Block::Rows(about)],
    )];

    let method = q
        .via
        .as_ref()
        .map(|m| t.text(&format!("summary-method-{m}")));
    let message = q
        .leave_message
        .map(|y| t.text(if y { "yes" } else { "no" }));
    if let Some(contact) = rows(
        t,
        vec![
            ("summary-name", q.name.clone()),
            ("summary-phone", q.phone.clone()),
            ("summary-email", q.email.clone()),
            ("summary-contact-method", method),
            ("summary-safe-times", q.safe_times.clone()),
            ("summary-leave-message", message),
            ("summary-area", q.area.clone()),
        ],
    ) {
        doc.push(section(
            "open-qr-contact",
            t.text("summary-contact"),
            vec![contact],
        ));
    }

    let m = |p: Option<i64>| p.map(|p| money(t, p));
    let (left_key, left) = match q.surplus_pence {
        Some(p) if p < 0 => ("summary-shortfall", Some(p.saturating_neg())),
        p => ("summary-surplus", p),
    };
    if let Some(money) = rows(
        t,
        vec![
            ("summary-income", m(q.income_pence)),
            ("summary-spending", m(q.spending_pence)),
            (left_key, m(left)),
            ("summary-priority-total", m(q.priority_pence)),
            ("summary-non-priority-total", m(q.non_priority_pence)),
        ],
    ) {
        doc.push(section(
            "open-qr-money",
            t.text("summary-money"),
            vec![money],
        ));
    }

    if !q.members.is_empty() {
        let items = q
            .members
            .iter()
            .map(|id| {
                let mut text = Vec::new();
                match content.service(&ServiceId::new(id.as_str())) {
                    Some(s) => {
                        text.push(Inline::Text(format!("{}: {}", s.organisation, s.name)));
                        if s.example {
                            text.extend([
                                Inline::Text(" ".to_owned()),
                                Inline::Tag(t.text("open-example-member")),
                            ]);
                        }
                    }
                    None => text.extend([
                        Inline::Text(id.clone()),
                        Inline::Text(" ".to_owned()),
                        Inline::Hint(t.text("open-unknown-member")),
                    ]),
                }
                Item::text(text)
            })
            .collect();
        doc.push(section(
            "open-qr-members",
            t.text("summary-members"),
            vec![Block::List {
                class: "list list--number members",
                ordered: true,
                items,
            }],
        ));
    }
    let paragraph = |text: &str| Block::Paragraph {
        class: "body own-words",
        text: vec![Inline::Text(text.to_owned())],
    };
    if let Some(w) = &q.words {
        doc.push(section(
            "open-qr-words",
            t.text("summary-own-words"),
            vec![paragraph(w)],
        ));
    }
    if let Some(n) = &q.notes {
        doc.push(section(
            "open-qr-notes",
            t.text("adviser-notes-title"),
            vec![
                Block::Paragraph {
                    class: "hint",
                    text: vec![Inline::Text(t.text("adviser-notes-marked"))],
                },
                paragraph(n),
            ],
        ));
    }
    doc
}
