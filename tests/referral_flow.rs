//! The referral pages' order (`signpost::referral::flow`), walked natively the way the question
//! tree has scenarios: whole paths from consent to the summary for each set of choices,
//! changing a part from the summary, every Back link, the debts' links, the summary's Change
//! links and where the guard sends a person instead.

use signpost::engine::referral::{Consent, Finances, ReferralDetails};
use signpost::referral::flow::{
    back, change, guard, next, Agreed, FlowState, Link, MoneyRoute, Page,
};
use std::collections::BTreeSet;

const fn agreed(contact: bool, household_money: bool, health_safety: bool) -> Agreed {
    Agreed {
        contact,
        household_money,
        health_safety,
    }
}

const ALL: Agreed = agreed(true, true, true);
const NONE: Agreed = agreed(false, false, false);
const CONTACT_ONLY: Agreed = agreed(true, false, false);
const MONEY_ONLY: Agreed = agreed(false, true, false);

fn state(consent: Agreed, money: Option<MoneyRoute>, changing: bool) -> FlowState {
    FlowState {
        consent: Some(consent),
        consent_before: Some(consent),
        money,
        debts: 0,
        changing,
    }
}

/// The URLs Continue leads through from `start` until the summary (inclusive), each page
/// checked against the guard on the way: a path must never lead to a page that turns the
/// person away.
fn walk(start: Page, s: &FlowState) -> Vec<String> {
    let mut page = Link {
        page: start,
        changing: s.changing,
    };
    let mut seen = vec![page.href()];
    while page.page != Page::Summary {
        let s = FlowState {
            changing: page.changing,
            ..*s
        };
        assert_eq!(
            guard(page.page, &s),
            None,
            "{} turns the person away",
            page.href()
        );
        page = next(page.page, &s);
        seen.push(page.href());
        assert!(seen.len() < 20, "no end: {seen:?}");
    }
    seen
}

