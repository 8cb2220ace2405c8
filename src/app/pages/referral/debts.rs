//! The debts, GOV.UK "add another" style: `/referral/debts` lists them (Change, Remove),
//! `/referral/debts/add` and `/referral/debts/<n>` add or change one, and
//! `/referral/debts/<n>/remove` asks before removing one. Whether a debt is a priority debt
//! comes from its type, never from the person.

use super::{redirect, yes_no_options, Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::components::text_field::TextField;
use crate::app::state::{set_title, use_session, Session};
use crate::engine::referral::Debt;
use crate::engine::OptionId;
use crate::referral::flow::Page;
use crate::referral::forms::debts::{
    debt_kinds_ordered, parse_debt, parse_remove, DebtForm, DEBT_AMOUNT_FIELD, DEBT_ARREARS_FIELD,
    DEBT_KIND_FIELD, DEBT_OWED_TO_FIELD, REMOVE_FIELD,
};
use crate::words::display::money;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The label of a debt type, from the debt question's option.
fn kind_label(session: &Session, kind: &OptionId) -> String {
    session
        .content
        .debt_kinds()
        .into_iter()
        .find(|o| &o.id == kind)
        .and_then(|o| o.label.as_ref())
        .map(|m| session.text(m.as_str()))
        .unwrap_or_else(|| kind.to_string())
}

/// "Priority" or "Not priority", as a tag.
fn priority_tag(session: &Session, kind: &OptionId) -> impl IntoView {
    let priority = session.content.debt_is_priority(kind).unwrap_or(false);
    let (class, text) = if priority {
        ("tag tag--priority", session.text("referral-debt-priority"))
    } else {
        (
            "tag tag--not-priority",
            session.text("referral-debt-not-priority"),
        )
    };
    view! { <strong class=class>{text}</strong> }
}

/// The list of debts added, with Add another and Continue.
#[component]
pub fn ReferralDebtsPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::Debts) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let debts = session.referral.with_untracked(|d| d.debts.clone());
    let title = session.text("referral-debts-title");
    set_title(&session, &title, false);
    let fmt = |p: i64| session.t.with_value(|t| money(t, p));
    let change_text = session.text("check-change");
    let remove_text = session.text("referral-debt-remove");
    let cards = debts
        .iter()
        .enumerate()
        .map(|(i, debt)| {
            let n = i + 1;
            let label = kind_label(&session, &debt.kind);
            let hidden = session.text_with("referral-debt-hidden", &[("n", n.to_string()), ("kind", label.clone())]);
            let arrears = debt
                .arrears
                .map(fmt)
                .unwrap_or_else(|| session.text("referral-debt-arrears-not-given"));
            let (change, remove) = (change_text.clone(), remove_text.clone());
            let hidden2 = hidden.clone();
            view! {
                <div class="summary-card">
                    <div class="summary-card__title-wrapper">
                        <h2 class="summary-card__title">{label.clone()}" "{priority_tag(&session, &debt.kind)}</h2>
                        <ul class="summary-card__actions">
                            <li class="summary-card__action">
                                <a href=here.link(Page::Debt(n)) class="link">
                                    {change.clone()}<span class="visually-hidden">" "{hidden.clone()}</span>
                                </a>
                            </li>
                            <li class="summary-card__action">
                                <a href=here.link(Page::DebtRemove(n)) class="link">
                                    {remove.clone()}<span class="visually-hidden">" "{hidden2.clone()}</span>
                                </a>
                            </li>
                        </ul>
                    </div>
                    <div class="summary-card__content">
                    <dl class="summary-list">
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{session.text("referral-debt-key-owed-to")}</dt>
                            <dd class="summary-list__value">{debt.owed_to.clone()}</dd>
                        </div>
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{session.text("referral-debt-key-amount")}</dt>
                            <dd class="summary-list__value">{fmt(debt.amount)}</dd>
                        </div>
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{session.text("referral-debt-key-arrears")}</dt>
                            <dd class="summary-list__value">{arrears}</dd>
                        </div>
                    </dl>
                    </div>
                </div>
            }
        })
        .collect_view();
    let add_text = if debts.is_empty() {
        session.text("referral-debts-add")
    } else {
        session.text("referral-debts-add-another")
    };

    view! {
        <BackLink href=here.back()/>
        <h1 class="heading-l">{title}</h1>
        {if debts.is_empty() {
            view! { <p class="body">{session.text("referral-debts-none")}</p> }.into_any()
        } else {
            view! { <p class="body">{session.text("referral-debts-lead")}</p> }.into_any()
        }}
        {cards}
        <p class="body">
            <a href=here.link(Page::DebtAdd) class="button button--secondary" role="button" draggable="false">{add_text}</a>
        </p>
        <p class="hint">{session.text("referral-debts-priority-note")}</p>
        <a href=here.next() class="button" role="button" draggable="false">{session.text("continue")}</a>
    }
    .into_any()
}

