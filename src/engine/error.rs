//! Problems with content, each naming the file and what in it is wrong.

use crate::engine::problem::Problem;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// The file is not valid JSON, or does not fit the format.
    #[error("{file}: at {path}: {message}")]
    Json {
        file: String,
        path: String,
        message: String,
    },
    /// A Fluent file does not parse, or defines a message twice.
    #[error("{file}: line {line}: {message}")]
    Fluent {
        file: String,
        line: usize,
        message: String,
    },
    /// A file the content format does not know.
    #[error(
        "{file}: not part of the content format (see content/README.md for the files it reads)"
    )]
    UnknownFile { file: String },
    /// A required file is not there.
    #[error("{file}: missing: {message}")]
    MissingFile { file: String, message: String },
    /// A validation problem: the file and id of the thing that is wrong.
    #[error("{file}: {what} \"{id}\": {problem}")]
    Invalid {
        file: String,
        what: String,
        id: String,
        problem: Problem,
    },
}

impl ContentError {
    /// The validation problem, for an [`ContentError::Invalid`].
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ContentError::Invalid { problem, .. } => Some(problem),
            _ => None,
        }
    }
}

/// Every problem found, reported together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(
            f,
            "{n} problem{} in the content:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.0 {
            writeln!(f, "  - {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}
