//! Matching on small made-up directories: one behaviour each.

use super::*;
use crate::engine::model::{Contact, FlagDef};

fn service(id: &str, m: Membership, needs: &[&str], area: &[&str], langs: &[&str]) -> Service {
    Service {
        id: ServiceId::new(id),
        organisation: id.to_owned(),
        name: id.to_owned(),
        description: "d".into(),
        eligibility: None,
        eligible: None,
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
        withheld: vec![],
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
        withheld: vec![],
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
        withheld: vec![],
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
        withheld: vec![],
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
        withheld: vec![],
    };
    assert!(match_members(&c, &req).is_empty());
}

// ----- eligibility -------------------------------------------------------------------------

fn limited(mut s: Service, flags_any: &[&str], areas: &[&str]) -> Service {
    s.eligibility = Some("eligibility-limited".into());
    s.eligible = Some(eligibility::Eligible {
        flags_any: flags_any.iter().map(|&f| FlagId::new(f)).collect(),
        areas: areas.iter().map(|&a| a.to_owned()).collect(),
        ..Default::default()
    });
    s
}

/// `content` with a health flag in the health-safety consent group, as in flags.json.
fn with_health_flag(services: Vec<Service>) -> Content {
    let mut c = content(services);
    c.flags.push(FlagDef {
        id: FlagId::new("mental-health"),
        kind: FlagKind::Circumstance,
        label: "flag-mental-health".into(),
        consent: Some(ConsentGroup::HealthSafety),
    });
    c
}

fn request<'a>(flags: &'a BTreeSet<FlagId>, area: Option<&'a str>) -> MatchRequest<'a> {
    MatchRequest {
        tier: Tier::Referral,
        flags,
        area,
        language: None,
        channel: None,
        withheld: vec![],
    }
}

#[test]
fn a_mental_health_service_needs_the_mental_health_flag_and_then_ranks_higher() {
    let c = with_health_flag(vec![
        limited(
            service("mind", Membership::Full, &["rent-arrears"], &[], &[]),
            &["mental-health"],
            &[],
        ),
        service("any", Membership::Full, &["rent-arrears"], &[], &[]),
    ]);
    let without = flags(&["rent-arrears"]);
    assert_eq!(ids(&match_members(&c, &request(&without, None))), ["any"]);

    let with = flags(&["rent-arrears", "mental-health"]);
    let m = match_members(&c, &request(&with, None));
    // Same membership and needs: the service set up for their situation comes first.
    assert_eq!(ids(&m), ["mind", "any"]);
    assert_eq!(m[0].score, m[1].score + W_ELIGIBLE);
    assert!(m[0].reasons.contains(&MatchReason::Eligible {
        flags: vec![FlagId::new("mental-health")]
    }));
    assert!(m[1].reasons.iter().all(|r| r.code() != "eligible"));
}

#[test]
fn a_limit_on_a_withheld_flag_is_listed_last_and_says_to_check() {
    let c = with_health_flag(vec![
        // More needs covered than the others: it would come first if it were decided.
        limited(
            service(
                "mind",
                Membership::Full,
                &["rent-arrears", "eviction"],
                &[],
                &[],
            ),
            &["mental-health"],
            &[],
        ),
        service("any", Membership::Associate, &["rent-arrears"], &[], &[]),
    ]);
    let f = flags(&["rent-arrears", "eviction"]);
    let mut req = request(&f, None);
    req.withheld = vec![ConsentGroup::HealthSafety];
    let m = match_members(&c, &req);
    assert_eq!(ids(&m), ["any", "mind"]);
    assert_eq!(
        m[1].reasons.last(),
        Some(&MatchReason::EligibleUnchecked {
            flags: vec![FlagId::new("mental-health")]
        })
    );
    assert!(m[1].reasons.iter().all(|r| r.code() != "eligible"));
    // Declining another group says nothing about health: the limit is not met.
    req.withheld = vec![ConsentGroup::HouseholdMoney];
    assert_eq!(ids(&match_members(&c, &req)), ["any"]);
}

