//! Coverage: which questions, options and outcomes a set of scenarios exercises, and which
//! no scenario does. Shared by `signpost coverage` and `tests/scenarios.rs`. Pure: the
//! caller runs the scenarios and hands over what each one went through.
//!
//! - A question is covered when it is on some scenario's path.
//! - An option is covered when a scenario on whose path its question is chose it (single
//!   choice, yes/no) or ticked it (multiple choice). Answers to questions off the path do
//!   not count.
//! - An outcome is covered when some scenario ends there.
//!
//! Which rule of a route was taken is not reported: the evaluation does not record it.

use crate::engine::answer::{Answer, Answers};
use crate::engine::authoring::scenario::ScenarioResult;
use crate::engine::evaluate::Evaluation;
use crate::engine::ids::{NodeId, OptionId};
use crate::engine::model::{Content, Node, Tier};
use std::collections::BTreeSet;
use std::fmt;

/// What a set of runs went through, gathered one run at a time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exercised {
    /// How many runs were added.
    pub runs: usize,
    pub questions: BTreeSet<NodeId>,
    /// (question, option) pairs chosen or ticked on the path.
    pub options: BTreeSet<(NodeId, OptionId)>,
    pub outcomes: BTreeSet<NodeId>,
}

impl Exercised {
    /// Adds one run: the questions on its `path`, the options chosen in `answers` for those
    /// questions (answers to other questions are ignored), and the outcome it ended at.
    pub fn add(&mut self, path: &[NodeId], answers: &Answers, outcome: Option<&NodeId>) {
        self.runs += 1;
        for q in path {
            self.questions.insert(q.clone());
            let chosen: &[OptionId] = match answers.get(q) {
                Some(Answer::Choice(o)) => std::slice::from_ref(o),
                Some(Answer::Choices(os)) => os,
                _ => &[],
            };
            for o in chosen {
                self.options.insert((q.clone(), o.clone()));
            }
        }
        if let Some(o) = outcome {
            self.outcomes.insert(o.clone());
        }
    }

    /// Adds an evaluation of `answers`, finished or not.
    pub fn add_evaluation(&mut self, evaluation: &Evaluation, answers: &Answers) {
        self.add(&evaluation.path, answers, evaluation.outcome());
    }

    /// Adds a scenario that ran to `result` (see [`crate::engine::authoring::scenario::run`]): its answers are
    /// read as the run read them.
    /// An outcome shown at once on the way (an interrupt) counts as reached: the person sees it.
    pub fn add_scenario(&mut self, result: &ScenarioResult) {
        self.add(&result.path, &result.answers, Some(&result.outcome));
        self.outcomes.extend(result.interrupts.iter().cloned());
    }

    /// What the runs cover of `content`, and what they miss, in the content's order.
    pub fn coverage(&self, content: &Content) -> Coverage {
        let mut c = Coverage {
            scenarios: self.runs,
            ..Coverage::default()
        };
        // The file of each node: `node_files` when it lists them all, since a flag, guide or
        // service may share a node's id (and so its entry in `origins`).
        let files =
            (content.node_files.len() == content.nodes.len()).then_some(&content.node_files);
        for (i, node) in content.nodes.iter().enumerate() {
            let file = match files {
                Some(f) => f[i].clone(),
                None => content.origin(node.id().as_str()).to_owned(),
            };
            match node {
                Node::Question(q) => {
                    let asked = self.questions.contains(&q.id);
                    c.questions.total += 1;
                    if asked {
                        c.questions.covered += 1;
                    } else {
                        c.uncovered_questions.push(UncoveredQuestion {
                            file: file.clone(),
                            id: q.id.clone(),
                            options: q.options.len(),
                        });
                    }
                    for o in &q.options {
                        c.options.total += 1;
                        if self.options.contains(&(q.id.clone(), o.id.clone())) {
                            c.options.covered += 1;
                        } else {
                            c.uncovered_options.push(UncoveredOption {
                                file: file.clone(),
                                question: q.id.clone(),
                                option: o.id.clone(),
                                question_asked: asked,
                            });
                        }
                    }
                }
                Node::Route(_) => {}
                Node::Outcome(o) => {
                    c.outcomes.total += 1;
                    if self.outcomes.contains(&o.id) {
                        c.outcomes.covered += 1;
                    } else {
                        c.uncovered_outcomes.push(UncoveredOutcome {
                            file,
                            id: o.id.clone(),
                            tier: o.tier,
                        });
                    }
                }
            }
        }
        c
    }
}

