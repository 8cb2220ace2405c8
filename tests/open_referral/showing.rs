//! What the member's page shows: the person's words marked with their language beside the
//! English, the dates to act by, and a QR text in the page's words.

use super::*;

#[test]
fn the_member_sees_the_persons_words_marked_with_their_language_beside_english() {
    let c = content();
    let s: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    let t = Translator::new(&c, "en-GB");
    let doc = summary_document_for(&t, &s, Reader::Member);
    fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Inline>, changes: &mut usize) {
        for b in blocks {
            match b {
                Block::Section { blocks, .. } => walk(blocks, out, changes),
                Block::HeadingWithChange { change, .. } => *changes += change.is_some() as usize,
                Block::Paragraph { text, .. } | Block::Text(text) => out.extend(text),
                Block::List { items, .. } => items.iter().for_each(|i| {
                    out.extend(&i.text);
                    walk(&i.blocks, out, changes)
                }),
                Block::Rows(rows) => rows.iter().for_each(|r| {
                    out.extend(&r.key);
                    walk(&r.value, out, changes)
                }),
                Block::Heading { .. } => {}
            }
        }
    }
    let (mut inlines, mut changes) = (Vec::new(), 0);
    walk(&doc, &mut inlines, &mut changes);
    assert_eq!(changes, 0, "a member cannot change the person's answers");
    let welsh = inlines
        .iter()
        .find_map(|i| match i {
            Inline::Lang { lang, text } if text == &s.needs[0].label => Some(lang),
            _ => None,
        })
        .expect("the first need, in Welsh, marked");
    assert_eq!(welsh, "cy");
    assert!(inlines.contains(&&Inline::English(format!("({})", s.needs[0].label_en))));
    let examples = s.members.iter().filter(|m| m.example).count();
    assert!(examples > 0);
    let tags = inlines
        .iter()
        .filter(|i| **i == &Inline::Tag("Example – does not exist, do not contact".into()))
        .count();
    assert_eq!(tags, examples);
    // The person's own page is as it was: their language unmarked, with Change links.
    let own = summary_document(&Translator::new(&c, "cy"), &s);
    let (mut inlines, mut changes) = (Vec::new(), 0);
    walk(&own, &mut inlines, &mut changes);
    assert!(changes > 0);
    assert!(!inlines.iter().any(|i| matches!(i, Inline::Lang { .. })));
}

#[test]
fn dates_say_how_far_away_they_are() {
    let c = content();
    let today = Date::new(2026, 11, 23).unwrap();
    let d = |n| today.add_days(n);
    let en = Translator::new(&c, "en-GB");
    assert_eq!(days_from_today(&en, today, d(0)), "today");
    assert_eq!(days_from_today(&en, today, d(1)), "in 1 day");
    assert_eq!(days_from_today(&en, today, d(21)), "in 21 days");
    assert_eq!(days_from_today(&en, today, d(-3)), "3 days ago");
    let cy = Translator::new(&c, "cy");
    assert_eq!(days_from_today(&cy, today, d(3)), "mewn 3 diwrnod");
    assert_eq!(days_from_today(&cy, today, d(-1)), "1 diwrnod yn ôl");
}

#[test]
fn a_qr_text_is_shown_in_the_pages_words() {
    let c = content();
    let s: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    let mut text = qr_text(&s, QR_MAX_BYTES).text;
    text.push_str("\nMEMBERS:carrick-way-money-advice,no-such-service");
    let q = qr_of(read_text(&text));
    let t = Translator::new(&c, "en-GB");
    let doc = qr_document(&t, &c, &q);
    let words = all_text(&doc);
    for expected in [
        "SP-99M0-6Z28",
        "Act today",
        "Bailiffs visiting or threatened",
        "Morwenna Quillerby",
        "Keeping the children at the same school",
        "Example – does not exist, do not contact",
        "no-such-service",
        "(not in this copy's list of services)",
        "Short by",
    ] {
        assert!(
            words.iter().any(|w| w.contains(expected)),
            "{expected} missing from {words:#?}"
        );
    }
}

#[test]
fn the_dates_to_act_by_are_set_apart_with_how_far_away_each_is() {
    let c = content();
    let t = Translator::new(&c, "en-GB");
    let today = Date::new(2026, 11, 23).unwrap();
    let opened = read_text(&example_text()).unwrap();
    let words = all_text(&due_dates(&t, &c, today, &opened)).join("\n");
    assert!(words.starts_with("Dates to act by\n"), "{words}");
    assert!(words.contains("(in 3 days)"), "{words}");
    assert!(words.contains("Ymweliad y beilïaid"), "{words}");
    assert!(words.contains("(Bailiffs' visit)"), "{words}");
    let s: ReferralSummary = serde_json::from_value(example_json()).unwrap();
    let qr = read_text(&qr_text(&s, QR_MAX_BYTES).text).unwrap();
    let words = all_text(&due_dates(&t, &c, today, &qr)).join("\n");
    assert!(words.contains("(in 21 days)"), "{words}");
    assert!(words.contains("Court papers"), "{words}");
    // None: nothing is set apart.
    let none = read_text("SIGNPOST/1\nREF:SP-4K7M-Q2XD\nTIER:referral").unwrap();
    assert!(due_dates(&t, &c, today, &none).is_empty());
}
