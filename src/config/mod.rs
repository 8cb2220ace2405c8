//! How a copy of Signpost is used: by a resident on their own device, on a kiosk in a hub,
//! or by an adviser beside someone. A hub sets it without rebuilding, in two ways:
//!
//! - `public/signpost.json`, served beside the app ([`from_file`]): the hub's default.
//! - The query string, `?mode=kiosk&idle=120&exit=https://…` ([`from_query`]): the app keeps
//!   it for the browser session, so a kiosk's start page can be bookmarked with it and the
//!   mode survives navigation and reloads until the browser is closed.
//!
//! The query wins over the file ([`merge`]). Bad values never stop the app: a bad file is
//! reported (to the console, by the app) and ignored; a bad query value is ignored alone.
//! Pure and native, so it is tested without a browser. Which of these wins on a given device,
//! and what a device remembers so a kiosk stays a kiosk, is in [`device`]; where quick exit
//! may go, in [`exit`].

mod device;
mod exit;

pub use device::{resolve, without_exit, DeviceRecord, Resolved};
pub use exit::{exit_url, DEFAULT_EXIT_URL};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Who is using this copy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// On the person's own device: answers saved there until they start again.
    #[default]
    Resident,
    /// A shared screen in a hub: wiped after inactivity, anonymous daily tallies kept.
    Kiosk,
    /// An adviser going through it with someone: the answers panel and "Why this outcome?".
    Adviser,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Resident => "resident",
            Mode::Kiosk => "kiosk",
            Mode::Adviser => "adviser",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "resident" => Some(Mode::Resident),
            "kiosk" => Some(Mode::Kiosk),
            "adviser" => Some(Mode::Adviser),
            _ => None,
        }
    }
}

/// Inactivity before a kiosk warns that it will start again: long enough to read a results
/// page, short enough that the next person does not find the last one's answers.
pub const DEFAULT_IDLE_SECONDS: u32 = 180;
/// How long the warning counts down before the kiosk wipes and starts again.
pub const DEFAULT_WARNING_SECONDS: u32 = 60;

/// The limits of `idle_seconds`: under 30 seconds nobody can read a page before the warning;
/// over an hour a kiosk would keep a stranger's answers on screen for too long.
pub const IDLE_RANGE: std::ops::RangeInclusive<u32> = 30..=3600;
/// The limits of `warning_seconds`: time to notice and tap "I'm still here", not so long
/// that the wipe loses its point.
pub const WARNING_RANGE: std::ops::RangeInclusive<u32> = 10..=300;
/// More exit choices than this is a mistake, not a menu.
pub const MAX_EXIT_CHOICES: usize = 20;

/// The configuration in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    pub mode: Mode,
    /// Kiosk: seconds without a tap or key before the warning.
    pub idle_seconds: u32,
    /// Kiosk: seconds the warning counts down before wiping.
    pub warning_seconds: u32,
    /// Quick exit replaces the current history entry with this page.
    pub exit_url: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mode: Mode::Resident,
            idle_seconds: DEFAULT_IDLE_SECONDS,
            warning_seconds: DEFAULT_WARNING_SECONDS,
            exit_url: DEFAULT_EXIT_URL.to_owned(),
        }
    }
}

impl Config {
    /// Only kiosks keep demand tallies: residents' phones keep none.
    pub fn keeps_tallies(&self) -> bool {
        self.mode == Mode::Kiosk
    }

    /// Only kiosks wipe after inactivity.
    pub fn wipes_when_idle(&self) -> bool {
        self.mode == Mode::Kiosk
    }
}

/// What the query string sets, for the browser session. Serde, so the app can keep it in
/// session storage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigOverride {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_url: Option<String>,
}

impl ConfigOverride {
    pub fn is_empty(&self) -> bool {
        self == &ConfigOverride::default()
    }

    /// Later settings win: a new query changes only what it names. A session that is a
    /// kiosk stays one: someone who reaches a kiosk's address bar must not be able to type
    /// `?mode=resident` and switch the wipe off.
    pub fn then(self, later: ConfigOverride) -> ConfigOverride {
        let mode = match self.mode {
            Some(Mode::Kiosk) => Some(Mode::Kiosk),
            _ => later.mode.or(self.mode),
        };
        ConfigOverride {
            mode,
            idle_seconds: later.idle_seconds.or(self.idle_seconds),
            exit_url: later.exit_url.or(self.exit_url),
        }
    }
}

