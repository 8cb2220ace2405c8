//! Adviser mode: "Why this result?" on the result page: the rule that chose the result and the
//! answers behind it, each need or risk the answers raised and why, and why each recommended
//! member is suggested, in the person's language so both can read it.

use crate::app::components::document::DocumentView;
use crate::app::state::{today, use_session};
use crate::engine::explain::explain;
use crate::engine::matching::recommended_members;
use crate::engine::Evaluation;
use crate::words::why::why_words;
use crate::words::why_document::why_document;
use leptos::prelude::*;

/// Folded under its title, as the guides are: the person's next steps come first.
#[component]
pub fn WhyOutcome(evaluation: Evaluation) -> impl IntoView {
    let session = use_session();
    let content = session.content;
    let mut explanation = session
        .answers
        .with_untracked(|answers| explain(content, answers, &evaluation, today()));
    let locale = session.locale.get_untracked();
    explanation.members = session
        .referral
        .with_untracked(|d| recommended_members(content, &evaluation, d, &locale));
    let referral = evaluation
        .outcome()
        .and_then(|o| content.outcome(o))
        .is_some_and(|o| o.tier.is_referral());
    let document = session.t.with_value(|t| {
        let words = why_words(content, &explanation, t);
        why_document(t, words, referral)
    });
    view! {
        <details class="details why-outcome no-print">
            <summary class="details__summary">
                <span class="details__summary-text">{session.text("adviser-why-title")}</span>
            </summary>
            <div class="details__text">
                <DocumentView document=document/>
            </div>
        </details>
    }
}
