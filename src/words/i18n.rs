//! Resolving Fluent message ids to text in the person's language, through i18n-embed.
//! A message missing from a locale falls back to the default locale for that message only.

use crate::engine::model::Locale;
use crate::engine::Content;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use std::borrow::Cow;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// The Fluent domain: each locale's files are served as `<locale>/signpost.ftl`.
const DOMAIN: &str = "signpost";

/// Locales fetched after start-up. The web app embeds only the default locale's text (the
/// others would triple the download for everyone); each other locale is fetched when someone
/// chooses it and registered here, where it takes the place of the content's stand-in (which
/// has only the locale's name and review status). Native builds embed every locale and never
/// register any. Leaked: at most one per locale, for the life of the page.
static FETCHED: std::sync::RwLock<Vec<&'static Locale>> = std::sync::RwLock::new(Vec::new());

/// Makes a fetched locale's text available to every translator made from now on.
pub fn register_locale(locale: Locale) {
    if let Ok(mut fetched) = FETCHED.write() {
        fetched.retain(|l| l.code != locale.code);
        fetched.push(Box::leak(Box::new(locale)));
    }
}

/// Whether the locale `code` has been fetched and registered.
pub fn is_registered(code: &str) -> bool {
    FETCHED
        .read()
        .map(|f| f.iter().any(|l| l.code == code))
        .unwrap_or(false)
}

/// The locale `code`: a fetched one first, then the content's own.
fn find_locale<'a>(content: &'a Content, code: &str) -> Option<&'a Locale> {
    let fetched = FETCHED
        .read()
        .ok()
        .and_then(|f| f.iter().copied().find(|l| l.code == code));
    fetched.or_else(|| content.locales.iter().find(|l| l.code == code))
}

/// Serves every `.ftl` file of a locale, from the loaded content (or a fetched locale), as
/// that locale's assets.
struct ContentAssets<'a> {
    content: &'a Content,
}

impl I18nAssets for ContentAssets<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some((code, _)) = file_path.split_once('/') else {
            return Vec::new();
        };
        find_locale(self.content, code)
            .map(|l| {
                l.sources
                    .iter()
                    .map(|(_, text)| Cow::Borrowed(text.as_bytes()))
                    .collect()
            })
            .unwrap_or_default()
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
    /// The fallback messages shown since [`Translator::take_fallbacks`] was last called, with
    /// the text shown, so adviser mode can say which text on a page is not translated. A
    /// mutex rather than a `RefCell` keeps the translator `Sync`.
    fallbacks: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
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
        let own = find_locale(content, &code)
            .map(|l| l.messages.keys().cloned().collect())
            .unwrap_or_default();
        Translator {
            loader,
            locale: code,
            own,
            fallbacks: Default::default(),
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
            self.noted(id, self.loader.get(id))
        } else {
            format!("[{id}]")
        }
    }

    /// The fallback messages shown since the last call (id and text, by id), forgetting them.
    pub fn take_fallbacks(&self) -> Vec<(String, String)> {
        self.fallbacks
            .lock()
            .map(|mut f| std::mem::take(&mut *f).into_iter().collect())
            .unwrap_or_default()
    }

    /// Remembers `text` when it is shown from the default locale.
    fn noted(&self, id: &str, text: String) -> String {
        if !self.own.contains(id) {
            if let Ok(mut f) = self.fallbacks.lock() {
                f.entry(id.to_owned()).or_insert_with(|| text.clone());
            }
        }
        text
    }

    /// The text of a message with `$name` variables filled in.
    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        if !self.loader.has(id) {
            return format!("[{id}]");
        }
        let map: HashMap<&str, String> = args.iter().cloned().collect();
        self.noted(id, self.loader.get_args(id, map))
    }

    /// The text of a message with one number filled in as a number, so Fluent can choose
    /// the locale's plural form (`{ $count -> [one] … *[other] … }`): a string never
    /// matches `one`, `two` or `few`.
    pub fn text_with_count(&self, id: &str, name: &str, count: i64) -> String {
        if !self.loader.has(id) {
            return format!("[{id}]");
        }
        let map: HashMap<&str, i64> = HashMap::from([(name, count)]);
        self.noted(id, self.loader.get_args(id, map))
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
    fn fallbacks_shown_are_recorded_until_taken() {
        let c = content(&[
            (
                "settings.json",
                r#"{"start":"a","default_locale":"en-GB","locales":["en-GB","cy"]}"#,
            ),
            (
                "locales/en-GB/a.ftl",
                "hello = Hello\nbye = Goodbye\nowe = You owe { $amount }\n",
            ),
            ("locales/cy/a.ftl", "hello = Helo\n"),
        ]);
        let cy = Translator::new(&c, "cy");
        assert!(cy.take_fallbacks().is_empty());
        cy.text("hello");
        cy.text("bye");
        cy.text("bye");
        cy.text_with("owe", &[("amount", "£5".into())]);
        cy.text("nothing");
        assert_eq!(
            cy.take_fallbacks(),
            vec![
                ("bye".to_owned(), "Goodbye".to_owned()),
                ("owe".to_owned(), "You owe £5".to_owned()),
            ]
        );
        assert!(cy.take_fallbacks().is_empty(), "taking them forgets them");
        let en = Translator::new(&c, "en-GB");
        en.text("bye");
        assert!(
            en.take_fallbacks().is_empty(),
            "the default locale has no fallbacks"
        );
    }

    #[test]
    fn counts_choose_the_locale_plural_form() {
        let c = content(&[
            (
                "settings.json",
                r#"{"start":"a","default_locale":"en-GB","locales":["en-GB","cy"]}"#,
            ),
            (
                "locales/en-GB/a.ftl",
                "ago = { $n ->\n    [one] 1 hour ago\n   *[other] { $n } hours ago\n}\n",
            ),
            (
                "locales/cy/a.ftl",
                "ago = { $n ->\n    [one] awr\n    [two] dwy awr\n    [few] tair awr\n   *[other] { $n } awr\n}\n",
            ),
        ]);
        let en = Translator::new(&c, "en-GB");
        assert_eq!(en.text_with_count("ago", "n", 1), "1 hour ago");
        assert_eq!(en.text_with_count("ago", "n", 5), "5 hours ago");
        let cy = Translator::new(&c, "cy");
        assert_eq!(cy.text_with_count("ago", "n", 2), "dwy awr");
        assert_eq!(cy.text_with_count("ago", "n", 3), "tair awr");
        assert_eq!(en.text_with_count("missing", "n", 1), "[missing]");
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
