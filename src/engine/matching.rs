//! Member matching: which consortium members to recommend for a referral, best first, each
//! with the reasons it was chosen, so the person and the receiving adviser can both see why.
//!
//! Only consortium members (`membership` set) that serve this nation and help with at least
//! one need or risk the path raised are ranked. Then, by score:
//!
//! - Membership fit ([`W_TIER_BEST`], [`W_TIER_NEXT`], [`W_TIER_LAST`]). Emergency, urgent
//!   and referral outcomes are complex or time-critical, which is what full members are
//!   accredited for; affiliates are community groups that cannot take casework, so they come
//!   last. A signpost outcome needs advice in one field, which is what associates give; full
//!   members' casework is scarce, so they are kept for those who need it and come last there.
//!   The gap between the best and the next fit is worth about three needs: a full member
//!   covering most of a complex case beats a specialist covering one more need of it, but not
//!   a specialist that covers far more of it.
//! - Needs covered ([`W_NEED`] each, plus up to [`W_URGENCY`] by urgency): helping with more
//!   of what the person raised means fewer hand-offs. `flags.json` lists flags most urgent
//!   first, so a member that handles the eviction outranks one that handles only the budget.
//! - Area: a known area outside a member's `service_area` leaves the member out, since it
//!   cannot see the person. A member in the person's own town gets [`W_LOCAL`] (it can see
//!   them face to face); one serving everywhere or the whole region gets nothing extra. When
//!   no member serves the area at all, the area is ignored rather than recommending nobody,
//!   and each match says so.
//! - Eligibility (a member's `eligible`, see [`super::eligibility`]): a member whose limits
//!   the person is outside is left out, even when the area is ignored, since it would turn
//!   them away. One set up for people in their situation (they raised one of its
//!   `flags_any`) gets [`W_ELIGIBLE`]: more than language or channel, because it knows their
//!   situation, which an interpreter does not bridge; less than one need, because helping
//!   with more of their problems saves more hand-offs than specialism does.
//! - Language ([`W_LANGUAGE`]) and contact channel ([`W_CHANNEL`]): smaller, because an
//!   interpreter or a different channel can bridge them, whereas the wrong kind of adviser
//!   cannot. English is not scored: every member works in it.
//!
//! Ties fall back to the service id so the same answers always give the same list.
//!
//! Safety comes first: when the person raised a safety flag ([`SAFETY_FLAGS`]: not safe, or
//! someone close hurting or controlling them), the best member that helps with it leads the
//! list whatever its score, since a score made of money needs would otherwise push a
//! domestic abuse service below members covering more of the debts.
//!
//! **Eligibility that cannot be decided.** Matching sees only what the person agreed to
//! share ([`MatchRequest::flags`]), so a flag in a consent group they declined
//! ([`MatchRequest::withheld`]), or an area they did not give or share, leaves a limit on it
//! undecided. Such a member is still listed, with a reason saying which limit to check
//! ([`MatchReason::EligibleUnchecked`], [`MatchReason::EligibleAreaUnchecked`]), and the
//! undecided limit earns nothing. Why: an adviser would rather not lose the one specialist
//! that may suit the person (a mental health money service for someone who did not want to
//! share health details), but a referral that is turned away costs someone in difficulty time
//! they may not have, so both the person and the receiving adviser are told what to check.
//! Leaving such a member out, or matching on the withheld flag, would also let the list
//! reveal what the person chose not to share; this way it depends only on which groups they
//! declined, which the summary shows anyway.
//!
//! A member with an undecided *flag* limit also comes after every member without one: most
//! people are not in the group such a member is for (carers, people with a mental health
//! problem), so members known to take them should be tried first. An undecided *area* limit
//! keeps its place: people using a consortium's copy nearly all live in its area, and putting
//! its whole-area generalists last whenever someone skips the area question would send them
//! to narrower members first.
//!
//! A flag that was shared but not raised puts the person outside the limit: every path asks
//! the questions that raise the flags members limit on today.
//!
//! `service_area` names towns or regions. The directory has no hierarchy of places, so a
//! *region* (such as "Cornwall") is recognised as a place that members list as their whole
//! area (at least two of them) and that is never listed beside other places; a member whose
//! area is a region serves every town in the directory. Nation names are handled by
//! [`Content::serves_here`].

use super::eligibility;
use crate::engine::evaluate::Evaluation;
use crate::engine::ids::{FlagId, ServiceId};
use crate::engine::model::{Channel, Content, FlagKind, Membership, Service, Tier};
use crate::engine::referral::{ConsentGroup, ReferralDetails};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How many members a summary recommends: enough to have a choice, few enough to act on.
pub const TOP_MEMBERS: usize = 3;

