//! One component per page type.

pub mod check_answers;
pub mod content_error;
pub mod delete_answers;
pub mod help_now;
pub mod leaflet;
pub mod not_found;
pub mod outcome;
pub mod question;
pub mod referral;
pub mod referral_summary;
pub mod staff;
pub mod start;
pub mod staying_safe;
