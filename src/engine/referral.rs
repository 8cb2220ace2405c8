//! What a referral collects beyond the tree's answers, only when the outcome hands the person
//! to a consortium member: consent per group, contact details, their own words, income and
//! spending in the shape of the Standard Financial Statement (SFS), and their debts.
//! Plain serde data: the app keeps it on the device, and the summary is built from it.

use crate::engine::answer::MAX_PENCE;
use crate::engine::ids::OptionId;
// The consent groups and referral settings are part of the content model; they are named
// here too, where the referral summary uses them.
use crate::engine::model::{Channel, Content};
pub use crate::engine::model::{ConsentGroup, ReferralSettings};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Bump when the wording of the consent page changes: the consent record names the wording
/// the person agreed to.
pub const CONSENT_WORDING_VERSION: &str = "consent-1";

/// The person's decision for each group, when it was made, and the wording they saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub contact: bool,
    pub household_money: bool,
    pub health_safety: bool,
    /// When the choices were recorded: an RFC 3339 UTC time from the device's clock.
    pub recorded_at: String,
    /// [`CONSENT_WORDING_VERSION`] at the time.
    pub wording_version: String,
}

impl Consent {
    pub fn allows(&self, group: ConsentGroup) -> bool {
        match group {
            ConsentGroup::Contact => self.contact,
            ConsentGroup::HouseholdMoney => self.household_money,
            ConsentGroup::HealthSafety => self.health_safety,
        }
    }

    /// Whether something in `group` (or in no group: always shared) may be in the summary.
    pub fn allows_opt(&self, group: Option<ConsentGroup>) -> bool {
        group.is_none_or(|g| self.allows(g))
    }
}

/// How the person would like to be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMethod {
    Phone,
    Text,
    Email,
}

impl ContactMethod {
    /// The directory channel that serves this method, for member matching.
    pub fn channel(self) -> Channel {
        match self {
            ContactMethod::Phone | ContactMethod::Text => Channel::Phone,
            ContactMethod::Email => Channel::Email,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ContactMethod::Phone => "phone",
            ContactMethod::Text => "text",
            ContactMethod::Email => "email",
        }
    }
}

/// The contact group: collected only when the person agrees to share it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDetails {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<ContactMethod>,
    /// A phone number (for phone or text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// When it is safe to contact them, in their words ("weekday mornings").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub safe_times: String,
    /// Whether a message may be left; `None` when they did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_message: Option<bool>,
    /// The language they would like to be helped in, in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Anything that makes contact or appointments easier for them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub access_needs: String,
}

/// SFS income categories (monthly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncomeItem {
    Earnings,
    Benefits,
    Pensions,
    OtherIncome,
}

/// SFS fixed-cost categories (monthly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixedItem {
    HomeContents,
    Utilities,
    CareHealth,
    TransportTravel,
    School,
    PensionsInsurances,
    Professional,
    OtherEssential,
}

/// SFS flexible-cost categories (monthly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlexibleItem {
    CommunicationsLeisure,
    FoodHousekeeping,
    Personal,
    Savings,
}

impl IncomeItem {
    pub const ALL: [IncomeItem; 4] = [
        IncomeItem::Earnings,
        IncomeItem::Benefits,
        IncomeItem::Pensions,
        IncomeItem::OtherIncome,
    ];
}

impl FixedItem {
    pub const ALL: [FixedItem; 8] = [
        FixedItem::HomeContents,
        FixedItem::Utilities,
        FixedItem::CareHealth,
        FixedItem::TransportTravel,
        FixedItem::School,
        FixedItem::PensionsInsurances,
        FixedItem::Professional,
        FixedItem::OtherEssential,
    ];
}

impl FlexibleItem {
    pub const ALL: [FlexibleItem; 4] = [
        FlexibleItem::CommunicationsLeisure,
        FlexibleItem::FoodHousekeeping,
        FlexibleItem::Personal,
        FlexibleItem::Savings,
    ];
}

/// Income and spending per month, in pence: a few totals (the quick route) or the SFS
/// categories (the detailed route). A category left out is zero.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "route", rename_all = "kebab-case")]
pub enum Finances {
    Quick {
        income: i64,
        fixed_costs: i64,
        flexible_costs: i64,
    },
    Detailed {
        #[serde(default)]
        income: BTreeMap<IncomeItem, i64>,
        #[serde(default)]
        fixed_costs: BTreeMap<FixedItem, i64>,
        #[serde(default)]
        flexible_costs: BTreeMap<FlexibleItem, i64>,
    },
}

/// Monthly totals, in pence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyTotals {
    pub income: i64,
    pub fixed_costs: i64,
    pub flexible_costs: i64,
    /// Fixed plus flexible costs.
    pub spending: i64,
    /// Income less spending: negative is a shortfall.
    pub surplus: i64,
}

/// Whether an amount is one the pages could have kept: from 0 to [`MAX_PENCE`].
pub fn amount_in_range(pence: i64) -> bool {
    (0..=MAX_PENCE).contains(&pence)
}

/// A sum of pence that stops at the largest or smallest `i64` instead of wrapping round (or
/// panicking in a debug build). Amounts in range never get near either: this is for details
/// that reached a sum without passing [`ReferralDetails::make_safe`].
pub fn sum_pence(amounts: impl IntoIterator<Item = i64>) -> i64 {
    amounts.into_iter().fold(0, i64::saturating_add)
}