pub const W_TIER_BEST: u32 = 300;
pub const W_TIER_NEXT: u32 = 150;
pub const W_TIER_LAST: u32 = 0;
pub const W_NEED: u32 = 100;
pub const W_URGENCY: u32 = 50;
pub const W_LOCAL: u32 = 30;
pub const W_LANGUAGE: u32 = 40;
pub const W_CHANNEL: u32 = 20;
pub const W_ELIGIBLE: u32 = 60;

const NATIONS: [&str; 4] = ["England", "Wales", "Scotland", "Northern Ireland"];

/// What the person needs a member for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchRequest<'a> {
    /// The outcome's tier.
    pub tier: Tier,
    /// The flags to match on: those the person agreed to share.
    pub flags: &'a BTreeSet<FlagId>,
    /// The town or area they live in, one of the directory's `service_area` places.
    pub area: Option<&'a str>,
    /// A locale or language code: "cy", "pl", "ar", "en-GB".
    pub language: Option<&'a str>,
    /// How they would like to be contacted.
    pub channel: Option<Channel>,
    /// The consent groups they declined: a member's limit on a flag in one of these cannot
    /// be decided (see the module doc).
    pub withheld: Vec<ConsentGroup>,
}

impl<'a> MatchRequest<'a> {
    /// The request a referral makes: the area and the contact channel count only when the
    /// person lets their contact details be shared (`contact_shared`), and their language
    /// always.
    pub fn for_referral(
        tier: Tier,
        flags: &'a BTreeSet<FlagId>,
        details: &'a ReferralDetails,
        contact_shared: bool,
        language: &'a str,
    ) -> MatchRequest<'a> {
        MatchRequest {
            tier,
            flags,
            area: details.area.as_deref().filter(|_| contact_shared),
            language: Some(language),
            channel: details
                .contact
                .as_ref()
                .filter(|_| contact_shared)
                .and_then(|c| c.method)
                .map(|m| m.channel()),
            withheld: details.consent.as_ref().map_or_else(Vec::new, |c| {
                ConsentGroup::ALL
                    .into_iter()
                    .filter(|g| !c.allows(*g))
                    .collect()
            }),
        }
    }
}

/// What a referral made now carries: the raised flags the person may share, most urgent first
/// (all of them before they have answered the consent page), and the members recommended for
/// them, best first. The referral summary and "Why this result?" both take them from here, so
/// the two cannot disagree.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferralChoice {
    pub flags: Vec<FlagId>,
    pub members: Vec<MemberMatch>,
}

/// The flags and members a referral for an outcome of `tier` carries; see [`ReferralChoice`].
/// The area and contact channel count only with contact consent; the language always.
pub fn referral_choice(
    content: &Content,
    tier: Tier,
    raised: &BTreeSet<FlagId>,
    details: &ReferralDetails,
    language: &str,
) -> ReferralChoice {
    let consent = details.consent.as_ref();
    let mut flags: Vec<FlagId> = raised
        .iter()
        .filter(|f| consent.is_none_or(|c| c.allows_opt(content.flag(f).and_then(|d| d.consent))))
        .cloned()
        .collect();
    crate::engine::order::sort_by_key(&mut flags, |f| {
        (content.urgency_rank(f), f.as_str().to_owned())
    });
    let shared: BTreeSet<FlagId> = flags.iter().cloned().collect();
    let contact_shared = consent.is_none_or(|c| c.contact);
    let request = MatchRequest::for_referral(tier, &shared, details, contact_shared, language);
    let members = match_members(content, &request)
        .into_iter()
        .take(TOP_MEMBERS)
        .collect();
    ReferralChoice { flags, members }
}

/// The members a referral summary made now would recommend (none unless the outcome is a
/// referral): for "Why this result?", before or after the person has chosen what to share.
pub fn recommended_members(
    content: &Content,
    evaluation: &Evaluation,
    details: &ReferralDetails,
    language: &str,
) -> Vec<MemberMatch> {
    match evaluation.outcome().and_then(|o| content.outcome(o)) {
        Some(outcome) if outcome.tier.is_referral() => {
            referral_choice(content, outcome.tier, &evaluation.flags, details, language).members
        }
        _ => Vec::new(),
    }
}

/// One recommended member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberMatch {
    pub service: ServiceId,
    pub membership: Membership,
    pub score: u32,
    pub reasons: Vec<MatchReason>,
}

