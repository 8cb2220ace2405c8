//! `/referral/contact`: name and how and when to contact them, on one page (the GOV.UK
//! contact details pattern). Only when they agreed to share contact details.

use super::{yes_no_options, Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::components::text_area::TextArea;
use crate::app::components::text_field::TextField;
use crate::app::state::{set_title, use_session};
use crate::referral::flow::Page;
use crate::referral::forms::contact::{
    parse_contact, ContactForm, ACCESS_FIELD, EMAIL_FIELD, LANGUAGE_FIELD, LEAVE_MESSAGE_FIELD,
    METHOD_FIELD, NAME_FIELD, PHONE_FIELD, SAFE_TIMES_FIELD,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The contact details page.
#[component]
pub fn ReferralContactPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::Contact) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let navigate = use_navigate();
    let title = session.text("referral-contact-title");
    set_title(&session, &title, false);
    let saved = session.referral.with_untracked(|d| d.contact.clone());
    let start = match &saved {
        Some(c) => ContactForm::from_details(c),
        // Their language to start with: the one they are using now.
        None => ContactForm {
            language: session.text("language-name"),
            ..Default::default()
        },
    };
    let draft = |key: &str, v: &str| {
        let v = v.to_owned();
        session.form_draft(&format!("contact:{key}"), move || v)
    };
    let name = draft("name", &start.name);
    let method = draft("method", &start.method);
    let phone = draft("phone", &start.phone);
    let email = draft("email", &start.email);
    let safe_times = draft("safe-times", &start.safe_times);
    let leave_message = draft("leave-message", &start.leave_message);
    let language = draft("language", &start.language);
    let access = draft("access", &start.access_needs);
    let errors = Errors::new();

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ContactForm {
            name: name.get_untracked(),
            method: method.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            safe_times: safe_times.get_untracked(),
            leave_message: leave_message.get_untracked(),
            language: language.get_untracked(),
            access_needs: access.get_untracked(),
        };
        match parse_contact(&form) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(details) => {
                errors.clear();
                session.referral.update(|d| d.contact = Some(details));
                session.drop_form_drafts("contact:");
                navigate(&here.next(), Default::default());
            }
        }
    };

    let optional = session.text("optional");
    let methods = ["phone", "text", "email"]
        .into_iter()
        .map(|m| {
            (
                m.to_owned(),
                session.text(&format!("referral-contact-method-{m}")),
                None,
            )
        })
        .collect::<Vec<_>>();

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <h1 class="heading-l">{title}</h1>
        <p class="body">{session.text("referral-contact-lead")}</p>
        <form novalidate on:submit=on_submit>
            <TextField id=NAME_FIELD.to_owned() label=session.text("referral-contact-name")
                hint=session.text("referral-contact-name-hint") autocomplete="name" spellcheck=false
                value=name error=errors.field(NAME_FIELD)/>
            <ChoiceRadios id=METHOD_FIELD.to_owned() legend=session.text("referral-contact-method")
                options=methods value=method error=errors.field(METHOD_FIELD)/>
            <TextField id=PHONE_FIELD.to_owned() label=session.text("referral-contact-phone")
                hint=session.text("referral-contact-phone-hint") input_type="tel" inputmode="tel"
                autocomplete="tel" width="input--width-20" spellcheck=false
                value=phone error=errors.field(PHONE_FIELD)/>
            <TextField id=EMAIL_FIELD.to_owned() label=session.text("referral-contact-email")
                hint=session.text("referral-contact-email-hint") input_type="email" inputmode="email"
                autocomplete="email" spellcheck=false
                value=email error=errors.field(EMAIL_FIELD)/>
            <TextField id=SAFE_TIMES_FIELD.to_owned() label=session.text("referral-contact-safe-times")
                hint=session.text("referral-contact-safe-times-hint") optional=optional.clone()
                value=safe_times error=errors.field(SAFE_TIMES_FIELD)/>
            <ChoiceRadios id=LEAVE_MESSAGE_FIELD.to_owned() legend=session.text("referral-contact-leave-message")
                hint=session.text("referral-contact-leave-message-hint") inline=true
                options=yes_no_options(&session) value=leave_message error=errors.field(LEAVE_MESSAGE_FIELD)/>
            <TextField id=LANGUAGE_FIELD.to_owned() label=session.text("referral-contact-language")
                hint=session.text("referral-contact-language-hint") width="input--width-20" optional=optional.clone()
                value=language error=errors.field(LANGUAGE_FIELD)/>
            <TextArea id=ACCESS_FIELD.to_owned() label=session.text("referral-contact-access")
                hint=session.text("referral-contact-access-hint") optional=optional rows=3
                value=access error=errors.field(ACCESS_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}
