//! What each [`OpenError`] says to the member, as a Fluent id and its arguments
//! (`content/locales/*/open-referral.ftl`).

use super::{OpenError, MAX_BYTES};

/// Where the input came from: the messages name the file or the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entrance {
    File,
    Text,
}

impl OpenError {
    /// The message id and its arguments.
    pub fn message(&self, from: Entrance) -> (&'static str, Vec<(&'static str, String)>) {
        let file = from == Entrance::File;
        match self {
            OpenError::Empty if file => ("open-error-empty-file", vec![]),
            OpenError::Empty => ("open-error-no-text", vec![]),
            OpenError::TooLarge { .. } => (
                if file {
                    "open-error-too-large-file"
                } else {
                    "open-error-too-large-text"
                },
                vec![("size", format!("{} MB", MAX_BYTES / 1_000_000))],
            ),
            OpenError::NotText => ("open-error-not-text", vec![]),
            OpenError::NotJson { line, column } => (
                "open-error-not-json",
                vec![("line", line.to_string()), ("column", column.to_string())],
            ),
            OpenError::NotSignpost if file => ("open-error-not-signpost-file", vec![]),
            OpenError::NotSignpost => ("open-error-not-signpost-text", vec![]),
            OpenError::Newer { version } => {
                ("open-error-newer", vec![("version", version.clone())])
            }
            OpenError::BadVersion { version } => {
                ("open-error-bad-version", vec![("version", version.clone())])
            }
            OpenError::Field { field, problem } => (
                "open-error-field",
                vec![("field", field.clone()), ("problem", problem.clone())],
            ),
            OpenError::QrLine { line, text } => (
                "open-error-qr-line",
                vec![("line", line.to_string()), ("text", text.clone())],
            ),
            OpenError::QrValue { line, key, value } => (
                "open-error-qr-value",
                vec![
                    ("line", line.to_string()),
                    ("key", key.clone()),
                    ("value", value.clone()),
                ],
            ),
            OpenError::QrMissing { key } => ("open-error-qr-missing", vec![("key", key.clone())]),
        }
    }
}
