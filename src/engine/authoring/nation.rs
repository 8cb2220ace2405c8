//! Steps that differ by nation. An entry of an outcome's `next_steps` or a guide's `today`,
//! `have_ready` or `steps` may be `{ "England": "step-x-england", "Wales": "step-x-wales" }`
//! instead of one message id. The loader keeps only the version for the nation in
//! `settings.json`, so everything after loading (plans, explanations, summaries, the app and
//! its compiled copy) sees plain message ids. The other versions are kept aside for the
//! checker, which needs them in every complete locale like any other message.

use crate::engine::error::ContentError;
use crate::engine::ids::MessageId;
use crate::engine::model::Settings;
use crate::engine::problem::{NationProblem, Problem};
use serde_json::Value;

/// The nations a copy may be used in when `settings.json` lists no `nations`: the product
/// serves councils in England and in Wales, so shipped steps must work in both.
pub const DEFAULT_NATIONS: [&str; 2] = ["England", "Wales"];

/// The names `nation`, `nations` and services' `service_area` use for the nations.
pub const KNOWN_NATIONS: [&str; 4] = ["England", "Wales", "Scotland", "Northern Ireland"];

/// The lists of message ids whose entries may be nation-specific, by kind of item.
pub const OUTCOME_LISTS: [&str; 1] = ["next_steps"];
pub const GUIDE_LISTS: [&str; 3] = ["today", "have_ready", "steps"];

/// The content files as a council in `nation` would set them: `settings.json` names that
/// nation. For scenarios written for one nation, whatever the shipped setting.
pub fn for_nation(
    files: &[crate::engine::files::SourceFile],
    nation: &str,
) -> Vec<crate::engine::files::SourceFile> {
    files
        .iter()
        .map(|f| {
            let mut f = f.clone();
            if f.path == "settings.json" {
                if let Ok(mut v) = serde_json::from_str::<Value>(&f.text) {
                    if let Some(map) = v.as_object_mut() {
                        map.insert("nation".into(), Value::String(nation.to_owned()));
                        f.text = v.to_string();
                    }
                }
            }
            f
        })
        .collect()
}

/// The nations `settings` says the content must serve.
pub fn nations(settings: Option<&Settings>) -> Vec<&str> {
    match settings {
        Some(s) if !s.nations.is_empty() => s.nations.iter().map(String::as_str).collect(),
        _ => DEFAULT_NATIONS.to_vec(),
    }
}

/// Problems with `nation` and `nations` in `settings.json`, as (setting, problem).
pub fn settings_problems(s: &Settings) -> Vec<(&'static str, Problem)> {
    let mut out = Vec::new();
    for n in s
        .nations
        .iter()
        .filter(|n| !KNOWN_NATIONS.contains(&n.as_str()))
    {
        out.push(("nations", Problem::NotANationListed { nation: n.clone() }));
    }
    let all = nations(Some(s));
    match s.nation.as_deref() {
        Some(n) if !KNOWN_NATIONS.contains(&n) => out.push((
            "nation",
            Problem::NotANation {
                nation: n.to_owned(),
            },
        )),
        Some(n) if !all.contains(&n) => out.push((
            "nation",
            Problem::NationNotWrittenFor {
                nation: n.to_owned(),
                nations: all.iter().map(|&a| a.to_owned()).collect(),
            },
        )),
        _ => {}
    }
    out
}

/// Resolves nation-specific entries as the loader reads each outcome and guide.
pub(crate) struct Resolver {
    /// The nation this copy is for; `None` when `settings.json` does not say (or is broken).
    here: Option<String>,
    nations: Vec<String>,
    settings_loaded: bool,
    /// Where the first nation-specific entry was met while `nation` is unset, to report once.
    unset_nation_needed_by: Option<String>,
    /// The versions for the other nations, with the id of the outcome or guide listing them.
    pub others: Vec<(MessageId, String)>,
}

impl Resolver {
    pub fn new(settings: Option<&Settings>) -> Self {
        Resolver {
            here: settings.and_then(|s| s.nation.clone()),
            nations: nations(settings).into_iter().map(str::to_owned).collect(),
            settings_loaded: settings.is_some(),
            unset_nation_needed_by: None,
            others: Vec::new(),
        }
    }

    /// Replaces each nation-specific entry of the `lists` of `item` (an outcome or a guide,
    /// `what` says which, in `file`) by this nation's message id, reporting entries that lack
    /// a nation the content must serve or name one it does not.
    pub fn resolve(
        &mut self,
        item: &mut Value,
        file: &str,
        what: &str,
        lists: &[&str],
        errors: &mut Vec<ContentError>,
    ) {
        let id = item
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_owned();
        let Some(map) = item.as_object_mut() else {
            return;
        };
        for &list in lists {
            let Some(Value::Array(entries)) = map.get_mut(list) else {
                continue;
            };
            let mut kept = Vec::with_capacity(entries.len());
            for (i, entry) in std::mem::take(entries).into_iter().enumerate() {
                let Value::Object(variants) = entry else {
                    // A plain id, or something the model reports as not a message id.
                    kept.push(entry);
                    continue;
                };
                let mut problem = |problem: NationProblem| {
                    errors.push(ContentError::Invalid {
                        file: file.to_owned(),
                        what: what.to_owned(),
                        id: id.clone(),
                        problem: problem.into(),
                    })
                };
                let (list, entry) = (list.to_owned(), i + 1);
                let mut chosen = None;
                for (nation, message) in &variants {
                    let Value::String(m) = message else {
                        problem(NationProblem::NotAMessageId {
                            list: list.clone(),
                            entry,
                            nation: nation.clone(),
                        });
                        continue;
                    };
                    if !self.nations.contains(nation) {
                        problem(NationProblem::NotWrittenFor {
                            list: list.clone(),
                            entry,
                            nation: nation.clone(),
                            nations: self.nations.clone(),
                        });
                    } else if Some(nation) == self.here.as_ref() {
                        chosen = Some(m.clone());
                    } else {
                        self.others.push((MessageId::new(m.clone()), id.clone()));
                    }
                }
                for n in self
                    .nations
                    .iter()
                    .filter(|n| !variants.contains_key(n.as_str()))
                {
                    problem(NationProblem::NoVersion {
                        list: list.clone(),
                        entry,
                        nation: n.clone(),
                        nations: self.nations.clone(),
                    });
                }
                match chosen {
                    Some(m) => kept.push(Value::String(m)),
                    // The settings' own problem is reported once, not for every entry.
                    None if self.here.is_none() && self.settings_loaded => {
                        self.unset_nation_needed_by
                            .get_or_insert_with(|| format!("{what} \"{id}\" in {file}"));
                    }
                    // Reported above, or by the settings checks; the step is left out.
                    None => {}
                }
            }
            *entries = kept;
        }
    }

    /// The problem left once every file is read: nation-specific steps with no `nation`.
    pub fn finish(self, errors: &mut Vec<ContentError>) -> Vec<(MessageId, String)> {
        if let Some(by) = self.unset_nation_needed_by {
            errors.push(ContentError::Invalid {
                file: "content/settings.json".into(),
                what: "settings".into(),
                id: "nation".into(),
                problem: NationProblem::Unset {
                    first: by,
                    nations: self.nations,
                }
                .into(),
            });
        }
        self.others
    }
}
