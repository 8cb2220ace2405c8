//! Self-help guides (`content/guidance.json`, `content/guides/*.json`) and where each step's
//! advice comes from (`content/sources/*.json`).

use crate::engine::date::Date;
use crate::engine::ids::{FlagId, GuideId, MessageId, ServiceId};
use serde::{Deserialize, Serialize};

/// `content/guidance.json`: a self-help guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub id: GuideId,
    pub title: MessageId,
    pub summary: MessageId,
    /// The flags this guide helps with: it is shown with any outcome whose path raised one,
    /// ordered by the first of them in `flags.json` (most urgent first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<FlagId>,
    /// What to do today: gathered, in urgency order, at the top of the results page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub today: Vec<MessageId>,
    /// Papers and facts to have ready before calling anyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub have_ready: Vec<MessageId>,
    #[serde(default)]
    pub steps: Vec<MessageId>,
    /// Never written by authors: the guide's steps were checked against their sources on
    /// this day or later (the oldest `checked` of its steps, see [`crate::engine::authoring::sources`]).
    /// Filled in after loading, so the app's compiled copy carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<Date>,
    /// When not empty, `needs` counts only if one of these flags is raised too: "mental health
    /// and debt" needs `mental-health` together with a debt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_needs_one_of: Vec<FlagId>,
    /// Flags for which this guide is wrong: it is left out whenever one of them is raised
    /// (benefit-claim guides for someone whose visa says "no recourse to public funds").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_for: Vec<FlagId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceId>,
}

/// `content/sources/*.json`: where one step's advice comes from, and when its words were
/// last checked against it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepSource {
    /// The step's message id, as a guide's `today` or `steps` or an outcome's `next_steps`
    /// lists it (each nation's version of a step has its own entry).
    pub step: MessageId,
    pub sources: Vec<Source>,
    /// The day the step's words were last checked against its sources.
    pub checked: Date,
}

/// A statute, regulation, official guidance or service page, as an adviser would cite it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
