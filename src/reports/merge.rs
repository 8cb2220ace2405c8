//! Several hubs' figures together: each input file is one hub, named after the file.
//!
//! The merged CSV is the kiosks' format with a first column naming the hub:
//! `hub,date,kind,code,label,count`, sorted by hub (in the order the files were given), then
//! date, kind and code (as text), as each kiosk sorts its own. Labels are the current content's English
//! words; a need the content no longer has keeps the label its file gave.

use super::read::{TallyFile, Vocabulary};
use super::weeks::add_into;
use crate::engine::ids::FlagId;
use crate::engine::tally::{csv_field, Tallies};
use std::collections::BTreeMap;
use std::path::Path;

pub struct Hub {
    pub name: String,
    /// The file it was read from, for messages.
    pub file: String,
    pub figures: TallyFile,
}

pub struct Merged {
    pub hubs: Vec<Hub>,
    pub vocabulary: Vocabulary,
}

/// A hub's name: the file's name without its folder and `.csv`.
pub fn hub_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Two files that would give the same hub name: their names, for the message.
pub fn duplicate_name(hubs: &[Hub]) -> Option<(&Hub, &Hub)> {
    hubs.iter().enumerate().find_map(|(i, a)| {
        hubs[..i]
            .iter()
            .find(|b| b.name.eq_ignore_ascii_case(&a.name))
            .map(|b| (b, a))
    })
}

impl Merged {
    /// Every hub's figures added up.
    pub fn total(&self) -> Tallies {
        let mut total = Tallies::default();
        for h in &self.hubs {
            for (day, t) in &h.figures.tallies.days {
                add_into(total.days.entry(*day).or_default(), t);
            }
        }
        total
    }

    /// A need's label: the content's words, else the first label a file gave, else its code.
    pub fn need_label(&self, need: &FlagId) -> String {
        if let Some(l) = self.vocabulary.needs.get(need) {
            return l.clone();
        }
        self.hubs
            .iter()
            .find_map(|h| h.figures.labels.get(need).cloned())
            .unwrap_or_else(|| need.as_str().to_owned())
    }

    pub fn to_csv(&self) -> String {
        let mut out = String::from("hub,date,kind,code,label,count\r\n");
        let mut labels: BTreeMap<&FlagId, String> = BTreeMap::new();
        for h in &self.hubs {
            let hub = csv_field(&h.name);
            for (day, t) in &h.figures.tallies.days {
                // `need` sorts before `tier`, as in the kiosks' own files.
                for (need, n) in &t.needs {
                    let label = labels.entry(need).or_insert_with(|| self.need_label(need));
                    out.push_str(&format!(
                        "{hub},{day},need,{},{},{n}\r\n",
                        need.as_str(),
                        csv_field(label)
                    ));
                }
                let mut tiers: Vec<_> = t.tiers.iter().collect();
                crate::engine::order::sort_by_key(&mut tiers, |(tier, _)| tier.as_str());
                for (tier, n) in tiers {
                    out.push_str(&format!(
                        "{hub},{day},tier,{},{},{n}\r\n",
                        tier.as_str(),
                        csv_field(&self.vocabulary.tier_label(*tier))
                    ));
                }
            }
        }
        out
    }
}
