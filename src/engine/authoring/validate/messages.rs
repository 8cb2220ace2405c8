//! Messages: every message the content and the interface use exists in every locale that
//! must be complete, and names what uses it when it is missing.

use super::{Problems, Validator, FLAGS_FILE, GUIDES_FILE, SERVICES_FILE};
use crate::engine::ids::MessageId;
use crate::engine::messages::{message_file, referral_messages, UI_MESSAGES};
use crate::engine::model::{Locale, Node};
use crate::engine::problem::{MessageUse, Problem};
use std::collections::HashMap;

impl<'a> Validator<'a> {
    pub(super) fn messages(&self, p: &mut Problems) {
        let by_code: HashMap<&str, &Locale> = self
            .c
            .locales
            .iter()
            .map(|l| (l.code.as_str(), l))
            .collect();
        // The locales to check: those listed (or, with no settings, all there are).
        let mut checked: Vec<&Locale> = Vec::new();
        let mut add = |l: &'a Locale| {
            if !checked.iter().any(|c| c.code == l.code) {
                checked.push(l);
            }
        };
        let reference: Option<&Locale> = match &self.c.settings {
            Some(s) => {
                let reference = by_code.get(s.default_locale.as_str()).copied();
                reference.into_iter().for_each(&mut add);
                // Locales that may be incomplete fall back per message; `signpost
                // translations` reports their gaps instead.
                s.locales
                    .iter()
                    .filter(|c| s.must_be_complete(c))
                    .filter_map(|c| by_code.get(c.as_str()).copied())
                    .for_each(&mut add);
                reference
            }
            None => {
                self.c.locales.iter().for_each(&mut add);
                None
            }
        };
        let has = |l: &Locale, m: &str| l.messages.contains_key(m);
        let missing_from = |m: &str| -> Vec<String> {
            checked
                .iter()
                .filter(|l| !has(l, m))
                .map(|l| l.code.to_string())
                .collect()
        };

        // Messages the content refers to. When the default locale has one, the check for
        // translations below reports the locales without it.
        let referenced = self.c.referenced_messages();
        for &(m, who) in &referenced {
            if reference.is_some_and(|r| has(r, m.as_str())) {
                continue;
            }
            let missing = missing_from(m.as_str());
            if missing.is_empty() {
                continue;
            }
            let (what, file) = self.referrer(m, who);
            let problem = Problem::MissingMessage {
                message: m.to_string(),
                locales: missing,
            };
            p.add(file, what, who, problem);
        }

        // The interface's own messages (and the referral pages', when referrals are on).
        let referral_on = self.c.referral_settings().is_some();
        let wanted = UI_MESSAGES
            .iter()
            .copied()
            .chain(referral_messages().filter(move |_| referral_on));
        for m in wanted {
            if reference.is_some_and(|r| has(r, m)) {
                continue;
            }
            let name = message_file(m);
            for code in missing_from(m) {
                let file = format!("content/locales/{code}/{name}");
                let problem = Problem::MissingInterfaceMessage {
                    message: m.to_owned(),
                    locale: code,
                    ftl: name,
                };
                p.add(&file, "message", m, problem);
            }
        }

        // Translations: everything in the default locale, in every other locale.
        let Some(reference) = reference else { return };
        // What uses each message, to name it; only built when a translation is missing.
        let mut first_use: Option<HashMap<&str, (&MessageId, &str)>> = None;
        for l in checked.iter().filter(|l| l.code != reference.code) {
            for (m, source) in &reference.messages {
                if has(l, m) {
                    continue;
                }
                let name = source.rsplit('/').next().unwrap_or(source);
                let file = format!("content/locales/{}/{name}", l.code);
                let first_use = first_use.get_or_insert_with(|| {
                    let mut map = HashMap::new();
                    for &(m, who) in &referenced {
                        map.entry(m.as_str()).or_insert((m, who));
                    }
                    map
                });
                let used = match first_use.get(m.as_str()) {
                    Some(&(mid, who)) => {
                        let (what, f) = self.referrer(mid, who);
                        MessageUse::By {
                            what,
                            who: who.to_owned(),
                            file: f.to_owned(),
                        }
                    }
                    None if UI_MESSAGES.contains(&m.as_str())
                        || referral_messages().any(|r| r == m.as_str()) =>
                    {
                        MessageUse::Interface
                    }
                    None => MessageUse::Unknown,
                };
                let problem = Problem::MissingTranslation {
                    message: m.to_string(),
                    default_locale: reference.code.to_string(),
                    defined_in: source.to_string(),
                    used,
                    locale: l.code.to_string(),
                    file: file.clone(),
                };
                p.add(&file, "message", m, problem);
            }
        }
    }

    /// What refers to message `m`, given the id
    /// [`Content::referenced_messages`](crate::engine::model::Content::referenced_messages) names:
    /// its kind and file. Ids of nodes, flags, guides and services may coincide, so the
    /// message itself decides which one it is.
    fn referrer(&self, m: &MessageId, who: &str) -> (&'static str, &'a str) {
        let is = |x: &MessageId| std::ptr::eq(x, m);
        let maybe = |x: &Option<MessageId>| x.as_ref().is_some_and(is);
        for &i in self.defs(who) {
            let owns = match &self.c.nodes[i] {
                Node::Question(q) => {
                    is(&q.title)
                        || maybe(&q.hint)
                        || q.options.iter().any(|o| maybe(&o.label) || maybe(&o.hint))
                }
                Node::Outcome(o) => is(&o.title) || is(&o.summary) || o.next_steps.iter().any(is),
                Node::Route(_) => false,
            };
            if owns {
                return (self.c.nodes[i].kind_name(), self.file(i));
            }
        }
        if self.c.flags.iter().any(|f| is(&f.label)) {
            return ("flag", FLAGS_FILE);
        }
        if self
            .c
            .guides
            .iter()
            .any(|g| is(&g.title) || is(&g.summary) || g.steps.iter().any(is))
        {
            return ("guide", GUIDES_FILE);
        }
        if self
            .c
            .services
            .iter()
            .any(|s| is(&s.description) || maybe(&s.hours) || maybe(&s.eligibility))
        {
            return ("service", SERVICES_FILE);
        }
        if who == "leaflet" {
            return ("leaflet", "content/leaflet.json");
        }
        // A kind of reference this function does not know yet: go by the id alone.
        if let Some(&i) = self.index.get(who) {
            (self.c.nodes[i].kind_name(), self.file(i))
        } else if self.flags.contains(who) {
            ("flag", FLAGS_FILE)
        } else if self.guides.contains(who) {
            ("guide", GUIDES_FILE)
        } else if self.services.contains(who) {
            ("service", SERVICES_FILE)
        } else {
            ("content", "content")
        }
    }
}
