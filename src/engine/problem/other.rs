//! Problems found outside the validation phases: services' `eligible` limits
//! ([`crate::engine::eligibility::problems`]), the sources of steps (the authors' `sources`), and
//! nation-specific steps (found as the loader reads them).

use super::words::quoted_or;

/// A problem with a service's `eligible` limits.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EligibleProblem {
    #[error(
        "has \"eligible\" limits, but only consortium members (with \"membership\") \
         are matched, so nothing would check them; remove \"eligible\" and say who \
         the service is for in its \"eligibility\" message"
    )]
    NotAMember,
    #[error(
        "has \"eligible\" limits but no \"eligibility\" message; add one that says \
         who the service is for in words, such as \"eligibility-carers\""
    )]
    NoMessage,
    #[error(
        "\"eligible\" has \"{key}\", which Signpost cannot check: no question asks it. \
         It can check \"flags_any\" (flags the questions raise, such as \"carer\" or \
         \"pension-age\") and \"areas\" (places people choose on the area page); \
         leave this limit to the \"eligibility\" message"
    )]
    UnknownLimit { key: String },
    #[error("\"eligible\" sets no limit; add \"flags_any\" or \"areas\", or remove it")]
    NoLimit,
    #[error(
        "\"eligible\" \"flags_any\" names the flag \"{flag}\", which no question or \
         route raises, so nobody could ever fit; use a flag the questions raise"
    )]
    FlagNeverRaised { flag: String },
    #[error(
        "\"eligible\" \"areas\" names \"{area}\", which is not a place people can \
         choose on the area page (the members' \"service_area\" places: {}); fix \
         the spelling, or use one of those",
        .places.join(", ")
    )]
    UnknownArea { area: String, places: Vec<String> },
}

/// A problem with the sources of the steps.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SourceProblem {
    /// A step that guide or outcome `listed_by` lists.
    #[error(
        "is listed by {listed_by} but has no source; add an entry to a file in content/sources/ \
         naming the statute, regulation, guidance or service page it follows, and the \
         day you checked it"
    )]
    Missing { listed_by: String },
    #[error("has a source entry here and in {earlier}; keep one")]
    Twice { earlier: String },
    #[error("is not a step of any guide or outcome; remove the entry, or fix the id")]
    NotAStep,
    #[error("has an empty \"sources\" list; name at least one source")]
    Empty,
    #[error("has a source with an empty \"title\"; say what it is")]
    Untitled,
    #[error("has the url \"{url}\"; a source's url must start with https://")]
    NotHttps { url: String },
}

/// A problem with a nation-specific entry (`{"England": "message-id", ...}`) in a list of an
/// outcome or guide, or with the settings those entries need.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NationProblem {
    /// Entry number `entry` (from 1) of `list` gives a version that is not a message id.
    #[error(
        "in \"{list}\", entry {entry}: the \"{nation}\" version must be a message id in quotes"
    )]
    NotAMessageId {
        list: String,
        entry: usize,
        nation: String,
    },
    #[error(
        "in \"{list}\", entry {entry}: \"{nation}\" is not a nation the content is written \
         for; use {} (\"nations\" in content/settings.json)",
        quoted_or(.nations)
    )]
    NotWrittenFor {
        list: String,
        entry: usize,
        nation: String,
        nations: Vec<String>,
    },
    #[error(
        "in \"{list}\", entry {entry}: there is no \"{nation}\" version, and the content is \
         written for {}; add \"{nation}\": \"message-id\", or use one message id for every \
         nation",
        .nations.join(" and ")
    )]
    NoVersion {
        list: String,
        entry: usize,
        nation: String,
        nations: Vec<String>,
    },
    /// `nation` is unset, but steps differ by nation; `first` says where the first is.
    #[error(
        "there is no \"nation\", but some steps differ by nation (the first is in \
         {first}); set \"nation\" to {} for the nation this copy is used in",
        quoted_or(.nations)
    )]
    Unset { first: String, nations: Vec<String> },
}
