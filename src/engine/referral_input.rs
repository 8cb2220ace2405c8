//! What a person types on the referral pages, checked and turned into [`ReferralDetails`]
//! data. Errors name the field they belong to (its element id) and a Fluent message
//! (`content/locales/*/referral.ftl`, or the shared money and length messages of `ui.ftl`),
//! so the app shows them GOV.UK-style in the person's language. Also: what declining a consent
//! group removes, the areas a person can choose from, and the versioned storage wrapper.

use super::answer::{format_pounds, parse_money, Answer, Answers, InputError};
use super::ids::OptionId;
use super::model::{ChoiceOption, Content};
use super::referral::{
    Consent, ContactDetails, ContactMethod, Debt, FixedItem, FlexibleItem, IncomeItem,
    ReferralDetails,
};
use super::text::clean_typed;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The longest name kept.
pub const MAX_NAME: usize = 100;
/// The longest short answer kept (when to contact, language, who a debt is owed to).
pub const MAX_SHORT: usize = 200;
/// The longest free text kept (access needs, what matters most).
pub const MAX_LONG: usize = 1000;

/// A value a message interpolates as `$limit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Pence: the app writes it as the person's locale writes money.
    Money(i64),
    Chars(usize),
}

/// One problem with what was entered: the field (its element id) and the message to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormError {
    pub field: &'static str,
    pub message: &'static str,
    pub limit: Option<Limit>,
}

impl FormError {
    fn new(field: &'static str, message: &'static str) -> FormError {
        FormError {
            field,
            message,
            limit: None,
        }
    }
}

fn too_long(field: &'static str, max: usize) -> FormError {
    FormError {
        field,
        message: "error-text-too-long",
        limit: Some(Limit::Chars(max)),
    }
}

/// Cleaned (see [`clean_typed`]: line breaks kept only for a text area, `multiline`) and
/// trimmed text, or an error when it is longer than `max` characters.
fn text(
    field: &'static str,
    value: &str,
    max: usize,
    multiline: bool,
    errors: &mut Vec<FormError>,
) -> Option<String> {
    let cleaned = clean_typed(value, multiline);
    let t = cleaned.trim();
    if t.chars().count() > max {
        errors.push(too_long(field, max));
        return None;
    }
    Some(t.to_owned())
}

/// A yes/no radio group's value.
fn yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Consent

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

// ---------------------------------------------------------------------------------------------
// Contact details

/// The contact page's fields, as typed. `method` and `leave_message` are radio values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactForm {
    pub name: String,
    pub method: String,
    pub phone: String,
    pub email: String,
    pub safe_times: String,
    pub leave_message: String,
    pub language: String,
    pub access_needs: String,
}

pub const NAME_FIELD: &str = "contact-name";
pub const METHOD_FIELD: &str = "contact-method";
pub const PHONE_FIELD: &str = "contact-phone";
pub const EMAIL_FIELD: &str = "contact-email";
pub const SAFE_TIMES_FIELD: &str = "contact-safe-times";
pub const LEAVE_MESSAGE_FIELD: &str = "contact-leave-message";
pub const LANGUAGE_FIELD: &str = "contact-language";
pub const ACCESS_FIELD: &str = "contact-access-needs";

