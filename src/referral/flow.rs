//! The referral pages' order in one place: which page Continue and Back lead to, where a
//! summary section's Change link goes, and where a person belongs instead of a page.
//!
//! Web-free so the paths can be walked in native tests (`tests/referral_flow.rs`), the way
//! the question tree has scenarios. The pages only read and save their fields; every link
//! between them comes from here.
//!
//! The order: consent, then contact details (if agreed), the area, what matters most, then
//! (if household money was agreed) the money route (quick totals, or income, fixed costs and
//! flexible costs), the debts, and the summary. While changing something from the summary
//! (`?change=1`), Continue goes back to the summary once that part is done, and Back goes
//! straight to the summary from a part's first page.

use crate::engine::referral::{Consent, ConsentGroup, Finances, ReferralDetails};

/// The outcome page: where the referral starts, and Back from consent.
pub const OUTCOME: &str = "/outcome";
/// Check your answers, where the summary's answers are changed.
pub const CHECK_ANSWERS: &str = "/check-answers";
pub const CONSENT: &str = "/referral/consent";
pub const CONTACT: &str = "/referral/contact";
pub const AREA: &str = "/referral/area";
pub const WHAT_MATTERS: &str = "/referral/what-matters";
pub const MONEY: &str = "/referral/money";
pub const MONEY_QUICK: &str = "/referral/money/quick";
pub const MONEY_INCOME: &str = "/referral/money/income";
pub const MONEY_FIXED: &str = "/referral/money/fixed-costs";
pub const MONEY_FLEXIBLE: &str = "/referral/money/flexible-costs";
/// The debts list; `/referral/debts/<n>` and `/referral/debts/<n>/remove` are under it.
pub const DEBTS: &str = "/referral/debts";
pub const DEBT_ADD: &str = "/referral/debts/add";
pub const SUMMARY: &str = "/referral/summary";
/// Adviser mode: the adviser's notes, from the summary.
pub const ADVISER_NOTES: &str = "/referral/adviser-notes";

/// A page of the referral (and the question pages' ends it links to).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Outcome,
    /// Check your answers: the summary's Change link for the answers.
    CheckAnswers,
    Consent,
    Contact,
    Area,
    WhatMatters,
    /// Quick totals, every category, or rather not say.
    Money,
    MoneyQuick,
    MoneyIncome,
    MoneyFixed,
    MoneyFlexible,
    Debts,
    DebtAdd,
    /// The nth debt (from 1), to change it.
    Debt(usize),
    /// "Are you sure?" before removing the nth debt (from 1).
    DebtRemove(usize),
    Summary,
    AdviserNotes,
}

impl Page {
    /// The page's URL, without `?change=1`.
    pub fn path(&self) -> String {
        match self {
            Page::Debt(n) | Page::DebtRemove(n) => {
                let remove = if matches!(self, Page::DebtRemove(_)) {
                    "/remove"
                } else {
                    ""
                };
                format!("{DEBTS}/{n}{remove}")
            }
            _ => self.fixed_path().to_owned(),
        }
    }

    /// The URL of a page that has no number in it (a debt's pages go to the list's).
    fn fixed_path(&self) -> &'static str {
        match self {
            Page::Outcome => OUTCOME,
            Page::CheckAnswers => CHECK_ANSWERS,
            Page::Consent => CONSENT,
            Page::Contact => CONTACT,
            Page::Area => AREA,
            Page::WhatMatters => WHAT_MATTERS,
            Page::Money => MONEY,
            Page::MoneyQuick => MONEY_QUICK,
            Page::MoneyIncome => MONEY_INCOME,
            Page::MoneyFixed => MONEY_FIXED,
            Page::MoneyFlexible => MONEY_FLEXIBLE,
            Page::Debts | Page::Debt(_) | Page::DebtRemove(_) => DEBTS,
            Page::DebtAdd => DEBT_ADD,
            Page::Summary => SUMMARY,
            Page::AdviserNotes => ADVISER_NOTES,
        }
    }

    /// A debt's page from the `<n>` of its URL: `add` (not when removing) or a number. Anything
    /// else is debt 0, which the guard sends to the list like a number past its end.
    pub fn debt(param: &str, remove: bool) -> Page {
        let n = param.parse().unwrap_or(0);
        match (param, remove) {
            ("add", false) => Page::DebtAdd,
            (_, false) => Page::Debt(n),
            (_, true) => Page::DebtRemove(n),
        }
    }

    /// The place in the list (from 0) of the debt a page changes or removes.
    pub fn debt_index(&self) -> Option<usize> {
        match self {
            Page::Debt(n) | Page::DebtRemove(n) => n.checked_sub(1),
            _ => None,
        }
    }

    /// The consent group a page collects, whose "No" keeps the person out of it.
    pub fn group(&self) -> Option<ConsentGroup> {
        match self {
            Page::Contact => Some(ConsentGroup::Contact),
            Page::Money
            | Page::MoneyQuick
            | Page::MoneyIncome
            | Page::MoneyFixed
            | Page::MoneyFlexible
            | Page::Debts
            | Page::DebtAdd
            | Page::Debt(_)
            | Page::DebtRemove(_) => Some(ConsentGroup::HouseholdMoney),
            _ => None,
        }
    }
}

