//! The referral summary: what a consortium member needs to pick up a referral, built from the
//! answers and the referral details, in three forms: JSON (the [`ReferralSummary`], described
//! by the published schema in `public/schema/`), plain text for download, copy and email, and
//! a compact text for a QR code.
//!
//! - Consent decides what goes in. Answers and flags in a group the person declined are left
//!   out, and so are their contact details (contact group) and their money and debts
//!   (household-money group); the summary lists the groups withheld. What they need help
//!   with, how urgent it is, the dates to act by and their own words are always in it: the
//!   consent page says so.
//! - Every label is in the person's language and in English, because the receiving adviser
//!   may not read the person's language.
//! - Amounts are integer pence (`*_pence`) and dates ISO 8601, so receiving systems need not
//!   parse text; the plain text writes both as the person reads them.
//! - Members are matched (see [`crate::engine::matching`]) on what may be shared only: the
//!   flags of consented groups, and the area and contact channel only with contact consent.
//!   The language is the person's locale, which the summary records anyway.
//!
//! This file holds the summary's data types, which are its JSON format, and the constants
//! receivers rely on. Building, the writers and the reference code are in the submodules,
//! re-exported here so callers keep using `crate::referral::summary::…`.

mod building;
mod document;
pub(crate) mod members_serde;
mod qr_text;
mod reference;
mod text;

pub use building::build_summary;
pub use document::{summary_document, summary_document_for, Reader};
pub use qr_text::{qr_text, QrText};

pub use reference::reference_code;
pub use text::{email_body, email_subject, plain_text};

use crate::engine::answer::Answers;
use crate::engine::matching::MatchReason;
use crate::engine::model::{Channel, FlagKind, Membership};
use crate::engine::referral::{ConsentGroup, ContactMethod, ReferralDetails};
use crate::engine::{Content, Date, Evaluation, NodeId};
use crate::words::i18n::Translator;
use serde::{Deserialize, Serialize};

/// The version of the summary's JSON format, in semver: a new optional field is a minor
/// version, a removed or changed one a major version with a new schema file
/// (`referral-summary-<major>.schema.json`). Receivers check the major version.
pub const SCHEMA_VERSION: &str = "1.3.0";

/// Where the schema is published, relative to the app's root.
pub const SCHEMA_PATH: &str = "/schema/referral-summary-1.schema.json";

/// The largest QR payload, in bytes. A version 25 QR code at error-correction level M holds
/// 997 bytes in byte mode, at 117 modules a side: at 3 px a module it is 351 px, which an
/// ordinary phone camera reads from a phone or laptop screen and from paper. Bigger versions
/// hold more but their modules get too small to scan from a screen reliably; level M still
/// survives a smudge or a screen's glare (15 % of the code).
pub const QR_MAX_BYTES: usize = 997;

/// The number questions the `household` object is read from: "How many other adults live
/// with you?" and "How many children live with you?". Content without them has no household.
const HOUSEHOLD_ADULTS: &str = "adults";
const HOUSEHOLD_CHILDREN: &str = "children";

/// The English locale every label is also given in.
const ENGLISH: &str = "en-GB";

/// What a summary is built from.
#[derive(Clone, Copy, Debug)]
pub struct SummaryInput<'a> {
    pub content: &'a Content,
    pub evaluation: &'a Evaluation,
    pub answers: &'a Answers,
    pub details: &'a ReferralDetails,
    /// The person's locale, as in the content ("cy").
    pub locale: &'a str,
    /// RFC 3339.
    pub created_at: &'a str,
    /// From [`reference_code`].
    pub reference: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SummaryError {
    #[error("the answers do not reach an outcome yet, so there is nothing to refer")]
    NotAtOutcome,
    #[error("the path ends at \"{0}\", which is not an outcome in the content")]
    UnknownOutcome(NodeId),
    #[error("the person has not made their consent choices, so nothing may be shared")]
    NoConsent,
}

