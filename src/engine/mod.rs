//! The triage engine: content model, loading, validation, evaluation. No web dependencies:
//! it is tested natively and shared by the app, the build script and the authors' tools.
//! (The build script includes this module by path, so it refers to itself with `super::`.)

pub mod answer;
pub mod compiled;
pub mod condition;
pub mod coverage;
pub mod date;
pub mod eligibility;
pub mod error;
pub mod evaluate;
pub mod explain;
pub mod files;
pub mod ids;
pub mod load;
pub mod matching;
pub mod messages;
pub mod model;
pub mod nation;
pub mod plan;
pub mod referral;
pub mod saved;
pub mod scenario;
pub mod sources;
pub mod tally;
pub mod text;
pub mod translations;
pub mod validate;
pub mod version;

pub use answer::{Answer, Answers, Input, InputError};
pub use date::Date;
pub use error::{ContentError, ContentErrors};
pub use evaluate::{evaluate, prune, record_answer, EvalError, Evaluation, Step};
pub use ids::{FlagId, GuideId, MessageId, NodeId, OptionId, ServiceId};
pub use load::{load, load_with_version, SourceFile};
pub use model::{Content, Node, Outcome, Question, Tier};

/// Loads and validates: the content, or every problem found.
pub fn load_and_validate(files: &[SourceFile]) -> Result<Content, ContentErrors> {
    let (content, mut errors) = load(files);
    errors.extend(validate::validate(&content));
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(ContentErrors(errors))
    }
}