impl Finances {
    /// The totals; see [`sum_pence`] for amounts out of range.
    pub fn totals(&self) -> MoneyTotals {
        let (income, fixed_costs, flexible_costs) = match self {
            Finances::Quick {
                income,
                fixed_costs,
                flexible_costs,
            } => (*income, *fixed_costs, *flexible_costs),
            Finances::Detailed {
                income,
                fixed_costs,
                flexible_costs,
            } => (
                sum_pence(income.values().copied()),
                sum_pence(fixed_costs.values().copied()),
                sum_pence(flexible_costs.values().copied()),
            ),
        };
        let spending = fixed_costs.saturating_add(flexible_costs);
        MoneyTotals {
            income,
            fixed_costs,
            flexible_costs,
            spending,
            surplus: income.saturating_sub(spending),
        }
    }
}

/// One debt on the person's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debt {
    /// An option of the debt-types question (`settings.json` "referral.debt_question"), so
    /// its label and whether it is a priority debt come from content.
    pub kind: OptionId,
    /// Who it is owed to, in their words.
    pub owed_to: String,
    /// The whole amount owed, in pence.
    pub amount: i64,
    /// How much of it is missed payments, in pence, when they know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrears: Option<i64>,
}

/// Everything the referral pages collect, kept on the device beside the answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralDetails {
    /// The summary's short reference and creation time, fixed the first time it is shown so
    /// a printed copy and a download of the same referral agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactDetails>,
    /// The town or area they live in (one of the directory's areas), for member matching.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// "What matters most to you right now?", in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_matters: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finances: Option<Finances>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub debts: Vec<Debt>,
    /// Adviser mode: what the adviser wrote for the receiving member, kept apart from the
    /// person's own words so the summary can say whose they are. Absent in older saved data.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub adviser_notes: String,
}

impl ReferralDetails {
    /// The details as the referral pages could have kept them: text cleaned (see
    /// [`clean_details`]) and amounts out of range dropped, as any unreadable
    /// field is. For details read from storage, which can be changed by hand, and again before
    /// a summary is built from them.
    pub fn make_safe(&mut self) {
        clean_details(self);
        self.drop_amounts_out_of_range();
    }

    /// Drops each amount outside 0 to [`MAX_PENCE`]: a detailed-route category, a debt (its
    /// amount is what it is) or a debt's missed payments (optional). The quick route's three
    /// totals go together: one alone would give a wrong surplus.
    fn drop_amounts_out_of_range(&mut self) {
        let quick_ok = match &mut self.finances {
            Some(Finances::Quick {
                income,
                fixed_costs,
                flexible_costs,
            }) => [*income, *fixed_costs, *flexible_costs]
                .into_iter()
                .all(amount_in_range),
            Some(Finances::Detailed {
                income,
                fixed_costs,
                flexible_costs,
            }) => {
                income.retain(|_, p| amount_in_range(*p));
                fixed_costs.retain(|_, p| amount_in_range(*p));
                flexible_costs.retain(|_, p| amount_in_range(*p));
                true
            }
            None => true,
        };
        if !quick_ok {
            self.finances = None;
        }
        self.debts.retain(|d| amount_in_range(d.amount));
        for d in &mut self.debts {
            d.arrears = d.arrears.filter(|a| amount_in_range(*a));
        }
    }
}

impl Content {
    pub fn referral_settings(&self) -> Option<&ReferralSettings> {
        self.settings.as_ref().and_then(|s| s.referral.as_ref())
    }

    /// The debt types a person can pick from: the options of the debt question, without
    /// exclusive ones like "None of these".
    pub fn debt_kinds(&self) -> Vec<&crate::engine::model::ChoiceOption> {
        let Some(q) = self
            .referral_settings()
            .and_then(|r| self.question(&r.debt_question))
        else {
            return Vec::new();
        };
        q.options.iter().filter(|o| !o.exclusive).collect()
    }

    /// Whether a debt of this kind is a priority debt: its option raises the priority flag.
    /// `None` for a kind the content does not list.
    pub fn debt_is_priority(&self, kind: &OptionId) -> Option<bool> {
        let r = self.referral_settings()?;
        let q = self.question(&r.debt_question)?;
        let o = q.option(kind)?;
        Some(o.flags.contains(&r.priority_flag))
    }
}

/// Every text in the referral details, cleaned as its page would keep it: what matters most,
/// the access needs and the adviser's notes are text areas (line breaks kept); everything
/// else is one line.
pub fn clean_details(d: &mut ReferralDetails) {
    let one = |s: &mut String| *s = crate::engine::text::clean_typed(s, false);
    let many = |s: &mut String| *s = crate::engine::text::clean_typed(s, true);
    if let Some(r) = d.reference.as_mut() {
        one(r);
    }
    if let Some(t) = d.created_at.as_mut() {
        one(t);
    }
    if let Some(c) = d.consent.as_mut() {
        one(&mut c.recorded_at);
        one(&mut c.wording_version);
    }
    if let Some(c) = d.contact.as_mut() {
        one(&mut c.name);
        one(&mut c.phone);
        one(&mut c.email);
        one(&mut c.safe_times);
        one(&mut c.language);
        many(&mut c.access_needs);
    }
    if let Some(a) = d.area.as_mut() {
        one(a);
    }
    many(&mut d.what_matters);
    for debt in &mut d.debts {
        one(&mut debt.owed_to);
    }
    many(&mut d.adviser_notes);
}