/// `public/signpost.json`: every field optional; keys starting with `_` are notes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_url: Option<String>,
    /// The address cannot change the mode or the idle time (`?mode=`, `?idle=` are ignored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_mode: Option<bool>,
    /// The other pages a link may choose for quick exit with `?exit=`; without this list,
    /// `?exit=` is ignored, so whoever sends a link cannot choose where a person lands
    /// when they flee.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exit_choices: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("public/signpost.json is not valid JSON: {0}")]
    Json(String),
    #[error("public/signpost.json must be a JSON object, like {{\"mode\": \"kiosk\"}}")]
    NotAnObject,
    #[error("public/signpost.json: unknown field \"{0}\"; the fields are mode, idle_seconds, warning_seconds, exit_url, exit_choices and lock_mode (notes go in fields starting with _)")]
    UnknownField(String),
    #[error(
        "public/signpost.json: \"mode\" must be \"resident\", \"kiosk\" or \"adviser\", not {0}"
    )]
    Mode(String),
    #[error("public/signpost.json: \"{field}\" must be a whole number of seconds from {min} to {max}, not {value}")]
    Seconds {
        field: &'static str,
        min: u32,
        max: u32,
        value: String,
    },
    #[error("public/signpost.json: \"warning_seconds\" ({warning}) must be less than \"idle_seconds\" ({idle})")]
    WarningNotShorter { warning: u32, idle: u32 },
    #[error(
        "public/signpost.json: \"exit_url\" must be a web address starting with https:// and a public host name, not {0}"
    )]
    ExitUrl(String),
    #[error("public/signpost.json: \"exit_choices\" must be a list of at most {MAX_EXIT_CHOICES} web addresses starting with https:// and a public host name; this is not one: {0}")]
    ExitChoice(String),
    #[error("public/signpost.json: \"lock_mode\" must be true or false, not {0}")]
    LockMode(String),
}

/// Reads the hub's file, naming the field of any mistake.
pub fn from_file(json: &str) -> Result<ConfigFile, ConfigError> {
    let value: Value = serde_json::from_str(json).map_err(|e| ConfigError::Json(e.to_string()))?;
    let Value::Object(map) = value else {
        return Err(ConfigError::NotAnObject);
    };
    let mut file = ConfigFile::default();
    for (key, v) in &map {
        match key.as_str() {
            "mode" => {
                file.mode = Some(
                    v.as_str()
                        .and_then(Mode::parse)
                        .ok_or_else(|| ConfigError::Mode(v.to_string()))?,
                )
            }
            "idle_seconds" => file.idle_seconds = Some(seconds("idle_seconds", v, IDLE_RANGE)?),
            "warning_seconds" => {
                file.warning_seconds = Some(seconds("warning_seconds", v, WARNING_RANGE)?)
            }
            "exit_url" => {
                file.exit_url = Some(
                    v.as_str()
                        .and_then(exit_url)
                        .ok_or_else(|| ConfigError::ExitUrl(v.to_string()))?,
                )
            }
            "lock_mode" => {
                file.lock_mode = Some(
                    v.as_bool()
                        .ok_or_else(|| ConfigError::LockMode(v.to_string()))?,
                )
            }
            "exit_choices" => {
                let list = v
                    .as_array()
                    .filter(|l| l.len() <= MAX_EXIT_CHOICES)
                    .ok_or_else(|| ConfigError::ExitChoice(v.to_string()))?;
                for item in list {
                    let url = item
                        .as_str()
                        .and_then(exit_url)
                        .ok_or_else(|| ConfigError::ExitChoice(item.to_string()))?;
                    file.exit_choices.push(url);
                }
            }
            k if k.starts_with('_') => {}
            k => return Err(ConfigError::UnknownField(k.to_owned())),
        }
    }
    let idle = file.idle_seconds.unwrap_or(DEFAULT_IDLE_SECONDS);
    let warning = file.warning_seconds.unwrap_or(DEFAULT_WARNING_SECONDS);
    if warning >= idle {
        return Err(ConfigError::WarningNotShorter { warning, idle });
    }
    Ok(file)
}

fn seconds(
    field: &'static str,
    v: &Value,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, ConfigError> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| range.contains(n))
        .ok_or_else(|| ConfigError::Seconds {
            field,
            min: *range.start(),
            max: *range.end(),
            value: v.to_string(),
        })
}

