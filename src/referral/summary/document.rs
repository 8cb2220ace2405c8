//! The summary's sections (members, about, needs, consent, contact, money, debts, answers) as a
//! [`Document`] for the summary page, in the person's language with English beside it.

use super::ReferralSummary;
use crate::engine::Date;
use crate::referral::flow::{self, Agreed, Page};
use crate::words::display::{long_date, money};
use crate::words::document::{both, Block, Change, Document, Inline, Item, Row};
use crate::words::i18n::Translator;

/// The sections the page shows below its actions, in order.
pub fn summary_document(t: &Translator, s: &ReferralSummary) -> Document {
    summary_document_for(t, s, Reader::Person)
}

/// Who reads the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The person who made it, on a page in their own language, with Change links.
    Person,
    /// A member opening it (`crate::referral::open`), on a page in the member's language: the
    /// person's side of each label is marked with the person's language (so it is read and
    /// laid out as that language), there are no Change links (their pages are the person's),
    /// and each example member is marked where it is listed.
    Member,
}

/// The sections for `reader`, in order.
pub fn summary_document_for(t: &Translator, s: &ReferralSummary, reader: Reader) -> Document {
    let v = Voice {
        member: (reader == Reader::Member).then_some(s.locale.as_str()),
    };
    let mut doc = vec![members(t, s, v), about(t, s, v)];
    doc.extend(needs(t, s, v));
    doc.push(consent(t, s, v));
    doc.push(contact(t, s, v));
    doc.extend(money_and_debts(t, s, v));
    doc.push(answers(t, s, v));
    doc
}

/// How the person's side of the text is written: as it is for the person, marked with their
/// language for a member.
#[derive(Clone, Copy)]
struct Voice<'a> {
    member: Option<&'a str>,
}

impl Voice<'_> {
    fn text(self, text: String) -> Inline {
        match self.member {
            Some(lang) => Inline::Lang {
                lang: lang.to_owned(),
                text,
            },
            None => Inline::Text(text),
        }
    }

    fn both(self, label: &str, english: &str) -> Vec<Inline> {
        let mut out = both(label, english);
        if let Some(Inline::Text(first)) = out.first_mut() {
            let first = std::mem::take(first);
            out[0] = self.text(first);
        }
        out
    }
}

fn section(id: &str, blocks: Document) -> Block {
    Block::Section {
        class: "summary-section",
        labelled_by: id.to_owned(),
        blocks,
    }
}

fn heading(t: &Translator, id: &str) -> Block {
    Block::Heading {
        level: 2,
        id: Some(id.to_owned()),
        text: t.text(id),
    }
}

/// The heading of a section collected by `page`, with its Change link (none for a group
/// declined). The message id is the heading's id.
fn heading_with_change(
    t: &Translator,
    s: &ReferralSummary,
    v: Voice,
    id: &str,
    page: Page,
) -> Block {
    let agreed = Agreed {
        contact: s.consent.contact,
        household_money: s.consent.household_money,
        health_safety: s.consent.health_safety,
    };
    let text = t.text(id);
    let change = flow::change(page, agreed)
        .filter(|_| v.member.is_none())
        .map(|link| Change {
            href: link.href(),
            label: t.text("check-change"),
            hidden: text.clone(),
        });
    Block::HeadingWithChange {
        id: id.to_owned(),
        text,
        change,
    }
}

fn paragraph(text: String) -> Block {
    Block::Paragraph {
        class: "body",
        text: vec![Inline::Text(text)],
    }
}

fn bullets(items: Vec<Item>) -> Block {
    Block::List {
        class: "list list--bullet",
        ordered: false,
        items,
    }
}

/// A date-time's day, as the person reads it; the text itself if it is not a date.
fn day(t: &Translator, at: &str) -> String {
    Date::parse_iso(at.get(..10).unwrap_or_default())
        .map(|d| long_date(t, d))
        .unwrap_or_else(|| at.to_owned())
}

/// A row of an amount: the message `key` and the amount as the person reads it.
fn amount(t: &Translator, key: &str, pence: i64) -> Row {
    Row::text(t.text(key), money(t, pence))
}

