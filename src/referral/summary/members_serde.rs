//! Reading `members` back from JSON by hand rather than by serde's derive. A reason is tagged by
//! its `code` and flattened into its entry, and serde reads those by buffering each object in a
//! generic form: code the web app needed nowhere else, about 27 KB before wasm-opt, only for
//! the member's page that opens a summary (`crate::referral::open`). By hand it is a match on
//! the code. The JSON written is serde's, unchanged; `tests/referral.rs` reads every summary
//! the app makes back through this.

use super::{MemberContact, MemberEntry, ReasonEntry};
use crate::engine::matching::MatchReason;
use crate::engine::model::{Channel, Membership};
use crate::engine::{FlagId, Tier};
use serde::de::{DeserializeOwned, Error};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

/// Every reason code this version reads.
pub const REASON_CODES: [&str; 10] = [
    "membership",
    "needs",
    "area",
    "area-everywhere",
    "area-ignored",
    "language",
    "channel",
    "eligible",
    "eligible-unchecked",
    "eligible-area-unchecked",
];

/// For `#[serde(deserialize_with)]` on [`super::ReferralSummary::members`].
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<MemberEntry>, D::Error> {
    members(Value::deserialize(d)?).map_err(D::Error::custom)
}

fn members(v: Value) -> Result<Vec<MemberEntry>, String> {
    let Value::Array(items) = v else {
        return Err("expected a list of members".to_owned());
    };
    items.into_iter().map(member).collect()
}

fn take<T: DeserializeOwned>(o: &mut Map<String, Value>, key: &str) -> Result<T, String> {
    let v = o
        .remove(key)
        .ok_or_else(|| format!("missing field `{key}`"))?;
    serde_json::from_value(v).map_err(|e| format!("{key}: {e}"))
}

fn object(v: Value, what: &str) -> Result<Map<String, Value>, String> {
    match v {
        Value::Object(o) => Ok(o),
        _ => Err(format!("expected {what} as an object")),
    }
}

/// One member, or what is wrong with it.
pub(crate) fn member(v: Value) -> Result<MemberEntry, String> {
    let mut o = object(v, "a member")?;
    let reasons: Vec<Value> = take(&mut o, "reasons")?;
    Ok(MemberEntry {
        id: take(&mut o, "id")?,
        organisation: take(&mut o, "organisation")?,
        name: take(&mut o, "name")?,
        membership: take::<Membership>(&mut o, "membership")?,
        example: take(&mut o, "example")?,
        score: take(&mut o, "score")?,
        contacts: take::<Vec<MemberContact>>(&mut o, "contacts")?,
        reasons: reasons.into_iter().map(reason).collect::<Result<_, _>>()?,
    })
}

fn reason(v: Value) -> Result<ReasonEntry, String> {
    let mut o = object(v, "a reason")?;
    let code: String = take(&mut o, "code")?;
    let o = &mut o;
    let reason = match code.as_str() {
        "membership" => MatchReason::Membership {
            membership: take::<Membership>(o, "membership")?,
            tier: take::<Tier>(o, "tier")?,
        },
        "needs" => MatchReason::Needs {
            flags: take::<Vec<FlagId>>(o, "flags")?,
        },
        "area" => MatchReason::Area {
            area: take(o, "area")?,
        },
        "area-everywhere" => MatchReason::AreaEverywhere,
        "area-ignored" => MatchReason::AreaIgnored {
            area: take(o, "area")?,
        },
        "language" => MatchReason::Language {
            language: take(o, "language")?,
        },
        "channel" => MatchReason::Channel {
            channel: take::<Channel>(o, "channel")?,
        },
        "eligible" => MatchReason::Eligible {
            flags: take::<Vec<FlagId>>(o, "flags")?,
        },
        "eligible-unchecked" => MatchReason::EligibleUnchecked {
            flags: take::<Vec<FlagId>>(o, "flags")?,
        },
        "eligible-area-unchecked" => MatchReason::EligibleAreaUnchecked {
            areas: take(o, "areas")?,
        },
        other => return Err(format!("unknown reason code `{other}`")),
    };
    debug_assert!(REASON_CODES.contains(&reason.code()));
    Ok(ReasonEntry {
        reason,
        text: take(o, "text")?,
        text_en: take(o, "text_en")?,
    })
}