/// Why a member was recommended. Serialized with a `code` tag, as in the referral summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum MatchReason {
    /// Its membership suits this tier (or, for affiliates, says it is a community group).
    Membership { membership: Membership, tier: Tier },
    /// The raised flags it helps with, most urgent first.
    Needs { flags: Vec<FlagId> },
    /// It works in this place: the person's town, or the region that contains it.
    Area { area: String },
    /// Its area has no limits.
    AreaEverywhere,
    /// No member serves the person's area, so members elsewhere are suggested.
    AreaIgnored { area: String },
    /// It works in the person's language (a primary language code: "pl").
    Language { language: String },
    /// It can be contacted the way the person asked.
    Channel { channel: Channel },
    /// It is only for some people, and the person is one of them: the flags of its
    /// `flags_any` they shared, most urgent first.
    Eligible { flags: Vec<FlagId> },
    /// It is only for people with one of these flags, which are in a consent group the person
    /// declined: check with them before referring.
    EligibleUnchecked { flags: Vec<FlagId> },
    /// It is only for people who live in one of these places, and the person gave no area
    /// (or chose not to share it): check with them before referring.
    EligibleAreaUnchecked { areas: Vec<String> },
}

impl MatchReason {
    /// The reason's code, as serialized.
    pub fn code(&self) -> &'static str {
        match self {
            MatchReason::Membership { .. } => "membership",
            MatchReason::Needs { .. } => "needs",
            MatchReason::Area { .. } => "area",
            MatchReason::AreaEverywhere => "area-everywhere",
            MatchReason::AreaIgnored { .. } => "area-ignored",
            MatchReason::Language { .. } => "language",
            MatchReason::Channel { .. } => "channel",
            MatchReason::Eligible { .. } => "eligible",
            MatchReason::EligibleUnchecked { .. } => "eligible-unchecked",
            MatchReason::EligibleAreaUnchecked { .. } => "eligible-area-unchecked",
        }
    }

    /// Whether it says a limit of the member could not be checked.
    pub fn is_unchecked(&self) -> bool {
        matches!(
            self,
            MatchReason::EligibleUnchecked { .. } | MatchReason::EligibleAreaUnchecked { .. }
        )
    }
}

/// "en-GB" -> "en", "PL" -> "pl".
pub fn primary_language(code: &str) -> String {
    code.split(['-', '_'])
        .next()
        .unwrap_or(code)
        .trim()
        .to_ascii_lowercase()
}

/// Every consortium member that fits, best first. Take [`TOP_MEMBERS`] for a summary.
pub fn match_members(content: &Content, req: &MatchRequest) -> Vec<MemberMatch> {
    let members: Vec<(&Service, Membership)> = content
        .services
        .iter()
        .filter_map(|s| s.membership.map(|m| (s, m)))
        .filter(|(s, _)| content.serves_here(s))
        .collect();
    let regions = regions(members.iter().map(|(s, _)| *s));
    let area = req.area.map(str::trim).filter(|a| !a.is_empty());
    let ranked = |use_area: bool| -> Vec<MemberMatch> {
        let mut out: Vec<MemberMatch> = members
            .iter()
            .filter_map(|&(s, m)| score(content, req, s, m, area.filter(|_| use_area), &regions))
            .collect();
        let unsure = |m: &MemberMatch| {
            m.reasons
                .iter()
                .any(|r| matches!(r, MatchReason::EligibleUnchecked { .. }))
        };
        crate::engine::order::sort_by(&mut out, |a, b| {
            unsure(a)
                .cmp(&unsure(b))
                .then_with(|| b.score.cmp(&a.score))
                .then_with(|| a.service.cmp(&b.service))
        });
        safety_first(content, req, &mut out);
        out
    };
    let found = ranked(true);
    match area {
        Some(a) if found.is_empty() => {
            let mut all = ranked(false);
            for m in &mut all {
                m.reasons
                    .push(MatchReason::AreaIgnored { area: a.to_owned() });
            }
            all
        }
        _ => found,
    }
}

/// Flags about someone's safety: a member that helps with one the person raised is put first,
/// whatever its score, so a person being hurt by someone close is always offered the service
/// that can help them be safe, not only those that cover more of their money problems.
pub const SAFETY_FLAGS: [&str; 2] = ["not-safe", "domestic-abuse"];

/// Moves the best member that helps with a raised safety flag (and takes the person, as far
/// as is known) to the front.
fn safety_first(content: &Content, req: &MatchRequest, ranked: &mut Vec<MemberMatch>) {
    let raised: Vec<&FlagId> = req
        .flags
        .iter()
        .filter(|f| SAFETY_FLAGS.contains(&f.as_str()))
        .collect();
    if raised.is_empty() {
        return;
    }
    let helps = |m: &MemberMatch| {
        let known = !m
            .reasons
            .iter()
            .any(|r| matches!(r, MatchReason::EligibleUnchecked { .. }));
        known
            && content
                .service(&m.service)
                .is_some_and(|s| s.needs.iter().any(|n| raised.contains(&n)))
    };
    if let Some(i) = ranked.iter().position(helps) {
        let m = ranked.remove(i);
        ranked.insert(0, m);
    }
}