/// A code with its label in the person's language and in English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coded {
    pub code: String,
    pub label: String,
    pub label_en: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralSummary {
    pub schema_version: String,
    /// The content version that asked the questions.
    pub tree_version: String,
    /// RFC 3339.
    pub created_at: String,
    /// The short reference the person quotes ("SP-4K7M-Q2XD").
    pub reference: String,
    /// The person's locale: every `label` is in it, every `label_en` in English.
    pub locale: String,
    pub outcome: Coded,
    pub tier: Coded,
    pub urgency: Urgency,
    /// Needs, risks and (when shared) circumstances, most urgent first.
    pub needs: Vec<FlagEntry>,
    pub consent: ConsentRecord,
    /// `None` when the contact group is withheld or nothing was given.
    pub contact: Option<ContactSection>,
    /// `None` when the household-money group is withheld or the questions were not asked.
    pub household: Option<Household>,
    /// `None` when the household-money group is withheld or no money was entered.
    pub money: Option<MoneySection>,
    /// `None` when the household-money group is withheld.
    pub debts: Option<DebtsSection>,
    /// "What matters most to you right now?", in their words (always shared).
    pub own_words: String,
    /// Adviser mode: what the adviser wrote, never the person's words; `None` (and absent
    /// from the JSON) when there are none. Since 1.1.0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adviser_notes: Option<String>,
    /// Recommended consortium members, best first. Read back by hand (`members_serde.rs`
    /// says why); written by serde.
    #[serde(deserialize_with = "members_serde::deserialize")]
    pub members: Vec<MemberEntry>,
    /// Every question on the path that may be shared, as the person saw it, in order.
    pub answers: Vec<AnswerEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urgency {
    /// The tier is emergency or urgent.
    pub urgent: bool,
    pub earliest_deadline: Option<Date>,
    /// Earliest first.
    pub deadlines: Vec<DeadlineEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineEntry {
    pub date: Date,
    /// What the date is ("Court date").
    pub label: String,
    pub label_en: String,
    /// The question that gave the date.
    pub question: String,
    /// The need the date belongs to.
    pub flag: String,
    /// The flags a date test on it raised ("deadline-soon"): empty when it is not yet
    /// urgent. Added in 1.2.0.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raised: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagEntry {
    pub code: String,
    pub kind: FlagKind,
    pub label: String,
    pub label_en: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub contact: bool,
    pub household_money: bool,
    pub health_safety: bool,
    pub recorded_at: String,
    pub wording_version: String,
    /// The groups declined: nothing in them is in this summary.
    pub withheld: Vec<ConsentGroup>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactSection {
    pub name: String,
    pub method: Option<ContactMethod>,
    pub phone: String,
    pub email: String,
    pub safe_times: String,
    pub leave_message: Option<bool>,
    /// The language they want help in, in their words.
    pub language: String,
    pub access_needs: String,
    /// Their town or area.
    pub area: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    /// Adults living with the person, not counting them.
    pub other_adults: Option<i64>,
    pub children: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneySection {
    /// "quick" (three totals) or "detailed" (Standard Financial Statement categories).
    pub route: String,
    pub income_pence: i64,
    pub fixed_costs_pence: i64,
    pub flexible_costs_pence: i64,
    pub spending_pence: i64,
    /// Income less spending; negative is a shortfall.
    pub surplus_pence: i64,
    /// The SFS categories entered (detailed route only).
    pub items: Vec<MoneyItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyItem {
    /// "income", "fixed-costs" or "flexible-costs".
    pub section: String,
    pub code: String,
    pub label: String,
    pub label_en: String,
    pub pence: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebtsSection {
    /// Priority debts first, each group in the order entered.
    pub items: Vec<DebtEntry>,
    pub priority_total_pence: i64,
    pub non_priority_total_pence: i64,
    pub total_pence: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebtEntry {
    pub kind: String,
    pub label: String,
    pub label_en: String,
    pub owed_to: String,
    pub amount_pence: i64,
    pub arrears_pence: Option<i64>,
    pub priority: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberEntry {
    pub id: String,
    pub organisation: String,
    pub name: String,
    pub membership: Membership,
    /// A made-up service from an example directory: do not contact it.
    pub example: bool,
    pub score: u32,
    pub contacts: Vec<MemberContact>,
    pub reasons: Vec<ReasonEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberContact {
    pub channel: Channel,
    pub value: String,
}

/// A reason with its details (tagged by `code`) and its sentence in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonEntry {
    #[serde(flatten)]
    pub reason: MatchReason,
    pub text: String,
    pub text_en: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerEntry {
    pub id: String,
    pub question: String,
    pub question_en: String,
    /// One line per item, as shown on "Check your answers".
    pub answer: Vec<String>,
    pub answer_en: Vec<String>,
}

/// The person's language and English, side by side.
struct Texts {
    t: Translator,
    en: Translator,
}

impl Texts {
    fn new(content: &Content, locale: &str) -> Texts {
        Texts {
            t: Translator::new(content, locale),
            en: Translator::new(content, ENGLISH),
        }
    }

    fn both(&self, id: &str) -> (String, String) {
        (self.t.text(id), self.en.text(id))
    }

    fn both_with(&self, id: &str, args: &[(&str, String)]) -> (String, String) {
        (self.t.text_with(id, args), self.en.text_with(id, args))
    }

    fn coded(&self, code: &str, id: &str) -> Coded {
        let (label, label_en) = self.both(id);
        Coded {
            code: code.to_owned(),
            label,
            label_en,
        }
    }
}
