//! The answers saved on the device: versioned, and read so that a corrupted, hand-edited or
//! outdated save never breaks anything. Whatever is still valid is kept; the rest is dropped
//! and counted, so the app can tell the person in one sentence.

use crate::engine::answer::clean_answer;
use crate::engine::answer::{answer_fits, Answer, Answers};
use crate::engine::ids::NodeId;
use crate::engine::model::Content;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The layout of [`SavedState`]. Bump it when the layout changes incompatibly.
pub const SCHEMA: u32 = 1;

/// What is written to storage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub schema: u32,
    /// The tree version the answers were given against.
    pub tree_version: String,
    /// Milliseconds since 1970, when last saved.
    pub saved_at: f64,
    pub answers: Answers,
}

/// The outcome of reading a save.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Restored {
    pub answers: Answers,
    pub saved_at: Option<f64>,
    /// Answers dropped because their question is gone or no longer accepts them.
    pub dropped: usize,
    /// The save could not be read at all and was ignored.
    pub corrupted: bool,
    /// The content has changed since the save.
    pub content_changed: bool,
}

impl SavedState {
    pub fn new(tree_version: &str, saved_at: f64, answers: &Answers) -> Self {
        SavedState {
            schema: SCHEMA,
            tree_version: tree_version.to_owned(),
            saved_at,
            answers: answers.clone(),
        }
    }
}

/// Reads a save leniently, answer by answer, and keeps each answer that still fits the content.
pub fn restore(content: &Content, text: &str) -> Restored {
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
        return Restored {
            corrupted: true,
            ..Restored::default()
        };
    };
    let schema = map.get("schema").and_then(Value::as_u64);
    let Some(Value::Object(raw_answers)) = map.get("answers") else {
        return Restored {
            corrupted: true,
            ..Restored::default()
        };
    };
    if schema != Some(u64::from(SCHEMA)) {
        // Only one layout exists so far; a save from another layout is not trusted.
        return Restored {
            corrupted: true,
            ..Restored::default()
        };
    }
    let saved_at = map
        .get("saved_at")
        .and_then(Value::as_f64)
        .filter(|t| t.is_finite() && *t >= 0.0);
    let tree_version = map.get("tree_version").and_then(Value::as_str);
    let mut answers: Answers = BTreeMap::new();
    let mut dropped = 0;
    for (id, raw) in raw_answers {
        let id = NodeId::new(id.as_str());
        // Cleaned as the question page would have kept it, then checked as it would check it.
        let kept = serde_json::from_value::<Answer>(raw.clone())
            .ok()
            .map(clean_answer)
            .filter(|a| content.question(&id).is_some_and(|q| answer_fits(q, a)));
        match kept {
            Some(a) => {
                answers.insert(id, a);
            }
            None => dropped += 1,
        }
    }
    Restored {
        answers,
        saved_at,
        dropped,
        corrupted: false,
        content_changed: tree_version != Some(content.version.as_str()),
    }
}

/// How long ago a save was, in the largest whole unit, for "You answered some questions 2
/// hours ago". A clock that has gone backwards counts as just now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedAgo {
    JustNow,
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

impl SavedAgo {
    /// From the save's time and now, both in milliseconds since 1970.
    pub fn between(saved_at: f64, now: f64) -> SavedAgo {
        let minutes = ((now - saved_at) / 60_000.0).floor();
        // Under a minute, a clock put back (negative) or no number at all (NaN).
        if minutes.is_nan() || minutes < 1.0 {
            return SavedAgo::JustNow;
        }
        let minutes = minutes.min(1e12) as i64;
        match minutes {
            ..60 => SavedAgo::Minutes(minutes),
            60..1440 => SavedAgo::Hours(minutes / 60),
            _ => SavedAgo::Days(minutes / 1440),
        }
    }
}

#[cfg(test)]
mod ago_tests {
    use super::SavedAgo::{self, *};

    #[test]
    fn picks_the_largest_whole_unit() {
        let min = 60_000.0;
        let at = 1_790_000_000_000.0;
        assert_eq!(SavedAgo::between(at, at + 59_999.0), JustNow);
        assert_eq!(SavedAgo::between(at, at - 5.0 * min), JustNow);
        assert_eq!(SavedAgo::between(at, f64::NAN), JustNow);
        assert_eq!(SavedAgo::between(at, at + min), Minutes(1));
        assert_eq!(SavedAgo::between(at, at + 59.9 * min), Minutes(59));
        assert_eq!(SavedAgo::between(at, at + 60.0 * min), Hours(1));
        assert_eq!(SavedAgo::between(at, at + 130.0 * min), Hours(2));
        assert_eq!(SavedAgo::between(at, at + 1439.0 * min), Hours(23));
        assert_eq!(SavedAgo::between(at, at + 1440.0 * min), Days(1));
        assert_eq!(SavedAgo::between(0.0, at), Days(20_717));
        assert_eq!(SavedAgo::between(f64::MIN, f64::MAX), Days(694_444_444));
    }
}
