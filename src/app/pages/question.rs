//! A question page: one question, its answer inputs, errors GOV.UK-style, Continue and Back.

use crate::app::components::answers_panel::AnswersPanel;
use crate::app::components::back_link::BackLink;
use crate::app::components::checkboxes::Checkboxes;
use crate::app::components::date_input::DateInput;
use crate::app::components::error_summary::{ErrorItem, ErrorSummary};
use crate::app::components::listen_button::ListenButton;
use crate::app::components::radios::Radios;
use crate::app::components::text_input::TextInput;
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::state::{set_title, use_session};
use crate::engine::answer::{parse_input, Field, Input};
use crate::engine::model::{InputType, Question};
use crate::engine::NodeId;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

/// The route `/questions/:id`: picks the question, or sends the person where they belong.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let changing = Memo::new(move |_| query.with(|q| q.get("change").is_some()));
    let session = use_session();
    move || {
        let qid = NodeId::new(id.get());
        match session.content.question(&qid) {
            None => view! { <NotFound/> }.into_any(),
            Some(q) => {
                view! { <QuestionForm question=q.clone() changing=changing.get_untracked()/> }
                    .into_any()
            }
        }
    }
}

/// The form for one question. Rebuilt whenever the question changes, so its draft is fresh.
#[component]
fn QuestionForm(question: Question, changing: bool) -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let qid = question.id.clone();

    // A question not on the path yet (a typed or stale URL) sends the person to where they are.
    let allowed = session
        .evaluation
        .with_untracked(|ev| ev.as_ref().map(|e| e.can_visit(&qid)).unwrap_or(false));
    if !allowed {
        let to = session.evaluation.with_untracked(|ev| match ev {
            Ok(e) => routes::step_url(&e.step, false),
            Err(_) => routes::START.to_owned(),
        });
        return view! { <Redirect path=to options=NavigateOptions { replace: true, ..Default::default() }/> }.into_any();
    }

    let draft = session.draft(&qid);
    let error = RwSignal::new(None::<(String, Field)>);
    let title = session.text(question.title.as_str());
    let hint = question.hint.as_ref().map(|h| session.text(h.as_str()));
    let input_id = format!("{}-input", qid);
    set_title(&session, &title, false);

    let back_href = if changing {
        routes::CHECK_ANSWERS.to_owned()
    } else {
        session.evaluation.with_untracked(|ev| {
            match ev.as_ref().ok().and_then(|e| e.previous(&qid)) {
                Some(prev) => routes::question_url(prev, false),
                None => routes::START.to_owned(),
            }
        })
    };

    let q_submit = question.clone();
    let title_for_errors = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input: Input = draft.get_untracked();
        match parse_input(&q_submit, &input) {
            Err(e) => {
                // Money limits are written as the person's locale writes money.
                let limit = match e.money_limit() {
                    Some(p) => Some(session.t.with_value(|t| crate::words::display::money(t, p))),
                    None => e.limit(),
                };
                let limit = limit.map(|l| vec![("limit", l)]).unwrap_or_default();
                let message = session.text_with(e.message_id(), &limit);
                error.set(Some((message, e.field())));
                set_title(&session, &title_for_errors, true);
            }
            Ok(answer) => {
                error.set(None);
                // "I'm not safe" and the like: show who can help first; that page carries on.
                let interrupt = match &answer {
                    crate::engine::Answer::Choice(o) => {
                        q_submit.option(o).and_then(|o| o.interrupt.clone())
                    }
                    _ => None,
                };
                session.answer(&q_submit.id, answer);
                session.drop_draft(&q_submit.id);
                if let Some(outcome) = interrupt {
                    navigate(&routes::help_url(&outcome), Default::default());
                    return;
                }
                let to = session.evaluation.with_untracked(|ev| match ev {
                    Ok(e) if changing => routes::step_url(&e.step, true),
                    // Going forward normally: the next question on the path, even if it was
                    // answered before (the person may be reviewing after pressing Back).
                    Ok(e) => match e.path.iter().position(|p| p == &q_submit.id) {
                        Some(i) if i + 1 < e.path.len() => {
                            routes::question_url(&e.path[i + 1], false)
                        }
                        _ => routes::step_url(&e.step, false),
                    },
                    Err(_) => routes::START.to_owned(),
                });
                navigate(&to, Default::default());
            }
        }
    };

    let error_items = Signal::derive(move || {
        let id = input_id.clone();
        error.with(|e| {
            e.iter()
                .map(|(msg, field)| ErrorItem {
                    message: msg.clone(),
                    target: field_id(&id, *field),
                })
                .collect::<Vec<_>>()
        })
    });
    let field_error = Signal::derive(move || error.with(|e| e.as_ref().map(|(m, _)| m.clone())));
    let input = render_input(&question, &title, hint, draft, field_error);
    // Adviser mode: the answers so far beside the form (the stylesheet lays them out).
    let panel = move || {
        crate::app::adviser::on(&session).then(|| view! { <AnswersPanel current=qid.clone()/> })
    };

    view! {
        <BackLink href=back_href/>
        <div class="adviser-layout">
            <div class="adviser-layout__main" id="question-main">
                <ErrorSummary items=error_items/>
                <ListenButton root="question-main".to_owned()/>
                <form novalidate on:submit=on_submit>
                    {input}
                    <button type="submit" class="button" data-module="button">{session.text("continue")}</button>
                </form>
            </div>
            {panel}
        </div>
    }
    .into_any()
}

