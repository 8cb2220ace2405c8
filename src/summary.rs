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

use crate::display;
use crate::engine::answer::{format_pounds, Answers};
use crate::engine::matching::{self, MatchReason, MatchRequest, TOP_MEMBERS};
use crate::engine::model::{Channel, FlagKind, Membership, Tier};
use crate::engine::referral::{
    sum_pence, ConsentGroup, ContactMethod, Finances, FixedItem, FlexibleItem, IncomeItem,
    ReferralDetails,
};
use crate::engine::text::{one_line, quoted};
use crate::engine::{Content, Date, Evaluation, FlagId, NodeId};
use crate::i18n::Translator;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

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
    /// Recommended consortium members, best first.
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

/// Builds the summary. Fails only when there is no outcome or no consent decision yet.
pub fn build_summary(input: &SummaryInput) -> Result<ReferralSummary, SummaryError> {
    let c = input.content;
    let ev = input.evaluation;
    let outcome_id = ev.outcome().ok_or(SummaryError::NotAtOutcome)?;
    let outcome = c
        .outcome(outcome_id)
        .ok_or_else(|| SummaryError::UnknownOutcome(outcome_id.clone()))?;
    // Made safe again, whatever the caller did: the details may come from storage changed by
    // hand, and everything in them goes out.
    let mut details = input.details.clone();
    details.make_safe();
    let d = &details;
    let consent = d.consent.as_ref().ok_or(SummaryError::NoConsent)?;
    let tx = Texts::new(c, input.locale);
    let locale = tx.t.locale().to_owned();

    let flag_allowed = |f: &FlagId| consent.allows_opt(c.flag(f).and_then(|d| d.consent));
    let question_allowed = |q: &NodeId| consent.allows_opt(c.question(q).and_then(|x| x.consent));

    // Needs: raised flags that may be shared, most urgent first.
    let mut shared_flags: Vec<&FlagId> = ev.flags.iter().filter(|f| flag_allowed(f)).collect();
    shared_flags.sort_by_key(|f| (c.urgency_rank(f), f.as_str().to_owned()));
    let needs = shared_flags
        .iter()
        .map(|f| {
            let def = c.flag(f);
            let (label, label_en) = match def {
                Some(d) => tx.both(d.label.as_str()),
                None => (f.to_string(), f.to_string()),
            };
            FlagEntry {
                code: f.to_string(),
                kind: def.map(|d| d.kind).unwrap_or(FlagKind::Need),
                label,
                label_en,
            }
        })
        .collect();

    let deadlines: Vec<DeadlineEntry> = ev
        .deadlines
        .iter()
        .filter(|d| flag_allowed(&d.flag) && question_allowed(&d.question))
        .map(|d| {
            let label_id = c
                .question(&d.question)
                .and_then(|q| q.deadline_label())
                .map(|m| m.as_str())
                .unwrap_or("summary-deadline");
            let (label, label_en) = tx.both(label_id);
            DeadlineEntry {
                date: d.date,
                label,
                label_en,
                question: d.question.to_string(),
                flag: d.flag.to_string(),
                raised: d.raised.iter().map(ToString::to_string).collect(),
            }
        })
        .collect();
    let urgency = Urgency {
        urgent: matches!(outcome.tier, Tier::Emergency | Tier::Urgent),
        earliest_deadline: deadlines.iter().map(|d| d.date).min(),
        deadlines,
    };

    let withheld: Vec<ConsentGroup> = ConsentGroup::ALL
        .into_iter()
        .filter(|g| !consent.allows(*g))
        .collect();
    let consent_record = ConsentRecord {
        contact: consent.contact,
        household_money: consent.household_money,
        health_safety: consent.health_safety,
        recorded_at: consent.recorded_at.clone(),
        wording_version: consent.wording_version.clone(),
        withheld,
    };

    let contact = if consent.contact && (d.contact.is_some() || d.area.is_some()) {
        let cd = d.contact.clone().unwrap_or_default();
        Some(ContactSection {
            name: cd.name,
            method: cd.method,
            phone: cd.phone,
            email: cd.email,
            safe_times: cd.safe_times,
            leave_message: cd.leave_message,
            language: cd.language,
            access_needs: cd.access_needs,
            area: d.area.clone(),
        })
    } else {
        None
    };

    let money_ok = consent.household_money;
    // The household questions' own consent group decides, as for any answer.
    let number = |id: &str| {
        let id = NodeId::new(id);
        match input.answers.get(&id) {
            Some(crate::engine::Answer::Number(n))
                if ev.path.contains(&id) && question_allowed(&id) =>
            {
                Some(*n)
            }
            _ => None,
        }
    };
    let household = Some(Household {
        other_adults: number(HOUSEHOLD_ADULTS),
        children: number(HOUSEHOLD_CHILDREN),
    })
    .filter(|h| h.other_adults.is_some() || h.children.is_some());

    let money = d
        .finances
        .as_ref()
        .filter(|_| money_ok)
        .map(|f| money_section(&tx, f));
    let debts = money_ok.then(|| debts_section(c, &tx, d));

    let request_flags: BTreeSet<FlagId> = shared_flags.iter().map(|f| (*f).clone()).collect();
    let request =
        MatchRequest::for_referral(outcome.tier, &request_flags, d, consent.contact, &locale);
    let members = matching::match_members(c, &request)
        .into_iter()
        .take(TOP_MEMBERS)
        .filter_map(|m| {
            let s = c.service(&m.service)?;
            Some(MemberEntry {
                id: s.id.to_string(),
                organisation: s.organisation.clone(),
                name: s.name.clone(),
                membership: m.membership,
                example: s.example,
                score: m.score,
                contacts: s
                    .contacts
                    .iter()
                    .map(|x| MemberContact {
                        channel: x.channel,
                        value: x.value.clone(),
                    })
                    .collect(),
                reasons: m
                    .reasons
                    .into_iter()
                    .map(|r| {
                        let (text, text_en) = (
                            reason_sentence(c, &tx.t, &r),
                            reason_sentence(c, &tx.en, &r),
                        );
                        ReasonEntry {
                            reason: r,
                            text,
                            text_en,
                        }
                    })
                    .collect(),
            })
        })
        .collect();

    let answers = ev
        .path
        .iter()
        .filter(|q| question_allowed(q))
        .filter_map(|id| {
            let q = c.question(id)?;
            let a = input.answers.get(id)?;
            Some(AnswerEntry {
                id: id.to_string(),
                question: tx.t.text(q.title.as_str()),
                question_en: tx.en.text(q.title.as_str()),
                answer: one_lines(display::answer_lines(&tx.t, q, a)),
                answer_en: one_lines(display::answer_lines(&tx.en, q, a)),
            })
        })
        .collect();

    Ok(ReferralSummary {
        schema_version: SCHEMA_VERSION.to_owned(),
        tree_version: ev.tree_version.clone(),
        created_at: one_line(input.created_at),
        reference: one_line(input.reference),
        locale,
        outcome: tx.coded(outcome.id.as_str(), outcome.title.as_str()),
        tier: tx.coded(
            outcome.tier.as_str(),
            &format!("tier-{}", outcome.tier.as_str()),
        ),
        urgency,
        needs,
        consent: consent_record,
        contact,
        household,
        money,
        debts,
        own_words: d.what_matters.trim().to_owned(),
        adviser_notes: Some(d.adviser_notes.trim().to_owned()).filter(|n| !n.is_empty()),
        members,
        answers,
    })
}

