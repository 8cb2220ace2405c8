//! The printed leaflet (`content/leaflet.json`): common situations, what can help with each,
//! the local members to call and the national helplines. Its words are the content's own (a
//! situation's title is new; what can help is its guide's summary, already sourced), and its
//! members come from the directory, so the leaflet and the app never disagree.

use crate::engine::ids::{FlagId, GuideId, MessageId, ServiceId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leaflet {
    pub title: MessageId,
    pub intro: MessageId,
    /// Steps for anyone in danger, before the situations (existing steps: call 999…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub first: Vec<MessageId>,
    pub situations: Vec<Situation>,
    /// Beside the QR code: what scanning it opens.
    pub scan: MessageId,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// The situation in the person's words ("I can't pay my rent").
    pub title: MessageId,
    /// The guide whose summary says what can help.
    pub guide: GuideId,
    /// The needs a local member must help with to be listed for it.
    pub needs: Vec<FlagId>,
    /// National services to call too; those for another nation are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub helplines: Vec<ServiceId>,
}