/// The id an error summary link points at.
fn field_id(input_id: &str, field: Field) -> String {
    match field {
        Field::First => input_id.to_owned(),
        Field::Month => format!("{input_id}-month"),
        Field::Year => format!("{input_id}-year"),
    }
}

fn render_input(
    q: &Question,
    title: &str,
    hint: Option<String>,
    draft: RwSignal<Input>,
    error: Signal<Option<String>>,
) -> AnyView {
    let session = use_session();
    let id = format!("{}-input", q.id);
    match q.input {
        InputType::SingleChoice | InputType::YesNo => {
            let options = q
                .options
                .iter()
                .map(|o| {
                    let label = match (&o.label, q.input) {
                        (Some(m), _) => session.text(m.as_str()),
                        (None, _) => session.text(o.id.as_str()),
                    };
                    let hint = o.hint.as_ref().map(|h| session.text(h.as_str()));
                    (o.id.to_string(), label, hint)
                })
                .collect();
            view! { <Radios id=id name=q.id.to_string() title=title.to_owned() hint=hint options=options draft=draft error=error/> }.into_any()
        }
        InputType::MultipleChoice => {
            let options = q
                .options
                .iter()
                .map(|o| {
                    let label = o
                        .label
                        .as_ref()
                        .map(|m| session.text(m.as_str()))
                        .unwrap_or_default();
                    let hint = o.hint.as_ref().map(|h| session.text(h.as_str()));
                    (o.id.to_string(), label, hint, o.exclusive)
                })
                .collect();
            let hint = Some(hint.unwrap_or_else(|| session.text("select-all-that-apply")));
            view! { <Checkboxes id=id name=q.id.to_string() title=title.to_owned() hint=hint options=options draft=draft error=error/> }.into_any()
        }
        InputType::Date => {
            let hint = Some(hint.unwrap_or_else(|| session.text("date-hint")));
            view! { <DateInput id=id title=title.to_owned() hint=hint draft=draft error=error/> }
                .into_any()
        }
        InputType::Money | InputType::Number | InputType::Text => {
            let (prefix, mode, width, autocomplete) = match q.input {
                InputType::Money => (
                    Some(session.text("money-prefix")),
                    "decimal",
                    "input--width-10",
                    "off",
                ),
                InputType::Number => (None, "numeric", "input--width-4", "off"),
                _ => (None, "text", "input--width-full", "off"),
            };
            let optional = q.optional.then(|| session.text("optional"));
            view! {
                <TextInput id=id title=title.to_owned() hint=hint optional=optional prefix=prefix inputmode=mode width=width
                    autocomplete=autocomplete draft=draft error=error/>
            }
            .into_any()
        }
    }
}
