//! The printed leaflet's words, as plain data built from the content and the directory in the
//! person's language: drawn by the app's `/leaflet` page and written as a standalone HTML file
//! by `signpost leaflet` (`leaflet_html`, native only). Both draw this, so the printout, the
//! file and the app say the same.

use crate::engine::model::{Channel, Content, Leaflet, Membership, Service};
use crate::words::i18n::Translator;

/// Local members listed per situation: enough to choose from, few enough for two A4 sides.
pub const MEMBERS_PER_SITUATION: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeafletView {
    pub title: String,
    pub intro: String,
    pub danger_heading: String,
    pub first: Vec<String>,
    pub situations: Vec<SituationView>,
    pub scan: String,
    pub what_helps: String,
    pub local: String,
    pub national: String,
    pub example: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SituationView {
    pub title: String,
    pub helps: String,
    pub local: Vec<Line>,
    pub national: Vec<Line>,
}

/// A service and how to reach it: its name, one contact as a person uses it, and the link
/// that contact opens (`tel:`, `mailto:`, a web address; none for a made-up service).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub service: String,
    pub name: String,
    pub contact: String,
    pub href: String,
    /// From a made-up directory: labelled so nobody calls it.
    pub example: bool,
}

/// The contact a leaflet shows: a phone number first (most people call), then a text
/// number, a website, an email, an address.
fn line(s: &Service) -> Option<Line> {
    let order = [
        Channel::Phone,
        Channel::Text,
        Channel::Website,
        Channel::Email,
        Channel::Visit,
    ];
    let c = order
        .iter()
        .find_map(|ch| s.contacts.iter().find(|c| c.channel == *ch))?;
    // A made-up service's contact reaches nobody: shown, not linked (as on the results page).
    let href = match s.example {
        true => String::new(),
        false => c.href().unwrap_or_default(),
    };
    // A member by its organisation; a helpline by its own name ("National Debtline"), with a
    // short organisation name before a one-word name that does not say whose it is
    // ("Citizens Advice Adviceline").
    let bare = !s.name.contains(' ')
        && s.organisation.split_whitespace().count() <= 2
        && !s
            .name
            .to_lowercase()
            .contains(&s.organisation.to_lowercase());
    let name = if s.membership.is_some() {
        s.organisation.clone()
    } else if bare {
        format!("{} {}", s.organisation, s.name)
    } else {
        s.name.clone()
    };
    Some(Line {
        service: s.id.to_string(),
        name,
        contact: c.value.clone(),
        href,
        example: s.example,
    })
}

fn rank(m: Option<Membership>) -> u8 {
    match m {
        Some(Membership::Full) => 0,
        Some(Membership::Associate) => 1,
        Some(Membership::Affiliate) => 2,
        None => 3,
    }
}

/// The local members for a situation: the directory's services for this nation that help
/// with one of `needs`, full members first, then associate, then affiliate, in the
/// directory's order within each.
pub fn members_for<'c>(content: &'c Content, needs: &[crate::engine::FlagId]) -> Vec<&'c Service> {
    let mut found: Vec<&Service> = content
        .services
        .iter()
        .filter(|s| s.membership.is_some() && content.serves_here(s))
        .filter(|s| s.needs.iter().any(|n| needs.contains(n)))
        .collect();
    crate::engine::order::sort_by_key(&mut found, |s| rank(s.membership));
    found.truncate(MEMBERS_PER_SITUATION);
    found
}

/// The leaflet in `t`'s language, or `None` when the content has no `leaflet.json`.
pub fn leaflet(t: &Translator, content: &Content) -> Option<LeafletView> {
    let l: &Leaflet = content.leaflet.as_ref()?;
    let situations = l
        .situations
        .iter()
        .map(|s| SituationView {
            title: t.text(s.title.as_str()),
            helps: content
                .guide(&s.guide)
                .map(|g| t.text(g.summary.as_str()))
                .unwrap_or_default(),
            local: members_for(content, &s.needs)
                .into_iter()
                .filter_map(line)
                .collect(),
            national: s
                .helplines
                .iter()
                .filter_map(|h| content.service(h))
                .filter(|h| content.serves_here(h))
                .filter_map(line)
                .collect(),
        })
        .collect();
    Some(LeafletView {
        title: t.text(l.title.as_str()),
        intro: t.text(l.intro.as_str()),
        danger_heading: t.text("leaflet-danger"),
        first: l.first.iter().map(|m| t.text(m.as_str())).collect(),
        situations,
        scan: t.text(l.scan.as_str()),
        what_helps: t.text("leaflet-what-helps"),
        local: t.text("leaflet-local"),
        national: t.text("leaflet-national"),
        example: t.text("leaflet-example"),
    })
}
