//! Messages of the exit pieces of the app: `content/locales/*/exit.ftl`.

pub const EXIT_MESSAGES: &[&str] = &[];