fn one_lines(lines: Vec<String>) -> Vec<String> {
    lines.iter().map(|l| one_line(l)).collect()
}

fn money_section(tx: &Texts, f: &Finances) -> MoneySection {
    let totals = f.totals();
    let mut items = Vec::new();
    let route = match f {
        Finances::Quick { .. } => "quick",
        Finances::Detailed {
            income,
            fixed_costs,
            flexible_costs,
        } => {
            let mut push = |section: &str, code: &str, pence: i64| {
                let (label, label_en) = tx.both(&format!("summary-{section}-{code}"));
                items.push(MoneyItem {
                    section: section.to_owned(),
                    code: code.to_owned(),
                    label,
                    label_en,
                    pence,
                });
            };
            for item in IncomeItem::ALL {
                if let Some(&p) = income.get(&item) {
                    push("income", &code(&item), p);
                }
            }
            for item in FixedItem::ALL {
                if let Some(&p) = fixed_costs.get(&item) {
                    push("fixed-costs", &code(&item), p);
                }
            }
            for item in FlexibleItem::ALL {
                if let Some(&p) = flexible_costs.get(&item) {
                    push("flexible-costs", &code(&item), p);
                }
            }
            "detailed"
        }
    };
    MoneySection {
        route: route.to_owned(),
        income_pence: totals.income,
        fixed_costs_pence: totals.fixed_costs,
        flexible_costs_pence: totals.flexible_costs,
        spending_pence: totals.spending,
        surplus_pence: totals.surplus,
        items,
    }
}

