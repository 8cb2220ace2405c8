//! The files an import writes: the directory, its words in the default locale and in each
//! locale that must be complete, and, when a translation is missing, a worksheet instead.
//!
//! A translated file keeps, above each message, the English it translates (`# en-GB: …`).
//! The next import reuses a translation only while that English is unchanged, so a service
//! that rewrites its description is never shown with the old description's translation.

use super::text::fluent_value;
use crate::engine::ids::MessageId;
use crate::engine::model::Service;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use serde::Serialize;
use std::collections::BTreeMap;

/// The words still to translate into one locale, as a `.ftl` file to fill in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worksheet {
    pub locale: String,
    pub missing: usize,
    pub text: String,
}

#[derive(Serialize)]
struct DirectoryFile<'a> {
    _comment: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    example: bool,
    services: &'a [Service],
}

pub fn directory_json(services: &[Service], export_name: &str, example: bool) -> String {
    let file = DirectoryFile {
        _comment: format!(
            "Imported from {export_name} by `signpost directory import` (content/directory/\
             README.md). An import replaces this file: change the export or the mapping and \
             import again, rather than editing it here."
        ),
        example,
        services,
    };
    let mut text = serde_json::to_string_pretty(&file).expect("plain data serializes");
    text.push('\n');
    text
}

pub fn english_ftl(words: &[(MessageId, String)], export_name: &str) -> String {
    let mut out = format!(
        "# The local directory's words, imported from {export_name} by `signpost directory \
         import`.\n# An import replaces this file. Keep the words plain and short: shorten a long \
         description in the export, then import again.\n\n"
    );
    for (id, text) in words {
        out.push_str(&format!("{id} = {}\n", fluent_value(text)));
    }
    out
}

/// The locale's file for these words, or the worksheet of those still to translate. A
/// translation comes from `given` first, then from `earlier` (the last import's file) when
/// the English it was made from is unchanged. A given value still equal to the English is a
/// worksheet line sent back untranslated.
pub fn translated_ftl(
    code: &str,
    words: &[(MessageId, String)],
    given: &[&str],
    earlier: Option<&str>,
) -> Result<String, Worksheet> {
    let mut from_given: BTreeMap<String, String> = BTreeMap::new();
    for text in given {
        for (id, (value, _)) in messages(text) {
            from_given.insert(id, value);
        }
    }
    let from_earlier = earlier.map(messages).unwrap_or_default();
    let mut out = String::from(
        "# The local directory's words in this language, for `signpost directory import`.\n\
         # Above each message, the English it translates: the next import keeps a translation \
         only while its English is the same.\n\n",
    );
    let mut sheet = format!(
        "# Words for the local directory, to translate into \"{code}\".\n\
         # Replace the English after each \"=\" with the translation. Keep everything before \
         \"=\" as it is, and keep each message on one line.\n\
         # Then run the import again with: --translations {code}=THIS-FILE\n\n"
    );
    let mut missing = 0;
    for (id, english) in words {
        let translation = from_given
            .get(id.as_str())
            .filter(|t| *t != english)
            .or_else(|| {
                from_earlier
                    .get(id.as_str())
                    .filter(|(_, source)| source.as_deref() == Some(english.as_str()))
                    .map(|(t, _)| t)
            });
        match translation {
            Some(t) => out.push_str(&format!("# en-GB: {english}\n{id} = {}\n", fluent_value(t))),
            None => {
                missing += 1;
                sheet.push_str(&format!(
                    "# en-GB: {english}\n{id} = {}\n\n",
                    fluent_value(english)
                ));
            }
        }
    }
    if missing > 0 {
        Err(Worksheet {
            locale: code.to_owned(),
            missing,
            text: sheet,
        })
    } else {
        Ok(out)
    }
}

/// Each message's plain text, and the English noted above it: id -> (text, English). A
/// message using anything but text and literal braces is left out: the directory's words are
/// plain text.
fn messages(text: &str) -> BTreeMap<String, (String, Option<String>)> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let Some(pattern) = m.value else { continue };
        let mut value = String::new();
        let mut plain = true;
        for el in pattern.elements {
            match el {
                PatternElement::TextElement { value: v } => value.push_str(v),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value: v }),
                } => value.push_str(v),
                PatternElement::Placeable { .. } => plain = false,
            }
        }
        if !plain {
            continue;
        }
        let english = m.comment.and_then(|c| {
            c.content
                .iter()
                .find_map(|l| l.strip_prefix("en-GB: ").map(str::to_owned))
        });
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if !value.is_empty() {
            out.insert(m.id.name.to_owned(), (value, english));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Vec<(MessageId, String)> {
        vec![
            (MessageId::new("service-a"), "Help with {debts}.".to_owned()),
            (
                MessageId::new("hours-a"),
                "Monday to Friday, 9am to 5pm".to_owned(),
            ),
        ]
    }

    #[test]
    fn a_missing_translation_gives_a_worksheet_of_only_what_is_missing() {
        let given = "service-a = Help gyda {\"{\"}dyledion{\"}\"}.\n";
        let sheet = translated_ftl("cy", &words(), &[given], None).unwrap_err();
        assert_eq!(sheet.missing, 1);
        assert!(sheet
            .text
            .contains("hours-a = Monday to Friday, 9am to 5pm"));
        assert!(!sheet.text.contains("service-a ="));
    }

    #[test]
    fn translations_round_trip_and_are_reused_while_the_english_is_the_same() {
        let given = "service-a = Help gyda {\"{\"}dyledion{\"}\"}.\nhours-a = Dydd Llun i ddydd Gwener, 9am i 5pm\n";
        let file = translated_ftl("cy", &words(), &[given], None).unwrap();
        assert!(file.contains(
            "# en-GB: Help with {debts}.\nservice-a = Help gyda {\"{\"}dyledion{\"}\"}."
        ));
        // The next import, with nothing given, keeps them.
        assert_eq!(
            translated_ftl("cy", &words(), &[], Some(&file)),
            Ok(file.clone())
        );
        // A changed English needs translating again.
        let mut changed = words();
        changed[1].1 = "Monday to Thursday, 9am to 5pm".into();
        let sheet = translated_ftl("cy", &changed, &[], Some(&file)).unwrap_err();
        assert_eq!(sheet.missing, 1);
        assert!(sheet.text.contains("hours-a = Monday to Thursday"));
    }

    #[test]
    fn a_worksheet_sent_back_untranslated_is_still_missing() {
        let sheet = translated_ftl("cy", &words(), &[], None).unwrap_err();
        let again = translated_ftl("cy", &words(), &[&sheet.text], None).unwrap_err();
        assert_eq!(again.missing, 2);
    }
}
