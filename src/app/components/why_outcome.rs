//! Adviser mode: "Why this result?" on the result page: the rule that chose the result and the
//! answers behind it, each need or risk the answers raised and why, and why each recommended
//! member is suggested, in the person's language so both can read it.

use crate::app::state::{today, use_session};
use crate::engine::explain::explain;
use crate::engine::matching::recommended_members;
use crate::engine::Evaluation;
use crate::words::why::{why_words, Line};
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
    let words = session
        .t
        .with_value(|t| why_words(content, &explanation, t));
    let outcome = words.outcome.map(|o| {
        let passed_over = (!o.passed_over.is_empty()).then(|| {
            view! {
                <p class="body">{session.text("adviser-why-passed-over")}</p>
                <ul class="list list--bullet why-outcome__passed-over">
                    {o.passed_over.into_iter().map(|p| view! {
                        <li>{p.title}{lines(p.because)}</li>
                    }).collect_view()}
                </ul>
            }
        });
        view! {
            <h3 class="heading-s">{session.text("adviser-why-result-heading")}</h3>
            <p class="body"><strong>{o.title}</strong></p>
            <p class="body">{session.text("adviser-why-chosen-because")}</p>
            {lines(o.because)}
            {passed_over}
        }
    });
    let flags = if words.flags.is_empty() {
        view! { <p class="body">{session.text("adviser-why-no-flags")}</p> }.into_any()
    } else {
        view! {
            <ul class="list why-outcome__flags">
                {words.flags.into_iter().map(|f| view! {
                    <li class="why-outcome__flag" data-flag=f.id>
                        <strong>{f.label}</strong>
                        {lines(f.because)}
                        {f.deadlines.into_iter().map(|d| view! { <p class="body deadline">{d}</p> }).collect_view()}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let members = referral.then(|| {
        let body = if words.members.is_empty() {
            view! { <p class="body">{session.text("adviser-why-no-members")}</p> }.into_any()
        } else {
            view! {
                <p class="hint">{session.text("adviser-why-members-hint")}</p>
                <ol class="list list--number">
                    {words.members.into_iter().map(|m| view! {
                        <li>
                            <strong>{m.name}</strong>
                            <ul class="list list--bullet">
                                {m.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ol>
            }
            .into_any()
        };
        view! {
            <h3 class="heading-s">{session.text("adviser-why-members-heading")}</h3>
            {body}
        }
    });
    view! {
        <details class="details why-outcome no-print">
            <summary class="details__summary">
                <span class="details__summary-text">{session.text("adviser-why-title")}</span>
            </summary>
            <div class="details__text">
                <p class="body">{session.text("adviser-why-lead")}</p>
                {outcome}
                <h3 class="heading-s">{session.text("adviser-why-flags-heading")}</h3>
                {flags}
                {members}
            </div>
        </details>
    }
}

/// Statements as a bulleted list, each with the statements behind it nested under it.
fn lines(lines: Vec<Line>) -> AnyView {
    if lines.is_empty() {
        return ().into_any();
    }
    view! {
        <ul class="list list--bullet why-outcome__lines">
            {lines.into_iter().map(|l| view! { <li>{l.text}{lines_behind(l.behind)}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

// A separate function: a closure cannot call itself, and nesting needs recursion.
fn lines_behind(behind: Vec<Line>) -> AnyView {
    lines(behind)
}
