//! Income and spending in the shape of the Standard Financial Statement: `/referral/money`
//! (quick, detailed, or rather not say), `/referral/money/quick` (three totals), and the
//! detailed route's pages, one per SFS part (income, fixed costs, flexible costs), with one
//! amount per category. Amounts are per month; a blank detailed category is zero.

use super::{Errors, Here};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::components::text_field::TextField;
use crate::app::state::{set_title, use_session, Session};
use crate::engine::referral::{Finances, FixedItem, FlexibleItem, IncomeItem};
use crate::referral::flow::{self, FlowState, MoneyRoute, Page};
use crate::referral::forms::money::{
    money_text, parse_categories, parse_quick, parse_route, SfsItem, QUICK_FIXED_FIELD,
    QUICK_FLEXIBLE_FIELD, QUICK_INCOME_FIELD, ROUTE_DETAILED, ROUTE_FIELD, ROUTE_NOT_SAY,
    ROUTE_QUICK,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::collections::BTreeMap;

/// Quick totals, every SFS category, or nothing about money.
#[component]
pub fn ReferralMoneyPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::Money) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let navigate = use_navigate();
    let title = session.text("referral-money-title");
    set_title(&session, &title, false);
    let start = session.referral.with_untracked(|d| match &d.finances {
        Some(Finances::Quick { .. }) => ROUTE_QUICK,
        Some(Finances::Detailed { .. }) => ROUTE_DETAILED,
        // Nothing saved: nothing chosen yet (or they would rather not say).
        None => "",
    });
    let value = session.form_draft("money-route:route", move || start.to_owned());
    let errors = Errors::new();
    let options = vec![
        (
            ROUTE_QUICK.to_owned(),
            session.text("referral-money-quick"),
            Some(session.text("referral-money-quick-hint")),
        ),
        (
            ROUTE_DETAILED.to_owned(),
            session.text("referral-money-detailed"),
            Some(session.text("referral-money-detailed-hint")),
        ),
        (
            ROUTE_NOT_SAY.to_owned(),
            session.text("referral-money-not-say"),
            Some(session.text("referral-money-not-say-hint")),
        ),
    ];

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_route(&value.get_untracked()) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(route) => {
                errors.clear();
                session.drop_form_drafts("money-route:");
                // The route just chosen, saved only by its pages (or now, for "not say").
                let money = match route {
                    ROUTE_QUICK => Some(MoneyRoute::Quick),
                    ROUTE_DETAILED => Some(MoneyRoute::Detailed),
                    _ => {
                        session.referral.update(|d| d.finances = None);
                        for p in ["quick:", "income:", "fixed:", "flexible:"] {
                            session.drop_form_drafts(p);
                        }
                        None
                    }
                };
                let state = FlowState {
                    money,
                    ..here.state
                };
                navigate(&flow::next(Page::Money, &state).href(), Default::default());
            }
        }
    };

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <form novalidate on:submit=on_submit>
            <ChoiceRadios id=ROUTE_FIELD.to_owned() legend=title heading=true
                hint=session.text("referral-money-hint") divider=2
                options=options value=value error=errors.field(ROUTE_FIELD)/>
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}

/// A money field's starting text: the saved amount, or blank.
fn start_text(p: Option<i64>) -> String {
    p.filter(|p| *p != 0).map(money_text).unwrap_or_default()
}

/// Money coming in, fixed costs and flexible costs: three totals a month.
#[component]
pub fn ReferralMoneyQuickPage() -> impl IntoView {
    let session = use_session();
    let here = match Here::open(&session, Page::MoneyQuick) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let navigate = use_navigate();
    let title = session.text("referral-quick-title");
    set_title(&session, &title, false);
    let saved = session.referral.with_untracked(|d| match &d.finances {
        Some(Finances::Quick {
            income,
            fixed_costs,
            flexible_costs,
        }) => Some((*income, *fixed_costs, *flexible_costs)),
        _ => None,
    });
    // A saved total of zero is shown as 0: on this page every box needs an answer.
    let text = move |p: Option<i64>| p.map(money_text).unwrap_or_default();
    let income = session.form_draft("quick:income", move || text(saved.map(|s| s.0)));
    let fixed = session.form_draft("quick:fixed", move || text(saved.map(|s| s.1)));
    let flexible = session.form_draft("quick:flexible", move || text(saved.map(|s| s.2)));
    let errors = Errors::new();

    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_quick(
            &income.get_untracked(),
            &fixed.get_untracked(),
            &flexible.get_untracked(),
        ) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok((income, fixed_costs, flexible_costs)) => {
                errors.clear();
                session.referral.update(|d| {
                    d.finances = Some(Finances::Quick {
                        income,
                        fixed_costs,
                        flexible_costs,
                    })
                });
                session.drop_form_drafts("quick:");
                navigate(&here.next(), Default::default());
            }
        }
    };

    let prefix = session.text("money-prefix");
    let field = |id: &'static str, stem: &str, value: RwSignal<String>| {
        view! {
            <TextField id=id.to_owned() label=session.text(&format!("referral-quick-{stem}"))
                hint=session.text(&format!("referral-quick-{stem}-hint")) prefix=prefix.clone()
                inputmode="decimal" width="input--width-10" spellcheck=false
                value=value error=errors.field(id)/>
        }
    };

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <h1 class="heading-l">{title}</h1>
        <p class="body">{session.text("referral-quick-lead")}</p>
        <form novalidate on:submit=on_submit>
            {field(QUICK_INCOME_FIELD, "income", income)}
            {field(QUICK_FIXED_FIELD, "fixed", fixed)}
            {field(QUICK_FLEXIBLE_FIELD, "flexible", flexible)}
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}

