//! Loading content from its files. The same code reads `content/` on disk (native tools,
//! the build script) and the copy embedded in the app. It keeps going after a problem so
//! that every problem is reported at once.

use crate::engine::authoring::nation::{Resolver, GUIDE_LISTS, OUTCOME_LISTS};
use crate::engine::authoring::version::VersionHasher;
use crate::engine::error::ContentError;
use crate::engine::locale::add_ftl;
use crate::engine::model::{
    Content, FlagDef, Guide, Leaflet, Locale, Node, Outcome, Question, Route, Service, Settings,
    StepSource,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeMap;

pub use crate::engine::files::SourceFile;

/// Reads every file into a [`Content`], with the problems met on the way.
/// Validation of the whole ([`crate::engine::authoring::validate::validate`]) comes after.
pub fn load(files: &[SourceFile]) -> (Content, Vec<ContentError>) {
    load_files(files, None)
}

/// [`load`] with the tree version already known: the web app's build hashes every content
/// file (the app embeds only some of them, so it could not hash them all itself), which also
/// spares the hashing at start-up.
pub fn load_with_version(files: &[SourceFile], version: &str) -> (Content, Vec<ContentError>) {
    load_files(files, Some(version))
}

fn load_files(files: &[SourceFile], known_version: Option<&str>) -> (Content, Vec<ContentError>) {
    let mut content = Content::default();
    // The tree version is hashed here, from the JSON parsed for loading, rather than by
    // `tree_version`, which would parse every file a second time.
    let mut version = known_version.is_none().then(VersionHasher::new);
    let mut errors = Vec::new();
    let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
    let mut sorted: Vec<&SourceFile> = files.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let mut settings_seen = false;

    // Every JSON file is parsed once, here: for the version and for whatever reads it.
    let mut parsed_files: Vec<(&SourceFile, Option<serde_json::Result<Value>>)> = sorted
        .into_iter()
        .map(|f| {
            let parsed = if f.path.ends_with(".json") {
                let parsed = serde_json::from_str::<Value>(&f.text);
                if let Some(v) = version.as_mut() {
                    v.json_file(f, parsed.as_ref().ok());
                }
                Some(parsed)
            } else {
                if let Some(v) = version.as_mut() {
                    v.text_file(f);
                }
                None
            };
            (f, parsed)
        })
        .collect();
    // Settings first: nation-specific steps in guides and outcomes are resolved as they are
    // read, for the nation it names (the version above is still hashed in path order).
    parsed_files.sort_by_key(|(f, _)| f.path != "settings.json");
    let mut nations: Option<Resolver> = None;

    for (f, parsed) in parsed_files {
        let file = format!("content/{}", f.path);
        let parts: Vec<&str> = f.path.split('/').collect();
        if !matches!(parts.as_slice(), ["settings.json"]) && nations.is_none() {
            nations = Some(Resolver::new(content.settings.as_ref()));
        }
        match (parts.as_slice(), parsed) {
            (["settings.json"], Some(parsed)) => {
                settings_seen = true;
                match parsed {
                    Err(e) => errors.push(json_error(&file, &f.text, e)),
                    Ok(mut v) => {
                        // Keys starting with _ are authors' comments, as in every content file.
                        if let Some(map) = v.as_object_mut() {
                            map.retain(|k, _| !k.starts_with('_'));
                        }
                        content.settings = typed::<Settings>(&file, ".", v, &mut errors);
                    }
                }
            }
            (["leaflet.json"], Some(parsed)) => match parsed {
                Err(e) => errors.push(json_error(&file, &f.text, e)),
                Ok(mut v) => {
                    if let Some(map) = v.as_object_mut() {
                        map.retain(|k, _| !k.starts_with('_'));
                    }
                    content.leaflet = typed::<Leaflet>(&file, ".", v, &mut errors);
                    content.origins.insert("leaflet".into(), file.clone());
                }
            },
            (["flags.json"], Some(parsed)) => {
                for (v, path) in list(&file, &f.text, parsed, "flags", &mut errors) {
                    if let Some(x) = typed::<FlagDef>(&file, &path, v, &mut errors) {
                        content.origins.insert(x.id.to_string(), file.clone());
                        content.flags.push(x);
                    }
                }
            }
            (["guidance.json"] | ["guides", _], Some(parsed)) => {
                for (mut v, path) in list(&file, &f.text, parsed, "guides", &mut errors) {
                    // The date a guide was checked comes from its steps' sources now; a
                    // date written here would only go stale beside them.
                    if v.get("last_reviewed").is_some() {
                        errors.push(ContentError::Json {
                            file: file.clone(),
                            path: format!("{path}.last_reviewed"),
                            message: "\"last_reviewed\" is worked out from the steps' sources \
                                      now (content/sources/); remove it, and update \"checked\" \
                                      there when you check a step"
                                .into(),
                        });
                        if let Some(map) = v.as_object_mut() {
                            map.remove("last_reviewed");
                        }
                    }
                    if let Some(r) = nations.as_mut() {
                        r.resolve(&mut v, &file, "guide", &GUIDE_LISTS, &mut errors);
                    }
                    if let Some(x) = typed::<Guide>(&file, &path, v, &mut errors) {
                        content.origins.insert(x.id.to_string(), file.clone());
                        content.guides.push(x);
                    }
                }
            }
            (["services.json"] | ["services", _], Some(parsed)) => {
                for (v, path) in list(&file, &f.text, parsed, "services", &mut errors) {
                    if let Some(x) = typed::<Service>(&file, &path, v, &mut errors) {
                        content.origins.insert(x.id.to_string(), file.clone());
                        content.services.push(x);
                    }
                }
            }
            (["sources", _], Some(parsed)) => {
                for (v, path) in list(&file, &f.text, parsed, "steps", &mut errors) {
                    if let Some(x) = typed::<StepSource>(&file, &path, v, &mut errors) {
                        content.source_files.push(file.clone());
                        content.sources.push(x);
                    }
                }
            }
            // The consortium's members: a council swaps these files for its own.
            (["directory", _], Some(mut parsed)) => {
                let example = take_example_marker(&file, &mut parsed, &mut errors);
                for (v, path) in list(&file, &f.text, parsed, "services", &mut errors) {
                    if let Some(mut x) = typed::<Service>(&file, &path, v, &mut errors) {
                        x.example = example;
                        content.origins.insert(x.id.to_string(), file.clone());
                        content.services.push(x);
                    }
                }
            }
            (["tree", _], Some(parsed)) => {
                for (v, path) in list(&file, &f.text, parsed, "nodes", &mut errors) {
                    if let Some(node) = node(&file, &path, v, nations.as_mut(), &mut errors) {
                        // A duplicate keeps its first origin; validation reports both files.
                        let id = node.id().to_string();
                        content.origins.entry(id).or_insert_with(|| file.clone());
                        content.node_files.push(file.clone());
                        content.nodes.push(node);
                    }
                }
            }
            (["locales", code, name], None) if name.ends_with(".ftl") => {
                let locale = locales.entry((*code).to_owned()).or_insert_with(|| Locale {
                    code: (*code).to_owned(),
                    ..Locale::default()
                });
                add_ftl(&file, &f.text, locale, &mut errors);
            }
            _ if f.path.ends_with(".json") || f.path.ends_with(".ftl") => {
                errors.push(ContentError::UnknownFile { file });
            }
            // READMEs and other notes for authors.
            _ => {}
        }
    }
    if !settings_seen {
        errors.push(ContentError::MissingFile {
            file: "content/settings.json".into(),
            message: "it names the start node, the locales and the bank holidays".into(),
        });
    }
    if let Some(r) = nations {
        content.other_nation_steps = r.finish(&mut errors);
    }
    content.version = match (version, known_version) {
        (Some(v), _) => v.finish(),
        (None, known) => known.unwrap_or_default().to_owned(),
    };
    content.locales = locales.into_values().collect();
    crate::engine::authoring::sources::date_guides(&mut content);
    content.reindex();
    (content, errors)
}

fn json_error(file: &str, text: &str, e: serde_json::Error) -> ContentError {
    let _ = text;
    ContentError::Json {
        file: file.to_owned(),
        path: format!("line {} column {}", e.line(), e.column()),
        message: e.to_string(),
    }
}

/// The items of the array under `key` in a parsed file, each with its JSON path.
fn list(
    file: &str,
    text: &str,
    parsed: serde_json::Result<Value>,
    key: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<(Value, String)> {
    let value: Value = match parsed {
        Ok(v) => v,
        Err(e) => {
            errors.push(json_error(file, text, e));
            return vec![];
        }
    };
    let Value::Object(mut map) = value else {
        errors.push(ContentError::Json {
            file: file.to_owned(),
            path: ".".into(),
            message: format!("expected an object with \"{key}\": [ … ]"),
        });
        return vec![];
    };
    for k in map.keys() {
        if k != key && !k.starts_with('_') {
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path: k.clone(),
                message: format!("unknown key \"{k}\"; this file has \"{key}\" (keys starting with _ are comments)"),
            });
        }
    }
    match map.remove(key) {
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let label = match v.get("id").and_then(Value::as_str) {
                    Some(id) => format!("{key}[{i}] (id \"{id}\")"),
                    None => format!("{key}[{i}]"),
                };
                (v, label)
            })
            .collect(),
        Some(_) => {
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path: key.to_owned(),
                message: "expected a list [ … ]".into(),
            });
            vec![]
        }
        None => {
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path: ".".into(),
                message: format!("missing \"{key}\": [ … ]"),
            });
            vec![]
        }
    }
}

