//! Settings and locales: the start node exists, the default locale is listed, listed
//! locales have translations and translations are listed.

use super::{Problems, Validator, SETTINGS_FILE};
use crate::engine::problem::Problem;
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
                Problem::UnknownStart {
                    start: s.start.to_string(),
                },
            );
        }
        if s.locales.is_empty() {
            p.add(
                SETTINGS_FILE,
                "settings",
                "locales",
                Problem::NoLocales {
                    default_locale: s.default_locale.to_string(),
                },
            );
        }
        let mut seen = HashSet::new();
        for code in &s.locales {
            if !seen.insert(code.as_str()) {
                p.add(
                    SETTINGS_FILE,
                    "settings",
                    "locales",
                    Problem::LocaleListedTwice {
                        locale: code.to_string(),
                    },
                );
            }
        }
        if !s.locales.contains(&s.default_locale) {
            p.add(
                SETTINGS_FILE,
                "settings",
                "default_locale",
                Problem::DefaultLocaleNotListed {
                    locale: s.default_locale.to_string(),
                },
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
                Problem::LocaleWithoutFolder {
                    locale: code.to_string(),
                },
            );
        }
        for l in &self.c.locales {
            if !s.locales.contains(&l.code) {
                let code = &l.code;
                p.add(
                    &format!("content/locales/{code}"),
                    "locale",
                    code,
                    Problem::LocaleNotListed {
                        locale: code.to_string(),
                    },
                );
            }
        }
    }
}