/// The recommended consortium members, ranked, each with why.
fn members(t: &Translator, s: &ReferralSummary, v: Voice) -> Block {
    let mut blocks = vec![heading(t, "summary-members")];
    if s.members.iter().any(|m| m.example) {
        blocks.push(Block::Paragraph {
            class: "body",
            text: vec![Inline::Tag(t.text("summary-example"))],
        });
    }
    let items = s
        .members
        .iter()
        .map(|m| {
            let mut blocks = vec![Block::Heading {
                level: 3,
                id: None,
                text: format!("{}: {}", m.organisation, m.name),
            }];
            // A member might take a made-up service for a real one: say so at each.
            if m.example && v.member.is_some() {
                blocks.push(Block::Paragraph {
                    class: "body",
                    text: vec![Inline::Tag(t.text("open-example-member"))],
                });
            }
            blocks.push(bullets(
                m.reasons
                    .iter()
                    .map(|r| Item::text(v.both(&r.text, &r.text_en)))
                    .collect(),
            ));
            blocks.push(Block::List {
                class: "list member__contacts",
                ordered: false,
                items: m
                    .contacts
                    .iter()
                    .map(|c| {
                        let channel =
                            t.text(&format!("summary-channel-{}", c.channel.summary_code()));
                        Item::text(vec![Inline::Text(format!("{channel}: {}", c.value))])
                    })
                    .collect(),
            });
            Item {
                class: "member",
                blocks,
                ..Item::default()
            }
        })
        .collect();
    blocks.push(Block::List {
        class: "list list--number members",
        ordered: true,
        items,
    });
    section("summary-members", blocks)
}

/// Reference, dates, level of help and the result.
fn about(t: &Translator, s: &ReferralSummary, v: Voice) -> Block {
    let deadlines = if s.urgency.deadlines.is_empty() {
        Block::Text(vec![Inline::Text(t.text("summary-no-deadlines"))])
    } else {
        Block::List {
            class: "list",
            ordered: false,
            items: s
                .urgency
                .deadlines
                .iter()
                .map(|d| {
                    let mut text = vec![
                        Inline::Strong(long_date(t, d.date)),
                        Inline::Text(" – ".to_owned()),
                    ];
                    text.extend(v.both(&d.label, &d.label_en));
                    Item::text(text)
                })
                .collect(),
        }
    };
    let rows = vec![
        Row::text(t.text("summary-reference"), s.reference.clone()),
        Row::text(t.text("summary-created"), day(t, &s.created_at)),
        Row::inline(
            t.text("summary-tier"),
            v.both(&s.tier.label, &s.tier.label_en),
        ),
        Row::inline(
            t.text("summary-outcome"),
            v.both(&s.outcome.label, &s.outcome.label_en),
        ),
        Row {
            key: vec![Inline::Text(t.text("summary-deadlines"))],
            value: vec![deadlines],
            total: false,
        },
    ];
    Block::Section {
        class: "summary-section",
        labelled_by: "summary-about".to_owned(),
        blocks: vec![
            Block::Heading {
                level: 2,
                id: Some("summary-about".to_owned()),
                text: t.text("handoff-about"),
            },
            Block::Rows(rows),
        ],
    }
}

/// What they need help with, and their own words.
fn needs(t: &Translator, s: &ReferralSummary, v: Voice) -> [Block; 2] {
    let words = if s.own_words.trim().is_empty() {
        t.text("check-not-given")
    } else {
        s.own_words.clone()
    };
    [
        section(
            "summary-needs",
            vec![
                heading(t, "summary-needs"),
                bullets(
                    s.needs
                        .iter()
                        .map(|f| Item::text(v.both(&f.label, &f.label_en)))
                        .collect(),
                ),
            ],
        ),
        section(
            "summary-own-words",
            vec![
                heading_with_change(t, s, v, "summary-own-words", Page::WhatMatters),
                Block::Paragraph {
                    class: "body own-words",
                    text: vec![Inline::Text(words)],
                },
            ],
        ),
    ]
}

/// What they agreed to share, and when.
fn consent(t: &Translator, s: &ReferralSummary, v: Voice) -> Block {
    let c = &s.consent;
    let shared = |yes: bool| {
        t.text(if yes {
            "summary-shared"
        } else {
            "summary-not-shared"
        })
    };
    section(
        "summary-consent",
        vec![
            heading_with_change(t, s, v, "summary-consent", Page::Consent),
            Block::Rows(vec![
                Row::text(t.text("summary-consent-contact"), shared(c.contact)),
                Row::text(
                    t.text("summary-consent-household-money"),
                    shared(c.household_money),
                ),
                Row::text(
                    t.text("summary-consent-health-safety"),
                    shared(c.health_safety),
                ),
                Row::text(t.text("summary-consent-recorded"), day(t, &c.recorded_at)),
            ]),
        ],
    )
}