impl ContactForm {
    pub fn from_details(c: &ContactDetails) -> ContactForm {
        ContactForm {
            name: c.name.clone(),
            method: c.method.map(|m| m.as_str().to_owned()).unwrap_or_default(),
            phone: c.phone.clone(),
            email: c.email.clone(),
            safe_times: c.safe_times.clone(),
            leave_message: match c.leave_message {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
            language: c.language.clone(),
            access_needs: c.access_needs.clone(),
        }
    }
}

pub fn contact_method(value: &str) -> Option<ContactMethod> {
    match value {
        "phone" => Some(ContactMethod::Phone),
        "text" => Some(ContactMethod::Text),
        "email" => Some(ContactMethod::Email),
        _ => None,
    }
}

/// Checks the contact page: a name, a way to contact them and the number or address it
/// needs, whether a message may be left. The rest is optional.
pub fn parse_contact(form: &ContactForm) -> Result<ContactDetails, Vec<FormError>> {
    let mut errors = Vec::new();
    let name = text(NAME_FIELD, &form.name, MAX_NAME, false, &mut errors);
    if name.as_deref() == Some("") {
        errors.push(FormError::new(NAME_FIELD, "referral-error-name-missing"));
    }
    let method = contact_method(&form.method);
    if method.is_none() {
        errors.push(FormError::new(
            METHOD_FIELD,
            "referral-error-method-missing",
        ));
    }
    let needs_phone = matches!(method, Some(ContactMethod::Phone | ContactMethod::Text));
    let phone = match normalise_phone(&form.phone) {
        Ok(p) => p,
        Err(PhoneError::Missing) if needs_phone => {
            errors.push(FormError::new(PHONE_FIELD, "referral-error-phone-missing"));
            String::new()
        }
        Err(PhoneError::Missing) => String::new(),
        Err(PhoneError::Format) => {
            errors.push(FormError::new(PHONE_FIELD, "referral-error-phone-format"));
            String::new()
        }
    };
    let email = clean_typed(&form.email, false);
    let email = email.trim();
    if email.is_empty() {
        if method == Some(ContactMethod::Email) {
            errors.push(FormError::new(EMAIL_FIELD, "referral-error-email-missing"));
        }
    } else if !valid_email(email) {
        errors.push(FormError::new(EMAIL_FIELD, "referral-error-email-format"));
    }
    let safe_times = text(
        SAFE_TIMES_FIELD,
        &form.safe_times,
        MAX_SHORT,
        false,
        &mut errors,
    );
    let leave_message = yes_no(&form.leave_message);
    if leave_message.is_none() {
        errors.push(FormError::new(
            LEAVE_MESSAGE_FIELD,
            "referral-error-leave-message-missing",
        ));
    }
    let language = text(
        LANGUAGE_FIELD,
        &form.language,
        MAX_SHORT,
        false,
        &mut errors,
    );
    let access_needs = text(
        ACCESS_FIELD,
        &form.access_needs,
        MAX_LONG,
        true,
        &mut errors,
    );
    if !errors.is_empty() {
        // In the order the fields are on the page.
        let order = [
            NAME_FIELD,
            METHOD_FIELD,
            PHONE_FIELD,
            EMAIL_FIELD,
            SAFE_TIMES_FIELD,
            LEAVE_MESSAGE_FIELD,
            LANGUAGE_FIELD,
            ACCESS_FIELD,
        ];
        errors.sort_by_key(|e| order.iter().position(|f| *f == e.field));
        return Err(errors);
    }
    Ok(ContactDetails {
        name: name.unwrap_or_default(),
        method,
        phone,
        email: email.to_owned(),
        safe_times: safe_times.unwrap_or_default(),
        leave_message,
        language: language.unwrap_or_default(),
        access_needs: access_needs.unwrap_or_default(),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    Missing,
    Format,
}

/// A UK phone number (07700 900123, 01632 960001, +44 7700 900123, +44 (0)1632 960001) or an
/// international one (+ and 8 to 15 digits), kept as the person typed it, cleaned (a pasted
/// bidi control or null byte is dropped, see [`clean_typed`]) and trimmed. Spaces, dashes,
/// dots and brackets are allowed between the digits.
pub fn normalise_phone(s: &str) -> Result<String, PhoneError> {
    let cleaned = clean_typed(s, false);
    let t = cleaned.trim();
    if t.is_empty() {
        return Err(PhoneError::Missing);
    }
    let compact: String = t.replace("(0)", "");
    let mut plus = false;
    let mut digits = String::new();
    for (i, c) in compact.chars().enumerate() {
        match c {
            '+' if i == 0 => plus = true,
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => return Err(PhoneError::Format),
        }
    }
    let ok = if plus {
        match digits.strip_prefix("44") {
            Some(rest) => (9..=10).contains(&rest.len()) && !rest.starts_with('0'),
            None => (8..=15).contains(&digits.len()) && !digits.starts_with('0'),
        }
    } else if let Some(rest) = digits.strip_prefix("0044") {
        (9..=10).contains(&rest.len()) && !rest.starts_with('0')
    } else {
        digits.starts_with('0') && (10..=11).contains(&digits.len())
    };
    if ok {
        Ok(t.to_owned())
    } else {
        Err(PhoneError::Format)
    }
}

/// An email address of the shape name@example.org: no spaces, one @, a dot in the domain.
pub fn valid_email(s: &str) -> bool {
    let s = s.trim();
    if s.chars().any(char::is_whitespace) || s.chars().count() > 254 {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || domain.contains('@') {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

// ---------------------------------------------------------------------------------------------
// Own words

pub const WHAT_MATTERS_FIELD: &str = "what-matters";

/// "What matters most to you right now?": optional, up to [`MAX_LONG`] characters.
pub fn parse_what_matters(value: &str) -> Result<String, Vec<FormError>> {
    let mut errors = Vec::new();
    let t = text(WHAT_MATTERS_FIELD, value, MAX_LONG, true, &mut errors);
    match t {
        Some(t) => Ok(t),
        None => Err(errors),
    }
}

// ---------------------------------------------------------------------------------------------
// Adviser's notes

pub const ADVISER_NOTES_FIELD: &str = "adviser-notes";
/// Longer than the person's own fields: an adviser may sum up a long conversation.
pub const MAX_NOTES: usize = 2000;

/// The adviser's notes (adviser mode): optional, up to [`MAX_NOTES`] characters.
pub fn parse_adviser_notes(value: &str) -> Result<String, Vec<FormError>> {
    let mut errors = Vec::new();
    match text(ADVISER_NOTES_FIELD, value, MAX_NOTES, true, &mut errors) {
        Some(t) => Ok(t),
        None => Err(errors),
    }
}

/// The person's answer to the tree's free-text question, to start "what matters" from.
pub fn tree_text(answers: &Answers, question: &str) -> Option<String> {
    answers
        .iter()
        .find(|(id, _)| id.as_str() == question)
        .and_then(|(_, a)| match a {
            Answer::Text(t) => Some(clean_typed(t, false).trim().to_owned()),
            _ => None,
        })
        .filter(|t| !t.is_empty())
}

// ---------------------------------------------------------------------------------------------
// Area

/// The value of the "somewhere else" and "rather not say" choices on the area page.
pub const AREA_ELSEWHERE: &str = "somewhere-else";
pub const AREA_NOT_SAY: &str = "not-say";
pub const AREA_FIELD: &str = "area";

const NATIONS: [&str; 5] = [
    "England",
    "Wales",
    "Scotland",
    "Northern Ireland",
    "United Kingdom",
];

/// The towns and areas the consortium's members serve (the directory's services, those with
/// a membership), each once, sorted, without nation names.
pub fn area_choices(content: &Content) -> Vec<String> {
    let mut areas: Vec<String> = content
        .services
        .iter()
        .filter(|s| s.membership.is_some())
        .flat_map(|s| s.service_area.iter())
        .filter(|a| !NATIONS.contains(&a.as_str()) && !a.trim().is_empty())
        .cloned()
        .collect();
    areas.sort_by_key(|a| a.to_lowercase());
    areas.dedup();
    areas
}

/// The area page's radio value: a town, or one of the two other choices.
pub fn parse_area(value: &str, choices: &[String]) -> Result<Option<String>, Vec<FormError>> {
    match value {
        AREA_ELSEWHERE | AREA_NOT_SAY => Ok(None),
        v if choices.iter().any(|c| c == v) => Ok(Some(v.to_owned())),
        _ => Err(vec![FormError::new(
            AREA_FIELD,
            "referral-error-area-missing",
        )]),
    }
}

// ---------------------------------------------------------------------------------------------
// Money

/// The money route page's choices.
pub const ROUTE_QUICK: &str = "quick";
pub const ROUTE_DETAILED: &str = "detailed";
pub const ROUTE_NOT_SAY: &str = "not-say";
pub const ROUTE_FIELD: &str = "money-route";

pub fn parse_route(value: &str) -> Result<&'static str, Vec<FormError>> {
    match value {
        ROUTE_QUICK => Ok(ROUTE_QUICK),
        ROUTE_DETAILED => Ok(ROUTE_DETAILED),
        ROUTE_NOT_SAY => Ok(ROUTE_NOT_SAY),
        _ => Err(vec![FormError::new(
            ROUTE_FIELD,
            "referral-error-money-route-missing",
        )]),
    }
}

/// An amount of money in a field: blank is `blank` (zero, or an error message when the field
/// must be filled in); otherwise pounds and pence as the question pages read them.
pub fn money_field(
    field: &'static str,
    value: &str,
    missing: Option<&'static str>,
) -> Result<i64, FormError> {
    if value.trim().is_empty() {
        return match missing {
            Some(m) => Err(FormError::new(field, m)),
            None => Ok(0),
        };
    }
    parse_money(value).map_err(|e| match e {
        InputError::MoneyTooBig(p) => FormError {
            field,
            message: "error-money-too-big",
            limit: Some(Limit::Money(p)),
        },
        _ => FormError::new(field, "error-money-format"),
    })
}

/// Pence as a person would type them back: "1200.50", "40".
pub fn money_text(pence: i64) -> String {
    format_pounds(pence)
        .trim_start_matches('£')
        .replace(',', "")
}

pub const QUICK_INCOME_FIELD: &str = "quick-income";
pub const QUICK_FIXED_FIELD: &str = "quick-fixed-costs";
pub const QUICK_FLEXIBLE_FIELD: &str = "quick-flexible-costs";

/// The quick route's three totals, each required (0 is a fine answer).
pub fn parse_quick(
    income: &str,
    fixed: &str,
    flexible: &str,
) -> Result<(i64, i64, i64), Vec<FormError>> {
    let fields = [
        (
            QUICK_INCOME_FIELD,
            income,
            "referral-error-quick-income-missing",
        ),
        (
            QUICK_FIXED_FIELD,
            fixed,
            "referral-error-quick-fixed-missing",
        ),
        (
            QUICK_FLEXIBLE_FIELD,
            flexible,
            "referral-error-quick-flexible-missing",
        ),
    ];
    let mut values = [0i64; 3];
    let mut errors = Vec::new();
    for (i, (field, value, missing)) in fields.into_iter().enumerate() {
        match money_field(field, value, Some(missing)) {
            Ok(p) => values[i] = p,
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok((values[0], values[1], values[2]))
    } else {
        Err(errors)
    }
}

/// One SFS category of the detailed route: its field id and its messages' stem
/// (`referral-<stem>` is the label, `referral-<stem>-hint` the hint).
pub trait SfsItem: Copy + Ord + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
    /// The element id of its field.
    fn field(self) -> &'static str;
}

macro_rules! sfs_item {
    ($t:ty, $prefix:literal, { $($v:ident => $k:literal),* $(,)? }) => {
        impl SfsItem for $t {
            fn all() -> &'static [Self] {
                &<$t>::ALL
            }
            fn key(self) -> &'static str {
                match self {
                    $(<$t>::$v => $k,)*
                }
            }
            fn field(self) -> &'static str {
                match self {
                    $(<$t>::$v => concat!($prefix, $k),)*
                }
            }
        }
    };
}

sfs_item!(IncomeItem, "income-", {
    Earnings => "earnings",
    Benefits => "benefits",
    Pensions => "pensions",
    OtherIncome => "other-income",
});
sfs_item!(FixedItem, "fixed-", {
    HomeContents => "home-contents",
    Utilities => "utilities",
    CareHealth => "care-health",
    TransportTravel => "transport-travel",
    School => "school",
    PensionsInsurances => "pensions-insurances",
    Professional => "professional",
    OtherEssential => "other-essential",
});
sfs_item!(FlexibleItem, "flexible-", {
    CommunicationsLeisure => "communications-leisure",
    FoodHousekeeping => "food-housekeeping",
    Personal => "personal",
    Savings => "savings",
});

/// A detailed-route page: one amount per category, blanks are zero (and left out).
pub fn parse_categories<T: SfsItem>(
    values: &[(T, String)],
) -> Result<BTreeMap<T, i64>, Vec<FormError>> {
    let mut out = BTreeMap::new();
    let mut errors = Vec::new();
    for (item, value) in values {
        match money_field(item.field(), value, None) {
            Ok(0) => {}
            Ok(p) => {
                out.insert(*item, p);
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

// ---------------------------------------------------------------------------------------------
// Debts

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

// ---------------------------------------------------------------------------------------------
// Storage

/// The layout of the referral details on the device.
pub const REFERRAL_SCHEMA: u32 = 1;

/// What is kept on the device: versioned, so a future layout never misreads this one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedReferral {
    pub schema: u32,
    /// Milliseconds since 1970, from the device's clock.
    pub saved_at: f64,
    pub details: ReferralDetails,
}

impl SavedReferral {
    pub fn new(details: &ReferralDetails, saved_at: f64) -> SavedReferral {
        SavedReferral {
            schema: REFERRAL_SCHEMA,
            saved_at,
            details: details.clone(),
        }
    }
}

/// The details saved earlier, or `None` when there are none or they cannot be read (another
/// layout, damaged text): the pages then start empty. Text is cleaned and amounts out of range
/// dropped, as the pages would have kept them (storage can be changed by hand).
pub fn restore_referral(text: &str) -> Option<ReferralDetails> {
    let saved: SavedReferral = serde_json::from_str(text).ok()?;
    let mut details = (saved.schema == REFERRAL_SCHEMA).then_some(saved.details)?;
    details.make_safe();
    Some(details)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        crate::content::embedded().expect("shipped content is valid")
    }

    fn ids(r: Result<impl std::fmt::Debug, Vec<FormError>>) -> Vec<(&'static str, &'static str)> {
        r.expect_err("should fail")
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

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
            finances: Some(super::super::referral::Finances::Quick {
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

    fn contact_form() -> ContactForm {
        ContactForm {
            name: " Sam Jones ".into(),
            method: "phone".into(),
            phone: "07700 900123".into(),
            email: String::new(),
            safe_times: "Mornings".into(),
            leave_message: "no".into(),
            language: "English".into(),
            access_needs: String::new(),
        }
    }

    #[test]
    fn contact_details_are_checked_and_trimmed() {
        let c = parse_contact(&contact_form()).unwrap();
        assert_eq!(c.name, "Sam Jones");
        assert_eq!(c.method, Some(ContactMethod::Phone));
        assert_eq!(c.phone, "07700 900123");
        assert_eq!(c.leave_message, Some(false));

        let empty = ContactForm::default();
        assert_eq!(
            ids(parse_contact(&empty)),
            vec![
                (NAME_FIELD, "referral-error-name-missing"),
                (METHOD_FIELD, "referral-error-method-missing"),
                (LEAVE_MESSAGE_FIELD, "referral-error-leave-message-missing"),
            ]
        );
        let text_no_phone = ContactForm {
            method: "text".into(),
            phone: " ".into(),
            ..contact_form()
        };
        assert_eq!(
            ids(parse_contact(&text_no_phone)),
            vec![(PHONE_FIELD, "referral-error-phone-missing")]
        );
        let email_no_address = ContactForm {
            method: "email".into(),
            phone: String::new(),
            ..contact_form()
        };
        assert_eq!(
            ids(parse_contact(&email_no_address)),
            vec![(EMAIL_FIELD, "referral-error-email-missing")]
        );
        // A number or address given, though not the chosen way, must still be right.
        let bad_extra = ContactForm {
            email: "sam@".into(),
            ..contact_form()
        };
        assert_eq!(
            ids(parse_contact(&bad_extra)),
            vec![(EMAIL_FIELD, "referral-error-email-format")]
        );
        let long = ContactForm {
            name: "x".repeat(MAX_NAME + 1),
            ..contact_form()
        };
        let errs = parse_contact(&long).unwrap_err();
        assert_eq!(errs[0].message, "error-text-too-long");
        assert_eq!(errs[0].limit, Some(Limit::Chars(MAX_NAME)));
    }

    #[test]
    fn uk_phone_numbers() {
        for ok in [
            "07700 900123",
            "07700900123",
            "01632 960001",
            "(01632) 960001",
            "0161-496-0000",
            "+44 7700 900123",
            "+44 (0)1632 960001",
            "+447700900123",
            "0044 7700 900123",
            "0800 138 1111",
            "+33 1 23 45 67 89",
        ] {
            assert_eq!(normalise_phone(ok), Ok(ok.to_owned()), "{ok}");
        }
        assert_eq!(normalise_phone("  "), Err(PhoneError::Missing));
        for bad in [
            "7700 900123",
            "077009001",
            "077009001234",
            "+44 07700 900123",
            "call me",
            "07700 9OO123",
            "+4",
            "07700+900123",
        ] {
            assert_eq!(normalise_phone(bad), Err(PhoneError::Format), "{bad}");
        }
    }

    #[test]
    fn email_addresses() {
        for ok in [
            "sam@example.org",
            "sam.jones+debt@mail.example.co.uk",
            "a@b.cy",
        ] {
            assert!(valid_email(ok), "{ok}");
        }
        for bad in [
            "sam",
            "sam@",
            "@example.org",
            "sam@example",
            "sam jones@example.org",
            "sam@@example.org",
            "sam@example..org",
            "sam@example.org.",
            ".sam@example.org",
            "sam@example.c0m",
        ] {
            assert!(!valid_email(bad), "{bad}");
        }
    }

    #[test]
    fn money_fields() {
        assert_eq!(money_field("f", "", None), Ok(0));
        assert_eq!(
            money_field("f", " ", Some("m")),
            Err(FormError::new("f", "m"))
        );
        assert_eq!(money_field("f", "£1,200.50", None), Ok(120_050));
        assert_eq!(
            money_field("f", "12.345", None),
            Err(FormError::new("f", "error-money-format"))
        );
        assert_eq!(
            money_field("f", "9999999999999", None).unwrap_err().limit,
            Some(Limit::Money(10_000_000_000))
        );
        assert_eq!(money_text(120_050), "1200.50");
        assert_eq!(money_text(4_000), "40");
        assert_eq!(money_field("f", &money_text(120_050), None), Ok(120_050));
    }

    #[test]
    fn quick_totals_are_all_needed() {
        assert_eq!(parse_quick("1500", "0", "300.5"), Ok((150_000, 0, 30_050)));
        assert_eq!(
            ids(parse_quick("", "abc", "1")),
            vec![
                (QUICK_INCOME_FIELD, "referral-error-quick-income-missing"),
                (QUICK_FIXED_FIELD, "error-money-format"),
            ]
        );
    }

    #[test]
    fn categories_leave_blanks_out() {
        let got = parse_categories(&[
            (IncomeItem::Earnings, "1,000".to_owned()),
            (IncomeItem::Benefits, String::new()),
            (IncomeItem::Pensions, "0".to_owned()),
        ])
        .unwrap();
        assert_eq!(got, BTreeMap::from([(IncomeItem::Earnings, 100_000)]));
        assert_eq!(
            ids(parse_categories(&[(
                FixedItem::Utilities,
                "lots".to_owned()
            )])),
            vec![("fixed-utilities", "error-money-format")]
        );
        // Every field id is distinct.
        let mut fields: Vec<&str> = IncomeItem::ALL.iter().map(|i| i.field()).collect();
        fields.extend(FixedItem::ALL.iter().map(|i| i.field()));
        fields.extend(FlexibleItem::ALL.iter().map(|i| i.field()));
        let n = fields.len();
        fields.sort();
        fields.dedup();
        assert_eq!(fields.len(), n);
    }

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
            super::super::NodeId::new("debt-types"),
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
    fn areas_are_the_members_towns() {
        let c = content();
        let areas = area_choices(&c);
        assert!(areas.contains(&"Truro".to_owned()));
        assert!(!areas.iter().any(|a| a == "England" || a == "Wales"));
        let mut sorted = areas.clone();
        sorted.sort_by_key(|a| a.to_lowercase());
        sorted.dedup();
        assert_eq!(sorted, areas);
        assert_eq!(parse_area("Truro", &areas), Ok(Some("Truro".into())));
        assert_eq!(parse_area(AREA_NOT_SAY, &areas), Ok(None));
        assert_eq!(
            ids(parse_area("Atlantis", &areas)),
            vec![(AREA_FIELD, "referral-error-area-missing")]
        );
    }

    #[test]
    fn the_tree_answer_starts_what_matters() {
        let mut answers = Answers::new();
        assert_eq!(tree_text(&answers, "help-most"), None);
        answers.insert(
            super::super::NodeId::new("help-most"),
            Answer::Text(" Keep my home ".into()),
        );
        assert_eq!(
            tree_text(&answers, "help-most").as_deref(),
            Some("Keep my home")
        );
        assert_eq!(parse_what_matters("  "), Ok(String::new()));
        assert_eq!(
            ids(parse_what_matters(&"x".repeat(MAX_LONG + 1))),
            vec![(WHAT_MATTERS_FIELD, "error-text-too-long")]
        );
    }

    #[test]
    fn adviser_notes_are_optional_and_limited() {
        assert_eq!(
            parse_adviser_notes("  Seen at the hub  "),
            Ok("Seen at the hub".into())
        );
        assert_eq!(parse_adviser_notes(""), Ok(String::new()));
        assert_eq!(
            ids(parse_adviser_notes(&"x".repeat(MAX_NOTES + 1))),
            vec![(ADVISER_NOTES_FIELD, "error-text-too-long")]
        );
    }

    #[test]
    fn details_saved_before_adviser_notes_still_read() {
        let old = r#"{"schema":1,"saved_at":0,"details":{"what_matters":"Food"}}"#;
        let d = restore_referral(old).expect("readable");
        assert_eq!(d.what_matters, "Food");
        assert!(d.adviser_notes.is_empty());
        let text = serde_json::to_string(&SavedReferral::new(&d, 1.0)).unwrap();
        assert!(
            !text.contains("adviser_notes"),
            "empty notes are not stored"
        );
    }

    #[test]
    fn stored_details_round_trip_and_bad_storage_starts_empty() {
        let d = ReferralDetails {
            what_matters: "Food".into(),
            area: Some("Truro".into()),
            ..Default::default()
        };
        let text = serde_json::to_string(&SavedReferral::new(&d, 1.0)).unwrap();
        assert_eq!(restore_referral(&text), Some(d));
        assert_eq!(restore_referral("{not json"), None);
        assert_eq!(
            restore_referral(r#"{"schema":2,"saved_at":0,"details":{}}"#),
            None
        );
        assert_eq!(
            restore_referral(r#"{"schema":1,"saved_at":0,"details":{"debts":"x"}}"#),
            None
        );
        assert_eq!(
            restore_referral(r#"{"schema":1,"saved_at":0,"details":{}}"#),
            Some(ReferralDetails::default())
        );
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
