//! Resolving Fluent message ids to text in the person's language, through i18n-embed.
//! A message missing from a locale falls back to the default locale for that message only.

use crate::engine::Content;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use std::borrow::Cow;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// The Fluent domain: each locale's files are served as `<locale>/signpost.ftl`.
const DOMAIN: &str = "signpost";

/// Serves every `.ftl` file of a locale, from the loaded content, as that locale's assets.
struct ContentAssets<'a> {
    content: &'a Content,
}

impl I18nAssets for ContentAssets<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some((code, _)) = file_path.split_once('/') else {
            return Vec::new();
        };
        self.content
            .locales
            .iter()
            .filter(|l| l.code == code)
            .flat_map(|l| {
                l.sources
                    .iter()
                    .map(|(_, text)| Cow::Borrowed(text.as_bytes()))
            })
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(
            self.content
                .locales
                .iter()
                .map(|l| format!("{}/{DOMAIN}.ftl", l.code)),
        )
    }
}

/// Text for one locale.
pub struct Translator {
    loader: FluentLanguageLoader,
    locale: String,
    /// The messages the locale itself defines: any other is shown from the default locale.
    own: std::collections::BTreeSet<String>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Translator {
    /// A translator for `locale`, falling back to the content's default locale. An unknown
    /// or malformed locale gives the default locale.
    pub fn new(content: &Content, locale: &str) -> Translator {
        let default = content
            .settings
            .as_ref()
            .map(|s| s.default_locale.clone())
            .unwrap_or_else(|| "en-GB".to_owned());
        let fallback: LanguageIdentifier = default.parse().unwrap_or_default();
        let wanted: LanguageIdentifier = if content.locales.iter().any(|l| l.code == locale) {
            locale.parse().unwrap_or_else(|_| fallback.clone())
        } else {
            fallback.clone()
        };
        let loader = FluentLanguageLoader::new(DOMAIN, fallback);
        let assets = ContentAssets { content };
        if let Err(e) = loader.load_languages(&assets, std::slice::from_ref(&wanted)) {
            log::error!("cannot load locale {wanted}: {e}");
        }
        // Isolation marks (U+2068/U+2069) around values confuse copy-paste and tests; our
        // interpolated values are dates, amounts and numbers, which need no bidi isolation.
        // (It applies to the bundles loaded, so it comes after loading.)
        loader.set_use_isolating(false);
        let code = wanted.to_string();
        let own = content
            .locales
            .iter()
            .find(|l| l.code == code)
            .map(|l| l.messages.keys().cloned().collect())
            .unwrap_or_default();
        Translator {
            loader,
            locale: code,
            own,
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Whether any loaded locale defines the message.
    pub fn has(&self, id: &str) -> bool {
        self.loader.has(id)
    }

    /// Whether this message is shown from the default locale because this locale lacks it
    /// (adviser mode marks such text).
    pub fn is_fallback(&self, id: &str) -> bool {
        !self.own.contains(id) && self.has(id)
    }

    /// The text of a message. A message missing everywhere shows its id, never a panic.
    pub fn text(&self, id: &str) -> String {
        if self.loader.has(id) {
            self.loader.get(id)
        } else {
            format!("[{id}]")
        }
    }

    /// The text of a message with `$name` variables filled in.
    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        if !self.loader.has(id) {
            return format!("[{id}]");
        }
        let map: HashMap<&str, String> = args.iter().cloned().collect();
        self.loader.get_args(id, map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{load, SourceFile};

    fn content(files: &[(&str, &str)]) -> Content {
        let files: Vec<SourceFile> = files
            .iter()
            .map(|(p, t)| SourceFile {
                path: (*p).into(),
                text: (*t).into(),
            })
            .collect();
        load(&files).0
    }

    #[test]
    fn resolves_across_files_and_falls_back_per_message() {
        let c = content(&[
            (
                "settings.json",
                r#"{"start":"a","default_locale":"en-GB","locales":["en-GB","cy"]}"#,
            ),
            ("locales/en-GB/a.ftl", "hello = Hello\nbye = Goodbye\n"),
            ("locales/en-GB/b.ftl", "owe = You owe { $amount }\n"),
            ("locales/cy/a.ftl", "hello = Helo\n"),
        ]);
        let en = Translator::new(&c, "en-GB");
        assert_eq!(en.text("hello"), "Hello");
        assert_eq!(
            en.text_with("owe", &[("amount", "£5".into())]),
            "You owe £5"
        );
        let cy = Translator::new(&c, "cy");
        assert_eq!(cy.locale(), "cy");
        assert_eq!(cy.text("hello"), "Helo");
        assert_eq!(cy.text("bye"), "Goodbye");
        assert!(cy.is_fallback("bye"));
        assert!(!cy.is_fallback("hello"));
        assert!(!cy.is_fallback("nothing"));
        assert!(!en.is_fallback("bye"));
        assert_eq!(cy.text("nothing"), "[nothing]");
        assert_eq!(Translator::new(&c, "xx").locale(), "en-GB");
    }

    #[test]
    fn every_interface_message_resolves_in_the_shipped_content() {
        let c = crate::content::embedded().expect("shipped content is valid");
        let t = Translator::new(&c, "en-GB");
        for id in crate::engine::messages::UI_MESSAGES {
            assert!(t.has(id), "ui message {id} is missing");
            assert!(!t.text(id).contains('['), "{id}");
        }
    }

    #[test]
    fn every_shipped_locale_speaks_its_own_language() {
        let c = crate::content::embedded().expect("shipped content is valid");
        let en = Translator::new(&c, "en-GB");
        for code in &c.settings.as_ref().unwrap().locales {
            let t = Translator::new(&c, code);
            assert_eq!(t.locale(), code);
            let name = t.text("language-name");
            assert_eq!(
                Some(name.clone()),
                c.locales
                    .iter()
                    .find(|l| &l.code == code)
                    .unwrap()
                    .own_name()
            );
            if code != "en-GB" {
                assert_ne!(
                    name,
                    en.text("language-name"),
                    "{code} falls back to English"
                );
                assert_ne!(t.text("continue"), en.text("continue"), "{code}");
            }
        }
    }
}
