//! Settings and locales: the start node exists, the default locale is listed, listed
//! locales have translations and translations are listed.

use super::{Problems, Validator, SETTINGS_FILE};
use std::collections::HashSet;

impl<'a> Validator<'a> {
    pub(super) fn settings(&self, p: &mut Problems) {
        let Some(s) = &self.c.settings else {
            // The loader has reported the missing file.
            return;
        };
        if !self.index.contains_key(s.start.as_str()) {
            p.add(
                SETTINGS_FILE,
                "settings",
                "start",
                format!(
                    "the start node \"{}\" is not defined in any content/tree/*.json file; \
                     set \"start\" to the id of the first question",
                    s.start
                ),
            );
        }
        if s.locales.is_empty() {
            p.add(
                SETTINGS_FILE,
                "settings",
                "locales",
                format!(
                    "\"locales\" is empty; list every locale people can choose, at least [\"{}\"]",
                    s.default_locale
                ),
            );
        }
        let mut seen = HashSet::new();
        for code in &s.locales {
            if !seen.insert(code.as_str()) {
                p.add(
                    SETTINGS_FILE,
                    "settings",
                    "locales",
                    format!("\"{code}\" is listed more than once in \"locales\"; list it once"),
                );
            }
        }
        if !s.locales.contains(&s.default_locale) {
            p.add(
                SETTINGS_FILE,
                "settings",
                "default_locale",
                format!(
                    "the default locale \"{}\" is not in \"locales\"; add it to \"locales\", \
                     or set \"default_locale\" to one of them",
                    s.default_locale
                ),
            );
        }
        let present = self.c.locale_codes();
        for code in s.locales.iter().filter(|c| !present.contains(c.as_str())) {
            if !seen.remove(code.as_str()) {
                continue; // listed twice: reported once
            }
            p.add(
                &format!("content/locales/{code}"),
                "locale",
                code,
                format!(
                    "content/settings.json lists the locale \"{code}\", but there is no \
                     content/locales/{code}/ folder with .ftl files; add its translations \
                     there, or remove \"{code}\" from \"locales\" in content/settings.json"
                ),
            );
        }
        for l in &self.c.locales {
            if !s.locales.contains(&l.code) {
                let code = &l.code;
                p.add(
                    &format!("content/locales/{code}"),
                    "locale",
                    code,
                    format!(
                        "the folder content/locales/{code}/ is not listed in \"locales\" in \
                         content/settings.json, so nobody can choose it; add \"{code}\" there, \
                         or remove the folder"
                    ),
                );
            }
        }
    }
}
