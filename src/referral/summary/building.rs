//! Building the [`ReferralSummary`] from the answers and the referral details: consent
//! decides what goes in, and every label is given in the person's language and in English.

use super::{
    AnswerEntry, ConsentRecord, ContactSection, DeadlineEntry, DebtEntry, DebtsSection, FlagEntry,
    Household, MemberContact, MemberEntry, MoneyItem, MoneySection, ReasonEntry, ReferralSummary,
    SummaryError, SummaryInput, Texts, Urgency, HOUSEHOLD_ADULTS, HOUSEHOLD_CHILDREN,
    SCHEMA_VERSION,
};
use crate::engine::matching;
use crate::engine::model::{FlagKind, Tier};
use crate::engine::referral::{
    sum_pence, ConsentGroup, Finances, FixedItem, FlexibleItem, IncomeItem, ReferralDetails,
};
use crate::engine::text::one_line;
use crate::engine::{Content, FlagId, NodeId};
use crate::words::display;
use crate::words::reasons::reason_sentence;
use serde::Serialize;

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
    let choice = matching::referral_choice(c, outcome.tier, &ev.flags, d, &locale);
    let needs = choice
        .flags
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

    let members = choice
        .members
        .into_iter()
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
    crate::engine::order::sort_by_key(&mut items, |x| !x.priority);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sfs_codes_are_kebab_case() {
        assert_eq!(code(&IncomeItem::OtherIncome), "other-income");
        assert_eq!(code(&FixedItem::PensionsInsurances), "pensions-insurances");
        assert_eq!(code(&FlexibleItem::FoodHousekeeping), "food-housekeeping");
    }
}
