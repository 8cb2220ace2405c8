//! `/open-a-referral`: a member without a case system opens a referral summary a person hands
//! over, from the downloaded `.json` file or the text a phone camera shows from its QR code.
//! Not linked from the person's journey (members bookmark it; the staff page links to it).
//! Everything stays in this page's memory: no storage, no address, no request. Closing it, or
//! leaving the page, forgets it.

use crate::app::components::error_summary::{ErrorItem, ErrorSummary};
use crate::app::components::file_upload::FileUpload;
use crate::app::components::opened_referral::OpenedReferral;
use crate::app::components::text_area::TextArea;
use crate::app::routes;
use crate::app::state::{set_title, use_session, Session};
use crate::referral::open::{read_bytes, read_text, Entrance, OpenError, Opened, MAX_BYTES};
use leptos::prelude::*;

const FILE_FIELD: &str = "open-file";

thread_local! {
    /// What is open, so switching language (which draws the page again) keeps it. Memory
    /// only: "Close this referral", leaving the page or closing the tab forgets it.
    static KEPT: std::cell::RefCell<Option<(Opened, bool)>> = const { std::cell::RefCell::new(None) };
}

fn keep(what: Option<(Opened, bool)>) {
    KEPT.with(|k| *k.borrow_mut() = what);
}
const TEXT_FIELD: &str = "open-text";

/// The route `/open-a-referral`.
#[component]
pub fn OpenReferralPage() -> impl IntoView {
    let session = use_session();
    let title = session.text("open-title");
    set_title(&session, &title, false);
    // (what was opened, whether from a file)
    let opened = RwSignal::new(KEPT.with(|k| k.borrow().clone()));
    on_cleanup(|| {
        // Drawn again in another language: the path is the same. Anywhere else: forget it.
        let path = web_sys::window().and_then(|w| w.location().pathname().ok());
        if path.as_deref() != Some(routes::OPEN_REFERRAL) {
            keep(None);
        }
    });
    let closed = RwSignal::new(false);
    let file_error = RwSignal::new(None::<String>);
    let text_error = RwSignal::new(None::<String>);
    let text = RwSignal::new(String::new());
    let file_input = NodeRef::<leptos::html::Input>::new();

    let errors = Signal::derive(move || {
        let mut items = Vec::new();
        if let Some(m) = file_error.get() {
            items.push(ErrorItem {
                message: m,
                target: FILE_FIELD.to_owned(),
            });
        }
        if let Some(m) = text_error.get() {
            items.push(ErrorItem {
                message: m,
                target: TEXT_FIELD.to_owned(),
            });
        }
        items
    });
    let show = move |result: Result<Opened, OpenError>, from: Entrance| {
        let field = if from == Entrance::File {
            file_error
        } else {
            text_error
        };
        match result {
            Ok(o) => {
                file_error.set(None);
                text_error.set(None);
                closed.set(false);
                let what = Some((o, from == Entrance::File));
                keep(what.clone());
                opened.set(what);
                focus_after_render("open-opened-title");
            }
            Err(e) => {
                log::info!("could not open a referral summary: {e}");
                let (id, args) = e.message(from);
                field.set(Some(session.text_with(id, &args)));
                // The other entrance's old error no longer applies.
                let other = if from == Entrance::File {
                    text_error
                } else {
                    file_error
                };
                other.set(None);
                set_title(&session, &session.text("open-title"), true);
            }
        }
    };

    let on_file = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let file = file_input
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        let Some(file) = file else {
            file_error.set(Some(session.text("open-error-no-file")));
            text_error.set(None);
            set_title(&session, &session.text("open-title"), true);
            return;
        };
        // Not read at all when it is too large to be a summary.
        if file.size() > MAX_BYTES as f64 {
            show(
                Err(OpenError::TooLarge {
                    bytes: file.size() as usize,
                }),
                Entrance::File,
            );
            return;
        }
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    show(Err(OpenError::NotText), Entrance::File);
                    return;
                }
            };
            show(read_bytes(&bytes), Entrance::File);
        });
    };
    let on_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        show(text.with_untracked(|t| read_text(t)), Entrance::Text);
    };
    let close = Callback::new(move |()| {
        keep(None);
        opened.set(None);
        text.set(String::new());
        closed.set(true);
        set_title(&session, &session.text("open-title"), false);
        focus_after_render("open-closed");
    });

    view! {
        {move || match opened.get() {
            Some((o, from_file)) => view! { <OpenedReferral opened=o from_file=from_file close=close/> }.into_any(),
            None => forms(session, title.clone(), errors, file_input, file_error, text_error, text, closed, on_file, on_text),
        }}
    }
}

#[allow(clippy::too_many_arguments)]
fn forms(
    session: Session,
    title: String,
    errors: Signal<Vec<ErrorItem>>,
    file_input: NodeRef<leptos::html::Input>,
    file_error: RwSignal<Option<String>>,
    text_error: RwSignal<Option<String>>,
    text: RwSignal<String>,
    closed: RwSignal<bool>,
    on_file: impl Fn(leptos::ev::SubmitEvent) + 'static,
    on_text: impl Fn(leptos::ev::SubmitEvent) + 'static,
) -> AnyView {
    view! {
        <ErrorSummary items=errors/>
        <div role="status">
            {move || closed.get().then(|| view! {
                <p class="body open-closed" id="open-closed" tabindex="-1">{session.text("open-closed")}</p>
            })}
        </div>
        <h1 class="heading-l">{title}</h1>
        <p class="body-l">{session.text("open-lead")}</p>
        <div class="inset-text"><p class="body">{session.text("open-private")}</p></div>

        <section aria-labelledby="open-file-heading">
            <h2 class="heading-m" id="open-file-heading">{session.text("open-file-heading")}</h2>
            <form novalidate on:submit=on_file>
                <FileUpload id=FILE_FIELD label=session.text("open-file-label")
                    hint=session.text("open-file-hint") accept=".json,application/json"
                    input=file_input error=file_error.into()/>
                <button type="submit" class="button">{session.text("open-file-button")}</button>
            </form>
        </section>

        <section aria-labelledby="open-text-heading">
            <h2 class="heading-m" id="open-text-heading">{session.text("open-text-heading")}</h2>
            <form novalidate on:submit=on_text>
                <TextArea id=TEXT_FIELD.to_owned() label=session.text("open-text-label")
                    hint=session.text("open-text-hint") rows=8 value=text error=text_error.into()/>
                <button type="submit" class="button">{session.text("open-text-button")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// Focus moves to what replaced the form, once it is drawn, so screen readers read it next.
fn focus_after_render(id: &'static str) {
    request_animation_frame(move || super::staff::focus_by_id(id));
}
