//! The app's state: the embedded content, the translator, and the person's answers. The
//! evaluation is derived from the answers (a memo), never kept in sync by hand; the one
//! effect writes the answers to the device's storage.

use crate::app::storage;
use crate::engine::answer::input_for;
use crate::engine::referral::ReferralDetails;
use crate::engine::saved::{restore, Restored, SavedState};
use crate::engine::Input;
use crate::engine::{
    evaluate, record_answer, Answer, Answers, Content, Date, EvalError, Evaluation, NodeId,
};
use crate::referral::storage::{restore_referral, SavedReferral};
use crate::words::i18n::Translator;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The storage key: versioned, so a future layout never misreads this one.
pub const STORAGE_KEY: &str = "signpost:v1:answers";
/// The language the person chose.
pub const LOCALE_KEY: &str = "signpost:v1:locale";
/// What the referral pages collected (consent, contact, money, debts): versioned like the answers.
pub const REFERRAL_KEY: &str = "signpost:v1:referral";

static CONTENT: OnceLock<Result<Content, String>> = OnceLock::new();

thread_local! {
    /// The default language's translator, built by [`prepare_translator`] in a start-up task
    /// of its own, so parsing its text does not lengthen the task that renders the first page.
    static READY_TRANSLATOR: std::cell::RefCell<Option<Translator>> = const { std::cell::RefCell::new(None) };
}

