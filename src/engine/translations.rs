//! How complete each locale is, against the default locale: for `signpost translations`
//! and the report script.

use super::model::Content;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    pub locale: String,
    /// Messages in the default locale.
    pub total: usize,
    /// Of those, how many this locale has.
    pub translated: usize,
    pub missing: Vec<String>,
    pub draft: bool,
    /// Whether a missing message fails the check for this locale.
    pub must_be_complete: bool,
}

/// Coverage of every listed locale, in the order of `settings.locales`.
pub fn coverage(content: &Content) -> Vec<Coverage> {
    let Some(settings) = &content.settings else {
        return Vec::new();
    };
    let Some(reference) = content
        .locales
        .iter()
        .find(|l| l.code == settings.default_locale)
    else {
        return Vec::new();
    };
    settings
        .locales
        .iter()
        .map(|code| {
            let locale = content.locales.iter().find(|l| &l.code == code);
            let missing: Vec<String> = reference
                .messages
                .keys()
                .filter(|m| locale.is_none_or(|l| !l.messages.contains_key(*m)))
                .cloned()
                .collect();
            Coverage {
                locale: code.clone(),
                total: reference.messages.len(),
                translated: reference.messages.len() - missing.len(),
                missing,
                draft: locale.is_some_and(|l| l.draft),
                must_be_complete: settings.must_be_complete(code),
            }
        })
        .collect()
}

/// Message id -> plain text in the default locale, for tools and exports outside the app
/// (which has its Fluent translator); each placeable is written as `placeable`.
pub fn default_locale_texts(
    content: &super::model::Content,
    placeable: &str,
) -> std::collections::BTreeMap<String, String> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let code = content
        .settings
        .as_ref()
        .map_or("en-GB", |s| s.default_locale.as_str());
    let mut out = std::collections::BTreeMap::new();
    for locale in content.locales.iter().filter(|l| l.code == code) {
        for (_, text) in &locale.sources {
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let Entry::Message(m) = entry {
                    if let Some(p) = m.value {
                        let s: String = p
                            .elements
                            .iter()
                            .map(|e| match e {
                                PatternElement::TextElement { value } => *value,
                                PatternElement::Placeable { .. } => placeable,
                            })
                            .collect();
                        out.insert(m.id.name.to_owned(), s.trim().to_owned());
                    }
                }
            }
        }
    }
    out
}
