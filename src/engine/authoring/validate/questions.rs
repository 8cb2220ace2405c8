//! Question shape: options, labels, `exclusive`, `min`/`max` and `max_length` fit the
//! question's type.

use super::{Problems, Validator, YES_NO_OPTIONS};
use crate::engine::model::{InputType, Question};
use crate::engine::problem::{Num, Problem};

impl<'a> Validator<'a> {
    pub(super) fn question_shape(&self, i: usize, q: &Question, p: &mut Problems) {
        let t = q.input;
        if !t.has_options() && !q.options.is_empty() {
            self.at(p, i, Problem::OptionsNotAllowed { input: t });
        }
        match t {
            InputType::SingleChoice if q.options.len() < 2 => self.at(
                p,
                i,
                Problem::TooFewOptions {
                    count: q.options.len(),
                },
            ),
            InputType::MultipleChoice if q.options.is_empty() => self.at(p, i, Problem::NoOptions),
            InputType::YesNo => {
                for o in &q.options {
                    if !YES_NO_OPTIONS.contains(&o.id.as_str()) {
                        self.at_option(p, i, o.id.as_str(), Problem::NotAYesNoOption);
                    }
                }
                let missing: Vec<String> = ["yes", "no"]
                    .into_iter()
                    .filter(|y| !q.options.iter().any(|o| o.id.as_str() == *y))
                    .map(str::to_owned)
                    .collect();
                if !missing.is_empty() {
                    self.at(p, i, Problem::MissingYesNo { missing });
                }
            }
            _ => {}
        }
        if t.has_options() {
            for o in &q.options {
                let id = o.id.as_str();
                if matches!(t, InputType::SingleChoice | InputType::MultipleChoice)
                    && o.label.is_none()
                {
                    self.at_option(p, i, id, Problem::NoLabel);
                }
                if t == InputType::MultipleChoice && o.goto.is_some() {
                    self.at_option(
                        p,
                        i,
                        id,
                        Problem::GotoOnMultipleChoice {
                            question: q.id.to_string(),
                            option: id.to_owned(),
                        },
                    );
                }
                if t != InputType::MultipleChoice && o.exclusive {
                    self.at_option(p, i, id, Problem::ExclusiveNotMultipleChoice);
                }
            }
        }
        let numeric = matches!(t, InputType::Money | InputType::Number);
        if !numeric && (q.min.is_some() || q.max.is_some()) {
            self.at(p, i, Problem::MinMaxNotNumeric { input: t });
        }
        if numeric {
            if let (Some(min), Some(max)) = (q.min, q.max) {
                if min > max {
                    let (min, max) = (Num(min), Num(max));
                    self.at(p, i, Problem::MinAboveMax { min, max });
                }
            }
            if t == InputType::Number {
                for (key, v) in [("min", q.min), ("max", q.max)] {
                    if let Some(v) = v.filter(|v| v.fract() != 0.0) {
                        self.at(p, i, Problem::NotWhole { key, value: Num(v) });
                    }
                }
            }
        }
        match q.max_length {
            Some(_) if t != InputType::Text => {
                self.at(p, i, Problem::MaxLengthNotText { input: t })
            }
            Some(0) => self.at(p, i, Problem::MaxLengthZero),
            _ => {}
        }
    }
}
