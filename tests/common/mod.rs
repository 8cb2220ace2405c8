//! Helpers shared by the integration tests (`mod common;` in each test file that uses them):
//! sample answers here, small content sets in [`content`]. Each test file uses some of them.
#![allow(dead_code)]

pub mod arbitrary;
pub mod cli;
pub mod content;

use signpost::engine::model::InputType;
use signpost::engine::{Answer, Date, Question};

/// How [`sample_answer`] varies what it gives, per test file.
pub struct Samples {
    /// Amounts in pounds, taken in turn by `pick` (then kept within the question's range).
    pub pounds: &'static [i64],
    /// A date answer is `today` plus `pick % days.0 - days.1` days.
    pub today: Date,
    pub days: (i64, i64),
    /// The words of a text answer.
    pub text: fn(usize) -> String,
}

/// An answer the question accepts; `pick` varies it (which options, how much, which day).
pub fn sample_answer(q: &Question, pick: usize, samples: &Samples) -> Answer {
    let within = |lo: Option<f64>, hi: Option<f64>, x: i64| {
        let lo = lo.map_or(0, |v| v.ceil() as i64);
        let hi = hi.map_or(lo + 100_000, |v| v.floor() as i64);
        lo + x.rem_euclid(hi - lo + 1)
    };
    match q.input {
        InputType::SingleChoice | InputType::YesNo => {
            Answer::Choice(q.options[pick % q.options.len()].id.clone())
        }
        InputType::MultipleChoice => {
            let o = &q.options[pick % q.options.len()];
            if o.exclusive {
                Answer::Choices(vec![o.id.clone()])
            } else {
                // This option and, by the bits of `pick`, some of the other non-exclusive ones.
                let chosen = q
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, x)| !x.exclusive && (x.id == o.id || (pick >> (i % 16)) & 1 == 1))
                    .map(|(_, x)| x.id.clone())
                    .collect();
                Answer::Choices(chosen)
            }
        }
        InputType::Money => {
            let pounds = samples.pounds[pick % samples.pounds.len()];
            Answer::Money(within(q.min, q.max, pounds) * 100)
        }
        InputType::Number => Answer::Number(within(q.min, q.max, pick as i64 % 5)),
        InputType::Date => {
            let (span, back) = samples.days;
            Answer::Date(samples.today.add_days(pick as i64 % span - back))
        }
        InputType::Text => Answer::Text((samples.text)(pick)),
    }
}

/// Copies a folder and everything in it (a content folder for a command to change).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}