#[test]
fn area_limits_leave_out_people_elsewhere_even_when_the_area_is_set_aside() {
    let c = content(vec![
        limited(
            service("county", Membership::Full, &["rent-arrears"], &[], &[]),
            &[],
            &["Cornwall"],
        ),
        limited(
            service("truro-only", Membership::Full, &["rent-arrears"], &[], &[]),
            &[],
            &["Truro"],
        ),
        service(
            "anyone",
            Membership::Associate,
            &["rent-arrears"],
            &["Truro", "Bodmin"],
            &[],
        ),
        // Two members covering Cornwall alone make it a region, and the towns choosable.
        service(
            "c1",
            Membership::Affiliate,
            &["budgeting"],
            &["Cornwall"],
            &[],
        ),
        service(
            "c2",
            Membership::Affiliate,
            &["budgeting"],
            &["Cornwall"],
            &[],
        ),
        service(
            "towns",
            Membership::Affiliate,
            &["budgeting"],
            &["Truro", "Bodmin"],
            &[],
        ),
    ]);
    let f = flags(&["rent-arrears"]);
    // A town in the region meets the region's limit; another town does not meet Truro's.
    let m = match_members(&c, &request(&f, Some("Bodmin")));
    assert_eq!(ids(&m), ["county", "anyone"]);
    assert!(m
        .iter()
        .all(|x| x.reasons.iter().all(|r| !r.is_unchecked())));
    assert_eq!(
        ids(&match_members(&c, &request(&f, Some("truro")))),
        ["county", "truro-only", "anyone"]
    );
    // Somewhere no member serves: the area is set aside for service areas, never for limits.
    let m = match_members(&c, &request(&f, Some("Plymouth")));
    assert_eq!(ids(&m), ["anyone"]);
    assert!(m[0].reasons.iter().any(|r| r.code() == "area-ignored"));
    // No area given: both limited members stay in their places (see the module doc), each
    // saying which places to check.
    let m = match_members(&c, &request(&f, None));
    assert_eq!(ids(&m), ["county", "truro-only", "anyone"]);
    assert_eq!(
        m[0].reasons.last(),
        Some(&MatchReason::EligibleAreaUnchecked {
            areas: vec!["Cornwall".into()]
        })
    );
}

#[test]
fn a_referral_request_withholds_the_declined_groups() {
    use crate::engine::referral::Consent;
    let f = flags(&[]);
    let mut details = ReferralDetails {
        area: Some("Truro".into()),
        ..Default::default()
    };
    let req = MatchRequest::for_referral(Tier::Referral, &f, &details, true, "en-GB");
    assert!(
        req.withheld.is_empty(),
        "nothing declined before they choose"
    );
    details.consent = Some(Consent {
        contact: false,
        household_money: true,
        health_safety: false,
        recorded_at: "2026-11-23T10:14:00Z".into(),
        wording_version: "1".into(),
    });
    let req = MatchRequest::for_referral(Tier::Referral, &f, &details, false, "en-GB");
    assert_eq!(
        req.withheld,
        [ConsentGroup::Contact, ConsentGroup::HealthSafety]
    );
    assert_eq!(req.area, None);
}

#[test]
fn a_member_that_helps_with_domestic_abuse_leads_when_it_was_raised() {
    let mut c = content(vec![
        service(
            "a-debts",
            Membership::Full,
            &["rent-arrears", "budgeting", "eviction"],
            &[],
            &["en"],
        ),
        service(
            "b-refuge",
            Membership::Associate,
            &["domestic-abuse"],
            &[],
            &["en"],
        ),
    ]);
    c.flags.push(FlagDef {
        id: FlagId::new("domestic-abuse"),
        kind: FlagKind::Risk,
        label: "flag-domestic-abuse".into(),
        consent: None,
    });
    // Money needs only: the debt adviser first; the refuge does not help with them at all.
    let f = flags(&["rent-arrears", "budgeting", "eviction"]);
    assert_eq!(ids(&match_members(&c, &request(&f, None))), ["a-debts"]);
    // With domestic abuse raised, the refuge leads though it covers one need of four.
    let f = flags(&["rent-arrears", "budgeting", "eviction", "domestic-abuse"]);
    let m = match_members(&c, &request(&f, None));
    assert_eq!(ids(&m), ["b-refuge", "a-debts"]);
    assert!(m[1].score > m[0].score, "it leads on safety, not on score");
}
