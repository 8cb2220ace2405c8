//! Messages of the referral pages (consent, contact, money, debts): `content/locales/*/referral.ftl`.

pub const REFERRAL_PAGE_MESSAGES: &[&str] = &[];
