//! The authors' side of the engine, native only (the `authoring` feature): reading `content/`
//! from files, checking it, and the tools built on that (coverage, scenarios, translations).
//! Every check names the file and id, so a content mistake fails the build with a message an
//! author understands.

pub mod coverage;
pub mod directory_import;
pub mod load;
pub mod nation;
pub mod scenario;
pub mod sources;
pub mod translations;
pub mod validate;
pub mod version;

pub use load::{load, load_with_version};

use crate::engine::error::ContentErrors;
use crate::engine::files::SourceFile;
use crate::engine::model::Content;

/// Loads and validates: the content, or every problem found.
pub fn load_and_validate(files: &[SourceFile]) -> Result<Content, ContentErrors> {
    let (content, mut errors) = load::load(files);
    errors.extend(validate::validate(&content));
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(ContentErrors(errors))
    }
}

/// The shipped `content/` folder, read from disk: for the engine's own tests (the app's crate
/// embeds it instead).
#[cfg(test)]
pub(crate) fn shipped_files() -> Vec<SourceFile> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    load::read_dir(&root).expect("content/ is readable")
}
