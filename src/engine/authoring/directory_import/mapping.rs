//! The mapping file: what the export cannot say. Which organisations are the consortium's
//! members, and as what; and which of Signpost's needs each taxonomy term means.
//!
//! ```json
//! {
//!   "_comment": "Who keeps this file up to date, and when it was last checked.",
//!   "members": { "Kernow Debt Advice": "full", "St Piran Food Share": "affiliate" },
//!   "needs": { "Debt advice": ["priority-debt", "non-priority-debt"] }
//! }
//! ```
//!
//! A member is named by its organisation's name or id in the export, a term by its name, code
//! or id; case and spaces around do not matter.

use crate::engine::ids::FlagId;
use crate::engine::model::{Content, FlagKind, Membership};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct Mapping {
    pub members: BTreeMap<String, Membership>,
    pub needs: BTreeMap<String, Vec<FlagId>>,
    /// `_comment` and other notes for people; any other key is a mistake.
    #[serde(flatten)]
    other: BTreeMap<String, Value>,
}

/// How names are compared: case and spacing do not matter.
pub fn key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Mapping {
    /// The mapping, or every reason it cannot be used, in words for its author. Needs must
    /// be flags of the content whose kind is need or risk: the directory takes only those.
    pub fn read(text: &str, content: &Content) -> Result<Mapping, Vec<String>> {
        let de = &mut serde_json::Deserializer::from_str(text);
        let m: Mapping = serde_path_to_error::deserialize(de).map_err(|e| {
            let at = e.path().to_string();
            let inner = e.into_inner();
            let where_ = if at == "." || at.is_empty() {
                String::new()
            } else {
                format!(" at {at}")
            };
            vec![format!(
                "line {}{where_}: {}",
                inner.line(),
                strip_position(&inner.to_string())
            )]
        })?;
        let mut problems = Vec::new();
        for k in m.other.keys().filter(|k| !k.starts_with('_')) {
            problems.push(format!(
                "\"{k}\" is not a key of the mapping: use \"members\" and \"needs\" (a key \
                 starting with _ is a note)"
            ));
        }
        for (term, flags) in &m.needs {
            if flags.is_empty() {
                problems.push(format!("needs: \"{term}\" lists no needs"));
            }
            for f in flags {
                match content.flag(f).map(|d| d.kind) {
                    Some(FlagKind::Need | FlagKind::Risk) => {}
                    Some(_) => problems.push(format!(
                        "needs: \"{term}\" lists \"{f}\", which is a circumstance, not a need: \
                         use the needs and risks in content/directory/README.md"
                    )),
                    None => problems.push(format!(
                        "needs: \"{term}\" lists \"{f}\", which is not a flag in \
                         content/flags.json"
                    )),
                }
            }
        }
        if problems.is_empty() {
            Ok(m)
        } else {
            Err(problems)
        }
    }

    /// The membership of an organisation, by its name or id.
    pub fn membership(&self, name: &str, id: &str) -> Option<Membership> {
        self.members
            .iter()
            .find(|(k, _)| {
                let k = key(k);
                k == key(name) || (!id.is_empty() && k == key(id))
            })
            .map(|(_, m)| *m)
    }

    /// The needs a term means, if the mapping names it by its name, code or id.
    pub fn needs_of(&self, name: &str, code: &str, id: &str) -> Option<&[FlagId]> {
        let wanted: Vec<String> = [name, code, id]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| key(s))
            .collect();
        self.needs
            .iter()
            .find(|(k, _)| wanted.contains(&key(k)))
            .map(|(_, f)| f.as_slice())
    }
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}
