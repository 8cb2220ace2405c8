//! How complete each locale is, against the default locale: for `signpost translations`
//! and the report script.

use crate::engine::model::Content;
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
