//! The content as the web app embeds it: loaded and validated by the build script, then
//! written as one compact JSON document that deserializes straight into [`Content`]. The app
//! starts without parsing every content file into a JSON tree, converting each item and
//! parsing its text files for message ids: that was its largest piece of start-up work.

use crate::engine::ids::ServiceId;
use crate::engine::model::Content;
use serde::{Deserialize, Serialize};

/// What the build writes. `examples` carries the services from directory files marked
/// `"example": true`, which a service itself does not serialize (authors set it per file).
#[derive(Serialize)]
struct CompiledRef<'a> {
    content: &'a Content,
    examples: Vec<&'a ServiceId>,
    errors: &'a [String],
}

#[derive(Deserialize)]
struct Compiled {
    content: Content,
    examples: Vec<ServiceId>,
    errors: Vec<String>,
}

/// The compiled form of `content`, with the loading errors (if any) it was built with.
pub fn to_json(content: &Content, errors: &[String]) -> String {
    let examples = content
        .services
        .iter()
        .filter(|s| s.example)
        .map(|s| &s.id)
        .collect();
    let compiled = CompiledRef {
        content,
        examples,
        errors,
    };
    serde_json::to_string(&compiled).expect("content serializes: plain data, string keys")
}

/// The content back from [`to_json`]; `Err` with the loading errors if it was built with any,
/// or a message if the text is not a compiled content document at all.
pub fn from_json(text: &str) -> Result<Content, String> {
    let compiled: Compiled = serde_json::from_str(text)
        .map_err(|e| format!("the embedded content cannot be read: {e}"))?;
    if !compiled.errors.is_empty() {
        return Err(compiled.errors.join("\n"));
    }
    let mut content = compiled.content;
    for s in content.services.iter_mut() {
        s.example = compiled.examples.contains(&s.id);
    }
    content.reindex();
    Ok(content)
}

// The round trip is checked on the shipped content, which only the authoring side can read.
#[cfg(all(test, feature = "authoring"))]
mod tests {
    use super::*;

    fn shipped() -> Content {
        crate::engine::authoring::load_and_validate(&crate::engine::authoring::shipped_files())
            .expect("the shipped content loads")
    }

    /// Everything the app reads survives the trip, the node index and the example marks too.
    #[test]
    fn the_compiled_content_is_the_loaded_content() {
        let content = shipped();
        assert!(
            content.services.iter().any(|s| s.example),
            "the shipped directory has example services"
        );
        let back = from_json(&to_json(&content, &[])).expect("reads back");
        assert_eq!(
            serde_json::to_value(&back).unwrap(),
            serde_json::to_value(&content).unwrap()
        );
        let flags = |c: &Content| {
            c.services
                .iter()
                .map(|s| (s.id.clone(), s.example))
                .collect::<Vec<_>>()
        };
        assert_eq!(flags(&back), flags(&content));
        assert_eq!(back.locales, content.locales);
        for n in &content.nodes {
            assert!(back.node(n.id()).is_some_and(|b| b.id() == n.id()));
        }
        assert_eq!(back.node_index, content.node_index);
    }

    #[test]
    fn loading_errors_are_carried_not_hidden() {
        let text = to_json(
            &Content::default(),
            &["content/tree/x.json: broken".to_owned()],
        );
        assert_eq!(from_json(&text).unwrap_err(), "content/tree/x.json: broken");
    }

    #[test]
    fn a_damaged_document_is_an_error_not_a_panic() {
        let text = to_json(&shipped(), &[]);
        let err = from_json(&text[..text.len() / 2]).unwrap_err();
        assert!(
            err.starts_with("the embedded content cannot be read"),
            "{err}"
        );
    }
}
