//! Where the advice comes from. Every step a person is told to take (a guide's `today` and
//! `steps`, an outcome's `next_steps`, in every nation's version) names its sources and the
//! day its words were last checked against them, in `content/sources/*.json`. A step without
//! a source fails the check, so nothing reaches a resident that nobody can trace; a check
//! more than a year old is reported, so advice is looked at again before it goes stale.

use crate::engine::date::Date;
use crate::engine::error::ContentError;
use crate::engine::ids::MessageId;
use crate::engine::model::{Content, Node, StepSource};
use crate::engine::problem::SourceProblem;
use std::collections::{BTreeMap, HashMap};

/// How old a check may be before `signpost check` asks for it to be done again.
pub const STALE_AFTER_DAYS: i64 = 365;

/// A step that must have a source, with the outcome or guide that lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedsSource {
    pub step: MessageId,
    /// "guide \"rent-arrears\"" or "outcome \"debt-advice\"", for authors.
    pub listed_by: String,
}

/// Every step that must have a source, each once, in the order the content lists them.
pub fn steps(content: &Content) -> Vec<NeedsSource> {
    let mut out: Vec<NeedsSource> = Vec::new();
    let mut seen: std::collections::HashSet<MessageId> = Default::default();
    let mut push = |step: &MessageId, listed_by: String| {
        if seen.insert(step.clone()) {
            out.push(NeedsSource {
                step: step.clone(),
                listed_by,
            });
        }
    };
    for n in &content.nodes {
        if let Node::Outcome(o) = n {
            for s in &o.next_steps {
                push(s, format!("outcome \"{}\"", o.id));
            }
        }
    }
    for g in &content.guides {
        for s in g.today.iter().chain(&g.steps) {
            push(s, format!("guide \"{}\"", g.id));
        }
    }
    for (s, owner) in &content.other_nation_steps {
        push(s, format!("\"{owner}\" (another nation's version)"));
    }
    out
}

/// The source entry for `step`, if there is one.
pub fn source<'a>(content: &'a Content, step: &MessageId) -> Option<&'a StepSource> {
    content.sources.iter().find(|s| &s.step == step)
}

/// Sets each guide's `last_reviewed` to the oldest check among its steps: the day from which
/// every step of it is known to match its sources.
pub fn date_guides(content: &mut Content) {
    let checked: HashMap<&MessageId, Date> = content
        .sources
        .iter()
        .map(|s| (&s.step, s.checked))
        .collect();
    let dates: Vec<Option<Date>> = content
        .guides
        .iter()
        .map(|g| {
            g.today
                .iter()
                .chain(&g.steps)
                .filter_map(|s| checked.get(s).copied())
                .min()
        })
        .collect();
    for (g, d) in content.guides.iter_mut().zip(dates) {
        g.last_reviewed = d;
    }
}

/// How much of the advice has a source, and which checks are due again on `today`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub with_source: usize,
    pub total: usize,
    /// Steps with no source entry: each is also a content error.
    pub missing: Vec<NeedsSource>,
    /// Steps last checked more than [`STALE_AFTER_DAYS`] before `today`, with the day and the
    /// file of their entry.
    pub stale: Vec<(MessageId, Date, String)>,
}

impl Coverage {
    /// Whole percent, rounded down, so 99.6 % never reads as 100 %.
    pub fn percent(&self) -> usize {
        (self.with_source * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

pub fn coverage(content: &Content, today: Date) -> Coverage {
    let needed = steps(content);
    let missing: Vec<NeedsSource> = needed
        .iter()
        .filter(|n| source(content, &n.step).is_none())
        .cloned()
        .collect();
    let stale = content
        .sources
        .iter()
        .zip(files(content))
        .filter(|(s, _)| today.to_days() - s.checked.to_days() > STALE_AFTER_DAYS)
        .map(|(s, f)| (s.step.clone(), s.checked, f.to_owned()))
        .collect();
    Coverage {
        with_source: needed.len() - missing.len(),
        total: needed.len(),
        missing,
        stale,
    }
}

fn files(content: &Content) -> impl Iterator<Item = &str> {
    (0..content.sources.len()).map(|i| {
        content
            .source_files
            .get(i)
            .map_or("content/sources", String::as_str)
    })
}

/// Problems with the sources: a step without one, an entry for something that is not a
/// step, an entry given twice, and sources that name nothing.
pub fn problems(content: &Content) -> Vec<ContentError> {
    let mut out = Vec::new();
    let invalid = |file: &str, id: &MessageId, problem: SourceProblem| ContentError::Invalid {
        file: file.to_owned(),
        what: "source for step".into(),
        id: id.to_string(),
        problem: problem.into(),
    };
    let needed = steps(content);
    for n in needed.iter().filter(|n| source(content, &n.step).is_none()) {
        out.push(ContentError::Invalid {
            file: "content/sources".into(),
            what: "step".into(),
            id: n.step.to_string(),
            problem: SourceProblem::Missing {
                listed_by: n.listed_by.to_string(),
            }
            .into(),
        });
    }
    let mut first: BTreeMap<&MessageId, &str> = BTreeMap::new();
    for (s, file) in content.sources.iter().zip(files(content)) {
        if let Some(earlier) = first.insert(&s.step, file) {
            out.push(invalid(
                file,
                &s.step,
                SourceProblem::Twice {
                    earlier: earlier.to_owned(),
                },
            ));
        }
        if !needed.iter().any(|n| n.step == s.step) {
            out.push(invalid(file, &s.step, SourceProblem::NotAStep));
        }
        if s.sources.is_empty() {
            out.push(invalid(file, &s.step, SourceProblem::Empty));
        }
        for src in &s.sources {
            if src.title.trim().is_empty() {
                out.push(invalid(file, &s.step, SourceProblem::Untitled));
            }
            if let Some(url) = &src.url {
                if !url.starts_with("https://") {
                    out.push(invalid(
                        file,
                        &s.step,
                        SourceProblem::NotHttps { url: url.clone() },
                    ));
                }
            }
        }
    }
    out
}
