//! The content model: plain serde data, deserialized from the JSON files under `content/`.
//! Every human-readable string is a [`MessageId`] resolved from the Fluent files.

use crate::engine::condition::Condition;
use crate::engine::date::Date;
use crate::engine::ids::{FlagId, GuideId, MessageId, NodeId, OptionId, ServiceId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod guides;
mod leaflet;
mod referral_settings;
mod services;
pub use guides::{Guide, Source, StepSource};
pub use leaflet::{Leaflet, Situation};
pub use referral_settings::{ConsentGroup, ReferralSettings};
pub use services::{Channel, Contact, Eligible, Membership, Service};

/// `content/settings.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The first node of the tree.
    pub start: NodeId,
    /// The locale every other locale falls back to, and the one that must be complete.
    pub default_locale: String,
    /// Locales offered to people; each needs `content/locales/<code>/`.
    pub locales: Vec<String>,
    /// Locales that must have every message: a missing one fails the check. Other locales
    /// fall back to the default locale message by message, and `signpost translations`
    /// reports what they lack. The default locale is always complete.
    #[serde(default)]
    pub complete_locales: Vec<String>,
    /// England and Wales bank holidays, skipped when counting working days.
    #[serde(default)]
    pub bank_holidays: Vec<Date>,
    /// The emergency outcome behind the "Get help now" link on every page: who to call when
    /// someone is not safe. It can be read at any point without losing a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_outcome: Option<NodeId>,
    /// The nation this copy of the service is for ("England" or "Wales"): services whose
    /// `service_area` names only other nations are left out of results. Unset shows all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nation: Option<String>,
    /// Every nation the content is written for: `nation` must be one of them, and each
    /// nation-specific step needs a version for each (see [`super::nation`]). Unset: England
    /// and Wales.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nations: Vec<String>,
    /// Where the referral pages find the debt types and which flag marks a priority debt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral: Option<ReferralSettings>,
}

impl Settings {
    /// Whether a missing message in this locale is a content error.
    pub fn must_be_complete(&self, code: &str) -> bool {
        code == self.default_locale || self.complete_locales.iter().any(|c| c == code)
    }

    /// Right-to-left scripts, for the page's `dir` attribute.
    pub fn is_rtl(code: &str) -> bool {
        matches!(
            code.split('-').next(),
            Some("ar" | "he" | "fa" | "ur" | "ps" | "yi")
        )
    }
}

/// One node of the decision tree. Questions, routes and outcomes share one id namespace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Node {
    Question(Question),
    Route(Route),
    Outcome(Outcome),
}

impl Node {
    pub fn id(&self) -> &NodeId {
        match self {
            Node::Question(q) => &q.id,
            Node::Route(r) => &r.id,
            Node::Outcome(o) => &o.id,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Node::Question(_) => "question",
            Node::Route(_) => "route",
            Node::Outcome(_) => "outcome",
        }
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputType {
    /// Radios: one option.
    SingleChoice,
    /// Checkboxes: one or more options.
    MultipleChoice,
    /// Radios with the fixed options `yes`, `no` and optionally `dont-know`.
    YesNo,
    /// Pounds and pence, stored in pence.
    Money,
    /// Day, month and year.
    Date,
    /// A whole number.
    Number,
    /// Short free text.
    Text,
}

impl InputType {
    /// The type as content writes it (`"single_choice"`, `"yes_no"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            InputType::SingleChoice => "single_choice",
            InputType::MultipleChoice => "multiple_choice",
            InputType::YesNo => "yes_no",
            InputType::Money => "money",
            InputType::Date => "date",
            InputType::Number => "number",
            InputType::Text => "text",
        }
    }

    pub fn has_options(self) -> bool {
        matches!(
            self,
            InputType::SingleChoice | InputType::MultipleChoice | InputType::YesNo
        )
    }
}

