//! Income and spending in the shape of the Standard Financial Statement: `/referral/money`
//! (quick, detailed, or rather not say), `/referral/money/quick` (three totals), and the
//! detailed route's pages, one per SFS part (income, fixed costs, flexible costs), with one
//! amount per category. Amounts are per month; a blank detailed category is zero.

use super::{or_summary, redirect, redirect_for, use_changing, Errors};
use crate::app::components::back_link::BackLink;
use crate::app::components::choice_radios::ChoiceRadios;
use crate::app::components::error_summary::ErrorSummary;
use crate::app::components::text_field::TextField;
use crate::app::routes;
use crate::app::state::{set_title, use_session, Session};
use crate::engine::referral::{ConsentGroup, Finances, FixedItem, FlexibleItem, IncomeItem};
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
    if let Some(to) = redirect_for(&session, Some(ConsentGroup::HouseholdMoney), true) {
        return redirect(to);
    }
    let changing = use_changing();
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
    let back = if changing {
        routes::REFERRAL_SUMMARY
    } else {
        routes::REFERRAL_WHAT_MATTERS
    };
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
                let to = match route {
                    ROUTE_QUICK => routes::changing(routes::REFERRAL_MONEY_QUICK, changing),
                    ROUTE_DETAILED => routes::changing(routes::REFERRAL_MONEY_INCOME, changing),
                    _ => {
                        session.referral.update(|d| d.finances = None);
                        for p in ["quick:", "income:", "fixed:", "flexible:"] {
                            session.drop_form_drafts(p);
                        }
                        or_summary(changing, routes::REFERRAL_DEBTS)
                    }
                };
                navigate(&to, Default::default());
            }
        }
    };

    view! {
        <BackLink href=back.to_owned()/>
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
    if let Some(to) = redirect_for(&session, Some(ConsentGroup::HouseholdMoney), true) {
        return redirect(to);
    }
    let changing = use_changing();
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
    let back = routes::changing(routes::REFERRAL_MONEY, changing);

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
                navigate(
                    &or_summary(changing, routes::REFERRAL_DEBTS),
                    Default::default(),
                );
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
        <BackLink href=back/>
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

/// Which part of the detailed route a page is.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Income,
    Fixed,
    Flexible,
}

impl Part {
    fn key(self) -> &'static str {
        match self {
            Part::Income => "income",
            Part::Fixed => "fixed",
            Part::Flexible => "flexible",
        }
    }

    fn back(self) -> &'static str {
        match self {
            Part::Income => routes::REFERRAL_MONEY,
            Part::Fixed => routes::REFERRAL_MONEY_INCOME,
            Part::Flexible => routes::REFERRAL_MONEY_FIXED,
        }
    }
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
    categories_page(Part::Income, read, write)
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
    categories_page(Part::Fixed, read, write)
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
    categories_page(Part::Flexible, read, write)
}

/// One page of the detailed route: a money box per category, blanks are zero.
fn categories_page<T: SfsItem + Send + Sync>(
    part: Part,
    read: fn(&Finances) -> BTreeMap<T, i64>,
    write: fn(&mut Finances, BTreeMap<T, i64>),
) -> AnyView {
    let session = use_session();
    if let Some(to) = redirect_for(&session, Some(ConsentGroup::HouseholdMoney), true) {
        return redirect(to);
    }
    let changing = use_changing();
    let navigate = use_navigate();
    let key = part.key();
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
    let back = routes::changing(part.back(), changing);
    let next = match part {
        Part::Income => routes::changing(routes::REFERRAL_MONEY_FIXED, changing),
        Part::Fixed => routes::changing(routes::REFERRAL_MONEY_FLEXIBLE, changing),
        Part::Flexible => or_summary(changing, routes::REFERRAL_DEBTS),
    };

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
                navigate(&next, Default::default());
            }
        }
    };

    let prefix = session.text("money-prefix");
    let inputs = fields
        .into_iter()
        .map(|(item, value)| money_box(&session, item.field(), item.key(), &prefix, value, errors))
        .collect_view();

    view! {
        <BackLink href=back/>
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
