//! Typed ids, so a question id can never be passed where an outcome id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(s: impl Into<String>) -> Self {
                Self(s.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_type!(
    /// Any node of the tree: a question, a route or an outcome. They share one namespace.
    NodeId
);
id_type!(
    /// An option of a choice question, unique within its question.
    OptionId
);
id_type!(
    /// A need or risk flag declared in `content/flags.json`.
    FlagId
);
id_type!(
    /// A guidance page in `content/guidance.json`.
    GuideId
);
id_type!(
    /// A service in `content/services.json`.
    ServiceId
);
id_type!(
    /// A Fluent message id, resolved from `content/locales/<locale>/*.ftl`.
    MessageId
);