/// Places members list as their whole area, never beside other places: see the module doc.
fn regions<'a>(members: impl Iterator<Item = &'a Service>) -> BTreeSet<String> {
    let mut alone: std::collections::BTreeMap<String, usize> = Default::default();
    let mut beside: BTreeSet<String> = BTreeSet::new();
    for s in members {
        let places: Vec<&String> = s
            .service_area
            .iter()
            .filter(|a| !NATIONS.contains(&a.as_str()))
            .collect();
        match places.as_slice() {
            [one] => *alone.entry(one.to_lowercase()).or_default() += 1,
            many => beside.extend(many.iter().map(|p| p.to_lowercase())),
        }
    }
    alone
        .into_iter()
        .filter(|(p, n)| *n >= 2 && !beside.contains(p))
        .map(|(p, _)| p)
        .collect()
}

fn score(
    content: &Content,
    req: &MatchRequest,
    s: &Service,
    membership: Membership,
    area: Option<&str>,
    regions: &BTreeSet<String>,
) -> Option<MemberMatch> {
    let mut covered: Vec<&FlagId> = s.needs.iter().filter(|f| req.flags.contains(*f)).collect();
    let needs_or_risks = covered.iter().any(|f| {
        content
            .flag(f)
            .is_none_or(|d| matches!(d.kind, FlagKind::Need | FlagKind::Risk))
    });
    if !needs_or_risks {
        return None;
    }
    crate::engine::order::sort_by_key(&mut covered, |f| {
        (content.urgency_rank(f), f.as_str().to_owned())
    });
    covered.dedup();
    let fit = match &s.eligible {
        Some(e) => eligibility::fit(content, e, req.flags, &req.withheld, req.area, regions)?,
        None => eligibility::Fit::default(),
    };

    let mut reasons = Vec::new();
    let mut total: u32 = 0;

    // Area first: it may leave the member out.
    let places: Vec<&String> = s
        .service_area
        .iter()
        .filter(|a| !NATIONS.contains(&a.as_str()))
        .collect();
    let area_reason = if places.is_empty() {
        Some(MatchReason::AreaEverywhere)
    } else if let Some(a) = area {
        if let Some(p) = places.iter().find(|p| p.eq_ignore_ascii_case(a)) {
            total += W_LOCAL;
            Some(MatchReason::Area { area: (*p).clone() })
        } else if let Some(p) = places.iter().find(|p| regions.contains(&p.to_lowercase())) {
            Some(MatchReason::Area { area: (*p).clone() })
        } else {
            return None;
        }
    } else {
        // No area given: name a region-wide member's region, but not a list of towns.
        places
            .iter()
            .find(|p| regions.contains(&p.to_lowercase()))
            .map(|p| MatchReason::Area { area: (*p).clone() })
    };

    total += membership_weight(req.tier, membership);
    reasons.push(MatchReason::Membership {
        membership,
        tier: req.tier,
    });

    let n = content.flags.len().max(1);
    for f in &covered {
        let rank = content.urgency_rank(f).min(n);
        total += W_NEED + (W_URGENCY as usize * (n - rank) / n) as u32;
    }
    reasons.push(MatchReason::Needs {
        flags: covered.into_iter().cloned().collect(),
    });
    if !fit.flags.is_empty() {
        total += W_ELIGIBLE;
        reasons.push(MatchReason::Eligible { flags: fit.flags });
    }
    reasons.extend(area_reason);

    if let Some(lang) = req.language.map(primary_language) {
        if lang != "en" && s.languages.iter().any(|l| primary_language(l) == lang) {
            total += W_LANGUAGE;
            reasons.push(MatchReason::Language { language: lang });
        }
    }
    if let Some(ch) = req.channel {
        if s.contacts.iter().any(|c| c.channel == ch) {
            total += W_CHANNEL;
            reasons.push(MatchReason::Channel { channel: ch });
        }
    }
    if !fit.unchecked_flags.is_empty() {
        reasons.push(MatchReason::EligibleUnchecked {
            flags: fit.unchecked_flags,
        });
    }
    if !fit.unchecked_areas.is_empty() {
        reasons.push(MatchReason::EligibleAreaUnchecked {
            areas: fit.unchecked_areas,
        });
    }
    Some(MemberMatch {
        service: s.id.clone(),
        membership,
        score: total,
        reasons,
    })
}

/// See the module doc for why.
pub fn membership_weight(tier: Tier, m: Membership) -> u32 {
    let order = if tier.is_referral() {
        [
            Membership::Full,
            Membership::Associate,
            Membership::Affiliate,
        ]
    } else {
        [
            Membership::Associate,
            Membership::Affiliate,
            Membership::Full,
        ]
    };
    match order.iter().position(|x| *x == m) {
        Some(0) => W_TIER_BEST,
        Some(1) => W_TIER_NEXT,
        _ => W_TIER_LAST,
    }
}

#[cfg(test)]
mod tests;
