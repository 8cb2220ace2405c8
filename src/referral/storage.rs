//! The referral details as kept on the device: a versioned wrapper, so a future layout never
//! misreads this one, and reading it back as safely as the pages would have kept it.

use crate::engine::referral::ReferralDetails;
use serde::{Deserialize, Serialize};

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
}
