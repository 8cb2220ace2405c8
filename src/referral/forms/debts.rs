//! The debt pages: one debt (its type, who it is owed to, the amount and missed payments), the
//! order the types are offered in, and the page that asks before removing one.

use super::money::{money_field, money_text};
use super::{text, yes_no, FormError, MAX_SHORT};
use crate::engine::answer::{Answer, Answers};
use crate::engine::ids::OptionId;
use crate::engine::model::{ChoiceOption, Content};
use crate::engine::referral::Debt;

pub const DEBT_KIND_FIELD: &str = "debt-kind";
pub const DEBT_OWED_TO_FIELD: &str = "debt-owed-to";
pub const DEBT_AMOUNT_FIELD: &str = "debt-amount";
pub const DEBT_ARREARS_FIELD: &str = "debt-arrears";

/// The debt page's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DebtForm {
    pub kind: String,
    pub owed_to: String,
    pub amount: String,
    pub arrears: String,
}

impl DebtForm {
    pub fn from_debt(d: &Debt) -> DebtForm {
        DebtForm {
            kind: d.kind.to_string(),
            owed_to: d.owed_to.clone(),
            amount: money_text(d.amount),
            arrears: d.arrears.map(money_text).unwrap_or_default(),
        }
    }
}

/// Checks one debt: a type the content lists, who it is owed to, the amount, and missed
/// payments (optional, and not more than the amount).
pub fn parse_debt(content: &Content, form: &DebtForm) -> Result<Debt, Vec<FormError>> {
    let mut errors = Vec::new();
    let kind = OptionId::new(form.kind.as_str());
    if !content.debt_kinds().iter().any(|o| o.id == kind) {
        errors.push(FormError::new(
            DEBT_KIND_FIELD,
            "referral-error-debt-kind-missing",
        ));
    }
    let owed_to = text(
        DEBT_OWED_TO_FIELD,
        &form.owed_to,
        MAX_SHORT,
        false,
        &mut errors,
    );
    if owed_to.as_deref() == Some("") {
        errors.push(FormError::new(
            DEBT_OWED_TO_FIELD,
            "referral-error-debt-owed-to-missing",
        ));
    }
    let amount = money_field(
        DEBT_AMOUNT_FIELD,
        &form.amount,
        Some("referral-error-debt-amount-missing"),
    )
    .map_err(|e| errors.push(e))
    .ok();
    if amount == Some(0) {
        errors.push(FormError::new(
            DEBT_AMOUNT_FIELD,
            "referral-error-debt-amount-zero",
        ));
    }
    let arrears = if form.arrears.trim().is_empty() {
        None
    } else {
        match money_field(DEBT_ARREARS_FIELD, &form.arrears, None) {
            Ok(p) => Some(p),
            Err(e) => {
                errors.push(e);
                None
            }
        }
    };
    if let (Some(a), Some(total)) = (arrears, amount) {
        if a > total && total > 0 {
            errors.push(FormError::new(
                DEBT_ARREARS_FIELD,
                "referral-error-debt-arrears-too-big",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Debt {
        kind,
        owed_to: owed_to.unwrap_or_default(),
        amount: amount.unwrap_or_default(),
        arrears,
    })
}

/// The debt types to choose from: those the person ticked on the debt question first, then the
/// rest, each in the content's order.
pub fn debt_kinds_ordered<'a>(content: &'a Content, answers: &Answers) -> Vec<&'a ChoiceOption> {
    let ticked: Vec<OptionId> = content
        .referral_settings()
        .and_then(|r| answers.get(&r.debt_question))
        .map(|a| match a {
            Answer::Choices(c) => c.clone(),
            Answer::Choice(c) => vec![c.clone()],
            _ => Vec::new(),
        })
        .unwrap_or_default();
    let kinds = content.debt_kinds();
    let (mut first, rest): (Vec<_>, Vec<_>) =
        kinds.into_iter().partition(|o| ticked.contains(&o.id));
    first.extend(rest);
    first
}

pub const REMOVE_FIELD: &str = "remove-debt";

/// The remove page's yes/no.
pub fn parse_remove(value: &str) -> Result<bool, Vec<FormError>> {
    yes_no(value).ok_or_else(|| {
        vec![FormError::new(
            REMOVE_FIELD,
            "referral-error-remove-missing",
        )]
    })
}

#[cfg(test)]
mod tests {
    use super::super::{content, ids};
    use super::*;
    use crate::engine::NodeId;

    #[test]
    fn debts_are_checked() {
        let c = content();
        let form = DebtForm {
            kind: "rent".into(),
            owed_to: " Cornwall Housing ".into(),
            amount: "1,200".into(),
            arrears: "300".into(),
        };
        let d = parse_debt(&c, &form).unwrap();
        assert_eq!(d.owed_to, "Cornwall Housing");
        assert_eq!((d.amount, d.arrears), (120_000, Some(30_000)));
        assert_eq!(DebtForm::from_debt(&d).amount, "1200");
        let no_arrears = DebtForm {
            arrears: " ".into(),
            ..form.clone()
        };
        assert_eq!(parse_debt(&c, &no_arrears).unwrap().arrears, None);
        assert_eq!(
            ids(parse_debt(&c, &DebtForm::default())),
            vec![
                (DEBT_KIND_FIELD, "referral-error-debt-kind-missing"),
                (DEBT_OWED_TO_FIELD, "referral-error-debt-owed-to-missing"),
                (DEBT_AMOUNT_FIELD, "referral-error-debt-amount-missing"),
            ]
        );
        let unknown_kind = DebtForm {
            kind: "none".into(),
            ..form.clone()
        };
        assert_eq!(
            ids(parse_debt(&c, &unknown_kind)),
            vec![(DEBT_KIND_FIELD, "referral-error-debt-kind-missing")]
        );
        let too_much = DebtForm {
            arrears: "1200.01".into(),
            ..form.clone()
        };
        assert_eq!(
            ids(parse_debt(&c, &too_much)),
            vec![(DEBT_ARREARS_FIELD, "referral-error-debt-arrears-too-big")]
        );
        let zero = DebtForm {
            amount: "0".into(),
            arrears: String::new(),
            ..form
        };
        assert_eq!(
            ids(parse_debt(&c, &zero)),
            vec![(DEBT_AMOUNT_FIELD, "referral-error-debt-amount-zero")]
        );
    }

    #[test]
    fn debt_kinds_put_those_ticked_first() {
        let c = content();
        let mut answers = Answers::new();
        answers.insert(
            NodeId::new("debt-types"),
            Answer::Choices(vec![OptionId::new("cards"), OptionId::new("rent")]),
        );
        let kinds: Vec<&str> = debt_kinds_ordered(&c, &answers)
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(&kinds[..2], &["rent", "cards"]);
        assert!(!kinds.contains(&"none"));
        assert_eq!(kinds.len(), c.debt_kinds().len());
    }

    #[test]
    fn remove_needs_an_answer() {
        assert_eq!(parse_remove("yes"), Ok(true));
        assert_eq!(parse_remove("no"), Ok(false));
        assert_eq!(
            ids(parse_remove("")),
            vec![(REMOVE_FIELD, "referral-error-remove-missing")]
        );
    }
}
