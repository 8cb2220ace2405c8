//! The summary as plain text for download, copy and email, and the email's subject.

use super::{ReferralSummary, Texts, SCHEMA_PATH};
use crate::engine::referral::ConsentGroup;
use crate::engine::text::{one_line, quoted};
use crate::engine::{Content, Date};
use crate::words::display;

/// "Welsh text / English text", or one of them when they are the same.
fn pair(local: &str, en: &str) -> String {
    if local == en {
        local.to_owned()
    } else {
        format!("{local} / {en}")
    }
}

/// The summary as plain text: headings, one fact a line, English beside the person's language
/// where they differ. For download, copy and email. Only headings start at the left edge
/// after a blank line: what a person or adviser wrote is a quoted block ("> " on every line)
/// or, for a one-line value, kept on its label's line, so no words typed into a form can pass
/// for a section of the summary (such as the adviser's notes).
pub fn plain_text(content: &Content, s: &ReferralSummary) -> String {
    let tx = Texts::new(content, &s.locale);
    let h = |id: &str| {
        let (a, b) = tx.both(id);
        pair(&a, &b)
    };
    let money = |p: i64| pair(&display::money(&tx.t, p), &display::money(&tx.en, p));
    let date = |d: Date| {
        pair(
            &display::long_date(&tx.t, d),
            &display::long_date(&tx.en, d),
        )
    };
    let mut out: Vec<String> = Vec::new();
    let heading = |out: &mut Vec<String>, id: &str| {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.push(h(id).to_uppercase());
    };
    let line = |label: &str, value: &str| format!("{}: {}", h(label), one_line(value));

    heading(&mut out, "summary-title");
    out.push(line("summary-reference", &s.reference));
    out.push(line("summary-created", &s.created_at));
    out.push(line("summary-language", &s.locale));
    out.push(line(
        "summary-outcome",
        &pair(&s.outcome.label, &s.outcome.label_en),
    ));
    out.push(line("summary-tier", &pair(&s.tier.label, &s.tier.label_en)));
    if s.members.iter().any(|m| m.example) {
        out.push(h("summary-example"));
    }

    heading(&mut out, "summary-deadlines");
    if s.urgency.deadlines.is_empty() {
        out.push(h("summary-no-deadlines"));
    }
    for d in &s.urgency.deadlines {
        out.push(format!(
            "- {}: {}",
            pair(&d.label, &d.label_en),
            date(d.date)
        ));
    }

    heading(&mut out, "summary-needs");
    for f in &s.needs {
        out.push(format!("- {}", pair(&f.label, &f.label_en)));
    }

    heading(&mut out, "summary-own-words");
    if s.own_words.is_empty() {
        out.push(h("check-not-given"));
    } else {
        out.extend(quoted(&s.own_words));
    }

    if let Some(notes) = &s.adviser_notes {
        heading(&mut out, "adviser-notes-summary-heading");
        out.extend(quoted(notes));
    }

    heading(&mut out, "summary-consent");
    for g in ConsentGroup::ALL {
        let shared = !s.consent.withheld.contains(&g);
        out.push(format!(
            "{}: {}",
            h(&format!("summary-consent-{}", g.as_str())),
            h(if shared {
                "summary-shared"
            } else {
                "summary-not-shared"
            })
        ));
    }
    out.push(line("summary-consent-recorded", &s.consent.recorded_at));

    let not_shared = |out: &mut Vec<String>, g: ConsentGroup| {
        out.push(format!(
            "{}: {}",
            h("summary-not-shared"),
            h(&format!("summary-consent-{}", g.as_str()))
        ));
    };

    heading(&mut out, "summary-contact");
    match &s.contact {
        None if !s.consent.contact => not_shared(&mut out, ConsentGroup::Contact),
        None => out.push(h("check-not-given")),
        Some(c) => {
            let field = |out: &mut Vec<String>, id: &str, v: &str| {
                if !v.trim().is_empty() {
                    out.push(line(id, v));
                }
            };
            field(&mut out, "summary-name", &c.name);
            if let Some(m) = c.method {
                field(
                    &mut out,
                    "summary-contact-method",
                    &h(&format!("summary-method-{}", m.as_str())),
                );
            }
            field(&mut out, "summary-phone", &c.phone);
            field(&mut out, "summary-email", &c.email);
            field(&mut out, "summary-safe-times", &c.safe_times);
            if let Some(b) = c.leave_message {
                let yes_no = h(if b { "yes" } else { "no" });
                field(&mut out, "summary-leave-message", &yes_no);
            }
            field(&mut out, "summary-contact-language", &c.language);
            // A text area: several lines are a quoted block under the label.
            let access = quoted(&c.access_needs);
            if access.len() > 1 {
                out.push(format!("{}:", h("summary-access-needs")));
                out.extend(access);
            } else {
                field(&mut out, "summary-access-needs", &c.access_needs);
            }
            if let Some(a) = &c.area {
                field(&mut out, "summary-area", a);
            }
        }
    }

    heading(&mut out, "summary-money");
    if !s.consent.household_money {
        not_shared(&mut out, ConsentGroup::HouseholdMoney);
    } else {
        if let Some(hh) = &s.household {
            if let Some(n) = hh.other_adults {
                out.push(line("summary-other-adults", &n.to_string()));
            }
            if let Some(n) = hh.children {
                out.push(line("summary-children", &n.to_string()));
            }
        }
        match &s.money {
            None => out.push(line("summary-money-month", &h("check-not-given"))),
            Some(m) => {
                out.push(h("summary-money-month"));
                for it in &m.items {
                    out.push(format!(
                        "  {}: {}",
                        pair(&it.label, &it.label_en),
                        money(it.pence)
                    ));
                }
                out.push(line("summary-income", &money(m.income_pence)));
                out.push(line("summary-fixed-costs", &money(m.fixed_costs_pence)));
                out.push(line(
                    "summary-flexible-costs",
                    &money(m.flexible_costs_pence),
                ));
                out.push(line("summary-spending", &money(m.spending_pence)));
                if m.surplus_pence < 0 {
                    let short = m.surplus_pence.saturating_neg();
                    out.push(line("summary-shortfall", &money(short)));
                } else {
                    out.push(line("summary-surplus", &money(m.surplus_pence)));
                }
            }
        }
        if let Some(debts) = &s.debts {
            out.push(h("summary-debts"));
            if debts.items.is_empty() {
                out.push(h("summary-no-debts"));
            }
            for d in &debts.items {
                let kind = h(if d.priority {
                    "summary-debt-priority"
                } else {
                    "summary-debt-non-priority"
                });
                let mut l = format!(
                    "- {} ({kind}): {}",
                    pair(&d.label, &d.label_en),
                    money(d.amount_pence)
                );
                if !d.owed_to.is_empty() {
                    let owed_to = one_line(&d.owed_to);
                    l.push_str(&format!("; {}: {owed_to}", h("summary-debt-owed-to")));
                }
                if let Some(a) = d.arrears_pence {
                    l.push_str(&format!("; {}: {}", h("summary-debt-arrears"), money(a)));
                }
                out.push(l);
            }
            out.push(line(
                "summary-priority-total",
                &money(debts.priority_total_pence),
            ));
            out.push(line(
                "summary-non-priority-total",
                &money(debts.non_priority_total_pence),
            ));
            out.push(line("summary-debt-total", &money(debts.total_pence)));
        }
    }
    heading(&mut out, "summary-members");
    for (i, m) in s.members.iter().enumerate() {
        let example = if m.example {
            format!(" ({})", h("summary-example-short"))
        } else {
            String::new()
        };
        out.push(format!(
            "{}. {}: {}{example}",
            i + 1,
            m.organisation,
            m.name
        ));
        for r in &m.reasons {
            out.push(format!("   - {}", pair(&r.text, &r.text_en)));
        }
        for c in &m.contacts {
            out.push(format!(
                "   {}: {}",
                h(&format!("summary-channel-{}", c.channel.summary_code())),
                c.value
            ));
        }
    }

    heading(&mut out, "summary-answers");
    for a in &s.answers {
        out.push(pair(&a.question, &a.question_en));
        for (l, e) in a.answer.iter().zip(&a.answer_en) {
            out.push(format!("  {}", pair(&one_line(l), &one_line(e))));
        }
    }

    out.push(String::new());
    out.push(line("summary-tree-version", &s.tree_version));
    out.push(line(
        "summary-format",
        &format!("{SCHEMA_PATH} {}", s.schema_version),
    ));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The text of an email link: exactly the plain text, which holds only what the person agreed
/// to share.
pub fn email_body(content: &Content, s: &ReferralSummary) -> String {
    plain_text(content, s)
}

/// The email's subject, in English for the receiving adviser: "Referral summary SP-…".
pub fn email_subject(content: &Content, s: &ReferralSummary) -> String {
    let tx = Texts::new(content, &s.locale);
    let (_, en) = tx.both_with(
        "summary-email-subject",
        &[("reference", s.reference.clone())],
    );
    en
}
