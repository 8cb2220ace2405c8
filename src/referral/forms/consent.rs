//! The consent page: a yes or no for each consent group, and what declining one removes.

use super::{yes_no, FormError};
use crate::engine::referral::{Consent, ReferralDetails};

/// The consent page: "yes", "no" or "" (not answered) for each group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsentForm {
    pub contact: String,
    pub household_money: String,
    pub health_safety: String,
}

pub const CONSENT_CONTACT_FIELD: &str = "consent-contact";
pub const CONSENT_MONEY_FIELD: &str = "consent-household-money";
pub const CONSENT_HEALTH_FIELD: &str = "consent-health-safety";

impl ConsentForm {
    pub fn from_consent(c: Option<&Consent>) -> ConsentForm {
        let yn = |b: bool| if b { "yes" } else { "no" }.to_owned();
        match c {
            Some(c) => ConsentForm {
                contact: yn(c.contact),
                household_money: yn(c.household_money),
                health_safety: yn(c.health_safety),
            },
            None => ConsentForm::default(),
        }
    }
}

/// The three decisions, or an error for each group not answered. The caller adds the time and
/// wording version.
pub fn parse_consent(form: &ConsentForm) -> Result<(bool, bool, bool), Vec<FormError>> {
    let mut errors = Vec::new();
    let mut get = |value: &str, field, message| {
        let v = yes_no(value);
        if v.is_none() {
            errors.push(FormError::new(field, message));
        }
        v.unwrap_or(false)
    };
    let contact = get(
        &form.contact,
        CONSENT_CONTACT_FIELD,
        "referral-error-consent-contact",
    );
    let money = get(
        &form.household_money,
        CONSENT_MONEY_FIELD,
        "referral-error-consent-household-money",
    );
    let health = get(
        &form.health_safety,
        CONSENT_HEALTH_FIELD,
        "referral-error-consent-health-safety",
    );
    if errors.is_empty() {
        Ok((contact, money, health))
    } else {
        Err(errors)
    }
}

/// Records the person's consent. A group they decline loses whatever was collected for it,
/// so declined details never linger on the device or reach a summary. The time is kept when
/// nothing changed (they only looked at the page again).
pub fn apply_consent(
    details: &mut ReferralDetails,
    (contact, household_money, health_safety): (bool, bool, bool),
    now: &str,
    wording_version: &str,
) {
    let unchanged = details.consent.as_ref().is_some_and(|c| {
        c.contact == contact
            && c.household_money == household_money
            && c.health_safety == health_safety
            && c.wording_version == wording_version
    });
    if !unchanged {
        details.consent = Some(Consent {
            contact,
            household_money,
            health_safety,
            recorded_at: now.to_owned(),
            wording_version: wording_version.to_owned(),
        });
    }
    if !contact {
        details.contact = None;
    }
    if !household_money {
        details.finances = None;
        details.debts.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::super::ids;
    use super::*;
    use crate::engine::ids::OptionId;
    use crate::engine::referral::{ContactDetails, Debt, Finances};

    #[test]
    fn consent_needs_each_group_answered() {
        assert_eq!(
            ids(parse_consent(&ConsentForm::default())),
            vec![
                (CONSENT_CONTACT_FIELD, "referral-error-consent-contact"),
                (
                    CONSENT_MONEY_FIELD,
                    "referral-error-consent-household-money"
                ),
                (CONSENT_HEALTH_FIELD, "referral-error-consent-health-safety"),
            ]
        );
        let form = ConsentForm {
            contact: "yes".into(),
            household_money: "no".into(),
            health_safety: "yes".into(),
        };
        assert_eq!(parse_consent(&form), Ok((true, false, true)));
    }

    #[test]
    fn declining_a_group_removes_what_was_collected_for_it() {
        let mut d = ReferralDetails {
            contact: Some(ContactDetails {
                name: "Sam".into(),
                ..Default::default()
            }),
            finances: Some(Finances::Quick {
                income: 1,
                fixed_costs: 2,
                flexible_costs: 3,
            }),
            debts: vec![Debt {
                kind: OptionId::new("rent"),
                owed_to: "Council".into(),
                amount: 100,
                arrears: None,
            }],
            what_matters: "Keep my home".into(),
            ..Default::default()
        };
        apply_consent(&mut d, (true, true, true), "2026-01-01T00:00:00.000Z", "v1");
        assert!(d.contact.is_some() && d.finances.is_some() && d.debts.len() == 1);
        // Looking at the page again and saving the same answers keeps the first time.
        apply_consent(&mut d, (true, true, true), "2026-02-02T00:00:00.000Z", "v1");
        assert_eq!(
            d.consent.as_ref().unwrap().recorded_at,
            "2026-01-01T00:00:00.000Z"
        );
        apply_consent(
            &mut d,
            (false, false, true),
            "2026-03-03T00:00:00.000Z",
            "v1",
        );
        let c = d.consent.as_ref().unwrap();
        assert!(!c.contact && !c.household_money && c.health_safety);
        assert_eq!(c.recorded_at, "2026-03-03T00:00:00.000Z");
        assert_eq!(c.wording_version, "v1");
        assert!(d.contact.is_none() && d.finances.is_none() && d.debts.is_empty());
        assert_eq!(d.what_matters, "Keep my home");
    }
}
