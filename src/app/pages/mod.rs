//! One component per page type.

pub mod check_answers;
pub mod content_error;
pub mod delete_answers;
pub mod help_now;
pub mod leaflet;
pub mod not_found;
// A member opening a referral summary; not part of the person's journey.
pub mod open_referral;
pub mod outcome;
pub mod question;
pub mod referral;
pub mod referral_summary;
pub mod staff;
pub mod start;
pub mod staying_safe;
