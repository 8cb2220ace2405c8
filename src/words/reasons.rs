//! A member's match reason as a sentence, shared by the summary and "Why this outcome?" so
//! both say the same thing.

use crate::engine::matching::{self, MatchReason};
use crate::engine::model::{Channel, Membership};
use crate::engine::{Content, FlagId};
use crate::words::i18n::Translator;

/// A member's reason as a sentence in `t`'s language (also used by "Why this outcome?").
pub fn reason_sentence(c: &Content, t: &Translator, r: &MatchReason) -> String {
    let labels = |flags: &[FlagId]| {
        flags
            .iter()
            .map(|f| match c.flag(f) {
                Some(d) => t.text(d.label.as_str()),
                None => f.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match r {
        MatchReason::Membership { membership, .. } => t.text(match membership {
            Membership::Full => "summary-reason-full",
            Membership::Associate => "summary-reason-associate",
            Membership::Affiliate => "summary-reason-affiliate",
        }),
        MatchReason::Needs { flags } => {
            t.text_with("summary-reason-needs", &[("needs", labels(flags))])
        }
        MatchReason::Eligible { flags } => {
            t.text_with("summary-reason-eligible", &[("who", labels(flags))])
        }
        MatchReason::EligibleUnchecked { flags } => t.text_with(
            "summary-reason-eligible-unchecked",
            &[("who", labels(flags))],
        ),
        MatchReason::EligibleAreaUnchecked { areas } => t.text_with(
            "summary-reason-eligible-area-unchecked",
            &[("areas", areas.join(", "))],
        ),
        MatchReason::Area { area } => t.text_with("summary-reason-area", &[("area", area.clone())]),
        MatchReason::AreaEverywhere => t.text("summary-reason-area-everywhere"),
        MatchReason::AreaIgnored { area } => {
            t.text_with("summary-reason-area-ignored", &[("area", area.clone())])
        }
        MatchReason::Language { language } => {
            // The language's own name when it is one of the content's locales ("Polski").
            let name = c
                .locales
                .iter()
                .find(|l| matching::primary_language(&l.code) == *language)
                .and_then(|l| l.own_name())
                .unwrap_or_else(|| language.clone());
            t.text_with("summary-reason-language", &[("language", name)])
        }
        MatchReason::Channel { channel } => t.text(match channel {
            Channel::Phone | Channel::Text => "summary-reason-channel-phone",
            Channel::Email => "summary-reason-channel-email",
            Channel::Website => "summary-reason-channel-website",
            Channel::Visit => "summary-reason-channel-visit",
        }),
    }
}
