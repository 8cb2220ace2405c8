//! The content as the web app embeds it: loaded and validated by the build script, then
//! written as one compact JSON document that deserializes straight into [`Content`]. The app
//! starts without parsing every content file into a JSON tree, converting each item and
//! parsing its text files for message ids: that was its largest piece of start-up work.
//!
//! What only authors read stays out of the download: the `.ftl` comments (sources and notes
//! for translators: a quarter of the text) are dropped, and the index of which file defines
//! each message, 86 KB of JSON, is rebuilt on start by a scan of the lines instead.

use crate::engine::ids::ServiceId;
use crate::engine::model::{
    Content, FlagDef, Guide, Leaflet, Locale, Node, Outcome, Question, Route, Service, Settings,
    StepSource,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the build writes. `examples` carries the services from directory files marked
/// `"example": true`, which a service itself does not serialize (authors set it per file).
#[derive(Serialize)]
struct CompiledRef<'a> {
    content: ContentOut<'a>,
    examples: Vec<&'a ServiceId>,
    errors: &'a [String],
}

#[derive(Deserialize)]
struct Compiled {
    content: ContentIn,
    examples: Vec<ServiceId>,
    errors: Vec<String>,
}

/// The content's fields the app reads, as the build writes them: nodes tagged from outside
/// (`{"Question": {…}}`). The authors' files name a node's kind inside it (`"kind":
/// "question"`), and reading that form makes serde buffer each node and read it a second time
/// through its own deserializer, every type a node contains included: about 40 KB of wasm
/// the app does not need for content the build has already checked.
#[derive(Serialize)]
struct ContentOut<'a> {
    settings: &'a Option<Settings>,
    nodes: Vec<NodeOut<'a>>,
    flags: &'a [FlagDef],
    guides: &'a [Guide],
    services: &'a [Service],
    locales: &'a [Locale],
    #[serde(skip_serializing_if = "Option::is_none")]
    leaflet: &'a Option<Leaflet>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [StepSource],
    version: &'a str,
}

#[derive(Deserialize)]
struct ContentIn {
    settings: Option<Settings>,
    nodes: Vec<NodeIn>,
    flags: Vec<FlagDef>,
    guides: Vec<Guide>,
    services: Vec<Service>,
    locales: Vec<Locale>,
    #[serde(default)]
    leaflet: Option<Leaflet>,
    #[serde(default)]
    sources: Vec<StepSource>,
    version: String,
}

#[derive(Serialize)]
enum NodeOut<'a> {
    Question(&'a Question),
    Route(&'a Route),
    Outcome(&'a Outcome),
}

#[derive(Deserialize)]
enum NodeIn {
    Question(Question),
    Route(Route),
    Outcome(Outcome),
}

/// The compiled form of `content`, with the loading errors (if any) it was built with.
pub fn to_json(content: &Content, errors: &[String]) -> String {
    let mut locales = content.locales.clone();
    for locale in &mut locales {
        locale.messages.clear();
        for (_, text) in &mut locale.sources {
            *text = without_comments(text);
        }
    }
    let examples = content
        .services
        .iter()
        .filter(|s| s.example)
        .map(|s| &s.id)
        .collect();
    let nodes = content
        .nodes
        .iter()
        .map(|n| match n {
            Node::Question(q) => NodeOut::Question(q),
            Node::Route(r) => NodeOut::Route(r),
            Node::Outcome(o) => NodeOut::Outcome(o),
        })
        .collect();
    let compiled = CompiledRef {
        content: ContentOut {
            settings: &content.settings,
            nodes,
            flags: &content.flags,
            guides: &content.guides,
            services: &content.services,
            locales: &locales,
            leaflet: &content.leaflet,
            sources: &content.sources,
            version: &content.version,
        },
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
    let c = compiled.content;
    let mut content = Content {
        settings: c.settings,
        nodes: c
            .nodes
            .into_iter()
            .map(|n| match n {
                NodeIn::Question(q) => Node::Question(q),
                NodeIn::Route(r) => Node::Route(r),
                NodeIn::Outcome(o) => Node::Outcome(o),
            })
            .collect(),
        flags: c.flags,
        guides: c.guides,
        services: c.services,
        locales: c.locales,
        leaflet: c.leaflet,
        sources: c.sources,
        version: c.version,
        ..Content::default()
    };
    for s in content.services.iter_mut() {
        s.example = compiled.examples.contains(&s.id);
    }
    for locale in &mut content.locales {
        locale.messages = message_files(&locale.sources);
    }
    content.reindex();
    Ok(content)
}

/// `text` without its comment lines. In Fluent a line that starts with `#` is always a
/// comment: a value's continuation lines are indented.
fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| [l, "\n"])
        .collect()
}

/// Message (and `-term`) id -> the file that defines it, read from the entries' first lines,
/// which start at the line's first column (`id =`); everything else there is a comment or a
/// blank line, since the build validated the files with the Fluent parser.
fn message_files(sources: &[(String, String)]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, text) in sources {
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let name = id.strip_prefix('-').unwrap_or(id);
            let is_id = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id {
                out.entry(id.to_owned()).or_insert_with(|| file.clone());
            }
        }
    }
    out
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
        let without_locales = |c: &Content| {
            let mut v = serde_json::to_value(c).unwrap();
            v.as_object_mut().unwrap().remove("locales");
            v
        };
        assert_eq!(without_locales(&back), without_locales(&content));
        let flags = |c: &Content| {
            c.services
                .iter()
                .map(|s| (s.id.clone(), s.example))
                .collect::<Vec<_>>()
        };
        assert_eq!(flags(&back), flags(&content));
        // The text as the app has it: without comments, with every message still indexed to
        // the file the parser found it in.
        for (b, c) in back.locales.iter().zip(&content.locales) {
            assert_eq!(b.messages, c.messages, "{}", c.code);
            assert_eq!(b.draft, c.draft);
            let texts = |l: &crate::engine::model::Locale| {
                l.sources
                    .iter()
                    .map(|(f, t)| (f.clone(), without_comments(t)))
                    .collect::<Vec<_>>()
            };
            assert_eq!(texts(b), texts(c));
            assert!(b
                .sources
                .iter()
                .all(|(_, t)| !t.lines().any(|l| l.starts_with('#'))));
        }
        assert_eq!(back.locales.len(), content.locales.len());
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