/// The serialized name of an SFS category ("other-income"), which is also its code.
fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|x| x.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn debts_section(c: &Content, tx: &Texts, d: &ReferralDetails) -> DebtsSection {
    let q = c
        .referral_settings()
        .and_then(|r| c.question(&r.debt_question));
    let mut items: Vec<DebtEntry> = d
        .debts
        .iter()
        .map(|debt| {
            let (label, label_en) = match q {
                Some(q) => (
                    display::option_label(&tx.t, q, debt.kind.as_str()),
                    display::option_label(&tx.en, q, debt.kind.as_str()),
                ),
                None => (debt.kind.to_string(), debt.kind.to_string()),
            };
            DebtEntry {
                kind: debt.kind.to_string(),
                label,
                label_en,
                owed_to: debt.owed_to.trim().to_owned(),
                amount_pence: debt.amount,
                arrears_pence: debt.arrears,
                // A kind the content no longer lists is not known to be a priority.
                priority: c.debt_is_priority(&debt.kind).unwrap_or(false),
            }
        })
        .collect();
    items.sort_by_key(|x| !x.priority);
    let sum = |p: bool| -> i64 {
        sum_pence(
            items
                .iter()
                .filter(|x| x.priority == p)
                .map(|x| x.amount_pence),
        )
    };
    let (priority, non_priority) = (sum(true), sum(false));
    DebtsSection {
        items,
        priority_total_pence: priority,
        non_priority_total_pence: non_priority,
        total_pence: priority.saturating_add(non_priority),
    }
}

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

/// Crockford's base 32: no I, L, O or U, so a reference read aloud or copied by hand is not
/// misread.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short reference like "SP-4K7M-Q2XD": 40 bits of an FNV-1a hash of `seed`, so the same
/// seed always gives the same reference. Identity, not security: a reference names a summary
/// the person holds, it unlocks nothing.
pub fn reference_code(seed: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Fold the high bits in: FNV's low bits alone mix less well.
    let v = (h ^ (h >> 40)) & ((1u64 << 40) - 1);
    let chars: Vec<char> = (0..8)
        .rev()
        .map(|i| CROCKFORD[((v >> (i * 5)) & 31) as usize] as char)
        .collect();
    let s: String = chars.iter().collect();
    format!("SP-{}-{}", &s[..4], &s[4..])
}

/// "Welsh text / English text", or one of them when they are the same.
fn pair(local: &str, en: &str) -> String {
    if local == en {
        local.to_owned()
    } else {
        format!("{local} / {en}")
    }
}

