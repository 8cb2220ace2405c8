//! A page's reading part as plain data: sections, headings, rows, paragraphs and lists of
//! text. The referral summary and "Why this result?" are built as a [`Document`] once, natively
//! testable, and the app draws any document with one small component
//! (`app::components::document`). Drawn by hand, each section was its own large view type in
//! the wasm; as data, the drawing code exists once.

/// The blocks of a document, in reading order.
pub type Document = Vec<Block>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// `<section>` labelled by its heading's id.
    Section {
        class: &'static str,
        labelled_by: String,
        blocks: Document,
    },
    /// A heading: level 2 (`heading-m`) or 3 (`heading-s`).
    Heading {
        level: u8,
        id: Option<String>,
        text: String,
    },
    /// A section's level-2 heading with a Change link beside it (the summary's sections).
    HeadingWithChange {
        id: String,
        text: String,
        change: Option<Change>,
    },
    Paragraph {
        class: &'static str,
        text: Vec<Inline>,
    },
    List {
        class: &'static str,
        ordered: bool,
        items: Vec<Item>,
    },
    /// A summary list (`<dl>`): key and value rows.
    Rows(Vec<Row>),
    /// Text with no block of its own (a row's value).
    Text(Vec<Inline>),
}

/// A link to the page where an answer can be changed; `hidden` completes its text for screen
/// readers ("Change" + " Your contact details").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub href: String,
    pub label: String,
    pub hidden: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    pub class: &'static str,
    /// `data-flag` (which need or risk a "Why this result?" item is about, for tests and styles).
    pub flag: Option<String>,
    pub text: Vec<Inline>,
    pub blocks: Document,
}

impl Item {
    pub fn text(text: Vec<Inline>) -> Item {
        Item {
            text,
            ..Item::default()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: Vec<Inline>,
    pub value: Document,
    /// A total: set apart, its value in bold.
    pub total: bool,
}

impl Row {
    pub fn text(key: String, value: String) -> Row {
        Row {
            key: vec![Inline::Text(key)],
            value: vec![Block::Text(vec![Inline::Text(value)])],
            total: false,
        }
    }

    /// A row whose key is inline text and whose value is plain text.
    pub fn inline_key(key: Vec<Inline>, value: String) -> Row {
        Row {
            key,
            value: vec![Block::Text(vec![Inline::Text(value)])],
            total: false,
        }
    }

    /// A row whose value is text.
    pub fn inline(key: String, value: Vec<Inline>) -> Row {
        Row {
            key: vec![Inline::Text(key)],
            value: vec![Block::Text(value)],
            total: false,
        }
    }
}

/// Text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// English beside the person's language, marked `lang="en-GB"`.
    English(String),
    /// Text in the person's language on a page in another (a member opening their summary),
    /// marked with its `lang` and `dir`.
    Lang {
        lang: String,
        text: String,
    },
    /// Secondary text (`hint`).
    Hint(String),
    /// A tag ("Example").
    Tag(String),
    Break,
}

/// A label, with the English beside it in brackets when the person's language is another.
pub fn both(label: &str, english: &str) -> Vec<Inline> {
    let mut out = vec![Inline::Text(label.to_owned())];
    if label != english {
        out.push(Inline::Text(" ".to_owned()));
        out.push(Inline::English(format!("({english})")));
    }
    out
}

/// Every piece of text in `blocks`, in reading order (for tests and plain renderings).
pub fn all_text(blocks: &[Block]) -> Vec<&str> {
    fn inline<'a>(out: &mut Vec<&'a str>, text: &'a [Inline]) {
        for i in text {
            match i {
                Inline::Text(t)
                | Inline::Strong(t)
                | Inline::English(t)
                | Inline::Hint(t)
                | Inline::Tag(t)
                | Inline::Lang { text: t, .. } => out.push(t),
                Inline::Break => {}
            }
        }
    }
    fn walk<'a>(out: &mut Vec<&'a str>, blocks: &'a [Block]) {
        for b in blocks {
            match b {
                Block::Section { blocks, .. } => walk(out, blocks),
                Block::Heading { text, .. } => out.push(text),
                Block::HeadingWithChange { text, change, .. } => {
                    out.push(text);
                    if let Some(c) = change {
                        out.push(&c.label);
                    }
                }
                Block::Paragraph { text, .. } | Block::Text(text) => inline(out, text),
                Block::List { items, .. } => {
                    for i in items {
                        inline(out, &i.text);
                        walk(out, &i.blocks);
                    }
                }
                Block::Rows(rows) => {
                    for r in rows {
                        inline(out, &r.key);
                        walk(out, &r.value);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&mut out, blocks);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_adds_the_english_only_when_it_differs() {
        assert_eq!(both("Rent", "Rent"), vec![Inline::Text("Rent".into())]);
        assert_eq!(
            both("Rhent", "Rent"),
            vec![
                Inline::Text("Rhent".into()),
                Inline::Text(" ".into()),
                Inline::English("(Rent)".into())
            ]
        );
    }

    #[test]
    fn all_text_reads_every_block_in_order() {
        let doc = vec![Block::Section {
            class: "s",
            labelled_by: "h".into(),
            blocks: vec![
                Block::Heading {
                    level: 2,
                    id: Some("h".into()),
                    text: "Title".into(),
                },
                Block::List {
                    class: "l",
                    ordered: false,
                    items: vec![Item {
                        text: vec![Inline::Strong("One".into())],
                        blocks: vec![Block::Paragraph {
                            class: "body",
                            text: vec![Inline::Text("under".into()), Inline::Break],
                        }],
                        ..Item::default()
                    }],
                },
                Block::Rows(vec![Row::text("Key".into(), "Value".into())]),
            ],
        }];
        assert_eq!(all_text(&doc), ["Title", "One", "under", "Key", "Value"]);
    }
}
