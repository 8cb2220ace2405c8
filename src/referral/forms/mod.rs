//! What a person types on the referral pages, checked and turned into [`ReferralDetails`]
//! data. Errors name the field they belong to (its element id) and a Fluent message
//! (`content/locales/*/referral.ftl`, or the shared money and length messages of `ui.ftl`),
//! so the app shows them GOV.UK-style in the person's language. This module holds what every
//! page shares (the error type, the length limits, cleaning typed text); each page's fields
//! and checks are in a submodule.
//!
//! [`ReferralDetails`]: crate::engine::referral::ReferralDetails

pub mod area;
pub mod consent;
pub mod contact;
pub mod debts;
pub mod money;
pub mod own_words;

use crate::engine::text::clean_typed;

/// The longest name kept.
pub const MAX_NAME: usize = 100;
/// The longest short answer kept (when to contact, language, who a debt is owed to).
pub const MAX_SHORT: usize = 200;
/// The longest free text kept (access needs, what matters most).
pub const MAX_LONG: usize = 1000;

/// A value a message interpolates as `$limit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Pence: the app writes it as the person's locale writes money.
    Money(i64),
    Chars(usize),
}

/// One problem with what was entered: the field (its element id) and the message to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormError {
    pub field: &'static str,
    pub message: &'static str,
    pub limit: Option<Limit>,
}

impl FormError {
    fn new(field: &'static str, message: &'static str) -> FormError {
        FormError {
            field,
            message,
            limit: None,
        }
    }
}

fn too_long(field: &'static str, max: usize) -> FormError {
    FormError {
        field,
        message: "error-text-too-long",
        limit: Some(Limit::Chars(max)),
    }
}

/// Cleaned (see [`clean_typed`]: line breaks kept only for a text area, `multiline`) and
/// trimmed text, or an error when it is longer than `max` characters.
fn text(
    field: &'static str,
    value: &str,
    max: usize,
    multiline: bool,
    errors: &mut Vec<FormError>,
) -> Option<String> {
    let cleaned = clean_typed(value, multiline);
    let t = cleaned.trim();
    if t.chars().count() > max {
        errors.push(too_long(field, max));
        return None;
    }
    Some(t.to_owned())
}

/// A yes/no radio group's value.
fn yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
fn content() -> crate::engine::Content {
    crate::content::embedded().expect("shipped content is valid")
}

/// The field and message of each error, for the tests to compare.
#[cfg(test)]
fn ids(r: Result<impl std::fmt::Debug, Vec<FormError>>) -> Vec<(&'static str, &'static str)> {
    r.expect_err("should fail")
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect()
}