/// A question asked on a page of its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: NodeId,
    #[serde(rename = "type")]
    pub input: InputType,
    /// The question itself, shown as the page heading.
    pub title: MessageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<MessageId>,
    /// For choice questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
    /// Smallest allowed value (pounds for money, a whole number for number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest allowed value (pounds for money, a whole number for number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Longest text allowed, in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// Text questions only: the person may leave it empty (the label says "optional").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Date questions: the date to act by that this answer gives. With it, every answer
    /// travels to the results page and the referral summary, however far away: urgency is
    /// decided separately, by the question's flag rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineSpec>,
    /// The consent group the answer belongs to: it is left out of a referral summary when
    /// the person declines that group. Without one, the answer is always in the summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentGroup>,
    /// Flags raised when their condition holds once this question is answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<FlagRule>,
    /// Where to go next: the first rule whose `if` holds. An option's own `goto` wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<Rule>,
}

/// How a date question's answer becomes a date to act by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineSpec {
    /// What the date is, as the results page and the adviser see it ("Court hearing").
    pub label: MessageId,
    /// The need the date belongs to: a referral summary's receiver reads it as the code.
    pub flag: FlagId,
    /// Calendar months from the answer to the date to act by (a decision date + 1 month).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub plus_months: u32,
    /// Then days (the day a claim form came + 14 days).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub plus_days: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Question {
    /// What the date this question asks for is, for the results page and the summary.
    pub fn deadline_label(&self) -> Option<&MessageId> {
        self.deadline.as_ref().map(|d| &d.label)
    }

    pub fn option(&self, id: &OptionId) -> Option<&ChoiceOption> {
        self.options.iter().find(|o| &o.id == id)
    }
}

/// One option of a choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: OptionId,
    /// Required for single and multiple choice; yes/no options have standard labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<MessageId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<MessageId>,
    /// Where choosing this option leads (single choice and yes/no only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goto: Option<NodeId>,
    /// Flags raised when this option is chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<FlagId>,
    /// Multiple choice: an answer like "None of these" that cannot be combined with others.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
    /// An outcome shown straight away when this option is chosen, before the questions
    /// carry on (single choice and yes/no only). For safety: "I'm not safe" shows who to
    /// call now, then the person may carry on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interrupt: Option<NodeId>,
}

/// A transition: go to `goto` if `if` holds (a rule without `if` always holds).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    #[serde(rename = "if", default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    pub goto: NodeId,
}

/// Raise `flag` when `if` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagRule {
    pub flag: FlagId,
    #[serde(rename = "if")]
    pub when: Condition,
}

/// A branch point that asks nothing: it routes on earlier answers and flags.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: NodeId,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<FlagRule>,
    pub next: Vec<Rule>,
}

/// How urgently a person needs help, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    Emergency,
    Urgent,
    Referral,
    Signpost,
    SelfHelp,
}

impl Tier {
    /// Every tier, most urgent first.
    pub const ALL: [Tier; 5] = [
        Tier::Emergency,
        Tier::Urgent,
        Tier::Referral,
        Tier::Signpost,
        Tier::SelfHelp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Emergency => "emergency",
            Tier::Urgent => "urgent",
            Tier::Referral => "referral",
            Tier::Signpost => "signpost",
            Tier::SelfHelp => "self-help",
        }
    }

    /// Whether this outcome hands the person to a consortium member.
    pub fn is_referral(self) -> bool {
        matches!(self, Tier::Emergency | Tier::Urgent | Tier::Referral)
    }
}

/// Where a path ends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: NodeId,
    pub tier: Tier,
    pub title: MessageId,
    pub summary: MessageId,
    /// What to do next, in order: today's actions first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<MessageId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<GuideId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Something the person needs help with.
    Need,
    /// Something that makes their situation riskier or more urgent.
    Risk,
    /// A fact about the household that shapes the advice (a carer, a disability, young
    /// children): shown to advisers, never a need on its own.
    Circumstance,
}

/// `content/flags.json`: every flag the tree may raise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagDef {
    pub id: FlagId,
    pub kind: FlagKind,
    pub label: MessageId,
    /// The consent group the flag belongs to (see [`Question::consent`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentGroup>,
}