/// Where a link, Continue or a redirect goes: a page, and whether it keeps `?change=1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub page: Page,
    pub changing: bool,
}

impl Link {
    /// The URL, with `?change=1` while changing something from the summary.
    pub fn href(&self) -> String {
        let mut url = self.page.path();
        if self.changing {
            url.push_str("?change=1");
        }
        url
    }
}

/// The consent groups a person agreed to, as the flow needs them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Agreed {
    pub contact: bool,
    pub household_money: bool,
    pub health_safety: bool,
}

impl Agreed {
    /// Whether `group` was agreed to.
    pub fn allows(&self, group: ConsentGroup) -> bool {
        match group {
            ConsentGroup::Contact => self.contact,
            ConsentGroup::HouseholdMoney => self.household_money,
            ConsentGroup::HealthSafety => self.health_safety,
        }
    }
}

impl From<&Consent> for Agreed {
    fn from(c: &Consent) -> Agreed {
        Agreed {
            contact: c.contact,
            household_money: c.household_money,
            health_safety: c.health_safety,
        }
    }
}

/// Which money route the person is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyRoute {
    Quick,
    Detailed,
}

/// What the links between the referral pages depend on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FlowState {
    /// The groups agreed to; `None` until the consent page is answered.
    pub consent: Option<Agreed>,
    /// The groups agreed to before the consent page's Continue, which compares them with
    /// `consent`: a group just agreed to while changing starts at its first page.
    pub consent_before: Option<Agreed>,
    /// The money route saved, or (on the money page's Continue) the one just chosen; `None`
    /// for "rather not say" or nothing yet.
    pub money: Option<MoneyRoute>,
    /// How many debts are in the list.
    pub debts: usize,
    /// Opened from the summary to change something (`?change=1`).
    pub changing: bool,
}

impl FlowState {
    /// The state of saved details, with `changing` from the page's URL.
    pub fn of(details: &ReferralDetails, changing: bool) -> FlowState {
        let consent = details.consent.as_ref().map(Agreed::from);
        FlowState {
            consent,
            consent_before: consent,
            money: details.finances.as_ref().map(|f| match f {
                Finances::Quick { .. } => MoneyRoute::Quick,
                Finances::Detailed { .. } => MoneyRoute::Detailed,
            }),
            debts: details.debts.len(),
            changing,
        }
    }

    /// Whether the person agreed to share `group` (false before they answered).
    fn allows(&self, group: ConsentGroup) -> bool {
        self.consent.is_some_and(|c| c.allows(group))
    }

    /// A link to `page` that keeps `?change=1` while changing.
    pub fn link(&self, page: Page) -> Link {
        Link {
            page,
            changing: self.changing,
        }
    }

    /// `page` when going on, or the summary while changing: the end of a part.
    fn or_summary(&self, page: Page) -> Link {
        plain(if self.changing { Page::Summary } else { page })
    }
}

/// A link to `page` without `?change=1`.
fn plain(page: Page) -> Link {
    Link {
        page,
        changing: false,
    }
}

