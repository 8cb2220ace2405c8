//! Which configuration is in force on this device, decided once when the app starts, before
//! anything about a person is read from storage.
//!
//! Three things go in: what the device remembers ([`DeviceRecord`], local storage), the hub's
//! `signpost.json` if it could be read, and the address (with what this browser session
//! remembered of earlier addresses). The rules that keep a shared screen safe:
//!
//! - **A device that has been a kiosk stays one.** The first time the hub's file makes it a
//!   kiosk, the device remembers it. From then on it is a kiosk whatever the address says
//!   and whatever happens to the file (a server error, a network failure, a typo), so it
//!   never starts keeping answers in local storage and never offers the next person "carry
//!   on where you left off". Staff undo it on the staff page, or by clearing the site's data.
//! - **The last good file is kept.** For kiosks and advisers' screens, the last file that
//!   could be read is remembered and used when the file cannot be. A resident's phone keeps
//!   no record at all.
//! - **The address only chooses what the hub allows.** `lock_mode` stops `?mode=` and
//!   `?idle=`; `?exit=` must name one of the file's `exit_choices`. A session made a kiosk by
//!   the address stays a kiosk for the rest of the browser session.
//! - **Nothing remembered is trusted more than the address.** The session's setting is kept
//!   as a query string and read back through the same checks as a new address.

