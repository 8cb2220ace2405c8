//! The money pages: which route (quick totals, the detailed SFS categories, or rather not
//! say), the three totals of the quick route, and one amount per category on the detailed one.

use super::{FormError, Limit};
use crate::engine::answer::{format_pounds, parse_money, InputError};
use crate::engine::referral::{FixedItem, FlexibleItem, IncomeItem};
use std::collections::BTreeMap;

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

#[cfg(test)]
mod tests {
    use super::super::ids;
    use super::*;

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
}