/// The messages of one locale, with the file each came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Locale {
    pub code: String,
    /// Message id -> file it is defined in.
    pub messages: BTreeMap<String, String>,
    /// The `.ftl` sources, as (file, text), for the runtime translator.
    pub sources: Vec<(String, String)>,
    /// Any of its files says `# Review status: draft`: the app shows a note that the
    /// translation is being checked.
    pub draft: bool,
}

impl Locale {
    /// The locale's name for itself (its `language-name` message), for the language switch.
    pub fn own_name(&self) -> Option<String> {
        self.sources.iter().find_map(|(_, text)| {
            text.lines()
                .find_map(|l| l.strip_prefix("language-name ="))
                .map(|v| v.trim().to_owned())
        })
    }
}

/// Everything under `content/`, loaded and indexed. Serialized only as the web app's compiled
/// copy ([`super::compiled`]); content authors write the files under `content/`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Content {
    pub settings: Option<Settings>,
    pub nodes: Vec<Node>,
    pub flags: Vec<FlagDef>,
    pub guides: Vec<Guide>,
    pub services: Vec<Service>,
    pub locales: Vec<Locale>,
    /// The printed leaflet (`content/leaflet.json`), if the content has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaflet: Option<Leaflet>,
    /// Where each step's advice comes from (`content/sources/*.json`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<StepSource>,
    /// The file each source entry came from, in the order of `sources`. Authors' tools only.
    #[serde(skip)]
    pub source_files: Vec<String>,
    /// The file each node, flag, guide and service was defined in, by id. For authors' error
    /// messages only, so the app's compiled copy leaves it out.
    #[serde(skip)]
    pub origins: HashMap<String, String>,
    /// The file each node was defined in, in the order of `nodes` (duplicates keep theirs).
    /// Authors' tools only, like `origins`.
    #[serde(skip)]
    pub node_files: Vec<String>,
    /// The versions of nation-specific steps for the nations this copy is not for, with the
    /// id of the outcome or guide listing each: never shown, but checked like any message.
    /// Authors' tools only, like `origins`.
    #[serde(skip)]
    pub other_nation_steps: Vec<(MessageId, String)>,
    /// A stable hash of the content: see [`crate::engine::authoring::version`].
    pub version: String,
    /// Rebuilt from `nodes` after loading ([`Content::reindex`]), never stored.
    #[serde(skip)]
    pub(crate) node_index: HashMap<NodeId, usize>,
}

