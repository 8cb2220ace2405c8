//! The referral-summary half of a scenario's `expect` (`expect.summary`): builds the summary
//! as the app would for the scenario's answers, in en-GB, with the consent groups the
//! scenario withholds declined, and compares it with what the scenario expects. Kept out of
//! the engine because the summary needs the words (Fluent); `signpost run` and
//! `tests/scenarios.rs` call it beside [`crate::engine::authoring::scenario::check`].

use crate::engine::authoring::scenario::{check_dates, ExpectDate, ExpectSummary, ScenarioResult};
use crate::engine::referral::{Consent, ConsentGroup, ReferralDetails, CONSENT_WORDING_VERSION};
use crate::engine::{evaluate, Content, Date, FlagId, NodeId, ServiceId};
use crate::referral::summary::{build_summary, ReferralSummary, SummaryInput};

/// Builds the summary a person with these answers would share, consenting to every group
/// but those in `withhold`.
pub fn summary_for(
    content: &Content,
    result: &ScenarioResult,
    today: Date,
    withhold: &[ConsentGroup],
) -> Result<ReferralSummary, String> {
    let evaluation = evaluate(content, &result.answers, today).map_err(|e| e.to_string())?;
    let allowed = |g: ConsentGroup| !withhold.contains(&g);
    let details = ReferralDetails {
        consent: Some(Consent {
            contact: allowed(ConsentGroup::Contact),
            household_money: allowed(ConsentGroup::HouseholdMoney),
            health_safety: allowed(ConsentGroup::HealthSafety),
            recorded_at: format!("{today}T12:00:00Z"),
            wording_version: CONSENT_WORDING_VERSION.to_owned(),
        }),
        ..ReferralDetails::default()
    };
    build_summary(&SummaryInput {
        content,
        evaluation: &evaluation,
        answers: &result.answers,
        details: &details,
        locale: "en-GB",
        created_at: &format!("{today}T12:00:00Z"),
        reference: "SCENARIO",
    })
    .map_err(|e| e.to_string())
}

/// Every way the summary differs from `expect`; empty when it matches.
pub fn check_summary(
    content: &Content,
    result: &ScenarioResult,
    today: Date,
    expect: &ExpectSummary,
) -> Vec<String> {
    let s = match summary_for(content, result, today, &expect.withhold) {
        Ok(s) => s,
        Err(e) => return vec![format!("summary: cannot be built: {e}")],
    };
    let mut out = Vec::new();
    if let Some(dates) = &expect.deadlines {
        let got: Vec<ExpectDate> = s
            .urgency
            .deadlines
            .iter()
            .map(|d| ExpectDate {
                date: d.date,
                question: NodeId::new(&d.question),
                urgent: Some(!d.raised.is_empty()),
            })
            .collect();
        out.extend(check_dates("summary deadlines", dates, &got));
    }
    if let Some(urgent) = expect.urgent {
        if urgent != s.urgency.urgent {
            out.push(format!(
                "summary urgent: expected {urgent}, got {}",
                s.urgency.urgent
            ));
        }
    }
    if let Some(needs) = &expect.needs {
        let got: Vec<FlagId> = s.needs.iter().map(|n| FlagId::new(&n.code)).collect();
        out.extend(needs.check("summary needs", &got));
    }
    if let Some(members) = &expect.members {
        let got: Vec<ServiceId> = s.members.iter().map(|m| ServiceId::new(&m.id)).collect();
        out.extend(members.check("summary members", &got));
    }
    out
}
