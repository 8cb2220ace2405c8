//! Services people are pointed to: national helplines (`content/services.json`,
//! `content/services/*.json`) and the consortium's members (`content/directory/*.json`).

use crate::engine::ids::{FlagId, MessageId, ServiceId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    /// Accredited; takes complex needs.
    Full,
    /// Gives advice within its own field.
    Associate,
    /// Community group.
    Affiliate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    /// A number to send a text message to (Shout's 85258, emergencySMS's 999), for people
    /// who cannot speak or hear on a call. National helplines only: the referral summary's
    /// format has no text channel, so validation keeps it out of the directory.
    Text,
    Email,
    Website,
    Visit,
}

impl Channel {
    /// The channel as content writes it (`"phone"`, `"text"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Text => "text",
            Channel::Email => "email",
            Channel::Website => "website",
            Channel::Visit => "visit",
        }
    }

    /// The channel's code in the referral summary, whose format has no text channel: the
    /// directory it lists has none (validation keeps text contacts to national helplines).
    pub fn summary_code(self) -> &'static str {
        match self {
            Channel::Text => Channel::Phone.as_str(),
            c => c.as_str(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub channel: Channel,
    /// The number, address or URL exactly as a person would use it.
    pub value: String,
}

impl Contact {
    /// The link the contact opens (`tel:`, `sms:`, `mailto:`, a web address), or `None` for
    /// an address to visit.
    pub fn href(&self) -> Option<String> {
        Some(match self.channel {
            Channel::Phone => format!("tel:{}", self.value.replace(' ', "")),
            Channel::Text => format!("sms:{}", self.value.replace(' ', "")),
            Channel::Email => format!("mailto:{}", self.value),
            Channel::Website if self.value.starts_with("http") => self.value.clone(),
            Channel::Website => format!("https://{}", self.value),
            Channel::Visit => return None,
        })
    }
}

/// One service, shaped after Open Referral UK: national services in `content/services.json`,
/// consortium members in `content/directory/*.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    /// The organisation's own name (a proper noun, not translated).
    pub organisation: String,
    /// The service's own name (a proper noun, not translated).
    pub name: String,
    pub description: MessageId,
    /// Who the service is for (Open Referral UK "eligibility"), when it is not everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<MessageId>,
    /// The limits of `eligibility` that matching can check: see [`crate::engine::eligibility`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible: Option<Eligible>,
    /// Consortium membership; absent for national services outside the consortium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership: Option<Membership>,
    #[serde(default)]
    pub needs: Vec<FlagId>,
    /// Towns or areas served; empty means everywhere.
    #[serde(default)]
    pub service_area: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<MessageId>,
    /// From a directory file marked `"example": true`: a made-up service, which the app
    /// labels as an example so nobody tries to contact it.
    #[serde(skip)]
    pub example: bool,
}

/// A member's checkable limits. Every limit set must be met.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Eligible {
    /// The person must have raised at least one of these flags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags_any: Vec<FlagId>,
    /// The person must live in one of these places: a town people can choose on the area
    /// page, or a region (see [`crate::engine::matching`]), which covers every town there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    /// Any other key. Collected rather than refused by serde so that validation can say why
    /// it cannot be used (nothing asks it), naming the service, not just "unknown field".
    /// The web app reads only the build's compiled copy, which has none: reading them there
    /// would make serde buffer every service (engine/compiled.rs says more).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")
    )]
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub unknown: BTreeMap<String, serde_json::Value>,
}
