//! "Listen": the browser's own speech synthesis, reading a part of the page aloud. No
//! network and no new dependency: only the device's local voices are used
//! ([`crate::words::speech`] chooses), and nothing is spoken until the person asks.
//!
//! Speech stops when the page changes (the control's cleanup), on quick exit and on a kiosk's
//! reset, which all call [`stop`]: a kiosk must not go on reading the last person's results.

use crate::words::speech::{spoken_pieces, Voice};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The languages of the device's voices, as they become known (browsers list them late and
/// say so with `voiceschanged`). Empty where the browser has no speech synthesis.
#[derive(Clone, Copy)]
pub struct Voices(pub ReadSignal<Vec<Voice>>);

fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn device_voices(s: &web_sys::SpeechSynthesis) -> Vec<(Voice, web_sys::SpeechSynthesisVoice)> {
    s.get_voices()
        .iter()
        .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>())
        .map(|v| {
            let info = Voice {
                lang: v.lang(),
                local: v.local_service(),
                default: v.default(),
            };
            (info, v)
        })
        .collect()
}

/// Provides [`Voices`] for the app's life, kept up to date as the browser lists its voices.
pub fn provide() {
    let (voices, set_voices) = signal(Vec::new());
    provide_context(Voices(voices));
    let Some(s) = synth() else {
        return;
    };
    let read = move || {
        if let Some(s) = synth() {
            set_voices.set(device_voices(&s).into_iter().map(|(v, _)| v).collect());
        }
    };
    read();
    // For the app's life, like the app: added once, as the App component renders once.
    let on_change = Closure::<dyn FnMut()>::new(read);
    let _ = s.add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// Stops any reading, and drops what was still to be read.
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// The blocks people read inside the element `root_id`, in order: each outermost heading,
/// paragraph, list item, label, legend, summary or hint that is on screen (not in a closed
/// details element or hidden) and not marked `data-listen-skip` (the control itself).
pub fn page_blocks(root_id: &str) -> Vec<String> {
    const BLOCKS: &str = "h1, h2, h3, h4, p, li, label, legend, summary, dt, dd, th, td, .hint, \
                          .warning-text__text";
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(root_id))
    else {
        return Vec::new();
    };
    let Ok(list) = root.query_selector_all(BLOCKS) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let inside_another = el
            .parent_element()
            .and_then(|p| p.closest(BLOCKS).ok().flatten())
            .is_some_and(|a| root.contains(Some(&a)));
        let skipped = el.closest("[data-listen-skip]").ok().flatten().is_some();
        let shown = el.get_client_rects().length() > 0;
        if !inside_another && !skipped && shown {
            out.push(el.inner_text());
        }
    }
    out
}

/// Reads `blocks` in `lang` with the device's local voice for it; `done` runs when the
/// reading ends or is stopped. False, with nothing spoken, when there is no such voice.
pub fn speak(blocks: &[String], lang: &str, done: impl Fn() + Clone + 'static) -> bool {
    let Some(s) = synth() else {
        return false;
    };
    let voices = device_voices(&s);
    let infos: Vec<Voice> = voices.iter().map(|(v, _)| v.clone()).collect();
    let Some(i) = crate::words::speech::voice_for(lang, &infos) else {
        return false;
    };
    let pieces = spoken_pieces(blocks);
    if pieces.is_empty() {
        return false;
    }
    s.cancel();
    let last = pieces.len() - 1;
    for (n, piece) in pieces.iter().enumerate() {
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(piece) else {
            return false;
        };
        u.set_lang(lang);
        u.set_voice(Some(&voices[i].1));
        // Stopped or failed: every piece still queued ends with an error, so any one means
        // the reading is over. Each handler runs at most once (`once_into_js`).
        u.set_onerror(Some(Closure::once_into_js(done.clone()).unchecked_ref()));
        if n == last {
            u.set_onend(Some(Closure::once_into_js(done.clone()).unchecked_ref()));
        }
        s.speak(&u);
    }
    true
}