/// The embedded content. The build already validated it; an error here is still shown as
/// a page (with the helplines), never a panic.
pub fn content() -> Result<&'static Content, &'static str> {
    CONTENT
        .get_or_init(|| crate::content::embedded().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(String::as_str)
}

/// Builds the default language's translator ahead of [`Session::new`], which takes it. Every
/// start begins in the default language (the only one embedded; another is switched to once
/// fetched), so this is the translator the first page needs.
pub fn prepare_translator() {
    if let Ok(content) = content() {
        let t = Translator::new(content, &default_locale(content));
        READY_TRANSLATOR.with(|r| *r.borrow_mut() = Some(t));
    }
}

/// The translator prepared for `locale`, or a new one.
fn translator_for(content: &Content, locale: &str) -> Translator {
    READY_TRANSLATOR
        .with(|r| r.borrow_mut().take())
        .filter(|t| t.locale() == locale)
        .unwrap_or_else(|| Translator::new(content, locale))
}

/// Shared through context: everything a page needs to read or change the answers.
#[derive(Clone, Copy)]
pub struct Session {
    pub content: &'static Content,
    /// Resident, kiosk or adviser, and the kiosk's timings: from the address and the hub's
    /// `signpost.json` (which arrives just after start-up).
    pub config: RwSignal<crate::config::Config>,
    pub t: StoredValue<Translator, LocalStorage>,
    /// The person's language. Pages read text through `t`; the app re-renders when this
    /// changes, so every string follows it.
    pub locale: RwSignal<String>,
    /// A language that was chosen but could not be fetched (offline): the switch says so.
    pub locale_error: RwSignal<Option<String>>,
    pub answers: RwSignal<Answers>,
    pub evaluation: Memo<Result<Evaluation, EvalError>>,
    /// What the person has entered on each question page but not yet submitted. Kept here,
    /// not in the page, so it survives the page rendering again (a language switch).
    /// Reference-counted signals: they must outlive the page that created them.
    pub drafts: StoredValue<HashMap<NodeId, ArcRwSignal<Input>>>,
    /// What happened when the saved answers were read, for a one-line notice.
    pub restored: StoredValue<RestoredNotice>,
    /// When the answers were last saved (milliseconds since 1970), for "You answered some
    /// questions 2 hours ago"; `None` without answers.
    pub saved_at: StoredValue<Option<f64>>,
    /// What the referral pages collected, kept on the device beside the answers.
    pub referral: RwSignal<ReferralDetails>,
    /// What the person has typed on a referral page but not yet submitted, by field (and
    /// debt). Like `drafts`: it survives the page rendering again in another language.
    pub form_drafts: StoredValue<HashMap<String, ArcRwSignal<String>>>,
    /// Another tab or window of this browser changed the saved answers: this page stops
    /// saving (it would silently overwrite them) until the person chooses (`tabs`).
    pub other_tab: RwSignal<bool>,
    /// The last save failed (storage full or turned off): the person is warned that closing
    /// or reloading the page would lose their answers.
    pub save_failed: RwSignal<bool>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RestoredNotice {
    pub dropped: usize,
    pub corrupted: bool,
    /// The saved referral details (contact, money, debts) could not be read.
    pub referral_corrupted: bool,
}

impl Session {
    /// The session for this page, in the configuration start-up decided (`app::mode::decide`):
    /// it chose where answers are kept, so it comes before reading them.
    pub fn new(content: &'static Content, config: crate::config::Config) -> Session {
        let config = RwSignal::new(config);
        crate::app::mode::reflect_on_page(config);
        // A language whose text must be fetched first starts in the default one; the app
        // switches once it has arrived (see `App`).
        let locale = Some(initial_locale(content))
            .filter(|c| !crate::app::locales::needs_fetch(c))
            .unwrap_or_else(|| default_locale(content));
        let t = StoredValue::new_local(translator_for(content, &locale));
        apply_locale_to_page(&locale);
        let locale = RwSignal::new(locale);
        let restored = read_saved(content);
        // Answers that could not be read start again, and so do the referral details given
        // with them: a name, a reference and debts must not outlive the answers they came with.
        let (referral, referral_corrupted) = if restored.corrupted {
            storage::delete(REFERRAL_KEY);
            (ReferralDetails::default(), false)
        } else {
            read_referral()
        };
        let notice = RestoredNotice {
            dropped: restored.dropped,
            corrupted: restored.corrupted,
            referral_corrupted,
        };
        let answers = RwSignal::new(restored.answers);
        let evaluation = Memo::new(move |_| answers.with(|a| evaluate(content, a, today())));
        let session = Session {
            content,
            config,
            t,
            locale,
            locale_error: RwSignal::new(None),
            answers,
            evaluation,
            restored: StoredValue::new(notice),
            saved_at: StoredValue::new(restored.saved_at),
            drafts: StoredValue::new(HashMap::new()),
            referral: RwSignal::new(referral),
            form_drafts: StoredValue::new(HashMap::new()),
            other_tab: RwSignal::new(false),
            save_failed: RwSignal::new(false),
        };
        // Persist every change; a failure (quota, storage turned off) is shown, not thrown.
        Effect::new(move |first: Option<()>| {
            answers.track();
            // The first run only writes back what was read (less what no longer fits), so
            // it keeps the time the person last answered.
            let at = match (first, session.saved_at.get_value()) {
                (None, Some(at)) => at,
                _ => js_sys::Date::now(),
            };
            if !session.other_tab.get_untracked() {
                session.save_answers(at);
            }
        });
        Effect::new(move |_| {
            session.referral.track();
            if !session.other_tab.get_untracked() {
                session.save_referral();
            }
        });
        session
    }

    /// Writes the answers to the device, as given at `at` (milliseconds since 1970).
    pub fn save_answers(&self, at: f64) {
        let state = self
            .answers
            .with_untracked(|a| SavedState::new(&self.content.version, at, a));
        self.saved_at
            .set_value((!state.answers.is_empty()).then_some(at));
        let result = if state.answers.is_empty() {
            storage::delete(STORAGE_KEY);
            Ok(())
        } else {
            serde_json::to_string(&state)
                .map_err(|e| e.to_string())
                .and_then(|json| storage::set(STORAGE_KEY, &json))
        };
        self.note_save(result);
    }

    /// Writes the referral details to the device.
    pub fn save_referral(&self) {
        let result = self.referral.with_untracked(|d| {
            if d == &ReferralDetails::default() {
                storage::delete(REFERRAL_KEY);
                Ok(())
            } else {
                serde_json::to_string(&SavedReferral::new(d, js_sys::Date::now()))
                    .map_err(|e| e.to_string())
                    .and_then(|json| storage::set(REFERRAL_KEY, &json))
            }
        });
        self.note_save(result);
    }

    fn note_save(&self, result: Result<(), String>) {
        let failed = result.is_err();
        if self.save_failed.get_untracked() != failed {
            self.save_failed.set(failed);
        }
    }

    /// The text of a message in the person's language.
    pub fn text(&self, id: &str) -> String {
        self.t.with_value(|t| t.text(id))
    }

    /// The text of a message, re-read when the language changes (for use in a closure).
    pub fn tracked_text(&self, id: &str) -> String {
        self.locale.track();
        self.text(id)
    }

    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        self.t.with_value(|t| t.text_with(id, args))
    }

    /// Records an answer (see [`record_answer`] for when unreachable answers are dropped).
    pub fn answer(&self, q: &NodeId, a: Answer) {
        let content = self.content;
        self.answers
            .update(|answers| record_answer(content, answers, q, a, today()));
    }

    /// Switches language, keeping every answer; then runs `after` (on the next frame, once
    /// the page shows the new language). A language not yet on the device is fetched first;
    /// if that fails (offline, before it was ever loaded), the page stays as it is and
    /// `locale_error` names the language.
    pub fn set_locale(&self, code: &str, after: impl FnOnce() + 'static) {
        let offered = self
            .content
            .settings
            .as_ref()
            .is_some_and(|s| s.locales.iter().any(|l| l == code));
        if !offered {
            return;
        }
        let session = *self;
        let code = code.to_owned();
        if !crate::app::locales::needs_fetch(&code) {
            session.apply_locale(&code);
            request_animation_frame(after);
            return;
        }
        leptos::task::spawn_local(async move {
            match crate::app::locales::fetch(&code).await {
                Ok(()) => {
                    session.locale_error.try_set(None);
                    session.apply_locale(&code);
                    request_animation_frame(after);
                }
                Err(e) => {
                    log::warn!("could not load the language {code}: {e}");
                    session.locale_error.try_set(Some(code));
                }
            }
        });
    }

    fn apply_locale(&self, code: &str) {
        self.t.set_value(Translator::new(self.content, code));
        apply_locale_to_page(code);
        // JSON, as every stored value is.
        // A language that cannot be remembered is only a preference: no warning for it.
        let _ = storage::set(LOCALE_KEY, &serde_json::to_string(code).unwrap_or_default());
        self.locale.set(code.to_owned());
    }

    /// The language chosen earlier on this device when its text must be fetched before the
    /// first page is shown in it.
    pub fn locale_to_fetch(&self) -> Option<String> {
        Some(initial_locale(self.content)).filter(|c| crate::app::locales::needs_fetch(c))
    }

    /// Every answered question on the current path, in order: its id, its title and its
    /// answer as shown (for Check your answers and the adviser's answers panel). Untracked:
    /// the pages that show them render again on each step.
    pub fn answered_rows(&self) -> Vec<(NodeId, String, Vec<String>)> {
        let path = self
            .evaluation
            .with_untracked(|ev| ev.as_ref().map(|e| e.path.clone()).unwrap_or_default());
        self.answers.with_untracked(|answers| {
            path.iter()
                .filter_map(|id| {
                    let q = self.content.question(id)?;
                    let a = answers.get(id)?;
                    let lines = self
                        .t
                        .with_value(|t| crate::words::display::answer_lines(t, q, a));
                    Some((id.clone(), self.text(q.title.as_str()), lines))
                })
                .collect()
        })
    }

    /// Whether the current locale's translation is still a draft.
    pub fn locale_is_draft(&self) -> bool {
        let code = self.locale.get_untracked();
        self.content
            .locales
            .iter()
            .any(|l| l.code == code && l.draft)
    }

    /// The draft for a question: what was typed before, else its answer, else empty.
    pub fn draft(&self, q: &NodeId) -> RwSignal<Input> {
        let existing = self.drafts.with_value(|d| d.get(q).cloned());
        let signal = existing.unwrap_or_else(|| {
            let start = self
                .answers
                .with_untracked(|a| a.get(q).map(input_for))
                .unwrap_or_default();
            let s = ArcRwSignal::new(start);
            self.drafts.update_value(|d| {
                d.insert(q.clone(), s.clone());
            });
            s
        });
        RwSignal::from(signal)
    }

    /// Forgets a question's draft once it has been submitted as an answer.
    pub fn drop_draft(&self, q: &NodeId) {
        self.drafts.update_value(|d| {
            d.remove(q);
        });
    }

    /// A referral page's field: what was typed before (in this visit), else `start()`.
    pub fn form_draft(&self, key: &str, start: impl FnOnce() -> String) -> RwSignal<String> {
        let existing = self.form_drafts.with_value(|d| d.get(key).cloned());
        let signal = existing.unwrap_or_else(|| {
            let s = ArcRwSignal::new(start());
            self.form_drafts.update_value(|d| {
                d.insert(key.to_owned(), s.clone());
            });
            s
        });
        RwSignal::from(signal)
    }

    /// Forgets a referral page's typed fields (keys starting `prefix`) once it is saved.
    pub fn drop_form_drafts(&self, prefix: &str) {
        self.form_drafts
            .update_value(|d| d.retain(|k, _| !k.starts_with(prefix)));
    }

    pub fn clear(&self) {
        self.drafts.update_value(HashMap::clear);
        self.form_drafts.update_value(HashMap::clear);
        self.answers.set(Answers::new());
        self.referral.set(ReferralDetails::default());
        storage::delete(REFERRAL_KEY);
        // The notice described the answers just cleared.
        self.restored.set_value(RestoredNotice::default());
    }
}

fn default_locale(content: &Content) -> String {
    content
        .settings
        .as_ref()
        .map(|s| s.default_locale.clone())
        .unwrap_or_else(|| "en-GB".into())
}

/// The language chosen earlier on this device, if the content still offers it.
fn initial_locale(content: &Content) -> String {
    let default = default_locale(content);
    let offered = |c: &str| {
        content
            .settings
            .as_ref()
            .is_some_and(|s| s.locales.iter().any(|l| l == c))
    };
    match storage::get(LOCALE_KEY).and_then(|v| serde_json::from_str::<String>(&v).ok()) {
        Some(code) if offered(&code) => code,
        _ => default,
    }
}

/// `lang` and `dir` on the page follow the language, for screen readers and right-to-left text.
fn apply_locale_to_page(code: &str) {
    let html = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(html) = html {
        let _ = html.set_attribute("lang", code);
        let rtl = crate::engine::model::Settings::is_rtl(code);
        let _ = html.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

fn read_saved(content: &Content) -> Restored {
    let Some(storage) = storage::device() else {
        return Restored::default();
    };
    match storage.get_item(STORAGE_KEY) {
        Ok(Some(text)) => {
            let r = restore(content, &text);
            if r.corrupted {
                let _ = storage.remove_item(STORAGE_KEY);
            }
            r
        }
        _ => Restored::default(),
    }
}

/// The referral details saved earlier, and whether a save was there but could not be read
/// (it is removed, and the person is told).
fn read_referral() -> (ReferralDetails, bool) {
    let Some(storage) = storage::device() else {
        return (ReferralDetails::default(), false);
    };
    match storage.get_item(REFERRAL_KEY) {
        Ok(Some(text)) => match restore_referral(&text) {
            Some(d) => (d, false),
            None => {
                log::warn!("the saved referral details could not be read; starting again");
                let _ = storage.remove_item(REFERRAL_KEY);
                (ReferralDetails::default(), true)
            }
        },
        _ => (ReferralDetails::default(), false),
    }
}

/// Now, as RFC 3339 UTC ("2026-11-23T10:15:00.000Z"), from the device's clock.
pub fn now_rfc3339() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Today's date on this device. The engine never reads a clock; the app passes this in.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// The page title: "<heading> – Signpost", with "Error: " first when the page shows errors.
pub fn set_title(session: &Session, heading: &str, error: bool) {
    let service = session.text("service-name");
    let prefix = if error {
        format!("{} ", session.text("error-prefix"))
    } else {
        String::new()
    };
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{prefix}{heading} – {service}"));
    }
}
