//! The triage engine: the content model and the rules that run on it (answers, conditions,
//! evaluation, the plan, matching, the referral's data, saved state, tallies). A crate of its
//! own (`Cargo.toml` and `crate.rs` beside this file) with no web dependencies: Cargo, not a
//! convention, keeps leptos and web-sys out. Tested natively; used by the app (as a module of
//! its crate: `crate.rs` says why), the build script and the authors' tool.
//!
//! [`authoring`] (loading `content/`, validation, coverage, scenarios, translations, the tree
//! version, sources) is compiled only with the `authoring` feature: by the build script and the
//! native tools, never into the web app, which starts from content already checked
//! ([`compiled`]).

pub mod answer;
#[cfg(feature = "authoring")]
pub mod authoring;
pub mod compiled;
pub mod condition;
pub mod date;
pub mod eligibility;
pub mod error;
pub mod evaluate;
pub mod explain;
pub mod facts;
pub mod files;
pub mod ids;
pub mod locale;
pub mod matching;
pub mod messages;
pub mod model;
pub mod order;
pub mod plan;
pub mod problem;
pub mod referral;
pub mod saved;
pub mod tally;
pub mod text;

pub use answer::{Answer, Answers, Input, InputError};
#[cfg(feature = "authoring")]
pub use authoring::{load, load_and_validate, load_with_version};
pub use date::Date;
pub use error::{ContentError, ContentErrors};
pub use evaluate::{evaluate, prune, record_answer, EvalError, Evaluation, Step};
pub use files::SourceFile;
pub use ids::{FlagId, GuideId, MessageId, NodeId, OptionId, ServiceId};
pub use model::{Content, Node, Outcome, Question, Tier};
pub use problem::Problem;
