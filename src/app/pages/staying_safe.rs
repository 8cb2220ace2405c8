//! "Staying safe online": what quick exit does, what it cannot hide, and other ways to keep
//! a visit private.

use crate::app::routes;
use crate::app::state::{set_title, use_session};
use leptos::prelude::*;

/// The route `/staying-safe-online`, linked from the exit button and from every footer.
#[component]
pub fn StayingSafePage() -> impl IntoView {
    let session = use_session();
    let title = session.text("safe-title");
    set_title(&session, &title, false);
    let t = |id: &str| session.text(id);
    let item = move |id: &str| view! { <li>{session.text(id)}</li> };
    let exit_body = session.text_with("safe-exit-body", &[("button", session.text("exit-button"))]);
    let help = session.content.safety_outcome().map(|id| {
        let href = routes::help_url(id);
        view! { <p class="body"><a href=href class="link">{session.text("safe-help-link")}</a></p> }
    });
    view! {
        <h1 class="heading-xl">{title}</h1>
        <p class="body-l">{t("safe-lead")}</p>

        <h2 class="heading-m">{t("safe-exit-heading")}</h2>
        <p class="body">{exit_body}</p>
        <p class="body">{t("safe-exit-does")}</p>
        <ul class="list list--bullet">
            {item("safe-exit-deletes")}
            {item("safe-exit-replaces")}
        </ul>

        <h2 class="heading-m">{t("safe-limits-heading")}</h2>
        <ul class="list list--bullet">
            {item("safe-limits-history")}
            {item("safe-limits-tabs")}
            {item("safe-limits-watching")}
            {item("safe-limits-device")}
        </ul>
        <p class="body">{t("safe-limits-monitor")}</p>

        <h2 class="heading-m">{t("safe-private-heading")}</h2>
        <p class="body">{t("safe-private-body")}</p>

        <h2 class="heading-m">{t("safe-history-heading")}</h2>
        <p class="body">{t("safe-history-body")}</p>
        <p class="body">{t("safe-history-suspicious")}</p>

        <h2 class="heading-m">{t("safe-help-heading")}</h2>
        <p class="body">{t("safe-help-body")}</p>
        {help}
    }
}
