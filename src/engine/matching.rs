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
//! - Language ([`W_LANGUAGE`]) and contact channel ([`W_CHANNEL`]): smaller, because an
//!   interpreter or a different channel can bridge them, whereas the wrong kind of adviser
//!   cannot. English is not scored: every member works in it.
//!
//! Ties fall back to the service id so the same answers always give the same list.
//!
//! `service_area` names towns or regions. The directory has no hierarchy of places, so a
//! *region* (such as "Cornwall") is recognised as a place that members list as their whole
//! area (at least two of them) and that is never listed beside other places; a member whose
//! area is a region serves every town in the directory. Nation names are handled by
//! [`Content::serves_here`].

use super::ids::{FlagId, ServiceId};
use super::model::{Channel, Content, FlagKind, Membership, Service, Tier};
use super::referral::ReferralDetails;
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
        }
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
        }
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
        out.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| a.service.cmp(&b.service))
        });
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
    covered.sort_by_key(|f| (content.urgency_rank(f), f.as_str().to_owned()));
    covered.dedup();

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
mod tests {
    use super::super::model::{Contact, FlagDef};
    use super::*;

    fn service(id: &str, m: Membership, needs: &[&str], area: &[&str], langs: &[&str]) -> Service {
        Service {
            id: ServiceId::new(id),
            organisation: id.to_owned(),
            name: id.to_owned(),
            description: "d".into(),
            eligibility: None,
            membership: Some(m),
            needs: needs.iter().map(|&f| FlagId::new(f)).collect(),
            service_area: area.iter().map(|&a| a.to_owned()).collect(),
            languages: langs.iter().map(|&a| a.to_owned()).collect(),
            contacts: vec![Contact {
                channel: Channel::Phone,
                value: "01632 960000".into(),
            }],
            hours: None,
            example: false,
        }
    }

    fn content(services: Vec<Service>) -> Content {
        let flag = |id: &str, kind| FlagDef {
            id: FlagId::new(id),
            kind,
            label: format!("flag-{id}").as_str().into(),
            consent: None,
        };
        Content {
            flags: vec![
                flag("eviction", FlagKind::Risk),
                flag("rent-arrears", FlagKind::Need),
                flag("budgeting", FlagKind::Need),
                flag("carer", FlagKind::Circumstance),
            ],
            services,
            ..Content::default()
        }
    }

    fn flags(f: &[&str]) -> BTreeSet<FlagId> {
        f.iter().map(|&x| FlagId::new(x)).collect()
    }

    fn ids(m: &[MemberMatch]) -> Vec<&str> {
        m.iter().map(|x| x.service.as_str()).collect()
    }

    #[test]
    fn full_members_first_for_referrals_associates_first_for_signposts() {
        let c = content(vec![
            service(
                "a-assoc",
                Membership::Associate,
                &["rent-arrears"],
                &[],
                &["en"],
            ),
            service("b-full", Membership::Full, &["rent-arrears"], &[], &["en"]),
            service(
                "c-affil",
                Membership::Affiliate,
                &["rent-arrears"],
                &[],
                &["en"],
            ),
        ]);
        let f = flags(&["rent-arrears"]);
        let mut req = MatchRequest {
            tier: Tier::Referral,
            flags: &f,
            area: None,
            language: None,
            channel: None,
        };
        assert_eq!(
            ids(&match_members(&c, &req)),
            ["b-full", "a-assoc", "c-affil"]
        );
        req.tier = Tier::Signpost;
        assert_eq!(
            ids(&match_members(&c, &req)),
            ["a-assoc", "c-affil", "b-full"]
        );
    }

    #[test]
    fn more_and_more_urgent_needs_rank_higher_and_circumstances_alone_do_not_qualify() {
        let c = content(vec![
            service("budget", Membership::Full, &["budgeting"], &[], &[]),
            service("eviction", Membership::Full, &["eviction"], &[], &[]),
            service(
                "both",
                Membership::Full,
                &["eviction", "budgeting"],
                &[],
                &[],
            ),
            service("carers", Membership::Full, &["carer"], &[], &[]),
        ]);
        let f = flags(&["eviction", "budgeting", "carer"]);
        let req = MatchRequest {
            tier: Tier::Urgent,
            flags: &f,
            area: None,
            language: None,
            channel: None,
        };
        let m = match_members(&c, &req);
        assert_eq!(ids(&m), ["both", "eviction", "budget"]);
        assert_eq!(
            m[0].reasons[1],
            MatchReason::Needs {
                flags: vec![FlagId::new("eviction"), FlagId::new("budgeting")]
            }
        );
    }

