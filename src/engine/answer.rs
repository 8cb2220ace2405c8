//! Answers, and turning what a person typed into one. Errors name a Fluent message
//! (`content/locales/*/ui.ftl`) so the app shows them GOV.UK-style in the person's language.

use crate::engine::date::Date;
use crate::engine::ids::{NodeId, OptionId};
use crate::engine::model::{InputType, Question};
use crate::engine::text::clean_typed;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A valid answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    Choice(OptionId),
    Choices(Vec<OptionId>),
    /// Pence.
    Money(i64),
    Date(Date),
    Number(i64),
    Text(String),
}

/// Answers keyed by question id.
pub type Answers = BTreeMap<NodeId, Answer>;

/// What a person entered on a question page, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Input {
    /// Options ticked or chosen (choice questions).
    #[serde(default)]
    pub choices: Vec<String>,
    /// The text box (money, number, text).
    #[serde(default)]
    pub text: String,
    /// The date fields.
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub month: String,
    #[serde(default)]
    pub year: String,
}

/// Why an input is not a valid answer. [`InputError::message_id`] names the message to show.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("choose an option")]
    ChooseOne,
    #[error("choose at least one option")]
    ChooseAtLeastOne,
    #[error("\"{0}\" cannot be chosen with other options")]
    ExclusiveCombined(String),
    #[error("\"{0}\" is not one of the options")]
    UnknownOption(String),
    #[error("enter an amount")]
    MoneyMissing,
    #[error("enter an amount in pounds and pence, like 120.50")]
    MoneyFormat,
    /// The limit, in pence: the app writes it as the person's locale writes money.
    #[error("the amount must be {} or more", format_pounds(*.0))]
    MoneyTooSmall(i64),
    #[error("the amount must be {} or less", format_pounds(*.0))]
    MoneyTooBig(i64),
    #[error("enter a number")]
    NumberMissing,
    #[error("enter a whole number, like 2")]
    NumberFormat,
    #[error("the number must be {0} or more")]
    NumberTooSmall(i64),
    #[error("the number must be {0} or less")]
    NumberTooBig(i64),
    #[error("enter a date")]
    DateMissing,
    #[error("the date must include a {0}")]
    DatePartMissing(DatePart),
    #[error("the year must have 4 numbers")]
    DateYear,
    #[error("the date must be a real date")]
    DateInvalid,
    #[error("enter an answer")]
    TextMissing,
    #[error("the answer must be {0} characters or fewer")]
    TextTooLong(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl std::fmt::Display for DatePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl DatePart {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

impl InputError {
    /// The Fluent message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            InputError::ChooseOne => "error-choose-one",
            InputError::ChooseAtLeastOne => "error-choose-at-least-one",
            InputError::ExclusiveCombined(_) => "error-exclusive-combined",
            InputError::UnknownOption(_) => "error-choose-one",
            InputError::MoneyMissing => "error-money-missing",
            InputError::MoneyFormat => "error-money-format",
            InputError::MoneyTooSmall(_) => "error-money-too-small",
            InputError::MoneyTooBig(_) => "error-money-too-big",
            InputError::NumberMissing => "error-number-missing",
            InputError::NumberFormat => "error-number-format",
            InputError::NumberTooSmall(_) => "error-number-too-small",
            InputError::NumberTooBig(_) => "error-number-too-big",
            InputError::DateMissing => "error-date-missing",
            InputError::DatePartMissing(DatePart::Day) => "error-date-missing-day",
            InputError::DatePartMissing(DatePart::Month) => "error-date-missing-month",
            InputError::DatePartMissing(DatePart::Year) => "error-date-missing-year",
            InputError::DateYear => "error-date-year",
            InputError::DateInvalid => "error-date-invalid",
            InputError::TextMissing => "error-text-missing",
            InputError::TextTooLong(_) => "error-text-too-long",
        }
    }

    /// The money limit, in pence, for the app to write in the person's locale.
    pub fn money_limit(&self) -> Option<i64> {
        match self {
            InputError::MoneyTooSmall(p) | InputError::MoneyTooBig(p) => Some(*p),
            _ => None,
        }
    }

    /// The value the message interpolates as `$limit`, if any (money in English style:
    /// the app uses [`InputError::money_limit`] to write it for the locale).
    pub fn limit(&self) -> Option<String> {
        match self {
            InputError::MoneyTooSmall(p) | InputError::MoneyTooBig(p) => Some(format_pounds(*p)),
            InputError::NumberTooSmall(n) | InputError::NumberTooBig(n) => Some(n.to_string()),
            InputError::TextTooLong(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// Which field the error belongs to, so the error summary can link to it.
    pub fn field(&self) -> Field {
        match self {
            InputError::DatePartMissing(DatePart::Month) => Field::Month,
            InputError::DatePartMissing(DatePart::Year) | InputError::DateYear => Field::Year,
            _ => Field::First,
        }
    }
}

/// The field an error points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The first input of the question (the first option, the text box, the day).
    First,
    Month,
    Year,
}

/// The longest free text kept when content sets no `max_length`.
pub const DEFAULT_MAX_TEXT: usize = 500;
/// The largest amount anyone can enter, on a question or a referral page: £100 million. Far
/// above any household's monthly income or any one debt (a large mortgage is a few million),
/// and far below overflow: a total could only pass `i64::MAX` after more than 900 million
/// amounts this size, and a save holds 16 money categories and a person's list of debts.
/// Saved referral details with an amount outside 0 to this are not trusted (see
/// [`crate::engine::referral::ReferralDetails::make_safe`]).
pub const MAX_PENCE: i64 = 10_000_000_000;

/// Checks what a person entered against the question and returns the answer.
pub fn parse_input(q: &Question, input: &Input) -> Result<Answer, InputError> {
    match q.input {
        InputType::SingleChoice | InputType::YesNo => {
            let chosen: Vec<&String> = input.choices.iter().filter(|c| !c.is_empty()).collect();
            match chosen.as_slice() {
                [] => Err(InputError::ChooseOne),
                [one] => {
                    let id = OptionId::new(one.as_str());
                    q.option(&id)
                        .map(|_| Answer::Choice(id))
                        .ok_or_else(|| InputError::UnknownOption((*one).clone()))
                }
                _ => Err(InputError::ChooseOne),
            }
        }
        InputType::MultipleChoice => {
            let mut chosen: Vec<OptionId> = Vec::new();
            // Keep the content's order, whatever order the inputs came in.
            for c in &input.choices {
                if q.option(&OptionId::new(c.as_str())).is_none() {
                    return Err(InputError::UnknownOption(c.clone()));
                }
            }
            for o in &q.options {
                if input.choices.iter().any(|c| c == o.id.as_str()) {
                    chosen.push(o.id.clone());
                }
            }
            if chosen.is_empty() {
                return Err(InputError::ChooseAtLeastOne);
            }
            if chosen.len() > 1 {
                if let Some(ex) = q
                    .options
                    .iter()
                    .find(|o| o.exclusive && chosen.contains(&o.id))
                {
                    return Err(InputError::ExclusiveCombined(ex.id.to_string()));
                }
            }
            Ok(Answer::Choices(chosen))
        }
        InputType::Money => {
            let pence = parse_money(&input.text)?;
            if let Some(min) = q.min {
                let min_p = (min * 100.0).round() as i64;
                if pence < min_p {
                    return Err(InputError::MoneyTooSmall(min_p));
                }
            }
            let max_p = q
                .max
                .map(|m| (m * 100.0).round() as i64)
                .unwrap_or(MAX_PENCE);
            if pence > max_p {
                return Err(InputError::MoneyTooBig(max_p));
            }
            Ok(Answer::Money(pence))
        }
        InputType::Number => {
            let n = parse_whole_number(&input.text)?;
            if let Some(min) = q.min {
                if (n as f64) < min {
                    return Err(InputError::NumberTooSmall(min as i64));
                }
            }
            let max = q.max.unwrap_or(1_000_000.0);
            if (n as f64) > max {
                return Err(InputError::NumberTooBig(max as i64));
            }
            Ok(Answer::Number(n))
        }
        InputType::Date => parse_date(&input.day, &input.month, &input.year).map(Answer::Date),
        InputType::Text => {
            // The page's text box is one line.
            let cleaned = clean_typed(&input.text, false);
            let t = cleaned.trim();
            if t.is_empty() && !q.optional {
                return Err(InputError::TextMissing);
            }
            let max = q.max_length.unwrap_or(DEFAULT_MAX_TEXT);
            if t.chars().count() > max {
                return Err(InputError::TextTooLong(max));
            }
            Ok(Answer::Text(t.to_owned()))
        }
    }
}

/// "£1,200.50", "1200.5", "£ 40" -> pence. Commas and spaces are ignored, as people type them,
/// except a decimal comma: "1200,50" or "12,5" (no full stop, one or two digits after the last
/// comma), as people write amounts in Polish and much of Europe.
pub fn parse_money(s: &str) -> Result<i64, InputError> {
    let decimal_comma = !s.contains('.')
        && s.trim().rsplit_once(',').is_some_and(|(_, tail)| {
            (1..=2).contains(&tail.len()) && tail.chars().all(|c| c.is_ascii_digit())
        });
    let s = &if decimal_comma {
        let (head, tail) = s.trim().rsplit_once(',').unwrap_or((s, ""));
        format!("{head}.{tail}")
    } else {
        s.to_owned()
    };
    let cleaned: String = s
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let cleaned = cleaned.strip_prefix('£').unwrap_or(&cleaned);
    if cleaned.is_empty() {
        return Err(if s.trim().is_empty() {
            InputError::MoneyMissing
        } else {
            InputError::MoneyFormat
        });
    }
    let (pounds, pence) = match cleaned.split_once('.') {
        Some((p, q)) => (p, Some(q)),
        None => (cleaned, None),
    };
    let all_digits = |x: &str| x.chars().all(|c| c.is_ascii_digit());
    if !all_digits(pounds) || (pounds.is_empty() && pence.is_none()) {
        return Err(InputError::MoneyFormat);
    }
    let pence_value = match pence {
        None => 0,
        Some(q) if (1..=2).contains(&q.len()) && all_digits(q) => {
            let v: i64 = q.parse().map_err(|_| InputError::MoneyFormat)?;
            if q.len() == 1 {
                v * 10
            } else {
                v
            }
        }
        Some(_) => return Err(InputError::MoneyFormat),
    };
    if pounds.len() > 12 {
        return Err(InputError::MoneyTooBig(MAX_PENCE));
    }
    let pounds_value: i64 = if pounds.is_empty() {
        0
    } else {
        pounds.parse().map_err(|_| InputError::MoneyFormat)?
    };
    let total = pounds_value * 100 + pence_value;
    if total > MAX_PENCE {
        return Err(InputError::MoneyTooBig(MAX_PENCE));
    }
    Ok(total)
}

/// Pence -> "£1,200.50" (or "£40" when there are no pence).
pub fn format_pounds(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    let p = pence.unsigned_abs();
    let pounds = (p / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in pounds.chars().enumerate() {
        if i > 0 && (pounds.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if p.is_multiple_of(100) {
        format!("{sign}£{grouped}")
    } else {
        format!("{sign}£{grouped}.{:02}", p % 100)
    }
}

/// Pence -> "1200.50", as it goes back into a text box.
pub fn money_input_text(pence: i64) -> String {
    format!("{}.{:02}", pence / 100, pence % 100)
}

fn parse_whole_number(s: &str) -> Result<i64, InputError> {
    let cleaned: String = s.trim().chars().filter(|c| *c != ',').collect();
    if cleaned.is_empty() {
        return Err(InputError::NumberMissing);
    }
    if cleaned.len() > 9 || !cleaned.chars().all(|c| c.is_ascii_digit()) {
        return Err(InputError::NumberFormat);
    }
    cleaned.parse().map_err(|_| InputError::NumberFormat)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The GOV.UK date input: day, month (a number or a name) and a 4-digit year.
pub fn parse_date(day: &str, month: &str, year: &str) -> Result<Date, InputError> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Err(InputError::DateMissing);
    }
    for (part, v) in [
        (DatePart::Day, day),
        (DatePart::Month, month),
        (DatePart::Year, year),
    ] {
        if v.is_empty() {
            return Err(InputError::DatePartMissing(part));
        }
    }
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return Err(InputError::DateYear);
    }
    let d: u8 = day.parse().map_err(|_| InputError::DateInvalid)?;
    let m: u8 = match month.parse::<u8>() {
        Ok(m) => m,
        Err(_) => {
            let lower = month.to_lowercase();
            let pos = MONTHS
                .iter()
                .position(|name| lower.len() >= 3 && lower.starts_with(name))
                .ok_or(InputError::DateInvalid)?;
            pos as u8 + 1
        }
    };
    let y: i32 = year.parse().map_err(|_| InputError::DateYear)?;
    Date::new(y, m, d).ok_or(InputError::DateInvalid)
}

/// The input that shows an existing answer again, for Back and Change.
pub fn input_for(answer: &Answer) -> Input {
    match answer {
        Answer::Choice(o) => Input {
            choices: vec![o.to_string()],
            ..Input::default()
        },
        Answer::Choices(os) => Input {
            choices: os.iter().map(|o| o.to_string()).collect(),
            ..Input::default()
        },
        Answer::Money(p) => Input {
            text: money_input_text(*p),
            ..Input::default()
        },
        Answer::Number(n) => Input {
            text: n.to_string(),
            ..Input::default()
        },
        Answer::Text(t) => Input {
            text: t.clone(),
            ..Input::default()
        },
        Answer::Date(d) => Input {
            day: d.day.to_string(),
            month: d.month.to_string(),
            year: d.year.to_string(),
            ..Input::default()
        },
    }
}

/// Whether a stored answer still fits the question as the content now defines it: entering
/// it again on the question page would give the same answer (options, limits, exclusive
/// options and all).
pub fn answer_fits(q: &Question, a: &Answer) -> bool {
    match (parse_input(q, &input_for(a)), a) {
        (Ok(Answer::Choices(again)), Answer::Choices(given)) => {
            let (mut again, mut given) = (again, given.clone());
            crate::engine::order::sort(&mut again);
            crate::engine::order::sort(&mut given);
            again == given
        }
        (Ok(again), given) => &again == given,
        (Err(_), _) => false,
    }
}

/// A free-text answer, cleaned as the question page would keep it (the page's text box is one
/// line); other answers are chosen or checked, not typed, and are returned as they are.
pub fn clean_answer(a: Answer) -> Answer {
    match a {
        Answer::Text(t) => Answer::Text(clean_typed(&t, false)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_as_people_type_it() {
        assert_eq!(parse_money("£1,200.50"), Ok(120_050));
        assert_eq!(parse_money(" 1200.5 "), Ok(120_050));
        assert_eq!(parse_money("£ 40"), Ok(4_000));
        assert_eq!(parse_money("0.99"), Ok(99));
        // A decimal comma, as written in Polish and much of Europe.
        assert_eq!(parse_money("1200,50"), Ok(120_050));
        assert_eq!(parse_money("12,5"), Ok(1_250));
        assert_eq!(parse_money("1 200,50 £"), Err(InputError::MoneyFormat));
        // Three digits after a comma is thousands, as in English.
        assert_eq!(parse_money("1,200"), Ok(120_000));
        assert_eq!(parse_money("1,200,50"), Ok(120_050));
        assert_eq!(parse_money(".5"), Ok(50));
        assert_eq!(parse_money(""), Err(InputError::MoneyMissing));
        assert_eq!(parse_money("£"), Err(InputError::MoneyFormat));
        assert_eq!(parse_money("12.345"), Err(InputError::MoneyFormat));
        assert_eq!(parse_money("-5"), Err(InputError::MoneyFormat));
        assert_eq!(parse_money("ten pounds"), Err(InputError::MoneyFormat));
        assert_eq!(parse_money("1.2.3"), Err(InputError::MoneyFormat));
        assert!(matches!(
            parse_money("99999999999999999999"),
            Err(InputError::MoneyTooBig(_))
        ));
    }

    #[test]
    fn formats_pounds() {
        assert_eq!(format_pounds(120_050), "£1,200.50");
        assert_eq!(format_pounds(4_000), "£40");
        assert_eq!(format_pounds(123_456_700), "£1,234,567");
        assert_eq!(money_input_text(120_050), "1200.50");
    }

    #[test]
    fn dates_as_people_type_them() {
        assert_eq!(
            parse_date("5", "11", "2026"),
            Ok(Date::new(2026, 11, 5).unwrap())
        );
        assert_eq!(
            parse_date("05", "Nov", "2026"),
            Ok(Date::new(2026, 11, 5).unwrap())
        );
        assert_eq!(parse_date("", "", ""), Err(InputError::DateMissing));
        assert_eq!(
            parse_date("5", "", "2026"),
            Err(InputError::DatePartMissing(DatePart::Month))
        );
        assert_eq!(parse_date("5", "11", "26"), Err(InputError::DateYear));
        assert_eq!(parse_date("31", "2", "2026"), Err(InputError::DateInvalid));
        assert_eq!(parse_date("x", "2", "2026"), Err(InputError::DateInvalid));
        assert_eq!(
            parse_date("1", "Smarch", "2026"),
            Err(InputError::DateInvalid)
        );
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole_number("1,000"), Ok(1000));
        assert_eq!(parse_whole_number(""), Err(InputError::NumberMissing));
        assert_eq!(parse_whole_number("2.5"), Err(InputError::NumberFormat));
        assert_eq!(parse_whole_number("-1"), Err(InputError::NumberFormat));
    }

    #[test]
    fn answers_serialize_tagged() {
        let a = Answer::Money(120_050);
        let s = serde_json::to_string(&a).unwrap();
        assert_eq!(s, r#"{"type":"money","value":120050}"#);
        let d: Answer = serde_json::from_str(r#"{"type":"date","value":"2026-11-23"}"#).unwrap();
        assert_eq!(d, Answer::Date(Date::new(2026, 11, 23).unwrap()));
    }
}
