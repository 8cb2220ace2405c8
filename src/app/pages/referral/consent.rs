//! `/referral/consent`: before any personal detail, what the summary is, who it is for, that
//! it stays on this device, and a yes or no for each group of details.

use super::{yes_no_options, Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::state::{now_rfc3339, set_title, use_session};
use crate::engine::referral::CONSENT_WORDING_VERSION;
use crate::referral::flow::{self, Agreed, FlowState, Page};
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
    let here = match Here::open(&session, Page::Consent) {
        Ok(here) => here,
        Err(to) => return to,
    };
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
                let before = session
                    .referral
                    .with_untracked(|d| d.consent.as_ref().map(Agreed::from));
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
                let state = session.referral.with_untracked(|d| FlowState {
                    consent_before: before,
                    ..FlowState::of(d, here.state.changing)
                });
                navigate(
                    &flow::next(Page::Consent, &state).href(),
                    Default::default(),
                );
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
        <BackLink href=here.back()/>
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
