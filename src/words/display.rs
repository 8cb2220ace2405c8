//! Answers and dates as a person reads them, in their language.

use crate::engine::answer::{format_pounds, Answer};
use crate::engine::model::{InputType, Question};
use crate::engine::{Content, Date};
use crate::words::i18n::Translator;

/// "5 November 2026", "5 Tachwedd 2026": the month's name and the order from the locale.
pub fn long_date(t: &Translator, d: Date) -> String {
    let month = t.text(&format!("month-{}", d.month));
    t.text_with(
        "date-long",
        &[
            ("day", d.day.to_string()),
            ("month", month),
            ("year", d.year.to_string()),
        ],
    )
}

/// An amount of money as the locale writes it: "£1,200.50", "1 200,50 £".
pub fn money(t: &Translator, pence: i64) -> String {
    // format_pounds gives "£1,200.50"; take its digits and rewrite the separators.
    let plain = format_pounds(pence);
    let digits = plain.trim_start_matches('-').trim_start_matches('£');
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let group = t.text("money-group-separator");
    let mut amount = whole.replace(',', &group);
    if let Some(f) = fraction {
        amount.push_str(&t.text("money-decimal-separator"));
        amount.push_str(f);
    }
    let sign = if pence < 0 { "-" } else { "" };
    format!(
        "{sign}{}",
        t.text_with("money-amount", &[("amount", amount)])
    )
}

/// The label of a choice option as shown to the person.
pub fn option_label(t: &Translator, q: &Question, option: &str) -> String {
    match q.options.iter().find(|o| o.id.as_str() == option) {
        Some(o) => match &o.label {
            Some(m) => t.text(m.as_str()),
            None if q.input == InputType::YesNo => t.text(option),
            None => option.to_owned(),
        },
        None => option.to_owned(),
    }
}

/// An answer as text, one item per line for multiple choice.
pub fn answer_lines(t: &Translator, q: &Question, a: &Answer) -> Vec<String> {
    match a {
        Answer::Choice(o) => vec![option_label(t, q, o.as_str())],
        Answer::Choices(os) => os.iter().map(|o| option_label(t, q, o.as_str())).collect(),
        Answer::Money(p) => vec![money(t, *p)],
        Answer::Date(d) => vec![long_date(t, *d)],
        Answer::Number(n) => vec![n.to_string()],
        Answer::Text(s) if s.trim().is_empty() => vec![t.text("check-not-given")],
        Answer::Text(s) => vec![s.clone()],
    }
}

/// The title of a question as text.
pub fn question_title(t: &Translator, content: &Content, id: &crate::engine::NodeId) -> String {
    content
        .question(id)
        .map(|q| t.text(q.title.as_str()))
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_as_each_shipped_locale_writes_it() {
        let c = crate::content::embedded().expect("shipped content is valid");
        let en = Translator::new(&c, "en-GB");
        assert_eq!(money(&en, 120_050), "£1,200.50");
        assert_eq!(money(&en, 4_000), "£40");
        let pl = Translator::new(&c, "pl");
        assert_eq!(money(&pl, 120_050), "1\u{a0}200,50 £");
        assert_eq!(money(&pl, 123_456_700), "1\u{a0}234\u{a0}567 £");
        let cy = Translator::new(&c, "cy");
        assert_eq!(money(&cy, 120_050), "£1,200.50");
    }

    #[test]
    fn long_dates_in_the_shipped_default_locale() {
        let c = crate::content::embedded().expect("shipped content is valid");
        let t = Translator::new(&c, "en-GB");
        assert_eq!(
            long_date(&t, Date::new(2026, 11, 5).unwrap()),
            "5 November 2026"
        );
        assert_eq!(
            long_date(&t, Date::new(2027, 1, 31).unwrap()),
            "31 January 2027"
        );
    }
}