/// Where Continue on `page` goes, once what it collected is saved.
pub fn next(page: Page, s: &FlowState) -> Link {
    match page {
        Page::Outcome | Page::CheckAnswers => plain(Page::Consent),
        Page::Consent if s.changing => {
            // A group just agreed to starts at its first page, then back to the summary.
            let had = |g| s.consent_before.is_some_and(|c| c.allows(g));
            let new = |g| s.allows(g) && !had(g);
            if new(ConsentGroup::Contact) {
                s.link(Page::Contact)
            } else if new(ConsentGroup::HouseholdMoney) {
                s.link(Page::Money)
            } else {
                plain(Page::Summary)
            }
        }
        Page::Consent if s.allows(ConsentGroup::Contact) => plain(Page::Contact),
        Page::Consent => plain(Page::Area),
        Page::Contact => s.or_summary(Page::Area),
        Page::Area => s.or_summary(Page::WhatMatters),
        Page::WhatMatters if s.allows(ConsentGroup::HouseholdMoney) => s.or_summary(Page::Money),
        Page::WhatMatters => plain(Page::Summary),
        Page::Money => match s.money {
            Some(MoneyRoute::Quick) => s.link(Page::MoneyQuick),
            Some(MoneyRoute::Detailed) => s.link(Page::MoneyIncome),
            None => s.or_summary(Page::Debts),
        },
        Page::MoneyIncome => s.link(Page::MoneyFixed),
        Page::MoneyFixed => s.link(Page::MoneyFlexible),
        Page::MoneyQuick | Page::MoneyFlexible => s.or_summary(Page::Debts),
        Page::DebtAdd | Page::Debt(_) | Page::DebtRemove(_) => s.link(Page::Debts),
        // The summary is the end: the debts list and the adviser's notes go back to it.
        Page::Debts | Page::Summary | Page::AdviserNotes => plain(Page::Summary),
    }
}

/// Where the page's Back link goes; `None` for the summary, and the question pages' ends
/// (outside the flow, they have their own).
pub fn back(page: Page, s: &FlowState) -> Option<Link> {
    let to = match page {
        Page::Outcome | Page::CheckAnswers | Page::Summary => return None,
        // Back from the money route's later pages stays in the route while changing.
        Page::MoneyQuick | Page::MoneyIncome => s.link(Page::Money),
        Page::MoneyFixed => s.link(Page::MoneyIncome),
        Page::MoneyFlexible => s.link(Page::MoneyFixed),
        Page::DebtAdd | Page::Debt(_) | Page::DebtRemove(_) => s.link(Page::Debts),
        Page::AdviserNotes => plain(Page::Summary),
        // The first page of a part goes straight back to the summary while changing.
        _ if s.changing => plain(Page::Summary),
        Page::Consent => plain(Page::Outcome),
        Page::Contact => plain(Page::Consent),
        Page::Area if s.allows(ConsentGroup::Contact) => plain(Page::Contact),
        Page::Area => plain(Page::Consent),
        Page::WhatMatters => plain(Page::Area),
        Page::Money => plain(Page::WhatMatters),
        // The last money page the person filled in.
        Page::Debts => plain(match s.money {
            Some(MoneyRoute::Quick) => Page::MoneyQuick,
            Some(MoneyRoute::Detailed) => Page::MoneyFlexible,
            None => Page::Money,
        }),
    };
    Some(to)
}

/// Where a summary section's Change link for `page` goes: the page, changing, or `None` when
/// the section's group was declined (the page would only send them back).
pub fn change(page: Page, agreed: Agreed) -> Option<Link> {
    page.group()
        .is_none_or(|g| agreed.allows(g))
        .then_some(Link {
            page,
            changing: true,
        })
}

/// Where the person belongs instead of `page`, if anywhere: the consent page until they have
/// answered it, the summary for a page of a group they declined, and the debts list for a
/// debt that is not in it. (Until the outcome is a referral the app sends them to the
/// questions first; in adviser mode only, the app offers the adviser's notes.)
pub fn guard(page: Page, s: &FlowState) -> Option<Link> {
    match page {
        Page::Outcome | Page::CheckAnswers | Page::Consent => None,
        _ if s.consent.is_none() => Some(plain(Page::Consent)),
        _ if page.group().is_some_and(|g| !s.allows(g)) => Some(plain(Page::Summary)),
        Page::Debt(n) | Page::DebtRemove(n) if !(1..=s.debts).contains(&n) => {
            Some(s.link(Page::Debts))
        }
        _ => None,
    }
}
