//! The contact page: name, how to get in touch (and the phone number or email address that
//! needs), when is safe, whether a message may be left, language and access needs.

use super::{text, yes_no, FormError, MAX_LONG, MAX_NAME, MAX_SHORT};
use crate::engine::referral::{ContactDetails, ContactMethod};
use crate::engine::text::clean_typed;

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
        crate::engine::order::sort_by_key(&mut errors, |e| {
            order.iter().position(|f| *f == e.field)
        });
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

#[cfg(test)]
mod tests {
    use super::super::{ids, Limit};
    use super::*;

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
}
