//! A small content set as JSON values, turned into files on demand: the shared test-content
//! builder. Each test starts from a minimal valid set (settings, a tree, the locales) and
//! changes what it is about. Locale files are generated from the messages the content
//! refers to and the interface's own, so tests can change the tree freely.

use serde_json::{json, Value};
use signpost::engine::messages::UI_MESSAGES;
use signpost::engine::{load, load_and_validate, Content, ContentError, SourceFile};
use std::collections::BTreeSet;

pub struct ContentBuilder {
    pub settings: Value,
    /// content/flags.json.
    pub flags: Value,
    /// content/guidance.json, content/services.json and content/sources/all.json, when
    /// there are any.
    pub guides: Option<Value>,
    pub services: Option<Value>,
    pub sources: Option<Value>,
    /// (file name under tree/, nodes)
    pub trees: Vec<(String, Vec<Value>)>,
    /// Locale folders to generate.
    pub locales: Vec<String>,
    /// (locale, message) left out of the generated files.
    pub omit: Vec<(String, String)>,
    /// (locale, message) added to the generated content.ftl.
    pub extra: Vec<(String, String)>,
}

impl ContentBuilder {
    /// One tree file (`tree/nodes.json`) starting at `start`, no flags, en-GB only.
    pub fn new(start: &str, nodes: Vec<Value>) -> Self {
        ContentBuilder {
            settings: json!({"start": start, "default_locale": "en-GB", "locales": ["en-GB"]}),
            flags: json!({ "flags": [] }),
            guides: None,
            services: None,
            sources: None,
            trees: vec![("nodes.json".into(), nodes)],
            locales: vec!["en-GB".into()],
            omit: vec![],
            extra: vec![],
        }
    }

    /// These flags, each a "need" labelled `flag-{id}`.
    pub fn need_flags(mut self, ids: &[&str]) -> Self {
        let flags: Vec<Value> = ids
            .iter()
            .map(|f| json!({"id": f, "kind": "need", "label": format!("flag-{f}")}))
            .collect();
        self.flags = json!({ "flags": flags });
        self
    }

    /// The node with this id (the first, if there are several).
    pub fn node(&mut self, id: &str) -> &mut Value {
        self.trees
            .iter_mut()
            .flat_map(|(_, nodes)| nodes.iter_mut())
            .find(|n| n["id"] == id)
            .unwrap_or_else(|| panic!("no node {id} in the fixture"))
    }

    pub fn remove_node(&mut self, id: &str) {
        for (_, nodes) in &mut self.trees {
            nodes.retain(|n| n["id"] != id);
        }
    }

    pub fn push_node(&mut self, file: &str, node: Value) {
        match self.trees.iter_mut().find(|(f, _)| f == file) {
            Some((_, nodes)) => nodes.push(node),
            None => self.trees.push((file.into(), vec![node])),
        }
    }

    /// Gives every step of every guide and outcome a source (checked on `checked`), as
    /// shipped content must.
    pub fn cite_every_step(&mut self, checked: &str, title: &str) {
        self.sources = None;
        let (loaded, _) = load(&self.files());
        let steps: Vec<Value> = signpost::engine::authoring::sources::steps(&loaded)
            .into_iter()
            .map(|n| json!({"step": n.step.as_str(), "checked": checked, "sources": [{"title": title}]}))
            .collect();
        self.sources = Some(json!({ "steps": steps }));
    }

    pub fn files(&self) -> Vec<SourceFile> {
        let mut files = vec![
            json_file("settings.json", &self.settings),
            json_file("flags.json", &self.flags),
        ];
        let optional = [
            ("guidance.json", &self.guides),
            ("services.json", &self.services),
            ("sources/all.json", &self.sources),
        ];
        for (path, v) in optional {
            if let Some(v) = v {
                files.push(json_file(path, v));
            }
        }
        for (name, nodes) in &self.trees {
            files.push(json_file(
                &format!("tree/{name}"),
                &json!({ "nodes": nodes }),
            ));
        }
        // Every message the content refers to, from the content itself.
        let (content, _) = load(&files);
        let used: BTreeSet<String> = content
            .referenced_messages()
            .into_iter()
            .map(|(m, _)| m.to_string())
            .collect();
        for code in &self.locales {
            let keep = |m: &str| !self.omit.iter().any(|(c, o)| c == code && o == m);
            let extra = self.extra.iter().filter(|(c, _)| c == code);
            let text = used
                .iter()
                .map(String::as_str)
                .filter(|m| keep(m))
                .chain(extra.map(|(_, m)| m.as_str()))
                .map(words)
                .collect();
            let ui = UI_MESSAGES
                .iter()
                .filter(|m| keep(m))
                .map(|m| words(m))
                .collect();
            files.push(SourceFile {
                path: format!("locales/{code}/content.ftl"),
                text,
            });
            files.push(SourceFile {
                path: format!("locales/{code}/ui.ftl"),
                text: ui,
            });
        }
        files
    }

    /// The content as loaded, with the loader's problems (before validation).
    pub fn load(&self) -> (Content, Vec<ContentError>) {
        load(&self.files())
    }

    /// The content, which must be valid.
    pub fn valid(&self) -> Content {
        load_and_validate(&self.files())
            .unwrap_or_else(|e| panic!("the fixture is not valid content:\n{e}"))
    }
}

/// A JSON file of the content.
pub fn json_file(path: &str, v: &Value) -> SourceFile {
    SourceFile {
        path: path.into(),
        text: serde_json::to_string_pretty(v).unwrap(),
    }
}

/// The line of a .ftl file for message `m`.
fn words(m: &str) -> String {
    format!("{m} = Words for {m}\n")
}

/// An outcome `id` of this tier, titled `o-{id}` with the summary `o-{id}-summary`.
pub fn outcome(id: &str, tier: &str) -> Value {
    json!({"kind": "outcome", "id": id, "tier": tier, "title": format!("o-{id}"),
           "summary": format!("o-{id}-summary")})
}
