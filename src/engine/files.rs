//! A content file as the engine reads it, from disk (the authors' tools, the build script) or
//! embedded in the app. Its own module because loading and the version hash both read files,
//! and neither should depend on the other.

/// One content file: its path relative to `content/` (with `/`), and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}
