//! The area page: the town the person lives in, one of the members' towns (see
//! [`area_choices`]), "somewhere else" or "rather not say".
//!
//! [`area_choices`]: crate::engine::eligibility::area_choices

use super::FormError;

/// The value of the "somewhere else" and "rather not say" choices on the area page.
pub const AREA_ELSEWHERE: &str = "somewhere-else";
pub const AREA_NOT_SAY: &str = "not-say";
pub const AREA_FIELD: &str = "area";

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

#[cfg(test)]
mod tests {
    use super::super::{content, ids};
    use super::*;
    use crate::engine::eligibility::area_choices;

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
}
