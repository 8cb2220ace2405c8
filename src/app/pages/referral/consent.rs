//! `/referral/consent`: before any personal detail, what the summary is, who it is for, that
//! it stays on this device, and a yes or no for each group of details.

use super::{redirect, redirect_for, use_changing, yes_no_options, Errors};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::routes;
use crate::app::state::{now_rfc3339, set_title, use_session};
use crate::engine::referral::{Consent, CONSENT_WORDING_VERSION};
use crate::referral::forms::consent::{
    apply_consent, parse_consent, ConsentForm, CONSENT_CONTACT_FIELD, CONSENT_HEALTH_FIELD,
    CONSENT_MONEY_FIELD,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The consent page. Saving a "No" removes what was collected for that group.
#[component]
pub fn ReferralConsentPage() -> impl IntoView {
    let session = use_session();
    if let Some(to) = redirect_for(&session, None, false) {
        return redirect(to);
    }
    let changing = use_changing();
    let navigate = use_navigate();
    let title = session.text("referral-consent-title");
    set_title(&session, &title, false);
    let start = session
        .referral
        .with_untracked(|d| ConsentForm::from_consent(d.consent.as_ref()));
    let contact = session.form_draft("consent:contact", || start.contact.clone());
    let money = session.form_draft("consent:money", || start.household_money.clone());
    let health = session.form_draft("consent:health", || start.health_safety.clone());
    let errors = Errors::new();
    let back = if changing {
        routes::REFERRAL_SUMMARY
    } else {
        routes::OUTCOME
    };

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ConsentForm {
            contact: contact.get_untracked(),
            household_money: money.get_untracked(),
            health_safety: health.get_untracked(),
        };
        match parse_consent(&form) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(choices) => {
                errors.clear();
                let before = session.referral.with_untracked(|d| d.clone());
                session
                    .referral
                    .update(|d| apply_consent(d, choices, &now_rfc3339(), CONSENT_WORDING_VERSION));
                session.drop_form_drafts("consent:");
                // What was typed for a declined group must not come back either.
                if !choices.0 {
                    session.drop_form_drafts("contact:");
                }
                if !choices.1 {
                    for p in [
                        "money-route:",
                        "quick:",
                        "income:",
                        "fixed:",
                        "flexible:",
                        "debt:",
                    ] {
                        session.drop_form_drafts(p);
                    }
                }
                let to = if changing {
                    // A group just agreed to starts at its first page, then back to the summary.
                    let had = |f: fn(&Consent) -> bool| before.consent.as_ref().is_some_and(f);
                    if choices.0 && !had(|c| c.contact) {
                        routes::changing(routes::REFERRAL_CONTACT, true)
                    } else if choices.1 && !had(|c| c.household_money) {
                        routes::changing(routes::REFERRAL_MONEY, true)
                    } else {
                        routes::REFERRAL_SUMMARY.to_owned()
                    }
                } else if choices.0 {
                    routes::REFERRAL_CONTACT.to_owned()
                } else {
                    routes::REFERRAL_AREA.to_owned()
                };
                navigate(&to, Default::default());
            }
        }
    };

    let group = |id: &'static str, legend: &str, hint: &str, value: RwSignal<String>| {
        view! {
            <ChoiceRadios id=id.to_owned() legend=session.text(legend) hint=session.text(hint)
                inline=true options=yes_no_options(&session) value=value error=errors.field(id)/>
        }
    };

    view! {
        <BackLink href=back.to_owned()/>
        <ErrorSummary items=errors.items()/>
        <h1 class="heading-l">{title}</h1>
        <p class="body">{session.text("referral-consent-lead")}</p>
        <h2 class="heading-m">{session.text("referral-consent-always-title")}</h2>
        <ul class="list list--bullet">
            <li>{session.text("referral-consent-always-need")}</li>
            <li>{session.text("referral-consent-always-urgency")}</li>
            <li>{session.text("referral-consent-always-dates")}</li>
            <li>{session.text("referral-consent-always-words")}</li>
        </ul>
        <h2 class="heading-m">{session.text("referral-consent-who-title")}</h2>
        <p class="body">{session.text("referral-consent-who")}</p>
        <h2 class="heading-m">{session.text("referral-consent-device-title")}</h2>
        <p class="body">{session.text("referral-consent-device")}</p>
        <p class="body">{session.text("referral-consent-nothing-sent")}</p>
        <div class="inset-text">
            <p class="body">{session.text("referral-consent-choose")}</p>
        </div>
        <form novalidate on:submit=on_submit>
            {group(CONSENT_CONTACT_FIELD, "referral-consent-contact", "referral-consent-contact-hint", contact)}
            {group(CONSENT_MONEY_FIELD, "referral-consent-household-money", "referral-consent-household-money-hint", money)}
            {group(CONSENT_HEALTH_FIELD, "referral-consent-health-safety", "referral-consent-health-safety-hint", health)}
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}
