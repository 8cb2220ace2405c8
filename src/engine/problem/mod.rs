//! What is wrong in the content, one variant per kind of problem, each with its message for
//! the content's authors (the build and `signpost check` print them). The file and id of
//! the thing that is wrong are [`crate::engine::ContentError::Invalid`]'s; the variant says what is
//! wrong with it. Problems found outside the validation phases (sources, services' limits,
//! nation-specific steps) are in [`other`].

pub mod other;
mod words;

pub use other::{EligibleProblem, NationProblem, SourceProblem};
pub(crate) use words::{and_list, article, or_list, quoted_list};
pub use words::{FlagUse, IfPlace, MessageUse, NodePlaces, NodeUse, Num};

use crate::engine::model::InputType;
use words::{message_list, options_are, suggestion};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    // ----- settings and locales -----
    #[error(
        "the start node \"{start}\" is not defined in any content/tree/*.json file; \
         set \"start\" to the id of the first question"
    )]
    UnknownStart { start: String },
    #[error("\"locales\" is empty; list every locale people can choose, at least [\"{default_locale}\"]")]
    NoLocales { default_locale: String },
    #[error("\"{locale}\" is listed more than once in \"locales\"; list it once")]
    LocaleListedTwice { locale: String },
    #[error(
        "the default locale \"{locale}\" is not in \"locales\"; add it to \"locales\", \
         or set \"default_locale\" to one of them"
    )]
    DefaultLocaleNotListed { locale: String },
    #[error(
        "content/settings.json lists the locale \"{locale}\", but there is no \
         content/locales/{locale}/ folder with .ftl files; add its translations \
         there, or remove \"{locale}\" from \"locales\" in content/settings.json"
    )]
    LocaleWithoutFolder { locale: String },
    #[error(
        "the folder content/locales/{locale}/ is not listed in \"locales\" in \
         content/settings.json, so nobody can choose it; add \"{locale}\" there, \
         or remove the folder"
    )]
    LocaleNotListed { locale: String },
    #[error(
        "\"nations\" lists \"{nation}\", which is not a nation; use \"England\", \"Wales\", \
         \"Scotland\" or \"Northern Ireland\""
    )]
    NotANationListed { nation: String },
    #[error(
        "\"nation\" is \"{nation}\"; use \"England\", \"Wales\", \"Scotland\" or \
         \"Northern Ireland\", as services name them in \"service_area\""
    )]
    NotANation { nation: String },
    #[error(
        "\"nation\" is \"{nation}\", which is not one of the nations the content is written \
         for ({}); nation-specific steps have no \"{nation}\" version. Add \"{nation}\" to \
         \"nations\" and a \"{nation}\" version to each of those steps",
        .nations.join(", ")
    )]
    NationNotWrittenFor {
        nation: String,
        nations: Vec<String>,
    },
    #[error(
        "\"safety_outcome\" is \"{outcome}\", which is not an outcome with \"tier\": \
         \"emergency\"; it is the page behind \"Get help now\", so point it at \
         the emergency outcome"
    )]
    SafetyOutcomeNotEmergency { outcome: String },
    #[error(
        "\"debt_question\" is \"{question}\", which is {} {kind}, not a multiple_choice \
         question; the referral pages list its options as the kinds of debt, so \
         point it at the question that asks which debts the person has",
        article(.kind)
    )]
    DebtQuestionNotMultipleChoice { question: String, kind: String },

    // ----- duplicate ids -----
    #[error(
        "{count} nodes have the id \"{node}\" ({places}); questions, routes and outcomes \
         share one set of ids across all tree files, so give each its own id"
    )]
    DuplicateNode {
        count: usize,
        node: String,
        places: NodePlaces,
    },
    /// A flag, guide or service (`kind`) defined more than once.
    #[error(
        "is defined {count} times; each {kind} needs its own id, so rename or \
         remove the extra ones"
    )]
    DuplicateId { count: usize, kind: &'static str },
    #[error("{count} options have this id; each option of a question needs its own id")]
    DuplicateOption { count: usize },

    // ----- references -----
    #[error(
        "{by} \"{to}\", which is not defined in any tree file; fix the spelling, or add a \
         question, route or outcome with that id"
    )]
    UnknownNode { by: NodeUse, to: String },
    #[error(
        "{by} \"{flag}\", which is not in content/flags.json; fix the spelling, or add the \
         flag there"
    )]
    UnknownFlag { by: FlagUse, flag: String },
    #[error(
        "lists the guide \"{guide}\", which is not in content/guidance.json; fix the \
         spelling, or add the guide there"
    )]
    UnknownGuide { guide: String },
    #[error(
        "lists the service \"{service}\", which is not in content/services.json or \
         content/directory/; fix the spelling, or add the service"
    )]
    UnknownService { service: String },
    #[error(
        "has no \"contacts\", so people cannot reach it; add at least one phone \
         number, email address, website or address to visit"
    )]
    NoContacts,

    // ----- fields that fit one question type; guides and services -----
    #[error(
        "has \"interrupt\", which only works on single_choice and yes_no \
         questions; ask the safety question on its own page"
    )]
    InterruptOnMultipleChoice,
    #[error(
        "\"interrupt\" is \"{target}\", which is not an outcome; an \
         interrupt shows an outcome page (such as who to call) before the \
         questions carry on"
    )]
    InterruptNotOutcome { target: String },
    #[error(
        "\"optional\" only applies to text questions, and this is a {} \
         question; remove it, or add an option such as \"I don't know\"",
        .input.as_str()
    )]
    OptionalNotText { input: InputType },
    #[error(
        "\"deadline\" only applies to date questions, and this is a {} question; remove it",
        .input.as_str()
    )]
    DeadlineNotDate { input: InputType },
    #[error("\"deadline\" names the flag \"{flag}\", which is not in flags.json")]
    UnknownDeadlineFlag { flag: String },
    #[error("names the flag \"{flag}\" in both \"needs\" and \"not_for\"; keep one")]
    NeedsAndNotFor { flag: String },
    #[error(
        "has a \"text\" contact; text contacts are for national helplines in \
         content/services.json, because the referral summary cannot carry them \
         yet: give the member's phone number instead"
    )]
    MemberTextContact,
    #[error(
        "is in the consortium directory but has no \"membership\"; add \
         \"full\", \"associate\" or \"affiliate\", or move it to \
         content/services.json if it is not a member"
    )]
    MemberWithoutMembership,
    #[error("has no \"needs\", so it is never suggested; list the flags it helps with")]
    MemberWithoutNeeds,
    #[error(
        "is a circumstance, a personal fact about the household, but has no \
         \"consent\"; add \"consent\": \"health-safety\" or \"household-money\" \
         so it is left out of a referral when the person does not agree to share it"
    )]
    CircumstanceWithoutConsent,

    // ----- question shape -----
    #[error(
        "a {} question cannot have \"options\"; remove them, or change \"type\" \
         to single_choice, multiple_choice or yes_no",
        .input.as_str()
    )]
    OptionsNotAllowed { input: InputType },
    #[error(
        "a single_choice question needs at least 2 options, and this one has {count}; \
         add options, or ask a yes_no question"
    )]
    TooFewOptions { count: usize },
    #[error("a multiple_choice question needs at least 1 option; add \"options\"")]
    NoOptions,
    #[error(
        "a yes_no question can only have the options \"yes\", \"no\" and \
         \"dont-know\"; rename this option, or make the question single_choice"
    )]
    NotAYesNoOption,
    #[error(
        "a yes_no question needs the options \"yes\" and \"no\" (and may \
         have \"dont-know\"); add {}",
        quoted_list(.missing)
    )]
    MissingYesNo { missing: Vec<String> },
    #[error("needs a \"label\": the id of the message people see for this option")]
    NoLabel,
    #[error(
        "options of a multiple_choice question cannot have \"goto\", because \
         people can tick several; remove it, and add a rule to the \
         question's \"next\" instead, such as {{\"if\": {{\"answer\": \"{question}\", \
         \"equals\": \"{option}\"}}, \"goto\": \"…\"}}"
    )]
    GotoOnMultipleChoice { question: String, option: String },
    #[error("\"exclusive\" only applies to options of a multiple_choice question; remove it")]
    ExclusiveNotMultipleChoice,
    #[error(
        "\"min\" and \"max\" only apply to money and number questions, and this is \
         a {} question; remove them",
        .input.as_str()
    )]
    MinMaxNotNumeric { input: InputType },
    #[error(
        "\"min\" ({min}) is more than \"max\" ({max}), so no answer is \
         allowed; swap them or correct one"
    )]
    MinAboveMax { min: Num, max: Num },
    /// `min` or `max` (`key`) of a number question is not whole.
    #[error("\"{key}\" is {value}, but a number question takes whole numbers; use a whole number")]
    NotWhole { key: &'static str, value: Num },
    #[error(
        "\"max_length\" only applies to text questions, and this is a {} \
         question; remove it",
        .input.as_str()
    )]
    MaxLengthNotText { input: InputType },
    #[error("\"max_length\" is 0, so nothing can be typed; use at least 1, or remove it")]
    MaxLengthZero,

    // ----- transitions, reachability and loops -----
    #[error(
        "every option has its own \"goto\", so the rules in \"next\" are \
         never used; remove \"next\", or remove \"goto\" from the options \
         that should use it"
    )]
    NextNeverUsed,
    #[error(
        "has no transition: it has no \"goto\", and the question's \
         \"next\" has no rule without \"if\" to fall back on, so \
         choosing it can leave the person stuck; add \"goto\" to \
         the option, or end \"next\" with a rule without \"if\""
    )]
    NoTransition,
    #[error(
        "has no \"next\", so the path stops here without an outcome; add a rule such as \
         {{\"goto\": \"…\"}}"
    )]
    NoNext,
    #[error(
        "every rule in \"next\" has an \"if\", so when none of them holds the path stops here \
         without an outcome; end \"next\" with a rule without \"if\""
    )]
    NoFallbackRule,
    /// Rule number `rule` (from 1) comes after a rule without `if`.
    #[error(
        "rule {rule} in \"next\" (to \"{to}\") comes after a rule without \"if\", which \
         always applies, so it is never used; move it before that rule, or \
         remove it"
    )]
    RuleNeverUsed { rule: usize, to: String },
    #[error(
        "no path from the start (\"{start}\") leads here, so nobody will see it; \
         add a \"goto\" to it from another node, or remove it"
    )]
    Unreachable { start: String },
    /// `path` goes round the loop, ending where it starts.
    #[error(
        "the path can go round in a loop: {}; change a \"goto\" so that every path \
         moves on to an outcome",
        .path.join(" -> ")
    )]
    Loop { path: Vec<String> },

    // ----- conditions -----
    #[error(
        "{place} reads the answer to \"{question}\", which is not defined; \
         it must be the id of a question"
    )]
    UnknownQuestion { place: IfPlace, question: String },
    #[error(
        "{place} reads the answer to \"{question}\", which is {} {kind}, not a \
         question; only questions have answers",
        article(.kind)
    )]
    NotAQuestion {
        place: IfPlace,
        question: String,
        kind: &'static str,
    },
    #[error(
        "{place} tests whether \"{question}\" equals \"{value}\", but \"{question}\" has \
         no option \"{value}\" ({}); use one of its option ids",
        options_are(.options)
    )]
    NoSuchOption {
        place: IfPlace,
        question: String,
        value: String,
        options: Vec<String>,
    },
    #[error(
        "{place} tests \"{question}\" with \"one_of\", but \"{question}\" has no \
         option {} ({}); use its option ids",
        quoted_list(.values),
        options_are(.options)
    )]
    NoSuchOptions {
        place: IfPlace,
        question: String,
        values: Vec<String>,
        options: Vec<String>,
    },
    /// A test (`equals`, `one_of`, a comparison such as `at_least`, `within_working_days`,
    /// `passed`) that does not work on answers of the question's type.
    #[error(
        "{place} uses \"{test}\" on \"{question}\", a {} question, but {}",
        .input.as_str(),
        test_fits_only(.test, .input)
    )]
    TestDoesNotFit {
        place: IfPlace,
        test: &'static str,
        question: String,
        input: InputType,
    },
    #[error(
        "{place} reads the answer to \"{question}\", but no path asks \"{question}\" before \
         reaching \"{node}\", so it would always be unanswered here; test a \
         question that comes earlier on the path"
    )]
    AskedLater {
        place: IfPlace,
        question: String,
        node: String,
    },

    // ----- messages -----
    #[error(
        "uses the message \"{message}\", which is not in {} {}; check the spelling, or \
         add `{message} = …` to a .ftl file in {}",
        the_locales(.locales),
        and_list(.locales),
        locale_folders(.locales)
    )]
    MissingMessage {
        message: String,
        locales: Vec<String>,
    },
    /// An interface message, which belongs in the .ftl file `ftl`, is not in `locale`.
    #[error(
        "the app's interface needs the message \"{message}\" (listed in \
         {}) in every locale, but locale {locale} does not \
         have it; add `{message} = …` to content/locales/{locale}/{ftl}",
        message_list(.ftl)
    )]
    MissingInterfaceMessage {
        message: String,
        locale: String,
        ftl: &'static str,
    },
    /// A message of the default locale (from file `defined_in`) that `locale` lacks; add it to
    /// `file`.
    #[error(
        "\"{message}\" is in the default locale {default_locale} ({defined_in}{used}) but has \
         no {locale} translation; add `{message} = …` to {file}"
    )]
    MissingTranslation {
        message: String,
        default_locale: String,
        defined_in: String,
        used: MessageUse,
        locale: String,
        file: String,
    },

    // ----- outside the validation phases -----
    #[error(transparent)]
    Eligible(#[from] EligibleProblem),
    #[error(transparent)]
    Source(#[from] SourceProblem),
    #[error(transparent)]
    Nation(#[from] NationProblem),
}

/// The end of [`Problem::TestDoesNotFit`]'s message: which answers the test works on, and
/// what to use instead.
fn test_fits_only(test: &str, input: &InputType) -> String {
    let instead = suggestion(input);
    match test {
        "equals" => format!("\"equals\" only works on choice and text answers; {instead}"),
        "one_of" => format!(
            "\"one_of\" only works on choice answers; {}",
            if *input == InputType::Text {
                "use \"any\" with one \"equals\" for each value"
            } else {
                instead
            }
        ),
        "within_working_days" | "passed" => format!("it only works on date answers; {instead}"),
        _ => format!("comparisons only work on money and number answers; {instead}"),
    }
}

fn the_locales(locales: &[String]) -> &'static str {
    if locales.len() == 1 {
        "the locale"
    } else {
        "the locales"
    }
}

/// "content/locales/en-GB/ or content/locales/cy/".
fn locale_folders(locales: &[String]) -> String {
    let dirs: Vec<String> = locales
        .iter()
        .map(|c| format!("content/locales/{c}/"))
        .collect();
    or_list(&dirs)
}
