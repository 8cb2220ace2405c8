//! Question shape: options, labels, `exclusive`, `min`/`max` and `max_length` fit the
//! question's type.

use super::{quoted_list, type_name, Problems, Validator, YES_NO_OPTIONS};
use crate::engine::model::{InputType, Question};

impl<'a> Validator<'a> {
    pub(super) fn question_shape(&self, i: usize, q: &Question, p: &mut Problems) {
        let t = q.input;
        let name = type_name(t);
        if !t.has_options() && !q.options.is_empty() {
            self.at(
                p,
                i,
                format!(
                    "a {name} question cannot have \"options\"; remove them, or change \"type\" \
                     to single_choice, multiple_choice or yes_no"
                ),
            );
        }
        match t {
            InputType::SingleChoice if q.options.len() < 2 => self.at(
                p,
                i,
                format!(
                    "a single_choice question needs at least 2 options, and this one has {}; \
                     add options, or ask a yes_no question",
                    q.options.len()
                ),
            ),
            InputType::MultipleChoice if q.options.is_empty() => self.at(
                p,
                i,
                "a multiple_choice question needs at least 1 option; add \"options\"",
            ),
            InputType::YesNo => {
                for o in &q.options {
                    if !YES_NO_OPTIONS.contains(&o.id.as_str()) {
                        self.at_option(
                            p,
                            i,
                            o.id.as_str(),
                            "a yes_no question can only have the options \"yes\", \"no\" and \
                             \"dont-know\"; rename this option, or make the question single_choice",
                        );
                    }
                }
                let missing: Vec<&str> = ["yes", "no"]
                    .into_iter()
                    .filter(|y| !q.options.iter().any(|o| o.id.as_str() == *y))
                    .collect();
                if !missing.is_empty() {
                    self.at(
                        p,
                        i,
                        format!(
                            "a yes_no question needs the options \"yes\" and \"no\" (and may \
                             have \"dont-know\"); add {}",
                            quoted_list(&missing)
                        ),
                    );
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
                    self.at_option(
                        p,
                        i,
                        id,
                        "needs a \"label\": the id of the message people see for this option",
                    );
                }
                if t == InputType::MultipleChoice && o.goto.is_some() {
                    self.at_option(
                        p,
                        i,
                        id,
                        format!(
                            "options of a multiple_choice question cannot have \"goto\", because \
                             people can tick several; remove it, and add a rule to the \
                             question's \"next\" instead, such as {{\"if\": {{\"answer\": \"{}\", \
                             \"equals\": \"{id}\"}}, \"goto\": \"…\"}}",
                            q.id
                        ),
                    );
                }
                if t != InputType::MultipleChoice && o.exclusive {
                    self.at_option(
                        p,
                        i,
                        id,
                        "\"exclusive\" only applies to options of a multiple_choice question; \
                         remove it",
                    );
                }
            }
        }
        let numeric = matches!(t, InputType::Money | InputType::Number);
        if !numeric && (q.min.is_some() || q.max.is_some()) {
            self.at(
                p,
                i,
                format!(
                    "\"min\" and \"max\" only apply to money and number questions, and this is \
                     a {name} question; remove them"
                ),
            );
        }
        if numeric {
            if let (Some(min), Some(max)) = (q.min, q.max) {
                if min > max {
                    self.at(
                        p,
                        i,
                        format!(
                            "\"min\" ({min}) is more than \"max\" ({max}), so no answer is \
                             allowed; swap them or correct one"
                        ),
                    );
                }
            }
            if t == InputType::Number {
                for (key, v) in [("min", q.min), ("max", q.max)] {
                    if let Some(v) = v.filter(|v| v.fract() != 0.0) {
                        self.at(
                            p,
                            i,
                            format!(
                                "\"{key}\" is {v}, but a number question takes whole numbers; \
                                 use a whole number"
                            ),
                        );
                    }
                }
            }
        }
        match q.max_length {
            Some(_) if t != InputType::Text => self.at(
                p,
                i,
                format!(
                    "\"max_length\" only applies to text questions, and this is a {name} \
                     question; remove it"
                ),
            ),
            Some(0) => self.at(
                p,
                i,
                "\"max_length\" is 0, so nothing can be typed; use at least 1, or remove it",
            ),
            _ => {}
        }
    }
}