/// A directory file may say `"example": true` at the top: its services are made up. Takes
/// that marker out of the parsed file, which then goes to [`list`].
fn take_example_marker(
    file: &str,
    parsed: &mut serde_json::Result<Value>,
    errors: &mut Vec<ContentError>,
) -> bool {
    let Ok(Value::Object(map)) = parsed else {
        // `list` reports the broken JSON.
        return false;
    };
    match map.remove("example") {
        None => false,
        Some(Value::Bool(b)) => b,
        Some(_) => {
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path: "example".into(),
                message: "expected true or false".into(),
            });
            false
        }
    }
}

fn typed<T: DeserializeOwned>(
    file: &str,
    at: &str,
    v: Value,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    // Tracking the path costs an allocation per key, so it is only done to explain a failure:
    // the plain pass accepts exactly what the tracked one does (the same value, the same
    // serde impls), and on failure the tracked pass finds the same error, with its path.
    if let Ok(x) = T::deserialize(&v) {
        return Some(x);
    }
    match serde_path_to_error::deserialize::<_, T>(v) {
        Ok(x) => Some(x),
        Err(e) => {
            let inner_path = e.path().to_string();
            let path = match (at, inner_path.as_str()) {
                (at, ".") => at.to_owned(),
                (".", inner) => inner.to_owned(),
                (at, inner) => format!("{at}.{inner}"),
            };
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path,
                message: strip_position(e.inner()),
            });
            None
        }
    }
}