/// Add a debt, or change the nth: type, who it is owed to, amount, missed payments.
#[component]
pub fn ReferralDebtPage() -> impl IntoView {
    let session = use_session();
    let params = use_params_map();
    let param = params.with_untracked(|p| p.get("n").unwrap_or_else(|| "add".to_owned()));
    let here = match Here::open(&session, Page::debt(&param, false)) {
        Ok(here) => here,
        Err(to) => return to,
    };
    // `None` when adding; the guard has checked a number is in the list.
    let index = here.page.debt_index();
    let navigate = use_navigate();
    let title = match index {
        None => session.text("referral-debt-add-title"),
        Some(_) => session.text("referral-debt-change-title"),
    };
    set_title(&session, &title, false);
    let start = index
        .and_then(|i| {
            session
                .referral
                .with_untracked(|d| d.debts.get(i).map(DebtForm::from_debt))
        })
        .unwrap_or_default();
    let prefix = format!("debt:{param}:");
    let draft = |key: &str, v: String| session.form_draft(&format!("{prefix}{key}"), move || v);
    let kind = draft("kind", start.kind);
    let owed_to = draft("owed-to", start.owed_to);
    let amount = draft("amount", start.amount);
    let arrears = draft("arrears", start.arrears);
    let errors = Errors::new();

    let kinds = session
        .answers
        .with_untracked(|a| debt_kinds_ordered(session.content, a))
        .into_iter()
        .map(|o| {
            let label = o
                .label
                .as_ref()
                .map(|m| session.text(m.as_str()))
                .unwrap_or_else(|| o.id.to_string());
            let hint = o.hint.as_ref().map(|h| session.text(h.as_str()));
            (o.id.to_string(), label, hint)
        })
        .collect::<Vec<_>>();

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = DebtForm {
            kind: kind.get_untracked(),
            owed_to: owed_to.get_untracked(),
            amount: amount.get_untracked(),
            arrears: arrears.get_untracked(),
        };
        match parse_debt(session.content, &form) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(debt) => {
                errors.clear();
                session
                    .referral
                    .update(|d| save_debt(&mut d.debts, index, debt));
                session.drop_form_drafts("debt:");
                navigate(&here.next(), Default::default());
            }
        }
    };

    let money_prefix = session.text("money-prefix");
    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <h1 class="heading-l">{title}</h1>
        <form novalidate on:submit=on_submit>
            <ChoiceRadios id=DEBT_KIND_FIELD.to_owned() legend=session.text("referral-debt-kind")
                hint=session.text("referral-debt-kind-hint")
                options=kinds value=kind error=errors.field(DEBT_KIND_FIELD)/>
            <TextField id=DEBT_OWED_TO_FIELD.to_owned() label=session.text("referral-debt-owed-to")
                hint=session.text("referral-debt-owed-to-hint") autocomplete="organization"
                value=owed_to error=errors.field(DEBT_OWED_TO_FIELD)/>
            <TextField id=DEBT_AMOUNT_FIELD.to_owned() label=session.text("referral-debt-amount")
                hint=session.text("referral-debt-amount-hint") prefix=money_prefix.clone()
                inputmode="decimal" width="input--width-10" spellcheck=false
                value=amount error=errors.field(DEBT_AMOUNT_FIELD)/>
            <TextField id=DEBT_ARREARS_FIELD.to_owned() label=session.text("referral-debt-arrears")
                hint=session.text("referral-debt-arrears-hint") optional=session.text("optional")
                prefix=money_prefix inputmode="decimal" width="input--width-10" spellcheck=false
                value=arrears error=errors.field(DEBT_ARREARS_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("referral-debt-save")}</button>
        </form>
    }
    .into_any()
}

fn save_debt(debts: &mut Vec<Debt>, index: Option<usize>, debt: Debt) {
    match index.and_then(|i| debts.get_mut(i)) {
        Some(d) => *d = debt,
        None => debts.push(debt),
    }
}

/// "Are you sure you want to remove …?": Yes removes it, No keeps it; both go back to the list.
#[component]
pub fn ReferralDebtRemovePage() -> impl IntoView {
    let session = use_session();
    let params = use_params_map();
    let param = params.with_untracked(|p| p.get("n").unwrap_or_default());
    let here = match Here::open(&session, Page::debt(&param, true)) {
        Ok(here) => here,
        Err(to) => return to,
    };
    // The guard has checked the number is in the list.
    let Some((index, debt)) = here.page.debt_index().and_then(|i| {
        session
            .referral
            .with_untracked(|d| d.debts.get(i).cloned())
            .map(|debt| (i, debt))
    }) else {
        return redirect(here.next());
    };
    let navigate = use_navigate();
    let label = kind_label(&session, &debt.kind);
    let title = session.text_with(
        "referral-debt-remove-title",
        &[("kind", label), ("owed_to", debt.owed_to.clone())],
    );
    set_title(&session, &title, false);
    let value = session.form_draft(&format!("debt-remove:{param}"), String::new);
    let errors = Errors::new();

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_remove(&value.get_untracked()) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(remove) => {
                errors.clear();
                if remove {
                    session.referral.update(|d| {
                        if index < d.debts.len() {
                            d.debts.remove(index);
                        }
                    });
                    // Numbers in the URLs of the debts after it have moved up by one.
                    session.drop_form_drafts("debt:");
                }
                session.drop_form_drafts("debt-remove:");
                navigate(&here.next(), Default::default());
            }
        }
    };

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <form novalidate on:submit=on_submit>
            <ChoiceRadios id=REMOVE_FIELD.to_owned() legend=title heading=true inline=true
                options=yes_no_options(&session) value=value error=errors.field(REMOVE_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}
