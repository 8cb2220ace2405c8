//! The referral summary: what a consortium member needs, readable, printable, and handed over
//! by print, download, copy or QR code, without any server.

use leptos::prelude::*;

/// The referral summary page (being built: see issue 4).
#[component]
pub fn ReferralSummaryPage() -> impl IntoView {
    view! { <h1 class="heading-l">"Referral summary"</h1> }
}