use super::{
    from_file, from_query, merge, percent_encode, Config, ConfigFile, ConfigOverride, Mode,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a device remembers about how it is used: never anything about a person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceRecord {
    /// The hub's file has made this device a kiosk: it stays one.
    #[serde(default)]
    pub kiosk: bool,
    /// The last hub file that could be read, used when it cannot be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub: Option<ConfigFile>,
}

impl DeviceRecord {
    /// Reads a stored record. A part that cannot be read, or that the file's own checks would
    /// refuse, is forgotten; a record that is not even JSON is an empty one.
    pub fn read(text: &str) -> DeviceRecord {
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
            return DeviceRecord::default();
        };
        DeviceRecord {
            kiosk: map.get("kiosk").and_then(Value::as_bool).unwrap_or(false),
            hub: map.get("hub").and_then(|h| from_file(&h.to_string()).ok()),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether the device needs a record: kiosks and shared screens do, residents' phones
    /// keep nothing.
    pub fn worth_keeping(&self) -> bool {
        self.kiosk
            || self
                .hub
                .as_ref()
                .is_some_and(|h| h.mode.is_some_and(|m| m != Mode::Resident))
    }
}

/// The decision, and what to remember of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub config: Config,
    /// What the device should remember now (store it if [`DeviceRecord::worth_keeping`],
    /// else remove any record).
    pub device: DeviceRecord,
    /// The address's settings to remember for this browser session, as a query string
    /// ("" when there are none).
    pub session: String,
    /// The device has just become a kiosk: whatever earlier use left in local storage belongs
    /// to someone else and must go before anything is read.
    pub became_kiosk: bool,
    /// Why the hub's file was not used, for the staff who look at the console.
    pub problem: Option<String>,
}

/// Decides the configuration. `file` is the hub's file, or why it could not be read (an HTTP
/// error, a network failure, or [`from_file`]'s message). `remembered` is what this browser
/// session kept ([`Resolved::session`] of an earlier start); `query` is this address's.
pub fn resolve(
    device: &DeviceRecord,
    file: Result<ConfigFile, String>,
    remembered: &str,
    query: &str,
) -> Resolved {
    let (hub, from_the_file, problem) = match file {
        Ok(f) => (f, true, None),
        Err(why) => (device.hub.clone().unwrap_or_default(), false, Some(why)),
    };
    let kiosk = device.kiosk || hub.mode == Some(Mode::Kiosk);
    let before = read_remembered(remembered);
    let asked = match from_query(query) {
        Some(q) => before.then(q),
        None => before,
    };
    let allowed = within(asked, &hub);
    let mut config = merge(&hub, &allowed);
    if kiosk {
        config.mode = Mode::Kiosk;
    }
    Resolved {
        config,
        device: DeviceRecord {
            kiosk,
            hub: if from_the_file {
                Some(hub)
            } else {
                device.hub.clone()
            },
        },
        session: to_query(&allowed),
        became_kiosk: kiosk && !device.kiosk,
        problem,
    }
}

/// The session's remembered settings without the exit choice: quick exit forgets it, so a
/// link's choice of exit page does not outlive the person's leaving.
pub fn without_exit(remembered: &str) -> String {
    to_query(&ConfigOverride {
        exit_url: None,
        ..read_remembered(remembered)
    })
}

/// Keeps only what the hub lets the address choose.
fn within(o: ConfigOverride, hub: &ConfigFile) -> ConfigOverride {
    let locked = hub.lock_mode == Some(true);
    let exit_allowed =
        |url: &String| hub.exit_choices.contains(url) || hub.exit_url.as_ref() == Some(url);
    ConfigOverride {
        mode: o.mode.filter(|_| !locked),
        idle_seconds: o.idle_seconds.filter(|_| !locked),
        exit_url: o.exit_url.filter(exit_allowed),
    }
}

/// The session's setting as stored: a query string, read back through [`from_query`]'s
/// checks. Earlier releases stored JSON; it is read through the same checks.
fn read_remembered(text: &str) -> ConfigOverride {
    let text = if text.trim_start().starts_with('{') {
        serde_json::from_str::<ConfigOverride>(text)
            .map(|o| to_query(&o))
            .unwrap_or_default()
    } else {
        text.to_owned()
    };
    from_query(&text).unwrap_or_default()
}

fn to_query(o: &ConfigOverride) -> String {
    let mut parts = Vec::new();
    if let Some(m) = o.mode {
        parts.push(format!("mode={}", m.as_str()));
    }
    if let Some(n) = o.idle_seconds {
        parts.push(format!("idle={n}"));
    }
    if let Some(u) = &o.exit_url {
        parts.push(format!("exit={}", percent_encode(u)));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIOSK_FILE: &str = r#"{"mode": "kiosk", "idle_seconds": 120, "warning_seconds": 30,
        "exit_url": "https://example.org/weather"}"#;

    fn kiosk_file() -> ConfigFile {
        from_file(KIOSK_FILE).unwrap()
    }

    /// Every way the file can fail to be read, as the app reports them.
    fn failures() -> Vec<Result<ConfigFile, String>> {
        let mut out: Vec<Result<ConfigFile, String>> = vec![
            Err("HTTP 500".into()),
            Err("HTTP 404".into()),
            Err("network error".into()),
        ];
        for bad in [
            "{not json",
            r#"{"mode": "kiosk", "idle": 60}"#,
            r#"{"mode": "kiosk", "idle_seconds": "120"}"#,
            r#"{"mode": 3}"#,
            "[]",
            "",
        ] {
            out.push(from_file(bad).map_err(|e| e.to_string()));
        }
        assert!(out.iter().all(Result::is_err));
        out
    }

    #[test]
    fn a_kiosk_stays_a_kiosk_when_its_file_cannot_be_read() {
        let first = resolve(&DeviceRecord::default(), Ok(kiosk_file()), "", "");
        assert_eq!(first.config.mode, Mode::Kiosk);
        assert!(first.became_kiosk && first.device.kiosk && first.device.worth_keeping());
        // The record goes through storage as text.
        let stored = DeviceRecord::read(&first.device.to_json());
        assert_eq!(stored, first.device);
        for failure in failures() {
            let why = failure.clone().unwrap_err();
            let r = resolve(&stored, failure, "", "");
            assert_eq!(r.config, first.config, "{why}");
            assert!(!r.became_kiosk);
            assert_eq!(r.device, stored, "the last good file is kept: {why}");
            assert_eq!(r.problem.as_deref(), Some(why.as_str()));
        }
    }

    #[test]
    fn a_kiosk_stays_a_kiosk_whatever_the_address_or_a_later_file_says() {
        let device = resolve(&DeviceRecord::default(), Ok(kiosk_file()), "", "").device;
        let resident_file = from_file(r#"{"mode": "resident"}"#).unwrap();
        for query in ["mode=resident", "mode=adviser", ""] {
            let r = resolve(&device, Ok(resident_file.clone()), "", query);
            assert_eq!(r.config.mode, Mode::Kiosk, "{query}");
            assert!(r.device.kiosk);
        }
    }

    #[test]
    fn an_adviser_screen_keeps_its_last_good_file_and_a_resident_keeps_nothing() {
        let adviser = from_file(r#"{"mode": "adviser"}"#).unwrap();
        let r = resolve(&DeviceRecord::default(), Ok(adviser), "", "");
        assert_eq!(r.config.mode, Mode::Adviser);
        assert!(r.device.worth_keeping() && !r.device.kiosk);
        let again = resolve(&r.device, Err("HTTP 503".into()), "", "");
        assert_eq!(again.config.mode, Mode::Adviser);

        let resident = from_file(include_str!("../../public/signpost.json")).unwrap();
        let r = resolve(&DeviceRecord::default(), Ok(resident), "", "");
        assert_eq!(r.config, Config::default());
        assert!(!r.device.worth_keeping());
        // A resident's phone whose file is broken is still a resident's phone.
        let r = resolve(&DeviceRecord::default(), Err("HTTP 500".into()), "", "");
        assert_eq!(r.config, Config::default());
        assert!(!r.became_kiosk);
    }

    #[test]
    fn a_session_made_a_kiosk_by_the_address_stays_one_for_the_session() {
        let r = resolve(
            &DeviceRecord::default(),
            Ok(ConfigFile::default()),
            "",
            "mode=kiosk",
        );
        assert_eq!(r.config.mode, Mode::Kiosk);
        assert!(
            !r.device.kiosk,
            "only the hub's file makes the device a kiosk"
        );
        let later = resolve(
            &r.device,
            Ok(ConfigFile::default()),
            &r.session,
            "mode=resident",
        );
        assert_eq!(later.config.mode, Mode::Kiosk);
        let reloaded = resolve(&r.device, Ok(ConfigFile::default()), &later.session, "");
        assert_eq!(reloaded.config.mode, Mode::Kiosk);
    }

    #[test]
    fn a_locked_mode_ignores_the_address() {
        let file = from_file(r#"{"mode": "adviser", "lock_mode": true}"#).unwrap();
        let r = resolve(
            &DeviceRecord::default(),
            Ok(file.clone()),
            "",
            "mode=resident&idle=60",
        );
        assert_eq!(r.config.mode, Mode::Adviser);
        assert_eq!(r.config.idle_seconds, 180);
        assert_eq!(r.session, "");
        // A setting remembered before the lock is not trusted either.
        let r = resolve(&DeviceRecord::default(), Ok(file), "mode=resident", "");
        assert_eq!(r.config.mode, Mode::Adviser);
    }

    #[test]
    fn the_address_chooses_an_exit_page_only_from_the_hubs_list() {
        let evil = "exit=https%3A%2F%2Fevil.example%2F";
        let r = resolve(
            &DeviceRecord::default(),
            Ok(ConfigFile::default()),
            "",
            evil,
        );
        assert_eq!(r.config.exit_url, crate::config::DEFAULT_EXIT_URL);
        assert_eq!(r.session, "");

        let file = from_file(
            r#"{"exit_choices": ["https://www.bbc.co.uk/news", "https://example.org/recipes"]}"#,
        )
        .unwrap();
        let r = resolve(
            &DeviceRecord::default(),
            Ok(file.clone()),
            "",
            "exit=https%3A%2F%2Fexample.org%2Frecipes",
        );
        assert_eq!(r.config.exit_url, "https://example.org/recipes");
        let again = resolve(&DeviceRecord::default(), Ok(file.clone()), &r.session, "");
        assert_eq!(again.config.exit_url, "https://example.org/recipes");
        let r = resolve(&DeviceRecord::default(), Ok(file), "", evil);
        assert_eq!(r.config.exit_url, crate::config::DEFAULT_EXIT_URL);
    }

    #[test]
    fn quick_exit_forgets_the_exit_choice_but_not_the_kiosk() {
        let remembered = "mode=kiosk&idle=120&exit=https%3A%2F%2Fexample.org%2F";
        assert_eq!(without_exit(remembered), "mode=kiosk&idle=120");
        assert_eq!(without_exit(""), "");
    }

    /// The issue's case: an idle time of 0 remembered for the session reset a kiosk in a loop.
    #[test]
    fn remembered_settings_get_the_checks_a_new_address_gets() {
        for stored in [
            r#"{"mode":"kiosk","idle_seconds":0}"#,
            r#"{"mode":"kiosk","idle_seconds":4294967295}"#,
            "mode=kiosk&idle=0",
            "mode=kiosk&idle=5",
        ] {
            let r = resolve(
                &DeviceRecord::default(),
                Ok(ConfigFile::default()),
                stored,
                "",
            );
            assert_eq!(r.config.mode, Mode::Kiosk, "{stored}");
            assert_eq!(r.config.idle_seconds, 180, "{stored}");
            assert_eq!(r.session, "mode=kiosk", "{stored}");
        }
        let exit = r#"{"exit_url":"javascript:alert(1)"}"#;
        let r = resolve(
            &DeviceRecord::default(),
            Ok(ConfigFile::default()),
            exit,
            "",
        );
        assert_eq!(r.config.exit_url, crate::config::DEFAULT_EXIT_URL);
        for junk in ["{", "%", "\u{0}", "mode=kiosk&mode=resident"] {
            let _ = resolve(
                &DeviceRecord::default(),
                Ok(ConfigFile::default()),
                junk,
                junk,
            );
        }
    }

    #[test]
    fn a_tampered_record_is_checked_like_the_file() {
        let r = DeviceRecord::read(r#"{"kiosk": true, "hub": {"idle_seconds": 0}}"#);
        assert_eq!(
            r,
            DeviceRecord {
                kiosk: true,
                hub: None
            }
        );
        let r = DeviceRecord::read(r#"{"kiosk": "yes", "hub": {"mode": "adviser"}}"#);
        assert!(!r.kiosk);
        assert_eq!(r.hub.unwrap().mode, Some(Mode::Adviser));
        assert_eq!(DeviceRecord::read("not json"), DeviceRecord::default());
        assert_eq!(DeviceRecord::read("null"), DeviceRecord::default());
    }

    #[test]
    fn settings_round_trip_through_the_session() {
        let o =
            from_query("mode=adviser&idle=300&exit=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc").unwrap();
        assert_eq!(from_query(&to_query(&o)), Some(o));
    }
}