#[test]
fn every_page_has_the_url_the_app_routes() {
    let table = [
        (Page::Outcome, "/outcome"),
        (Page::CheckAnswers, "/check-answers"),
        (Page::Consent, "/referral/consent"),
        (Page::Contact, "/referral/contact"),
        (Page::Area, "/referral/area"),
        (Page::WhatMatters, "/referral/what-matters"),
        (Page::Money, "/referral/money"),
        (Page::MoneyQuick, "/referral/money/quick"),
        (Page::MoneyIncome, "/referral/money/income"),
        (Page::MoneyFixed, "/referral/money/fixed-costs"),
        (Page::MoneyFlexible, "/referral/money/flexible-costs"),
        (Page::Debts, "/referral/debts"),
        (Page::DebtAdd, "/referral/debts/add"),
        (Page::Debt(3), "/referral/debts/3"),
        (Page::DebtRemove(2), "/referral/debts/2/remove"),
        (Page::Summary, "/referral/summary"),
        (Page::AdviserNotes, "/referral/adviser-notes"),
    ];
    for (page, path) in table {
        assert_eq!(page.path(), path, "{page:?}");
    }
    // The router registers the same referral pages (a debt's number is its `:n`).
    let app = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app/mod.rs"))
        .expect("read src/app/mod.rs");
    let routed: BTreeSet<String> = app
        .split("path!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|p| p.starts_with("/referral"))
        .map(str::to_owned)
        .collect();
    let ours: BTreeSet<String> = table
        .iter()
        .map(|(p, _)| match p {
            Page::Debt(_) => "/referral/debts/:n".to_owned(),
            Page::DebtRemove(_) => "/referral/debts/:n/remove".to_owned(),
            p => p.path(),
        })
        .filter(|p| p.starts_with("/referral"))
        .collect();
    assert_eq!(routed, ours);
}

/// `/referral/<page>` for each page named, `?change=1` after those marked with `*`.
fn urls(pages: &str) -> Vec<String> {
    pages
        .split_whitespace()
        .map(|p| match p.strip_suffix('*') {
            Some(p) => format!("/referral/{p}?change=1"),
            None => format!("/referral/{p}"),
        })
        .collect()
}

#[test]
fn whole_paths_from_consent_to_the_summary() {
    use MoneyRoute::{Detailed, Quick};
    let table = [
        (
            "everything, quick totals",
            ALL,
            Some(Quick),
            "consent contact area what-matters money money/quick debts summary",
        ),
        (
            "everything, every category",
            ALL,
            Some(Detailed),
            "consent contact area what-matters money money/income money/fixed-costs \
             money/flexible-costs debts summary",
        ),
        (
            "everything, rather not say about money",
            ALL,
            None,
            "consent contact area what-matters money debts summary",
        ),
        (
            "contact details only",
            CONTACT_ONLY,
            None,
            "consent contact area what-matters summary",
        ),
        (
            "household money only",
            MONEY_ONLY,
            Some(Quick),
            "consent area what-matters money money/quick debts summary",
        ),
        (
            "declining everything",
            NONE,
            None,
            "consent area what-matters summary",
        ),
    ];
    for (name, consent, money, want) in table {
        let s = state(consent, money, false);
        assert_eq!(walk(Page::Consent, &s), urls(want), "{name}");
        // The outcome page's button starts the same path.
        assert_eq!(
            next(Page::Outcome, &s).href(),
            "/referral/consent",
            "{name}"
        );
    }
}

#[test]
fn back_retraces_each_path_step_before_the_summary() {
    for consent in [ALL, CONTACT_ONLY, MONEY_ONLY, NONE] {
        for money in [Some(MoneyRoute::Quick), Some(MoneyRoute::Detailed), None] {
            let s = state(consent, money, false);
            let mut page = Page::Consent;
            while page != Page::Summary {
                let to = next(page, &s);
                if to.page != Page::Summary {
                    assert_eq!(
                        back(to.page, &s),
                        Some(Link {
                            page,
                            changing: false
                        })
                    );
                }
                page = to.page;
            }
        }
    }
}

#[test]
fn changing_from_the_summary_returns_to_the_summary() {
    use MoneyRoute::{Detailed, Quick};
    let table = [
        (Page::Consent, Some(Quick), "consent* summary"),
        (Page::Contact, Some(Quick), "contact* summary"),
        (Page::Area, Some(Quick), "area* summary"),
        (Page::WhatMatters, Some(Quick), "what-matters* summary"),
        (Page::Money, Some(Quick), "money* money/quick* summary"),
        (
            Page::Money,
            Some(Detailed),
            "money* money/income* money/fixed-costs* money/flexible-costs* summary",
        ),
        (Page::Money, None, "money* summary"),
    ];
    for (page, money, want) in table {
        let got = walk(page, &state(ALL, money, true));
        assert_eq!(got, urls(want), "{page:?}");
    }
    // The debts list's Continue is the summary either way, without `?change=1`.
    for changing in [false, true] {
        let s = state(ALL, None, changing);
        assert_eq!(next(Page::Debts, &s).href(), "/referral/summary");
        assert_eq!(next(Page::AdviserNotes, &s).href(), "/referral/summary");
    }
}

#[test]
fn changing_consent_starts_a_group_just_agreed_to() {
    let table = [
        // (before, after, where Continue goes)
        (NONE, ALL, "/referral/contact?change=1"),
        (NONE, CONTACT_ONLY, "/referral/contact?change=1"),
        (NONE, MONEY_ONLY, "/referral/money?change=1"),
        (CONTACT_ONLY, ALL, "/referral/money?change=1"),
        (MONEY_ONLY, ALL, "/referral/contact?change=1"),
        (ALL, ALL, "/referral/summary"),
        (ALL, NONE, "/referral/summary"),
        (ALL, CONTACT_ONLY, "/referral/summary"),
        (CONTACT_ONLY, CONTACT_ONLY, "/referral/summary"),
        // Health and safety has no page of its own.
        (NONE, agreed(false, false, true), "/referral/summary"),
    ];
    for (before, after, want) in table {
        let s = FlowState {
            consent_before: Some(before),
            ..state(after, None, true)
        };
        assert_eq!(
            next(Page::Consent, &s).href(),
            want,
            "{before:?} -> {after:?}"
        );
    }
    // Not changing, the path goes on whatever was agreed before.
    let s = FlowState {
        consent_before: Some(ALL),
        ..state(CONTACT_ONLY, None, false)
    };
    assert_eq!(next(Page::Consent, &s).href(), "/referral/contact");
    let s = FlowState {
        consent_before: Some(ALL),
        ..state(NONE, None, false)
    };
    assert_eq!(next(Page::Consent, &s).href(), "/referral/area");
}

#[test]
fn back_from_each_page() {
    use MoneyRoute::{Detailed, Quick};
    let on = |consent| state(consent, None, false);
    let ch = |consent| state(consent, None, true);
    // (page, state, where Back goes, as for `urls`: none for the pages without a Back link)
    let table = [
        (Page::Outcome, on(ALL), ""),
        (Page::CheckAnswers, on(ALL), ""),
        (Page::Summary, on(ALL), ""),
        (Page::Consent, ch(ALL), "summary"),
        (Page::Contact, on(ALL), "consent"),
        (Page::Contact, ch(ALL), "summary"),
        (Page::Area, on(ALL), "contact"),
        (Page::Area, on(MONEY_ONLY), "consent"),
        (Page::Area, ch(ALL), "summary"),
        (Page::WhatMatters, on(ALL), "area"),
        (Page::WhatMatters, ch(ALL), "summary"),
        (Page::Money, on(ALL), "what-matters"),
        (Page::Money, state(ALL, Some(Quick), true), "summary"),
        (Page::MoneyQuick, on(ALL), "money"),
        (Page::MoneyQuick, ch(ALL), "money*"),
        (Page::MoneyIncome, on(ALL), "money"),
        (Page::MoneyIncome, ch(ALL), "money*"),
        (Page::MoneyFixed, on(ALL), "money/income"),
        (Page::MoneyFixed, ch(ALL), "money/income*"),
        (Page::MoneyFlexible, on(ALL), "money/fixed-costs"),
        (Page::MoneyFlexible, ch(ALL), "money/fixed-costs*"),
        // The debts list goes back to the last money page filled in.
        (Page::Debts, state(ALL, Some(Quick), false), "money/quick"),
        (
            Page::Debts,
            state(ALL, Some(Detailed), false),
            "money/flexible-costs",
        ),
        (Page::Debts, on(ALL), "money"),
        (Page::Debts, state(ALL, Some(Detailed), true), "summary"),
        (Page::AdviserNotes, on(ALL), "summary"),
        (Page::AdviserNotes, ch(ALL), "summary"),
    ];
    for (page, s, want) in table {
        let got: Vec<String> = back(page, &s).iter().map(Link::href).collect();
        assert_eq!(got, urls(want), "{page:?} {s:?}");
    }
    // Consent goes back to the outcome page it started from.
    assert_eq!(
        back(Page::Consent, &on(ALL)).map(|l| l.href()).as_deref(),
        Some("/outcome")
    );
}

#[test]
fn the_debts_pages_link_to_each_other_and_back_to_the_list() {
    for (changing, list, add, change2, remove2) in [
        (
            false,
            "/referral/debts",
            "/referral/debts/add",
            "/referral/debts/2",
            "/referral/debts/2/remove",
        ),
        (
            true,
            "/referral/debts?change=1",
            "/referral/debts/add?change=1",
            "/referral/debts/2?change=1",
            "/referral/debts/2/remove?change=1",
        ),
    ] {
        let s = FlowState {
            debts: 2,
            ..state(ALL, Some(MoneyRoute::Quick), changing)
        };
        // The list's Add, Change and Remove links.
        assert_eq!(s.link(Page::DebtAdd).href(), add);
        assert_eq!(s.link(Page::Debt(2)).href(), change2);
        assert_eq!(s.link(Page::DebtRemove(2)).href(), remove2);
        // Saving or going back from each returns to the list.
        for page in [Page::DebtAdd, Page::Debt(2), Page::DebtRemove(2)] {
            assert_eq!(guard(page, &s), None, "{page:?}");
            assert_eq!(next(page, &s).href(), list, "{page:?}");
            assert_eq!(back(page, &s).map(|l| l.href()).as_deref(), Some(list));
        }
    }
}

#[test]
fn a_debt_page_comes_from_the_number_in_its_url() {
    let table = [
        ("add", false, Page::DebtAdd, None),
        ("1", false, Page::Debt(1), Some(0)),
        ("12", false, Page::Debt(12), Some(11)),
        ("3", true, Page::DebtRemove(3), Some(2)),
        // Not a number (or `add` when removing): debt 0, which is never in the list.
        ("add", true, Page::DebtRemove(0), None),
        ("two", false, Page::Debt(0), None),
        ("", true, Page::DebtRemove(0), None),
        ("-1", false, Page::Debt(0), None),
    ];
    for (param, remove, page, index) in table {
        assert_eq!(Page::debt(param, remove), page, "{param:?}");
        assert_eq!(page.debt_index(), index, "{param:?}");
    }
}

#[test]
fn the_guard_sends_a_person_where_they_belong() {
    let money_pages = [
        Page::Money,
        Page::MoneyQuick,
        Page::MoneyIncome,
        Page::MoneyFixed,
        Page::MoneyFlexible,
        Page::Debts,
        Page::DebtAdd,
        Page::Debt(1),
        Page::DebtRemove(1),
    ];
    let always = [
        Page::Area,
        Page::WhatMatters,
        Page::Summary,
        Page::AdviserNotes,
    ];
    let every: Vec<Page> = [
        Page::Outcome,
        Page::CheckAnswers,
        Page::Consent,
        Page::Contact,
    ]
    .into_iter()
    .chain(always)
    .chain(money_pages)
    .collect();
    let with_debts = |consent: Option<Agreed>, changing: bool| FlowState {
        consent,
        consent_before: consent,
        money: None,
        debts: 1,
        changing,
    };
    // Before consent is answered: the consent page, for every page after it.
    for page in &every {
        let want = match page {
            Page::Outcome | Page::CheckAnswers | Page::Consent => None,
            _ => Some("/referral/consent"),
        };
        for changing in [false, true] {
            let got = guard(*page, &with_debts(None, changing)).map(|l| l.href());
            assert_eq!(got.as_deref(), want, "{page:?}");
        }
    }
    // A declined group's pages: the summary. Everything else is open.
    for (consent, contact_open, money_open) in [
        (ALL, true, true),
        (CONTACT_ONLY, true, false),
        (MONEY_ONLY, false, true),
        (NONE, false, false),
    ] {
        let s = with_debts(Some(consent), false);
        let turned = |page: Page| guard(page, &s).map(|l| l.href());
        let summary = Some("/referral/summary".to_owned());
        assert_eq!(
            turned(Page::Contact),
            (!contact_open).then(|| summary.clone().unwrap())
        );
        for page in money_pages {
            assert_eq!(
                turned(page),
                (!money_open).then(|| summary.clone().unwrap())
            );
        }
        for page in always
            .into_iter()
            .chain([Page::Consent, Page::Outcome, Page::CheckAnswers])
        {
            assert_eq!(turned(page), None, "{page:?} with {consent:?}");
        }
    }
    // A debt that is not in the list: the list, still changing if they were.
    for (page, debts, changing, want) in [
        (Page::Debt(2), 1, false, Some("/referral/debts")),
        (Page::Debt(2), 1, true, Some("/referral/debts?change=1")),
        (Page::DebtRemove(1), 0, false, Some("/referral/debts")),
        (Page::Debt(0), 3, false, Some("/referral/debts")),
        (
            Page::DebtRemove(0),
            3,
            true,
            Some("/referral/debts?change=1"),
        ),
        (Page::Debt(3), 3, false, None),
        (Page::DebtRemove(3), 3, false, None),
        (Page::DebtAdd, 0, false, None),
    ] {
        let s = FlowState {
            debts,
            ..state(ALL, None, changing)
        };
        assert_eq!(
            guard(page, &s).map(|l| l.href()).as_deref(),
            want,
            "{page:?}"
        );
    }
}

#[test]
fn the_summary_offers_change_links_for_the_groups_agreed_to() {
    let sections = [
        Page::WhatMatters,
        Page::Consent,
        Page::Contact,
        Page::Money,
        Page::Debts,
    ];
    // The sections with a Change link, in page order.
    let table = [
        (ALL, "what-matters* consent* contact* money* debts*"),
        (CONTACT_ONLY, "what-matters* consent* contact*"),
        (MONEY_ONLY, "what-matters* consent* money* debts*"),
        (NONE, "what-matters* consent*"),
    ];
    for (agreed, want) in table {
        let links: Vec<Link> = sections.iter().filter_map(|p| change(*p, agreed)).collect();
        let hrefs: Vec<String> = links.iter().map(Link::href).collect();
        assert_eq!(hrefs, urls(want), "{agreed:?}");
        // A Change link never leads to a page that turns the person away.
        for link in links {
            let s = state(agreed, None, true);
            assert_eq!(guard(link.page, &s), None, "{link:?}");
        }
        // The answers are changed on Check your answers, whatever was agreed.
        let answers = change(Page::CheckAnswers, agreed).map(|l| l.href());
        assert_eq!(answers.as_deref(), Some("/check-answers?change=1"));
    }
}

#[test]
fn the_state_comes_from_the_saved_details() {
    let mut details = ReferralDetails::default();
    assert_eq!(FlowState::of(&details, false), FlowState::default());
    details.consent = Some(Consent {
        contact: false,
        household_money: true,
        health_safety: true,
        recorded_at: "2025-01-01T00:00:00Z".into(),
        wording_version: "1".into(),
    });
    details.finances = Some(Finances::Detailed {
        income: Default::default(),
        fixed_costs: Default::default(),
        flexible_costs: Default::default(),
    });
    let s = FlowState::of(&details, true);
    let agreed = agreed(false, true, true);
    assert_eq!(
        s,
        FlowState {
            consent: Some(agreed),
            consent_before: Some(agreed),
            money: Some(MoneyRoute::Detailed),
            debts: 0,
            changing: true,
        }
    );
    details.finances = Some(Finances::Quick {
        income: 1,
        fixed_costs: 2,
        flexible_costs: 3,
    });
    assert_eq!(
        FlowState::of(&details, false).money,
        Some(MoneyRoute::Quick)
    );
}
