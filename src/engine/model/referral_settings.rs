//! What the content says about referrals: the consent group a question or flag belongs to,
//! and which question lists debts (`settings.json` "referral"). Content model types, kept here
//! so the model does not depend on the referral code that uses them.

use crate::engine::ids::{FlagId, NodeId};
use serde::{Deserialize, Serialize};

/// What a person may agree to share, group by group. Questions and flags in content name
/// their group (`"consent": "health-safety"`); those without one (what they need help with,
/// how urgent it is, and the dates to act by) are always in the summary, and the consent
/// page says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsentGroup {
    /// Name, how and when to contact them, whether a message may be left, language and
    /// access needs.
    Contact,
    /// Who lives with them, work, benefits, income, spending and debts.
    HouseholdMoney,
    /// Safety, health, disability, pregnancy and caring.
    HealthSafety,
}

impl ConsentGroup {
    pub const ALL: [ConsentGroup; 3] = [
        ConsentGroup::Contact,
        ConsentGroup::HouseholdMoney,
        ConsentGroup::HealthSafety,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentGroup::Contact => "contact",
            ConsentGroup::HouseholdMoney => "household-money",
            ConsentGroup::HealthSafety => "health-safety",
        }
    }
}

/// Where the content says debts are listed and which flag marks a priority debt
/// (`settings.json` "referral").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralSettings {
    /// The multiple-choice question whose options are the debt types.
    pub debt_question: NodeId,
    /// The flag an option raises when its debt is a priority debt (CPAG's classification).
    pub priority_flag: FlagId,
}
