//! The kiosk's inactivity warning: after `idle_seconds` without a tap, key or scroll, a modal
//! dialog counts down `warning_seconds` and offers "I'm still here" (WCAG 2.2.1: the person
//! can extend the time) before the kiosk wipes everything and starts again.

use crate::app::kiosk;
use crate::app::state::use_session;
use leptos::prelude::*;
use std::time::Duration;

/// Mounted once beside the pages; does nothing unless the app is in kiosk mode.
#[component]
pub fn IdleWarning() -> impl IntoView {
    let session = use_session();
    move || {
        session
            .config
            .with(|c| c.wipes_when_idle())
            .then(|| view! { <IdleWatch/> })
    }
}

/// Events that show someone is at the screen.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "touchstart", "scroll", "input"];

fn now() -> f64 {
    js_sys::Date::now()
}

#[component]
fn IdleWatch() -> impl IntoView {
    let session = use_session();
    let (idle, warning) = session
        .config
        .with_untracked(|c| (c.idle_seconds, c.warning_seconds));
    let last_active = StoredValue::new(now());
    // When the warning shows: the time the session will be wiped.
    let deadline = RwSignal::new(None::<f64>);
    let seconds_left = RwSignal::new(warning);
    // What screen readers hear: the countdown now and then, not every second.
    let announced = RwSignal::new(None::<u32>);
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    // Activity while the warning shows does not count: the person must say they are here,
    // so that a stray touch does not keep a stranger's answers on screen.
    let mut listeners: Vec<WindowListenerHandle> = ACTIVITY
        .iter()
        .map(|name| {
            window_event_listener_untyped(name, move |_| {
                if deadline.get_untracked().is_none() {
                    last_active.set_value(now());
                }
            })
        })
        .collect();
    listeners.push(window_event_listener_untyped("pageshow", |ev| {
        kiosk::reload_if_restored(&ev)
    }));

    let extend = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
        deadline.set(None);
        announced.set(None);
        last_active.set_value(now());
    };

    // Time is read from the clock on each tick rather than counted in ticks, so a tab the
    // browser throttled, or a test that jumps the clock, still wipes on time.
    let tick = move || match deadline.get_untracked() {
        None => {
            if now() - last_active.get_value() >= f64::from(idle) * 1000.0 {
                deadline.set(Some(now() + f64::from(warning) * 1000.0));
                seconds_left.set(warning);
                announced.set(Some(warning));
                if let Some(d) = dialog.get_untracked() {
                    if !d.open() {
                        let _ = d.show_modal();
                    }
                }
            }
        }
        Some(end) => {
            let left = ((end - now()) / 1000.0).ceil().max(0.0) as u32;
            seconds_left.set(left);
            if left == 0 {
                kiosk::reset(session);
            } else if left.is_multiple_of(10) || left == 5 {
                announced.set(Some(left));
            }
        }
    };
    let interval = set_interval_with_handle(tick, Duration::from_secs(1)).ok();
    on_cleanup(move || {
        for l in listeners {
            l.remove();
        }
        if let Some(i) = interval {
            i.clear();
        }
    });

    let countdown =
        move |n: u32| session.text_with("kiosk-idle-countdown", &[("seconds", n.to_string())]);
    view! {
        <dialog node_ref=dialog class="idle-warning" aria-labelledby="idle-warning-title"
            aria-describedby="idle-warning-body"
            // Escape is a sign someone is there: it extends, as "I'm still here" does.
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                extend();
            }>
            <h2 class="heading-m idle-warning__title" id="idle-warning-title">{move || session.tracked_text("kiosk-idle-title")}</h2>
            <p class="body" id="idle-warning-body">{move || session.tracked_text("kiosk-idle-body")}</p>
            <p class="body idle-warning__countdown" aria-hidden="true">
                <strong>{move || { session.locale.track(); countdown(seconds_left.get()) }}</strong>
            </p>
            <p class="visually-hidden" aria-live="polite">
                {move || { session.locale.track(); announced.get().map(countdown) }}
            </p>
            <div class="button-group">
                <button type="button" class="button" autofocus on:click=move |_| extend()>
                    {move || session.tracked_text("kiosk-idle-stay")}
                </button>
                <button type="button" class="button button--warning" on:click=move |_| kiosk::reset(session)>
                    {move || session.tracked_text("kiosk-idle-clear")}
                </button>
            </div>
        </dialog>
    }
}