/// How many of a kind of thing the runs exercise, of how many there are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub covered: usize,
    pub total: usize,
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.covered, self.total)
    }
}

/// A question no run asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UncoveredQuestion {
    /// The file it is defined in, like `content/tree/debts.json`.
    pub file: String,
    pub id: NodeId,
    /// How many options it has (none of them chosen either).
    pub options: usize,
}

/// An option no run chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UncoveredOption {
    /// The file its question is defined in.
    pub file: String,
    pub question: NodeId,
    pub option: OptionId,
    /// Whether some run asks the question (and chooses other options).
    pub question_asked: bool,
}

/// An outcome no run reaches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UncoveredOutcome {
    /// The file it is defined in.
    pub file: String,
    pub id: NodeId,
    pub tier: Tier,
}

impl fmt::Display for UncoveredQuestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: question \"{}\" is never asked by a scenario",
            self.file, self.id
        )?;
        match self.options {
            0 => Ok(()),
            1 => write!(f, ", so its option is never chosen either"),
            n => write!(f, ", so none of its {n} options is chosen either"),
        }
    }
}

impl fmt::Display for UncoveredOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: option \"{}\" of question \"{}\" is never chosen by a scenario",
            self.file, self.option, self.question
        )
    }
}

impl fmt::Display for UncoveredOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: outcome \"{}\" ({}) is never reached by a scenario",
            self.file,
            self.id,
            self.tier.as_str()
        )
    }
}

/// What a set of runs covers of the content: totals, and every gap with its file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// How many runs (scenarios) were counted.
    pub scenarios: usize,
    pub questions: Count,
    pub options: Count,
    pub outcomes: Count,
    /// In the content's order.
    pub uncovered_questions: Vec<UncoveredQuestion>,
    /// In the content's order, including the options of questions never asked.
    pub uncovered_options: Vec<UncoveredOption>,
    /// In the content's order.
    pub uncovered_outcomes: Vec<UncoveredOutcome>,
}

impl Coverage {
    /// One line: "42 scenarios; questions 30/32, options 120/130, outcomes 14/14".
    pub fn summary(&self) -> String {
        format!(
            "{} scenario{}; questions {}, options {}, outcomes {}",
            self.scenarios,
            if self.scenarios == 1 { "" } else { "s" },
            self.questions,
            self.options,
            self.outcomes
        )
    }

    /// Whether every question, option and outcome is exercised.
    pub fn is_complete(&self) -> bool {
        self.uncovered_questions.is_empty()
            && self.uncovered_options.is_empty()
            && self.uncovered_outcomes.is_empty()
    }