impl Content {
    /// Indexes the nodes by id; the first definition wins (validation reports duplicates).
    pub fn reindex(&mut self) {
        let mut map = HashMap::with_capacity(self.nodes.len());
        for (i, n) in self.nodes.iter().enumerate() {
            map.entry(n.id().clone()).or_insert(i);
        }
        self.node_index = map;
    }

    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.node_index.get(id).map(|&i| &self.nodes[i])
    }

    pub fn question(&self, id: &NodeId) -> Option<&Question> {
        match self.node(id) {
            Some(Node::Question(q)) => Some(q),
            _ => None,
        }
    }

    pub fn outcome(&self, id: &NodeId) -> Option<&Outcome> {
        match self.node(id) {
            Some(Node::Outcome(o)) => Some(o),
            _ => None,
        }
    }

    pub fn guide(&self, id: &GuideId) -> Option<&Guide> {
        self.guides.iter().find(|g| &g.id == id)
    }

    pub fn service(&self, id: &ServiceId) -> Option<&Service> {
        self.services.iter().find(|s| &s.id == id)
    }

    pub fn flag(&self, id: &FlagId) -> Option<&FlagDef> {
        self.flags.iter().find(|f| &f.id == id)
    }

    /// A flag's place in `flags.json`, which lists the most urgent first; unknown flags last.
    pub fn urgency_rank(&self, id: &FlagId) -> usize {
        self.flags
            .iter()
            .position(|f| &f.id == id)
            .unwrap_or(usize::MAX)
    }

    /// Whether a service serves where this copy of the service is used: it names no nation
    /// (everywhere, or towns in the area), or it names this one.
    pub fn serves_here(&self, s: &Service) -> bool {
        const NATIONS: [&str; 4] = ["England", "Wales", "Scotland", "Northern Ireland"];
        let Some(here) = self.settings.as_ref().and_then(|x| x.nation.as_deref()) else {
            return true;
        };
        let nations: Vec<&str> = s
            .service_area
            .iter()
            .map(String::as_str)
            .filter(|a| NATIONS.contains(a))
            .collect();
        nations.is_empty() || nations.contains(&here)
    }

    pub fn safety_outcome(&self) -> Option<&NodeId> {
        self.settings
            .as_ref()
            .and_then(|s| s.safety_outcome.as_ref())
    }

    pub fn start(&self) -> Option<&NodeId> {
        self.settings.as_ref().map(|s| &s.start)
    }

    pub fn bank_holidays(&self) -> &[Date] {
        self.settings
            .as_ref()
            .map(|s| s.bank_holidays.as_slice())
            .unwrap_or(&[])
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.nodes.iter().filter_map(|n| match n {
            Node::Question(q) => Some(q),
            _ => None,
        })
    }

    pub fn outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.nodes.iter().filter_map(|n| match n {
            Node::Outcome(o) => Some(o),
            _ => None,
        })
    }

    /// The file a thing with this id was defined in, for error messages.
    pub fn origin(&self, id: &str) -> &str {
        self.origins
            .get(id)
            .map(String::as_str)
            .unwrap_or("content")
    }

    /// Every message id the content refers to, with the file and id that refers to it.
    pub fn referenced_messages(&self) -> Vec<(&MessageId, &str)> {
        let mut out: Vec<(&MessageId, &str)> = Vec::new();
        for node in &self.nodes {
            let id = node.id().as_str();
            match node {
                Node::Question(q) => {
                    out.push((&q.title, id));
                    out.extend(q.hint.iter().map(|h| (h, id)));
                    out.extend(q.deadline_label().map(|h| (h, id)));
                    for o in &q.options {
                        out.extend(o.label.iter().map(|m| (m, id)));
                        out.extend(o.hint.iter().map(|m| (m, id)));
                    }
                }
                Node::Route(_) => {}
                Node::Outcome(o) => {
                    out.push((&o.title, id));
                    out.push((&o.summary, id));
                    out.extend(o.next_steps.iter().map(|m| (m, id)));
                }
            }
        }
        for f in &self.flags {
            out.push((&f.label, f.id.as_str()));
        }
        for g in &self.guides {
            out.push((&g.title, g.id.as_str()));
            out.push((&g.summary, g.id.as_str()));
            out.extend(g.steps.iter().map(|m| (m, g.id.as_str())));
            out.extend(g.today.iter().map(|m| (m, g.id.as_str())));
            out.extend(g.have_ready.iter().map(|m| (m, g.id.as_str())));
        }
        for s in &self.services {
            out.push((&s.description, s.id.as_str()));
            out.extend(s.hours.iter().map(|m| (m, s.id.as_str())));
            out.extend(s.eligibility.iter().map(|m| (m, s.id.as_str())));
        }
        if let Some(l) = &self.leaflet {
            out.push((&l.title, "leaflet"));
            out.push((&l.intro, "leaflet"));
            out.push((&l.scan, "leaflet"));
            out.extend(l.first.iter().map(|m| (m, "leaflet")));
            out.extend(l.situations.iter().map(|s| (&s.title, "leaflet")));
        }
        out.extend(
            self.other_nation_steps
                .iter()
                .map(|(m, id)| (m, id.as_str())),
        );
        out
    }

    /// Ids of the locales present, default first.
    pub fn locale_codes(&self) -> BTreeSet<&str> {
        self.locales.iter().map(|l| l.code.as_str()).collect()
    }
}
