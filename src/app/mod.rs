//! The Leptos web app: a thin shell over the engine. Pages under `pages/`, pieces under
//! `components/`, shared state in `state.rs`, URLs in `routes.rs`.

pub mod adviser;
pub mod components;
pub mod double_click;
pub mod handoff;
pub mod kiosk;
pub mod locales;
pub mod mode;
pub mod offline;
pub mod pages;
pub mod quick_exit;
pub mod routes;
pub mod sources;
pub mod speech;
pub mod state;
pub mod storage;
pub mod tabs;
pub mod tally_store;
pub mod window_events;

use components::idle_warning::IdleWarning;
use components::layout::Layout;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use pages::check_answers::CheckAnswersPage;
use pages::content_error::ContentError;
use pages::delete_answers::{AnswersDeletedPage, DeleteAnswersPage};
use pages::help_now::HelpNowPage;
use pages::leaflet::LeafletPage;
use pages::not_found::NotFound;
use pages::open_referral::OpenReferralPage;
use pages::outcome::OutcomePage;
use pages::question::QuestionPage;
use pages::referral::adviser_notes::ReferralAdviserNotesPage;
use pages::referral::area::ReferralAreaPage;
use pages::referral::consent::ReferralConsentPage;
use pages::referral::contact::ReferralContactPage;
use pages::referral::debts::{ReferralDebtPage, ReferralDebtRemovePage, ReferralDebtsPage};
use pages::referral::money::{
    ReferralFixedCostsPage, ReferralFlexibleCostsPage, ReferralIncomePage, ReferralMoneyPage,
    ReferralMoneyQuickPage,
};
use pages::referral::what_matters::ReferralWhatMattersPage;
use pages::referral_summary::ReferralSummaryPage;
use pages::staff::StaffPage;
use pages::start::StartPage;
use pages::staying_safe::StayingSafePage;
use state::Session;
use wasm_bindgen::JsCast;

/// The root: loads the content, provides the session, and routes.
#[component]
pub fn App() -> impl IntoView {
    let content = match state::content() {
        Ok(c) => c,
        Err(e) => {
            remove_loading_placeholder();
            return view! { <ContentError details=e.to_owned()/> }.into_any();
        }
    };
    let config = START
        .with(|s| s.borrow_mut().config.take())
        .unwrap_or_default();
    let session = Session::new(content, config);
    provide_context(session);
    sources::provide();
    speech::provide();
    kiosk::count_outcomes(session);
    tabs::watch(session);
    double_click::ignore_second_clicks();
    // A language chosen earlier whose text is not embedded: the loading page stays until it
    // has arrived, so the first page is in the person's language (or, if it cannot be
    // fetched, in the default one).
    let ready = RwSignal::new(true);
    if let Some(code) = session.locale_to_fetch() {
        ready.set(false);
        session.set_locale(&code, move || ready.set(true));
        // On failure set_locale records the error instead: show the default language.
        Effect::new(move |_| {
            if session.locale_error.get().is_some() {
                ready.set(true);
            }
        });
    }
    Effect::new(move |_| {
        if ready.get() {
            remove_loading_placeholder();
        }
    });
    view! {
        <Show when=move || ready.get()>
        <Router>
            <FocusOnNavigate/>
            <Layout>
                // The router renders a page again only when the path changes, so each page
                // also renders again when the person switches language.
                <Routes fallback=move || in_language(session, || view! { <NotFound/> }.into_any())>
                    <Route path=path!("/") view=move || in_language(session, || view! { <StartPage/> }.into_any())/>
                    <Route path=path!("/questions/:id") view=move || in_language(session, || view! { <QuestionPage/> }.into_any())/>
                    <Route path=path!("/check-answers") view=move || in_language(session, || view! { <CheckAnswersPage/> }.into_any())/>
                    <Route path=path!("/outcome") view=move || in_language(session, || view! { <OutcomePage/> }.into_any())/>
                    <Route path=path!("/help/:id") view=move || in_language(session, || view! { <HelpNowPage/> }.into_any())/>
                    <Route path=path!("/staying-safe-online") view=move || in_language(session, || view! { <StayingSafePage/> }.into_any())/>
                    <Route path=path!("/leaflet") view=move || in_language(session, || view! { <LeafletPage/> }.into_any())/>
                    <Route path=path!("/delete-my-answers") view=move || in_language(session, || view! { <DeleteAnswersPage/> }.into_any())/>
                    <Route path=path!("/delete-my-answers/done") view=move || in_language(session, || view! { <AnswersDeletedPage/> }.into_any())/>
                    <Route path=path!("/referral/consent") view=move || in_language(session, || view! { <ReferralConsentPage/> }.into_any())/>
                    <Route path=path!("/referral/contact") view=move || in_language(session, || view! { <ReferralContactPage/> }.into_any())/>
                    <Route path=path!("/referral/area") view=move || in_language(session, || view! { <ReferralAreaPage/> }.into_any())/>
                    <Route path=path!("/referral/what-matters") view=move || in_language(session, || view! { <ReferralWhatMattersPage/> }.into_any())/>
                    <Route path=path!("/referral/money") view=move || in_language(session, || view! { <ReferralMoneyPage/> }.into_any())/>
                    <Route path=path!("/referral/money/quick") view=move || in_language(session, || view! { <ReferralMoneyQuickPage/> }.into_any())/>
                    <Route path=path!("/referral/money/income") view=move || in_language(session, || view! { <ReferralIncomePage/> }.into_any())/>
                    <Route path=path!("/referral/money/fixed-costs") view=move || in_language(session, || view! { <ReferralFixedCostsPage/> }.into_any())/>
                    <Route path=path!("/referral/money/flexible-costs") view=move || in_language(session, || view! { <ReferralFlexibleCostsPage/> }.into_any())/>
                    <Route path=path!("/referral/debts") view=move || in_language(session, || view! { <ReferralDebtsPage/> }.into_any())/>
                    <Route path=path!("/referral/debts/add") view=move || in_language(session, || view! { <ReferralDebtPage/> }.into_any())/>
                    <Route path=path!("/referral/debts/:n") view=move || in_language(session, || view! { <ReferralDebtPage/> }.into_any())/>
                    <Route path=path!("/referral/debts/:n/remove") view=move || in_language(session, || view! { <ReferralDebtRemovePage/> }.into_any())/>
                    <Route path=path!("/referral/summary") view=move || in_language(session, || view! { <ReferralSummaryPage/> }.into_any())/>
                    <Route path=path!("/referral/adviser-notes") view=move || in_language(session, || view! { <ReferralAdviserNotesPage/> }.into_any())/>
                    // For a hub's staff; no public page links to it.
                    <Route path=path!("/staff") view=move || in_language(session, || view! { <StaffPage/> }.into_any())/>
                    // For consortium members opening a referral summary; not in the person's journey.
                    <Route path=path!("/open-a-referral") view=move || in_language(session, || view! { <OpenReferralPage/> }.into_any())/>
                </Routes>
            </Layout>
            <IdleWarning/>
        </Router>
        </Show>
    }
    .into_any()
}

