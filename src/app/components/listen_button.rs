//! "Listen to this page": reads a part of the page aloud with the device's own voice.

use crate::app::speech::{self, Voices};
use crate::app::state::use_session;
use crate::words::speech::voice_for;
use leptos::prelude::*;

/// A button that reads the element `root` aloud, in the page's language, and while reading
/// stops it. It is not there at all when the device has no local voice for the language (a
/// button that does nothing would confuse), and it never starts by itself. `label` and
/// `stop_label` are message ids. Leaving the page stops the reading.
#[component]
pub fn ListenButton(
    root: String,
    #[prop(default = "listen-page")] label: &'static str,
    #[prop(default = "listen-stop")] stop_label: &'static str,
) -> impl IntoView {
    let session = use_session();
    let voices = use_context::<Voices>();
    let available = Memo::new(move |_| {
        let lang = session.locale.get();
        voices.is_some_and(|v| v.0.with(|list| voice_for(&lang, list).is_some()))
    });
    let speaking = RwSignal::new(false);
    on_cleanup(speech::stop);
    let toggle = move |_| {
        if speaking.get_untracked() {
            speech::stop();
            speaking.set(false);
            return;
        }
        let blocks = speech::page_blocks(&root);
        let lang = session.locale.get_untracked();
        let done = move || {
            speaking.try_set(false);
        };
        if speech::speak(&blocks, &lang, done) {
            speaking.set(true);
        }
    };
    let listen = session.text(label);
    let stop = session.text(stop_label);
    move || {
        available.get().then(|| {
            let (listen, stop) = (listen.clone(), stop.clone());
            view! {
                <div class="listen" data-listen-skip="">
                    <button type="button" class="button button--secondary listen__button" on:click=toggle.clone()>
                        <span class="listen__icon" aria-hidden="true">{move || if speaking.get() { "■" } else { "▶" }}</span>
                        {move || if speaking.get() { stop.clone() } else { listen.clone() }}
                    </button>
                </div>
            }
        })
    }
}