    /// A line for each outcome never reached.
    pub fn outcome_lines(&self) -> Vec<String> {
        self.uncovered_outcomes
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// A line for each question never asked (it says how many options it has).
    pub fn question_lines(&self) -> Vec<String> {
        self.uncovered_questions
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// A line for each option never chosen of a question that is asked; the options of
    /// questions never asked are in [`Coverage::question_lines`].
    pub fn option_lines(&self) -> Vec<String> {
        self.uncovered_options
            .iter()
            .filter(|o| o.question_asked)
            .map(ToString::to_string)
            .collect()
    }

    /// The summary, then a line for every gap: outcomes, then questions, then options.
    pub fn report(&self) -> String {
        let mut out = self.summary();
        for line in self
            .outcome_lines()
            .into_iter()
            .chain(self.question_lines())
            .chain(self.option_lines())
        {
            out.push('\n');
            out.push_str(&line);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::authoring::load::{load, SourceFile};

    /// Two files: a start question in `tree/start.json`, the rest in `tree/more.json`.
    fn content() -> Content {
        let file = |path: &str, text: &str| SourceFile {
            path: path.into(),
            text: text.into(),
        };
        let (c, errors) = load(&[
            file(
                "settings.json",
                r#"{"start":"safe","default_locale":"en-GB","locales":["en-GB"]}"#,
            ),
            // A flag with the same id as a question: the report still names the tree file.
            file(
                "flags.json",
                r#"{"flags":[{"id":"owed","kind":"need","label":"f"}]}"#,
            ),
            file(
                "tree/start.json",
                r#"{"nodes":[
                {"kind":"question","id":"safe","type":"yes_no","title":"t",
                 "options":[{"id":"yes"},{"id":"no","goto":"help"},{"id":"dont-know","goto":"help"}],
                 "next":[{"goto":"debts"}]}
            ]}"#,
            ),
            file(
                "tree/more.json",
                r#"{"nodes":[
                {"kind":"question","id":"debts","type":"multiple_choice","title":"t",
                 "options":[{"id":"rent","label":"l"},{"id":"card","label":"l"},
                            {"id":"none","label":"l","exclusive":true}],
                 "next":[{"if":{"answer":"debts","equals":"none"},"goto":"fine"},{"goto":"owed"}]},
                {"kind":"question","id":"owed","type":"money","title":"t","next":[{"goto":"pick"}]},
                {"kind":"route","id":"pick","next":[
                  {"if":{"answer":"owed","at_least":1000},"goto":"advice"},{"goto":"fine"}]},
                {"kind":"outcome","id":"help","tier":"emergency","title":"t","summary":"s"},
                {"kind":"outcome","id":"advice","tier":"signpost","title":"t","summary":"s"},
                {"kind":"outcome","id":"fine","tier":"self-help","title":"t","summary":"s"}
            ]}"#,
            ),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        c
    }

    fn ids(v: &[&str]) -> Vec<NodeId> {
        v.iter().map(|&s| NodeId::from(s)).collect()
    }

    fn choice(o: &str) -> Answer {
        Answer::Choice(o.into())
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs
            .iter()
            .map(|(q, a)| (NodeId::from(*q), a.clone()))
            .collect()
    }

    #[test]
    fn nothing_run_covers_nothing() {
        let c = Exercised::default().coverage(&content());
        assert_eq!(c.scenarios, 0);
        assert_eq!(
            c.questions,
            Count {
                covered: 0,
                total: 3
            }
        );
        assert_eq!(
            c.options,
            Count {
                covered: 0,
                total: 6
            }
        );
        assert_eq!(
            c.outcomes,
            Count {
                covered: 0,
                total: 3
            }
        );
        assert_eq!(
            c.summary(),
            "0 scenarios; questions 0/3, options 0/6, outcomes 0/3"
        );
        let outcomes: Vec<&str> = c.uncovered_outcomes.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(outcomes, ["help", "advice", "fine"]);
        assert_eq!(c.uncovered_options.len(), 6);
        assert!(!c.is_complete());
    }

    #[test]
    fn counts_what_is_on_the_path_only() {
        let content = content();
        let mut e = Exercised::default();
        // Not safe: only the first question is asked. The answer to "debts" is off the path.
        e.add(
            &ids(&["safe"]),
            &answers(&[
                ("safe", choice("no")),
                ("debts", Answer::Choices(vec!["rent".into()])),
            ]),
            Some(&"help".into()),
        );
        // Every box ticked counts; "owed" is on the path but has no options.
        e.add(
            &ids(&["safe", "debts", "owed"]),
            &answers(&[
                ("safe", choice("yes")),
                ("debts", Answer::Choices(vec!["rent".into(), "card".into()])),
                ("owed", Answer::Money(200_000)),
            ]),
            Some(&"advice".into()),
        );
        let c = e.coverage(&content);
        assert_eq!(
            c.summary(),
            "2 scenarios; questions 3/3, options 4/6, outcomes 2/3"
        );
        assert!(c.uncovered_questions.is_empty());
        let options: Vec<(&str, &str)> = c
            .uncovered_options
            .iter()
            .map(|o| (o.question.as_str(), o.option.as_str()))
            .collect();
        // In the content's order: the tree files by name, then as written.
        assert_eq!(options, [("debts", "none"), ("safe", "dont-know")]);
        assert_eq!(c.outcome_lines().len(), 1);
        assert_eq!(c.uncovered_outcomes[0].id.as_str(), "fine");
        assert_eq!(c.uncovered_outcomes[0].tier, Tier::SelfHelp);
    }

    #[test]
    fn the_report_names_each_gap_and_its_file() {
        let content = content();
        let mut e = Exercised::default();
        e.add(
            &ids(&["safe"]),
            &answers(&[("safe", choice("dont-know"))]),
            Some(&"help".into()),
        );
        let c = e.coverage(&content);
        assert_eq!(
            c.report(),
            "1 scenario; questions 1/3, options 1/6, outcomes 1/3\n\
             content/tree/more.json: outcome \"advice\" (signpost) is never reached by a scenario\n\
             content/tree/more.json: outcome \"fine\" (self-help) is never reached by a scenario\n\
             content/tree/more.json: question \"debts\" is never asked by a scenario, so none of its 3 options is chosen either\n\
             content/tree/more.json: question \"owed\" is never asked by a scenario\n\
             content/tree/start.json: option \"yes\" of question \"safe\" is never chosen by a scenario\n\
             content/tree/start.json: option \"no\" of question \"safe\" is never chosen by a scenario"
        );
        // The options of "debts" are counted as uncovered, but reported with the question.
        assert_eq!(c.uncovered_options.len(), 5);
        assert_eq!(c.option_lines().len(), 2);
    }

    #[test]
    fn everything_covered_is_complete() {
        let content = content();
        let mut e = Exercised::default();
        for o in ["no", "dont-know"] {
            e.add(
                &ids(&["safe"]),
                &answers(&[("safe", choice(o))]),
                Some(&"help".into()),
            );
        }
        e.add(
            &ids(&["safe", "debts"]),
            &answers(&[
                ("safe", choice("yes")),
                ("debts", Answer::Choices(vec!["none".into()])),
            ]),
            Some(&"fine".into()),
        );
        e.add(
            &ids(&["safe", "debts", "owed"]),
            &answers(&[
                ("safe", choice("yes")),
                ("debts", Answer::Choices(vec!["rent".into(), "card".into()])),
                ("owed", Answer::Money(500)),
            ]),
            Some(&"advice".into()),
        );
        let c = e.coverage(&content);
        assert!(c.is_complete(), "{}", c.report());
        assert_eq!(
            c.report(),
            "4 scenarios; questions 3/3, options 6/6, outcomes 3/3"
        );
    }

    #[test]
    fn reads_a_scenario_as_it_ran() {
        let content = content();
        // A multiple choice answer written as one value counts as that option ticked.
        let s = crate::engine::authoring::scenario::Scenario::from_json(
            r#"{"today":"2026-11-23","answers":{"safe":"yes","debts":"card","owed":"£1,200"}}"#,
        )
        .unwrap();
        let r = crate::engine::authoring::scenario::run(&content, &s, None).unwrap();
        let mut e = Exercised::default();
        e.add_scenario(&r);
        assert_eq!(e.runs, 1);
        assert_eq!(
            e.questions,
            ids(&["debts", "owed", "safe"]).into_iter().collect()
        );
        assert_eq!(
            e.options,
            [("safe", "yes"), ("debts", "card")]
                .into_iter()
                .map(|(q, o)| (NodeId::from(q), OptionId::from(o)))
                .collect()
        );
        assert_eq!(e.outcomes, ids(&["advice"]).into_iter().collect());
    }

    #[test]
    fn adds_an_unfinished_evaluation() {
        let content = content();
        let a = answers(&[("safe", choice("yes"))]);
        let ev = crate::engine::evaluate::evaluate(
            &content,
            &a,
            crate::engine::date::Date::new(2026, 11, 23).unwrap(),
        )
        .unwrap();
        let mut e = Exercised::default();
        e.add_evaluation(&ev, &a);
        let c = e.coverage(&content);
        assert_eq!(
            c.summary(),
            "1 scenario; questions 1/3, options 1/6, outcomes 0/3"
        );
    }
}