/// A page that renders again, in the new language, when the person switches language. The page
/// comes as a function pointer, so this closure is compiled once for every route: taking each
/// page's own function type, it was compiled once per page with that page's body inlined into
/// it, for building and again for rebuilding.
fn in_language(session: Session, page: fn() -> AnyView) -> impl IntoView {
    move || {
        session.locale.track();
        // Adviser mode lists the text this page shows in English (see FallbackNotice): forget
        // what earlier pages used.
        session.t.with_value(|t| t.take_fallbacks());
        let page = page();
        view! { <components::fallback_notice::FallbackNotice/> {page} }
    }
}

/// Moves focus to the page's heading after every navigation (not the first load), so screen
/// reader and keyboard users start at the new step, as on a page load.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |prev: Option<String>| {
        let now = format!("{}?{}", location.pathname.get(), location.search.get());
        if prev.is_some() && prev.as_deref() != Some(now.as_str()) {
            request_animation_frame(focus_heading);
        }
        now
    });
}

fn focus_heading() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(h1)) = doc.query_selector("main h1") {
        if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
            h1.set_tab_index(-1);
            let _ = h1.focus();
        }
    }
}

/// index.html shows helplines while the app loads; once mounted they are in the footer.
fn remove_loading_placeholder() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        el.remove();
    }
}

/// What start-up is waiting for: the hub's file (or why it could not be read) and the
/// start-up tasks; the app mounts when both are in, with the configuration they decide.
#[derive(Default)]
struct Start {
    file: Option<Result<crate::config::ConfigFile, String>>,
    tasks_done: bool,
    config: Option<crate::config::Config>,
}

thread_local! {
    static START: std::cell::RefCell<Start> = std::cell::RefCell::new(Start::default());
}

/// Starts the app: after the loading page's first paint, and in three tasks (the embedded
/// content, the translator, then the pages), so a slow phone can paint and take input between
/// them instead of blocking for the whole start-up at once. The hub's `signpost.json` is asked
/// for first, in parallel: the mode it sets decides where answers are kept, so the app waits
/// for it (or for its time limit) before reading anything about the person.
pub fn mount() {
    wasm_bindgen_futures::spawn_local(async {
        let file = mode::fetch_hub_file().await;
        START.with(|s| s.borrow_mut().file = Some(file));
        mount_when_ready();
    });
    after_first_paint(|| {
        // Reading the embedded content is the largest single piece of start-up work.
        let _ = state::content();
        next_task(|| {
            state::prepare_translator();
            next_task(|| {
                START.with(|s| s.borrow_mut().tasks_done = true);
                mount_when_ready();
            });
        });
    });
}

fn mount_when_ready() {
    let file = START.with(|s| {
        let mut s = s.borrow_mut();
        if s.tasks_done && s.config.is_none() {
            s.file.take()
        } else {
            None
        }
    });
    if let Some(file) = file {
        let config = mode::decide(file);
        START.with(|s| s.borrow_mut().config = Some(config));
        leptos::mount::mount_to_body(App);
    }
}

/// Runs `start` once the browser has painted the page as the HTML left it (the loading page,
/// with the start page's heading and lead). On a slow phone that paint comes long before the
/// app is ready anyway; on a fast connection the app could otherwise take the first frame and
/// the person would see nothing until it had rendered. Costs at most one frame.
fn after_first_paint(start: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        start();
        return;
    };
    // requestAnimationFrame runs just before a paint; a task queued from it runs after.
    let after_paint = Closure::once_into_js(move || next_task(start));
    if window
        .request_animation_frame(after_paint.unchecked_ref())
        .is_err()
    {
        // No frames to wait for (never seen): start at once rather than never.
        if let Ok(f) = after_paint.dyn_into::<js_sys::Function>() {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}

/// Runs `f` in a new task (a zero timeout), after whatever the browser has queued.
fn next_task(f: impl FnOnce() + 'static) {
    let run = wasm_bindgen::closure::Closure::once_into_js(f);
    match web_sys::window() {
        Some(w) => {
            let _ = w.set_timeout_with_callback(run.unchecked_ref());
        }
        None => {
            if let Ok(f) = run.dyn_into::<js_sys::Function>() {
                let _ = f.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    }
}