/// Contact details, only when shared.
fn contact(t: &Translator, s: &ReferralSummary, v: Voice) -> Block {
    let body = match &s.contact {
        None => paragraph(t.text("summary-not-shared")),
        Some(c) => {
            let method = c
                .method
                .map(|m| t.text(&format!("summary-method-{}", m.as_str())));
            let message = c
                .leave_message
                .map(|y| t.text(if y { "yes" } else { "no" }));
            let rows: [(&str, Option<String>); 9] = [
                ("summary-name", Some(c.name.clone())),
                ("summary-contact-method", method),
                ("summary-phone", Some(c.phone.clone())),
                ("summary-email", Some(c.email.clone())),
                ("summary-safe-times", Some(c.safe_times.clone())),
                ("summary-leave-message", message),
                ("summary-contact-language", Some(c.language.clone())),
                ("summary-access-needs", Some(c.access_needs.clone())),
                ("summary-area", c.area.clone()),
            ];
            Block::Rows(
                rows.into_iter()
                    .filter_map(|(k, v)| {
                        v.filter(|v| !v.trim().is_empty())
                            .map(|v| Row::text(t.text(k), v))
                    })
                    .collect(),
            )
        }
    };
    section(
        "summary-contact",
        vec![
            heading_with_change(t, s, v, "summary-contact", Page::Contact),
            body,
        ],
    )
}

/// Household, money in and out each month, and debts, only when shared.
fn money_and_debts(t: &Translator, s: &ReferralSummary, v: Voice) -> Vec<Block> {
    let mut blocks = vec![heading_with_change(t, s, v, "summary-money", Page::Money)];
    if !s.consent.household_money {
        blocks.push(paragraph(t.text("summary-not-shared")));
        return vec![section("summary-money", blocks)];
    }
    if let Some(h) = &s.household {
        let mut rows = Vec::new();
        if let Some(n) = h.other_adults {
            rows.push(Row::text(t.text("summary-other-adults"), n.to_string()));
        }
        if let Some(n) = h.children {
            rows.push(Row::text(t.text("summary-children"), n.to_string()));
        }
        blocks.push(Block::Rows(rows));
    }
    if let Some(m) = &s.money {
        let (left_key, left) = if m.surplus_pence < 0 {
            ("summary-shortfall", m.surplus_pence.saturating_neg())
        } else {
            ("summary-surplus", m.surplus_pence)
        };
        let mut rows: Vec<Row> = m
            .items
            .iter()
            .map(|i| Row::inline_key(vec![v.text(i.label.clone())], money(t, i.pence)))
            .collect();
        rows.push(amount(t, "summary-income", m.income_pence));
        rows.push(amount(t, "summary-spending", m.spending_pence));
        rows.push(Row {
            total: true,
            ..amount(t, left_key, left)
        });
        blocks.push(Block::Heading {
            level: 3,
            id: None,
            text: t.text("summary-money-month"),
        });
        blocks.push(Block::Rows(rows));
    }
    let mut debts = vec![heading_with_change(t, s, v, "summary-debts", Page::Debts)];
    if let Some(d) = &s.debts {
        if d.items.is_empty() {
            debts.push(paragraph(t.text("summary-no-debts")));
        } else {
            let mut rows: Vec<Row> = d
                .items
                .iter()
                .map(|i| {
                    let kind = t.text(if i.priority {
                        "summary-debt-priority"
                    } else {
                        "summary-debt-non-priority"
                    });
                    let mut key = v.both(&i.label, &i.label_en);
                    key.extend([Inline::Break, Inline::Hint(kind)]);
                    let mut value = vec![
                        Inline::Text(format!("{}: {}", t.text("summary-debt-owed-to"), i.owed_to)),
                        Inline::Break,
                        Inline::Text(money(t, i.amount_pence)),
                    ];
                    if let Some(a) = i.arrears_pence {
                        value.push(Inline::Text(format!(
                            " · {}: {}",
                            t.text("summary-debt-arrears"),
                            money(t, a)
                        )));
                    }
                    Row {
                        key,
                        value: vec![Block::Text(value)],
                        total: false,
                    }
                })
                .collect();
            rows.push(amount(t, "summary-priority-total", d.priority_total_pence));
            rows.push(amount(
                t,
                "summary-non-priority-total",
                d.non_priority_total_pence,
            ));
            rows.push(Row {
                total: true,
                ..amount(t, "summary-debt-total", d.total_pence)
            });
            debts.push(Block::Rows(rows));
        }
    }
    vec![
        section("summary-money", blocks),
        section("summary-debts", debts),
    ]
}

/// Every question with its answer as shown to the person (and in English).
fn answers(t: &Translator, s: &ReferralSummary, v: Voice) -> Block {
    let rows = s
        .answers
        .iter()
        .map(|a| {
            let mut value = v.both(&a.answer.join(", "), &a.answer_en.join(", "));
            if a.question != a.question_en {
                value.extend([Inline::Break, Inline::English(a.question_en.clone())]);
            }
            Row {
                key: vec![v.text(a.question.clone())],
                value: vec![Block::Text(value)],
                total: false,
            }
        })
        .collect();
    Block::Section {
        class: "summary-section summary-section--answers",
        labelled_by: "summary-answers".to_owned(),
        blocks: vec![
            heading_with_change(t, s, v, "summary-answers", Page::CheckAnswers),
            Block::Rows(rows),
        ],
    }
}