    #[test]
    fn area_excludes_falls_back_and_regions_cover_towns() {
        let c = content(vec![
            service(
                "truro",
                Membership::Full,
                &["rent-arrears"],
                &["Truro", "Falmouth"],
                &[],
            ),
            service(
                "bodmin",
                Membership::Full,
                &["rent-arrears"],
                &["Bodmin", "Bude"],
                &[],
            ),
            service(
                "county-1",
                Membership::Associate,
                &["rent-arrears"],
                &["Cornwall"],
                &[],
            ),
            service(
                "county-2",
                Membership::Associate,
                &["budgeting"],
                &["Cornwall"],
                &[],
            ),
        ]);
        let f = flags(&["rent-arrears"]);
        let mut req = MatchRequest {
            tier: Tier::Referral,
            flags: &f,
            area: Some("truro"),
            language: None,
            channel: None,
        };
        let m = match_members(&c, &req);
        assert_eq!(ids(&m), ["truro", "county-1"]);
        assert!(m[0].reasons.contains(&MatchReason::Area {
            area: "Truro".into()
        }));
        assert!(m[1].reasons.contains(&MatchReason::Area {
            area: "Cornwall".into()
        }));

        // Nobody serves Plymouth-on-Sea: every member, each saying the area was ignored.
        let c2 = content(vec![
            service(
                "truro",
                Membership::Full,
                &["rent-arrears"],
                &["Truro"],
                &[],
            ),
            service(
                "bodmin",
                Membership::Full,
                &["rent-arrears"],
                &["Bodmin"],
                &[],
            ),
        ]);
        req.area = Some("Plymouth-on-Sea");
        let m = match_members(&c2, &req);
        assert_eq!(ids(&m), ["bodmin", "truro"]);
        assert!(m
            .iter()
            .all(|x| x.reasons.contains(&MatchReason::AreaIgnored {
                area: "Plymouth-on-Sea".into()
            })));
    }

    #[test]
    fn language_and_channel_add_a_little() {
        let mut email = service("email", Membership::Full, &["rent-arrears"], &[], &["en"]);
        email.contacts.push(Contact {
            channel: Channel::Email,
            value: "a@example.org".into(),
        });
        let c = content(vec![
            service(
                "polish",
                Membership::Full,
                &["rent-arrears"],
                &[],
                &["en", "pl"],
            ),
            email,
            service("plain", Membership::Full, &["rent-arrears"], &[], &["en"]),
        ]);
        let f = flags(&["rent-arrears"]);
        let mut req = MatchRequest {
            tier: Tier::Referral,
            flags: &f,
            area: None,
            language: Some("pl"),
            channel: Some(Channel::Email),
        };
        let m = match_members(&c, &req);
        assert_eq!(ids(&m), ["polish", "email", "plain"]);
        assert!(m[0].reasons.contains(&MatchReason::Language {
            language: "pl".into()
        }));
        // English is never a reason: everyone speaks it.
        req.language = Some("en-GB");
        let m = match_members(&c, &req);
        assert_eq!(ids(&m), ["email", "plain", "polish"]);
        assert!(m
            .iter()
            .all(|x| x.reasons.iter().all(|r| r.code() != "language")));
    }

    #[test]
    fn national_services_are_never_members() {
        let mut national = service("national", Membership::Full, &["rent-arrears"], &[], &[]);
        national.membership = None;
        let c = content(vec![national]);
        let f = flags(&["rent-arrears"]);
        let req = MatchRequest {
            tier: Tier::Referral,
            flags: &f,
            area: None,
            language: None,
            channel: None,
        };
        assert!(match_members(&c, &req).is_empty());
    }
}