/// `/referral/money/income`: earnings, benefits, pensions, other income.
#[component]
pub fn ReferralIncomePage() -> impl IntoView {
    let read = |f: &Finances| match f {
        Finances::Detailed { income, .. } => income.clone(),
        Finances::Quick { .. } => BTreeMap::new(),
    };
    let write = |f: &mut Finances, m: BTreeMap<IncomeItem, i64>| {
        if let Finances::Detailed { income, .. } = f {
            *income = m;
        }
    };
    categories_page(Page::MoneyIncome, "income", read, write)
}

/// `/referral/money/fixed-costs`: the SFS fixed costs.
#[component]
pub fn ReferralFixedCostsPage() -> impl IntoView {
    let read = |f: &Finances| match f {
        Finances::Detailed { fixed_costs, .. } => fixed_costs.clone(),
        Finances::Quick { .. } => BTreeMap::new(),
    };
    let write = |f: &mut Finances, m: BTreeMap<FixedItem, i64>| {
        if let Finances::Detailed { fixed_costs, .. } = f {
            *fixed_costs = m;
        }
    };
    categories_page(Page::MoneyFixed, "fixed", read, write)
}

/// `/referral/money/flexible-costs`: the SFS flexible costs.
#[component]
pub fn ReferralFlexibleCostsPage() -> impl IntoView {
    let read = |f: &Finances| match f {
        Finances::Detailed { flexible_costs, .. } => flexible_costs.clone(),
        Finances::Quick { .. } => BTreeMap::new(),
    };
    let write = |f: &mut Finances, m: BTreeMap<FlexibleItem, i64>| {
        if let Finances::Detailed { flexible_costs, .. } = f {
            *flexible_costs = m;
        }
    };
    categories_page(Page::MoneyFlexible, "flexible", read, write)
}

/// One page of the detailed route: a money box per category, blanks are zero. `key` names
/// its messages (`referral-<key>-title`) and drafts.
fn categories_page<T: SfsItem + Send + Sync>(
    page: Page,
    key: &'static str,
    read: fn(&Finances) -> BTreeMap<T, i64>,
    write: fn(&mut Finances, BTreeMap<T, i64>),
) -> AnyView {
    let session = use_session();
    let here = match Here::open(&session, page) {
        Ok(here) => here,
        Err(to) => return to,
    };
    let navigate = use_navigate();
    let title = session.text(&format!("referral-{key}-title"));
    set_title(&session, &title, false);
    let saved = session
        .referral
        .with_untracked(|d| d.finances.as_ref().map(read).unwrap_or_default());
    let fields: Vec<(T, RwSignal<String>)> = T::all()
        .iter()
        .map(|item| {
            let start = start_text(saved.get(item).copied());
            (
                *item,
                session.form_draft(&format!("{key}:{}", item.key()), move || start),
            )
        })
        .collect();
    let errors = Errors::new();

    let title_for_errors = title.clone();
    let fields_submit = fields.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let values: Vec<(T, String)> = fields_submit
            .iter()
            .map(|(item, v)| (*item, v.get_untracked()))
            .collect();
        match parse_categories(&values) {
            Err(e) => errors.show(&session, &title_for_errors, e),
            Ok(map) => {
                errors.clear();
                session.referral.update(|d| {
                    let mut f = match d.finances.take() {
                        Some(f @ Finances::Detailed { .. }) => f,
                        _ => Finances::Detailed {
                            income: BTreeMap::new(),
                            fixed_costs: BTreeMap::new(),
                            flexible_costs: BTreeMap::new(),
                        },
                    };
                    write(&mut f, map);
                    d.finances = Some(f);
                });
                session.drop_form_drafts(&format!("{key}:"));
                navigate(&here.next(), Default::default());
            }
        }
    };

    let prefix = session.text("money-prefix");
    let inputs = fields
        .into_iter()
        .map(|(item, value)| money_box(&session, item.field(), item.key(), &prefix, value, errors))
        .collect_view();

    view! {
        <BackLink href=here.back()/>
        <ErrorSummary items=errors.items()/>
        <h1 class="heading-l">{title}</h1>
        <p class="body">{session.text(&format!("referral-{key}-lead"))}</p>
        <p class="body">{session.text("referral-detailed-blank")}</p>
        <form novalidate on:submit=on_submit>
            {inputs}
            <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
        </form>
    }
    .into_any()
}

/// One category's amount: `referral-sfs-<key>` is its label, `…-hint` what it covers.
fn money_box(
    session: &Session,
    id: &'static str,
    key: &str,
    prefix: &str,
    value: RwSignal<String>,
    errors: Errors,
) -> impl IntoView {
    view! {
        <TextField id=id.to_owned() label=session.text(&format!("referral-sfs-{key}"))
            hint=session.text(&format!("referral-sfs-{key}-hint")) prefix=prefix.to_owned()
            inputmode="decimal" width="input--width-10" spellcheck=false
            value=value error=errors.field(id)/>
    }
}
