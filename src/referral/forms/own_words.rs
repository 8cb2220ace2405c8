//! The free-text pages: what matters most to the person, in their own words, and the
//! adviser's notes (adviser mode).

use super::{text, FormError, MAX_LONG};
use crate::engine::answer::{Answer, Answers};
use crate::engine::text::clean_typed;

pub const WHAT_MATTERS_FIELD: &str = "what-matters";

/// "What matters most to you right now?": optional, up to [`MAX_LONG`] characters.
pub fn parse_what_matters(value: &str) -> Result<String, Vec<FormError>> {
    let mut errors = Vec::new();
    let t = text(WHAT_MATTERS_FIELD, value, MAX_LONG, true, &mut errors);
    match t {
        Some(t) => Ok(t),
        None => Err(errors),
    }
}

// ---------------------------------------------------------------------------------------------
// Adviser's notes

pub const ADVISER_NOTES_FIELD: &str = "adviser-notes";
/// Longer than the person's own fields: an adviser may sum up a long conversation.
pub const MAX_NOTES: usize = 2000;

/// The adviser's notes (adviser mode): optional, up to [`MAX_NOTES`] characters.
pub fn parse_adviser_notes(value: &str) -> Result<String, Vec<FormError>> {
    let mut errors = Vec::new();
    match text(ADVISER_NOTES_FIELD, value, MAX_NOTES, true, &mut errors) {
        Some(t) => Ok(t),
        None => Err(errors),
    }
}

/// The person's answer to the tree's free-text question, to start "what matters" from.
pub fn tree_text(answers: &Answers, question: &str) -> Option<String> {
    answers
        .iter()
        .find(|(id, _)| id.as_str() == question)
        .and_then(|(_, a)| match a {
            Answer::Text(t) => Some(clean_typed(t, false).trim().to_owned()),
            _ => None,
        })
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::super::ids;
    use super::*;
    use crate::engine::NodeId;

    #[test]
    fn the_tree_answer_starts_what_matters() {
        let mut answers = Answers::new();
        assert_eq!(tree_text(&answers, "help-most"), None);
        answers.insert(
            NodeId::new("help-most"),
            Answer::Text(" Keep my home ".into()),
        );
        assert_eq!(
            tree_text(&answers, "help-most").as_deref(),
            Some("Keep my home")
        );
        assert_eq!(parse_what_matters("  "), Ok(String::new()));
        assert_eq!(
            ids(parse_what_matters(&"x".repeat(MAX_LONG + 1))),
            vec![(WHAT_MATTERS_FIELD, "error-text-too-long")]
        );
    }

    #[test]
    fn adviser_notes_are_optional_and_limited() {
        assert_eq!(
            parse_adviser_notes("  Seen at the hub  "),
            Ok("Seen at the hub".into())
        );
        assert_eq!(parse_adviser_notes(""), Ok(String::new()));
        assert_eq!(
            ids(parse_adviser_notes(&"x".repeat(MAX_NOTES + 1))),
            vec![(ADVISER_NOTES_FIELD, "error-text-too-long")]
        );
    }
}
