//! A locale read from its `.ftl` files: by the content loader for every language, and by the web
//! app for a language it fetches after start-up.

use crate::engine::error::ContentError;
use crate::engine::files::SourceFile;
use crate::engine::model::Locale;
use std::collections::btree_map::Entry;

/// One locale read from its `.ftl` files alone (paths relative to `content/`), as the content
/// loader reads them: for a language the web app fetches after start-up, without the rest of
/// the loader (whose JSON reading the app no longer needs: see [`crate::engine::compiled`]).
pub fn load_locale(code: &str, files: &[SourceFile]) -> (Locale, Vec<ContentError>) {
    let mut locale = Locale {
        code: code.to_owned(),
        ..Locale::default()
    };
    let mut errors = Vec::new();
    for f in files {
        add_ftl(
            &format!("content/{}", f.path),
            &f.text,
            &mut locale,
            &mut errors,
        );
    }
    (locale, errors)
}

pub fn add_ftl(file: &str, text: &str, locale: &mut Locale, errors: &mut Vec<ContentError>) {
    read_ftl(file, text, locale, errors);
    locale.draft |= text
        .lines()
        .any(|l| l.starts_with('#') && l.to_lowercase().contains("review status: draft"));
    locale.sources.push((file.to_owned(), text.to_owned()));
}

fn read_ftl(file: &str, text: &str, locale: &mut Locale, errors: &mut Vec<ContentError>) {
    let line_of = |pos: usize| text[..pos.min(text.len())].matches('\n').count() + 1;
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                errors.push(ContentError::Fluent {
                    file: file.to_owned(),
                    line: line_of(e.pos.start),
                    message: format!("{}", e.kind),
                });
            }
            r
        }
    };
    for entry in resource.body {
        let id = match entry {
            fluent_syntax::ast::Entry::Message(m) => m.id.name.to_owned(),
            fluent_syntax::ast::Entry::Term(t) => format!("-{}", t.id.name),
            _ => continue,
        };
        // One search of the map per message, not a lookup and then an insert.
        let taken = match locale.messages.entry(id) {
            Entry::Vacant(v) => {
                v.insert(file.to_owned());
                continue;
            }
            Entry::Occupied(o) => o,
        };
        let (id, first) = (taken.key(), taken.get());
        let pos = text
            .find(&format!("\n{id} ="))
            .map(|p| p + 1)
            .or_else(|| text.find(id.as_str()))
            .unwrap_or(0);
        errors.push(ContentError::Fluent {
            file: file.to_owned(),
            line: line_of(pos),
            message: format!("\"{id}\" is already defined in {first}"),
        });
    }
}

/// Message id -> plain text in the default locale, for tools and exports outside the app
/// (which has its Fluent translator); each placeable is written as `placeable`.
pub fn default_locale_texts(
    content: &crate::engine::model::Content,
    placeable: &str,
) -> std::collections::BTreeMap<String, String> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let code = content
        .settings
        .as_ref()
        .map_or("en-GB", |s| s.default_locale.as_str());
    let mut out = std::collections::BTreeMap::new();
    for locale in content.locales.iter().filter(|l| l.code == code) {
        for (_, text) in &locale.sources {
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let Entry::Message(m) = entry {
                    if let Some(p) = m.value {
                        let s: String = p
                            .elements
                            .iter()
                            .map(|e| match e {
                                PatternElement::TextElement { value } => *value,
                                PatternElement::Placeable { .. } => placeable,
                            })
                            .collect();
                        out.insert(m.id.name.to_owned(), s.trim().to_owned());
                    }
                }
            }
        }
    }
    out
}