/// The summary as plain text: headings, one fact a line, English beside the person's language
/// where they differ. For download, copy and email. Only headings start at the left edge
/// after a blank line: what a person or adviser wrote is a quoted block ("> " on every line)
/// or, for a one-line value, kept on its label's line, so no words typed into a form can pass
/// for a section of the summary (such as the adviser's notes).
pub fn plain_text(content: &Content, s: &ReferralSummary) -> String {
    let tx = Texts::new(content, &s.locale);
    let h = |id: &str| {
        let (a, b) = tx.both(id);
        pair(&a, &b)
    };
    let money = |p: i64| pair(&display::money(&tx.t, p), &display::money(&tx.en, p));
    let date = |d: Date| {
        pair(
            &display::long_date(&tx.t, d),
            &display::long_date(&tx.en, d),
        )
    };
    let mut out: Vec<String> = Vec::new();
    let heading = |out: &mut Vec<String>, id: &str| {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.push(h(id).to_uppercase());
    };
    let line = |label: &str, value: &str| format!("{}: {}", h(label), one_line(value));

    heading(&mut out, "summary-title");
    out.push(line("summary-reference", &s.reference));
    out.push(line("summary-created", &s.created_at));
    out.push(line("summary-language", &s.locale));
    out.push(line(
        "summary-outcome",
        &pair(&s.outcome.label, &s.outcome.label_en),
    ));
    out.push(line("summary-tier", &pair(&s.tier.label, &s.tier.label_en)));
    if s.members.iter().any(|m| m.example) {
        out.push(h("summary-example"));
    }

    heading(&mut out, "summary-deadlines");
    if s.urgency.deadlines.is_empty() {
        out.push(h("summary-no-deadlines"));
    }
    for d in &s.urgency.deadlines {
        out.push(format!(
            "- {}: {}",
            pair(&d.label, &d.label_en),
            date(d.date)
        ));
    }

    heading(&mut out, "summary-needs");
    for f in &s.needs {
        out.push(format!("- {}", pair(&f.label, &f.label_en)));
    }

    heading(&mut out, "summary-own-words");
    if s.own_words.is_empty() {
        out.push(h("check-not-given"));
    } else {
        out.extend(quoted(&s.own_words));
    }

    if let Some(notes) = &s.adviser_notes {
        heading(&mut out, "adviser-notes-summary-heading");
        out.extend(quoted(notes));
    }

    heading(&mut out, "summary-consent");
    for g in ConsentGroup::ALL {
        let shared = !s.consent.withheld.contains(&g);
        out.push(format!(
            "{}: {}",
            h(&format!("summary-consent-{}", g.as_str())),
            h(if shared {
                "summary-shared"
            } else {
                "summary-not-shared"
            })
        ));
    }
    out.push(line("summary-consent-recorded", &s.consent.recorded_at));

    let not_shared = |out: &mut Vec<String>, g: ConsentGroup| {
        out.push(format!(
            "{}: {}",
            h("summary-not-shared"),
            h(&format!("summary-consent-{}", g.as_str()))
        ));
    };

    heading(&mut out, "summary-contact");
    match &s.contact {
        None if !s.consent.contact => not_shared(&mut out, ConsentGroup::Contact),
        None => out.push(h("check-not-given")),
        Some(c) => {
            let field = |out: &mut Vec<String>, id: &str, v: &str| {
                if !v.trim().is_empty() {
                    out.push(line(id, v));
                }
            };
            field(&mut out, "summary-name", &c.name);
            if let Some(m) = c.method {
                field(
                    &mut out,
                    "summary-contact-method",
                    &h(&format!("summary-method-{}", m.as_str())),
                );
            }
            field(&mut out, "summary-phone", &c.phone);
            field(&mut out, "summary-email", &c.email);
            field(&mut out, "summary-safe-times", &c.safe_times);
            if let Some(b) = c.leave_message {
                let yes_no = h(if b { "yes" } else { "no" });
                field(&mut out, "summary-leave-message", &yes_no);
            }
            field(&mut out, "summary-contact-language", &c.language);
            // A text area: several lines are a quoted block under the label.
            let access = quoted(&c.access_needs);
            if access.len() > 1 {
                out.push(format!("{}:", h("summary-access-needs")));
                out.extend(access);
            } else {
                field(&mut out, "summary-access-needs", &c.access_needs);
            }
            if let Some(a) = &c.area {
                field(&mut out, "summary-area", a);
            }
        }
    }

    heading(&mut out, "summary-money");
    if !s.consent.household_money {
        not_shared(&mut out, ConsentGroup::HouseholdMoney);
    } else {
        if let Some(hh) = &s.household {
            if let Some(n) = hh.other_adults {
                out.push(line("summary-other-adults", &n.to_string()));
            }
            if let Some(n) = hh.children {
                out.push(line("summary-children", &n.to_string()));
            }
        }
        match &s.money {
            None => out.push(line("summary-money-month", &h("check-not-given"))),
            Some(m) => {
                out.push(h("summary-money-month"));
                for it in &m.items {
                    out.push(format!(
                        "  {}: {}",
                        pair(&it.label, &it.label_en),
                        money(it.pence)
                    ));
                }
                out.push(line("summary-income", &money(m.income_pence)));
                out.push(line("summary-fixed-costs", &money(m.fixed_costs_pence)));
                out.push(line(
                    "summary-flexible-costs",
                    &money(m.flexible_costs_pence),
                ));
                out.push(line("summary-spending", &money(m.spending_pence)));
                if m.surplus_pence < 0 {
                    let short = m.surplus_pence.saturating_neg();
                    out.push(line("summary-shortfall", &money(short)));
                } else {
                    out.push(line("summary-surplus", &money(m.surplus_pence)));
                }
            }
        }
        if let Some(debts) = &s.debts {
            out.push(h("summary-debts"));
            if debts.items.is_empty() {
                out.push(h("summary-no-debts"));
            }
            for d in &debts.items {
                let kind = h(if d.priority {
                    "summary-debt-priority"
                } else {
                    "summary-debt-non-priority"
                });
                let mut l = format!(
                    "- {} ({kind}): {}",
                    pair(&d.label, &d.label_en),
                    money(d.amount_pence)
                );
                if !d.owed_to.is_empty() {
                    let owed_to = one_line(&d.owed_to);
                    l.push_str(&format!("; {}: {owed_to}", h("summary-debt-owed-to")));
                }
                if let Some(a) = d.arrears_pence {
                    l.push_str(&format!("; {}: {}", h("summary-debt-arrears"), money(a)));
                }
                out.push(l);
            }
            out.push(line(
                "summary-priority-total",
                &money(debts.priority_total_pence),
            ));
            out.push(line(
                "summary-non-priority-total",
                &money(debts.non_priority_total_pence),
            ));
            out.push(line("summary-debt-total", &money(debts.total_pence)));
        }
    }
    heading(&mut out, "summary-members");
    for (i, m) in s.members.iter().enumerate() {
        let example = if m.example {
            format!(" ({})", h("summary-example-short"))
        } else {
            String::new()
        };
        out.push(format!(
            "{}. {}: {}{example}",
            i + 1,
            m.organisation,
            m.name
        ));
        for r in &m.reasons {
            out.push(format!("   - {}", pair(&r.text, &r.text_en)));
        }
        for c in &m.contacts {
            out.push(format!(
                "   {}: {}",
                h(&format!("summary-channel-{}", channel_code(c.channel))),
                c.value
            ));
        }
    }

    heading(&mut out, "summary-answers");
    for a in &s.answers {
        out.push(pair(&a.question, &a.question_en));
        for (l, e) in a.answer.iter().zip(&a.answer_en) {
            out.push(format!("  {}", pair(&one_line(l), &one_line(e))));
        }
    }

    out.push(String::new());
    out.push(line("summary-tree-version", &s.tree_version));
    out.push(line(
        "summary-format",
        &format!("{SCHEMA_PATH} {}", s.schema_version),
    ));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

fn channel_code(c: Channel) -> &'static str {
    match c {
        // Validation keeps text contacts out of the directory, whose members this lists.
        Channel::Phone | Channel::Text => "phone",
        Channel::Email => "email",
        Channel::Website => "website",
        Channel::Visit => "visit",
    }
}