/// Nodes are read by kind so that a mistake deep inside one has its full JSON path
/// (serde's internally tagged enums would lose it).
fn node(
    file: &str,
    at: &str,
    mut v: Value,
    nations: Option<&mut Resolver>,
    errors: &mut Vec<ContentError>,
) -> Option<Node> {
    let kind = match v.as_object_mut().map(|m| m.remove("kind")) {
        Some(Some(Value::String(k))) => k,
        _ => {
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path: at.to_owned(),
                message: "every node needs \"kind\": \"question\", \"route\" or \"outcome\"".into(),
            });
            return None;
        }
    };
    match kind.as_str() {
        "question" => typed::<Question>(file, at, v, errors).map(Node::Question),
        "route" => typed::<Route>(file, at, v, errors).map(Node::Route),
        "outcome" => {
            if let Some(r) = nations {
                r.resolve(&mut v, file, "outcome", &OUTCOME_LISTS, errors);
            }
            typed::<Outcome>(file, at, v, errors).map(Node::Outcome)
        }
        other => {
            errors.push(ContentError::Json {
                file: file.to_owned(),
                path: format!("{at}.kind"),
                message: format!(
                    "unknown kind \"{other}\"; use \"question\", \"route\" or \"outcome\""
                ),
            });
            None
        }
    }
}

fn strip_position(e: &serde_json::Error) -> String {
    // From a Value there is no line/column; the message alone reads better.
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Reads every `.json` and `.ftl` file under `root` (native tools and the build script).
pub fn read_dir(root: &std::path::Path) -> std::io::Result<Vec<SourceFile>> {
    fn walk(
        root: &std::path::Path,
        dir: &std::path::Path,
        out: &mut Vec<SourceFile>,
    ) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out)?;
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("json" | "ftl")) {
                let rel = p.strip_prefix(root).unwrap_or(&p);
                let path = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push(SourceFile {
                    path,
                    text: std::fs::read_to_string(&p)?,
                });
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(settings: &str) -> Vec<SourceFile> {
        vec![SourceFile {
            path: "settings.json".into(),
            text: settings.into(),
        }]
    }

    /// The web app reads a fetched language with `load_locale`: the same locale as the whole
    /// loader makes of those files, for every shipped language.
    #[test]
    fn a_locale_alone_reads_as_the_loader_reads_it() {
        let all = crate::engine::authoring::shipped_files();
        let (content, errors) = load(&all);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(content.locales.len() > 1);
        for expected in &content.locales {
            let prefix = format!("locales/{}/", expected.code);
            let mine: Vec<SourceFile> = all
                .iter()
                .filter(|f| f.path.starts_with(&prefix))
                .cloned()
                .collect();
            let (alone, errors) = crate::engine::locale::load_locale(&expected.code, &mine);
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(&alone, expected, "{}", expected.code);
        }
    }

    #[test]
    fn settings_allow_comment_keys() {
        let (c, errors) = load(&files(
            r#"{"_comment": "for authors", "start": "a", "default_locale": "en-GB", "locales": ["en-GB"]}"#,
        ));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(c.start().map(|s| s.as_str()), Some("a"));
    }

    #[test]
    fn broken_settings_are_reported_as_broken_not_missing() {
        let (_, errors) = load(&files(
            r#"{"start": "a", "default_locale": "en-GB", "locales": "en-GB"}"#,
        ));
        assert_eq!(errors.len(), 1, "{errors:?}");
        let msg = errors[0].to_string();
        assert!(
            msg.starts_with("content/settings.json: at locales:"),
            "{msg}"
        );
        let (_, errors) = load(&[]);
        assert!(errors[0].to_string().contains("missing"), "{errors:?}");
    }
}