/// Reads `?mode=kiosk&idle=120&exit=https%3A%2F%2F…` (with or without the `?`). Values that
/// are not valid are ignored one by one; `None` when nothing valid was given, so the app
/// keeps what it remembered for the session.
pub fn from_query(query: &str) -> Option<ConfigOverride> {
    let mut o = ConfigOverride::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match percent_decode(key).as_str() {
            "mode" => o.mode = Mode::parse(&value).or(o.mode),
            "idle" => {
                let n = value
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| IDLE_RANGE.contains(n));
                o.idle_seconds = n.or(o.idle_seconds);
            }
            "exit" => o.exit_url = exit_url(&value).or(o.exit_url),
            _ => {}
        }
    }
    (!o.is_empty()).then_some(o)
}

/// `%XX` escapes and `+` for space, as forms and browsers write query strings. A bad escape
/// is kept as written; bytes that are not UTF-8 become U+FFFD.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The other way: every byte but the URL standard's unreserved characters as `%XX`, for
/// writing a setting back as a query string.
pub(crate) fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The configuration in force: the defaults, then the hub's file, then the session's query.
/// A query `idle` shorter than the file's warning shortens the warning to half of it, so the
/// kiosk still warns before it wipes.
pub fn merge(file: &ConfigFile, query: &ConfigOverride) -> Config {
    let d = Config::default();
    let idle_seconds = query
        .idle_seconds
        .or(file.idle_seconds)
        .unwrap_or(d.idle_seconds);
    let mut warning_seconds = file.warning_seconds.unwrap_or(d.warning_seconds);
    if warning_seconds >= idle_seconds {
        warning_seconds = idle_seconds / 2;
    }
    Config {
        mode: query.mode.or(file.mode).unwrap_or(d.mode),
        idle_seconds,
        warning_seconds,
        exit_url: query
            .exit_url
            .clone()
            .or_else(|| file.exit_url.clone())
            .unwrap_or(d.exit_url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_a_resident_with_the_weather_as_exit() {
        let c = merge(&ConfigFile::default(), &ConfigOverride::default());
        assert_eq!(c, Config::default());
        assert_eq!(c.mode, Mode::Resident);
        assert_eq!((c.idle_seconds, c.warning_seconds), (180, 60));
        assert_eq!(c.exit_url, "https://www.bbc.co.uk/weather");
        assert!(!c.keeps_tallies() && !c.wipes_when_idle());
    }

    #[test]
    fn the_shipped_file_gives_the_defaults() {
        let text = include_str!("../../public/signpost.json");
        let file = from_file(text).expect("public/signpost.json is valid");
        assert_eq!(merge(&file, &ConfigOverride::default()), Config::default());
    }

    #[test]
    fn queries_set_mode_idle_and_exit() {
        let o = from_query("?mode=kiosk&idle=120&exit=https%3A%2F%2Fexample.org%2Fnews").unwrap();
        assert_eq!(o.mode, Some(Mode::Kiosk));
        assert_eq!(o.idle_seconds, Some(120));
        assert_eq!(o.exit_url.as_deref(), Some("https://example.org/news"));
        assert_eq!(
            from_query("mode=ADVISER").unwrap().mode,
            Some(Mode::Adviser)
        );
        assert_eq!(
            from_query("lang=cy&mode=resident").unwrap(),
            ConfigOverride {
                mode: Some(Mode::Resident),
                ..Default::default()
            }
        );
        // The last valid value wins; invalid ones are ignored alone.
        let o =
            from_query("mode=kiosk&mode=bogus&idle=10&idle=45&exit=javascript:alert(1)").unwrap();
        assert_eq!(o.mode, Some(Mode::Kiosk));
        assert_eq!(o.idle_seconds, Some(45));
        assert_eq!(o.exit_url, None);
    }

    #[test]
    fn queries_with_nothing_valid_give_none() {
        for q in [
            "",
            "?",
            "lang=cy",
            "mode=",
            "mode=admin",
            "idle=29",
            "idle=3601",
            "idle=-5",
            "idle=abc",
            "exit=http://example.org",
            "exit=data:text/html,hi",
            "exit=javascript%3Aalert(1)",
            "%",
            "mode%",
            "&&&=&=",
        ] {
            assert_eq!(from_query(q), None, "{q}");
        }
        assert_eq!(from_query("idle=30").unwrap().idle_seconds, Some(30));
        assert_eq!(from_query("idle=3600").unwrap().idle_seconds, Some(3600));
    }

    #[test]
    fn files_are_read_with_clear_errors() {
        let f = from_file(
            r#"{"_comment": "the hub's kiosk", "mode": "kiosk", "idle_seconds": 240,
                "warning_seconds": 30, "exit_url": "https://example.org"}"#,
        )
        .unwrap();
        assert_eq!(
            f,
            ConfigFile {
                mode: Some(Mode::Kiosk),
                idle_seconds: Some(240),
                warning_seconds: Some(30),
                exit_url: Some("https://example.org".into()),
                ..Default::default()
            }
        );
        let err = |s: &str| from_file(s).unwrap_err().to_string();
        assert!(err("{").contains("not valid JSON"));
        assert!(err("[]").contains("must be a JSON object"));
        let e = err(r#"{"idle": 60}"#);
        assert!(e.contains("unknown field \"idle\""), "{e}");
        let e = err(r#"{"mode": "museum"}"#);
        assert!(e.contains("\"mode\"") && e.contains("\"museum\""), "{e}");
        let e = err(r#"{"idle_seconds": 5}"#);
        assert!(
            e.contains("\"idle_seconds\"") && e.contains("30 to 3600"),
            "{e}"
        );
        let e = err(r#"{"idle_seconds": "180"}"#);
        assert!(e.contains("\"idle_seconds\""), "{e}");
        let e = err(r#"{"warning_seconds": 1000}"#);
        assert!(
            e.contains("\"warning_seconds\"") && e.contains("10 to 300"),
            "{e}"
        );
        let e = err(r#"{"idle_seconds": 60, "warning_seconds": 60}"#);
        assert!(e.contains("less than \"idle_seconds\""), "{e}");
        let e = err(r#"{"exit_url": "http://example.org"}"#);
        assert!(e.contains("\"exit_url\"") && e.contains("https://"), "{e}");
        let e = err(r#"{"exit_url": "https://a:b"}"#);
        assert!(e.contains("\"exit_url\""), "{e}");
        let e = err(r#"{"lock_mode": "yes"}"#);
        assert!(
            e.contains("\"lock_mode\"") && e.contains("true or false"),
            "{e}"
        );
        let e = err(r#"{"exit_choices": ["https://example.org", "https://[x]"]}"#);
        assert!(
            e.contains("\"exit_choices\"") && e.contains("https://[x]"),
            "{e}"
        );
        let e = err(r#"{"exit_choices": "https://example.org"}"#);
        assert!(e.contains("\"exit_choices\""), "{e}");
        let many = format!(
            r#"{{"exit_choices": [{}]}}"#,
            vec!["\"https://example.org\""; 21].join(",")
        );
        assert!(err(&many).contains("at most 20"));
        let f =
            from_file(r#"{"lock_mode": true, "exit_choices": ["https://example.org/a"]}"#).unwrap();
        assert_eq!(f.lock_mode, Some(true));
        assert_eq!(f.exit_choices, vec!["https://example.org/a".to_owned()]);
    }

    #[test]
    fn the_query_wins_over_the_file() {
        let file = ConfigFile {
            mode: Some(Mode::Kiosk),
            idle_seconds: Some(300),
            warning_seconds: Some(90),
            exit_url: Some("https://example.org/file".into()),
            ..Default::default()
        };
        let c = merge(&file, &ConfigOverride::default());
        assert_eq!(
            (c.mode, c.idle_seconds, c.warning_seconds),
            (Mode::Kiosk, 300, 90)
        );
        assert!(c.keeps_tallies() && c.wipes_when_idle());
        let q = from_query("mode=adviser&exit=https://example.org/query").unwrap();
        let c = merge(&file, &q);
        assert_eq!(c.mode, Mode::Adviser);
        assert_eq!(c.idle_seconds, 300);
        assert_eq!(c.exit_url, "https://example.org/query");
        // An idle time shorter than the warning still leaves time to warn.
        let c = merge(&file, &from_query("idle=60").unwrap());
        assert_eq!((c.idle_seconds, c.warning_seconds), (60, 30));
    }

    #[test]
    fn a_later_query_changes_only_what_it_names() {
        let first = from_query("mode=kiosk&idle=120").unwrap();
        let later = from_query("exit=https://example.org").unwrap();
        let both = first.then(later);
        assert_eq!(both.mode, Some(Mode::Kiosk));
        assert_eq!(both.idle_seconds, Some(120));
        assert_eq!(both.exit_url.as_deref(), Some("https://example.org"));
        let json = serde_json::to_string(&both).unwrap();
        assert_eq!(serde_json::from_str::<ConfigOverride>(&json).unwrap(), both);
    }

    #[test]
    fn percent_decoding_never_panics_on_odd_input() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%2"), "%2");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%A9"), "é");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }
}