/// The text of an email link: exactly the plain text, which holds only what the person agreed
/// to share.
pub fn email_body(content: &Content, s: &ReferralSummary) -> String {
    plain_text(content, s)
}

/// The email's subject, in English for the receiving adviser: "Referral summary SP-…".
pub fn email_subject(content: &Content, s: &ReferralSummary) -> String {
    let tx = Texts::new(content, &s.locale);
    let (_, en) = tx.both_with(
        "summary-email-subject",
        &[("reference", s.reference.clone())],
    );
    en
}

/// A QR code's text and whether it holds the whole summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrText {
    pub text: String,
    pub complete: bool,
}

/// Pounds without the sign or separators: "1200.50", "-40".
fn qr_pounds(pence: i64) -> String {
    format_pounds(pence).replace(['£', ','], "")
}

/// One line's value: no line breaks, since a line is a field, and no control characters.
fn qr_clean(s: &str) -> String {
    one_line(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The summary in the compact QR format (`public/schema/README.md`): `SIGNPOST/1`, then
/// `KEY:value` lines in English, most important first. When it does not fit `max_bytes`, the
/// own words are shortened and the least important lines dropped, `PART:1` is the second
/// line, and `complete` is false.
pub fn qr_text(s: &ReferralSummary, max_bytes: usize) -> QrText {
    let mut lines: Vec<(&str, String)> = Vec::new();
    let mut add = |k: &'static str, v: String| {
        let v = qr_clean(&v);
        if !v.is_empty() {
            lines.push((k, v));
        }
    };
    add("REF", s.reference.clone());
    add("TIER", s.tier.code.clone());
    add(
        "DUE",
        s.urgency
            .deadlines
            .iter()
            .map(|d| format!("{}={}", d.date, d.flag))
            .collect::<Vec<_>>()
            .join(","),
    );
    add(
        "NEEDS",
        s.needs
            .iter()
            .map(|f| f.code.as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    add("LANG", s.locale.clone());
    add(
        "WITHHELD",
        s.consent
            .withheld
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    if let Some(c) = &s.contact {
        add("NAME", c.name.clone());
        add("PHONE", c.phone.clone());
        add("EMAIL", c.email.clone());
        add(
            "VIA",
            c.method.map(|m| m.as_str().to_owned()).unwrap_or_default(),
        );
        add("SAFE", c.safe_times.clone());
        add(
            "MSG",
            c.leave_message
                .map(|b| if b { "yes" } else { "no" }.to_owned())
                .unwrap_or_default(),
        );
        add("AREA", c.area.clone().unwrap_or_default());
    }
    if let Some(d) = &s.debts {
        add("PRIORITY", qr_pounds(d.priority_total_pence));
        add("NONPRIORITY", qr_pounds(d.non_priority_total_pence));
    }
    if let Some(m) = &s.money {
        add("IN", qr_pounds(m.income_pence));
        add("OUT", qr_pounds(m.spending_pence));
        add("SURPLUS", qr_pounds(m.surplus_pence));
    }
    add(
        "MEMBERS",
        s.members
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(","),
    );
    add("WORDS", s.own_words.clone());
    // Last: the adviser's notes are the first thing dropped when the code is full.
    add("NOTES", s.adviser_notes.clone().unwrap_or_default());

    const HEAD: &str = "SIGNPOST/1";
    let render = |lines: &[(&str, String)], part: bool| -> String {
        let mut t = String::from(HEAD);
        if part {
            t.push_str("\nPART:1");
        }
        for (k, v) in lines {
            t.push('\n');
            t.push_str(k);
            t.push(':');
            t.push_str(v);
        }
        t
    };
    let whole = render(&lines, false);
    if whole.len() <= max_bytes {
        return QrText {
            text: whole,
            complete: true,
        };
    }
    // Keep lines in order while they fit; the own words are cut to what is left (the
    // adviser's notes after them are then dropped).
    let mut kept: Vec<(&str, String)> = Vec::new();
    let mut used = render(&[], true).len();
    for (k, v) in lines {
        let cost = 1 + k.len() + 1 + v.len();
        if used + cost <= max_bytes {
            used += cost;
            kept.push((k, v));
            continue;
        }
        if k == "WORDS" {
            let room = max_bytes.saturating_sub(used + 1 + k.len() + 1 + '…'.len_utf8());
            let mut cut = room.min(v.len());
            while !v.is_char_boundary(cut) {
                cut -= 1;
            }
            if cut > 0 {
                kept.push((k, format!("{}…", v[..cut].trim_end())));
            }
        }
        break;
    }
    QrText {
        text: render(&kept, true),
        complete: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_codes_are_short_stable_and_unambiguous() {
        let a = reference_code("2026-11-23T10:00:00Z|abc|123");
        assert_eq!(a, reference_code("2026-11-23T10:00:00Z|abc|123"));
        assert_ne!(a, reference_code("2026-11-23T10:00:01Z|abc|123"));
        assert_eq!(a.len(), 12);
        assert!(a.starts_with("SP-"));
        assert_eq!(&a[7..8], "-");
        for seed in 0..500 {
            let r = reference_code(&seed.to_string());
            assert!(
                r[3..]
                    .chars()
                    .all(|c| c == '-' || CROCKFORD.contains(&(c as u8))),
                "{r}"
            );
            assert!(!r[3..].contains(['I', 'L', 'O', 'U']), "{r}");
        }
        let distinct: BTreeSet<String> =
            (0..2000).map(|i| reference_code(&i.to_string())).collect();
        assert_eq!(distinct.len(), 2000);
    }

    #[test]
    fn sfs_codes_are_kebab_case() {
        assert_eq!(code(&IncomeItem::OtherIncome), "other-income");
        assert_eq!(code(&FixedItem::PensionsInsurances), "pensions-insurances");
        assert_eq!(code(&FlexibleItem::FoodHousekeeping), "food-housekeeping");
    }

    #[test]
    fn qr_pounds_are_plain_numbers() {
        assert_eq!(qr_pounds(120_050), "1200.50");
        assert_eq!(qr_pounds(-4_000), "-40");
        assert_eq!(qr_clean(" a\nb\r\n c "), "a b c");
        assert_eq!(qr_clean("a\u{0}b\u{202E}c"), "abc");
    }
}
