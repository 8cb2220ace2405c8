//! `signpost directory import`: a directory file from a council's Open Referral UK export.
//!
//! The export knows the services; it does not know the consortium. A mapping file
//! ([`mapping`]) says which organisations are members, and as what, and which of Signpost's
//! needs each taxonomy term means. The import then:
//!
//! - keeps the active services of members whose terms map to at least one need, and says,
//!   by name, why it left out every other one (not a member, no term it could map, closed,
//!   no way to contact it);
//! - names every field with a value it had no place for (fees, funding, alerts…);
//! - writes the services' words as Fluent messages in the default locale, and in every locale
//!   that must be complete: translations come from the files given, or from the last import
//!   when their English has not changed. When any is missing it writes nothing in `content/`
//!   and gives back a worksheet of the words to translate instead;
//! - checks the content as it would be with the new files, exactly as `signpost check` does,
//!   and writes nothing if that would fail.
//!
//! Everything here works on texts: the CLI reads and writes the files.

mod export;
mod mapping;
mod text;
mod write;

use crate::engine::authoring::load::load;
use crate::engine::authoring::load_and_validate;
use crate::engine::files::SourceFile;
use crate::engine::ids::{FlagId, MessageId, ServiceId};
use crate::engine::model::{Channel, Contact, Membership, Service};
use export::Found;
use mapping::Mapping;
use std::collections::{BTreeMap, BTreeSet};
use text::{is_email, is_web_address, language_code, slug};
pub use write::Worksheet;

/// What to import, and into what.
pub struct Request<'a> {
    /// The export's text, and its file name for messages and the directory's comment.
    pub export: &'a str,
    pub export_name: &'a str,
    pub mapping: &'a str,
    /// The directory's name: the file is `content/directory/<name>.json`.
    pub name: &'a str,
    /// Every file of the content as it is now.
    pub content: &'a [SourceFile],
    /// Translations given for this import: (locale, `.ftl` text).
    pub translations: &'a [(String, String)],
    /// Mark the directory `"example": true` (made-up services, such as the test fixture's).
    pub example: bool,
}

/// One service the import keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub label: String,
    pub id: String,
    pub membership: Membership,
    pub needs: Vec<FlagId>,
}

/// What the import found, whether or not it could write anything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub kept: Vec<Kept>,
    /// Services left out: (organisation: service, why).
    pub left_out: Vec<(String, String)>,
    /// Fields dropped: (organisation: service, field names).
    pub dropped: Vec<(String, Vec<String>)>,
    /// Read in part: (organisation: service, what).
    pub notes: Vec<(String, String)>,
}

/// Why nothing was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The export is not one: why, in words.
    Export(String),
    Mapping(Vec<String>),
    /// The directory's name cannot be a file name of ids.
    Name(String),
    /// The export has no service the import could keep.
    NothingKept,
    /// Words that need translating before the directory can be written, one worksheet per
    /// locale.
    Untranslated(Vec<Worksheet>),
    /// The content with the new files would fail `signpost check`: its problems.
    Check(Vec<String>),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Export(why) => write!(f, "The export cannot be read: {why}."),
            ImportError::Mapping(problems) => {
                writeln!(f, "The mapping file cannot be used:")?;
                for p in problems {
                    writeln!(f, "  - {p}")?;
                }
                Ok(())
            }
            ImportError::Name(n) => write!(
                f,
                "\"{n}\" cannot be the directory's name: use lowercase letters, digits and \
                 hyphens, such as west-cornwall."
            ),
            ImportError::NothingKept => write!(
                f,
                "No service in the export could be imported (see above why each was left out). \
                 Nothing was written."
            ),
            ImportError::Untranslated(sheets) => {
                for s in sheets {
                    writeln!(
                        f,
                        "{} of the directory's messages have no {} translation yet, and {} \
                         must be complete.",
                        s.missing, s.locale, s.locale
                    )?;
                }
                write!(f, "Nothing was written in content/.")
            }
            ImportError::Check(problems) => {
                writeln!(
                    f,
                    "The directory was not written: `signpost check` would fail with it:"
                )?;
                for p in problems {
                    writeln!(f, "  - {p}")?;
                }
                Ok(())
            }
        }
    }
}

/// The import's findings, and the files to write (paths relative to `content/`) or why not.
pub struct Outcome {
    pub report: Report,
    pub files: Result<Vec<SourceFile>, ImportError>,
}

/// Runs the import on texts; writes nothing.
pub fn import(req: &Request) -> Outcome {
    let mut report = Report::default();
    let files = run(req, &mut report);
    Outcome { report, files }
}

fn run(req: &Request, report: &mut Report) -> Result<Vec<SourceFile>, ImportError> {
    if req.name.is_empty() || slug(req.name) != req.name {
        return Err(ImportError::Name(req.name.to_owned()));
    }
    let ours = |path: &str| {
        path == format!("directory/{}.json", req.name)
            || (path.starts_with("locales/")
                && path.ends_with(&format!("/directory-{}.ftl", req.name)))
    };
    let others: Vec<SourceFile> = req
        .content
        .iter()
        .filter(|f| !ours(&f.path))
        .cloned()
        .collect();
    // The content as it is, for its flags, settings and the ids other files use. A mistake
    // elsewhere in it is reported by the final check, not here.
    let (content, _) = load(&others);
    let settings = content
        .settings
        .clone()
        .ok_or_else(|| ImportError::Check(vec!["content/settings.json is missing".into()]))?;
    let mapping = Mapping::read(req.mapping, &content).map_err(ImportError::Mapping)?;
    let found = export::services(req.export).map_err(ImportError::Export)?;

    let mut taken: BTreeSet<String> = content.services.iter().map(|s| s.id.to_string()).collect();
    // An organisation with one open service is named by the organisation alone.
    let mut open_per_org: BTreeMap<String, usize> = BTreeMap::new();
    for f in found
        .iter()
        .filter(|f| f.status.is_empty() || f.status == "active")
    {
        *open_per_org
            .entry(mapping::key(&f.organisation))
            .or_default() += 1;
    }
    let mut services = Vec::new();
    let mut words: Vec<(MessageId, String)> = Vec::new();
    for f in &found {
        let label = label(f);
        let Some(kept) = keep(f, &mapping, &label, report) else {
            continue;
        };
        let alone = open_per_org.get(&mapping::key(&f.organisation)) == Some(&1);
        let (service, texts) = build(f, kept, alone, &mut taken, report, &label);
        report.kept.push(Kept {
            label: label.clone(),
            id: service.id.to_string(),
            membership: service.membership.unwrap_or(Membership::Affiliate),
            needs: service.needs.clone(),
        });
        if !f.dropped.is_empty() {
            report.dropped.push((label.clone(), f.dropped.clone()));
        }
        for n in &f.notes {
            report.notes.push((label.clone(), n.clone()));
        }
        services.push(service);
        words.extend(texts);
    }
    if services.is_empty() {
        return Err(ImportError::NothingKept);
    }

    let mut files = vec![SourceFile {
        path: format!("directory/{}.json", req.name),
        text: write::directory_json(&services, req.export_name, req.example),
    }];
    files.push(SourceFile {
        path: format!(
            "locales/{}/directory-{}.ftl",
            settings.default_locale, req.name
        ),
        text: write::english_ftl(&words, req.export_name),
    });
    let mut sheets = Vec::new();
    let complete = settings
        .locales
        .iter()
        .filter(|c| **c != settings.default_locale && settings.must_be_complete(c));
    for code in complete {
        let path = format!("locales/{code}/directory-{}.ftl", req.name);
        let earlier = req.content.iter().find(|f| f.path == path);
        let given: Vec<&str> = req
            .translations
            .iter()
            .filter(|(l, _)| l == code)
            .map(|(_, t)| t.as_str())
            .collect();
        match write::translated_ftl(code, &words, &given, earlier.map(|f| f.text.as_str())) {
            Ok(text) => files.push(SourceFile { path, text }),
            Err(sheet) => sheets.push(sheet),
        }
    }
    if !sheets.is_empty() {
        return Err(ImportError::Untranslated(sheets));
    }

    let mut staged = others;
    staged.extend(files.iter().cloned());
    match load_and_validate(&staged) {
        Ok(_) => Ok(files),
        Err(errors) => Err(ImportError::Check(
            errors.0.iter().map(|e| e.to_string()).collect(),
        )),
    }
}

/// "Organisation: Service", as the report names a service.
fn label(f: &Found) -> String {
    match (f.organisation.as_str(), f.name.as_str()) {
        ("", "") => format!("the service with id \"{}\"", f.id),
        ("", n) => n.to_owned(),
        (o, "") => o.to_owned(),
        (o, n) => format!("{o}: {n}"),
    }
}

/// The membership and needs of a service the import keeps, or `None` with the reason in the
/// report.
fn keep(
    f: &Found,
    m: &Mapping,
    label: &str,
    report: &mut Report,
) -> Option<(Membership, Vec<FlagId>)> {
    let mut out = |why: String| {
        report.left_out.push((label.to_owned(), why));
        None
    };
    if f.name.is_empty() || f.organisation.is_empty() {
        return out("it has no name or no organisation name".into());
    }
    if !f.status.is_empty() && f.status != "active" {
        return out(format!("its status is \"{}\", not active", f.status));
    }
    let Some(membership) = m.membership(&f.organisation, &f.organisation_id) else {
        return out(format!(
            "\"{}\" is not in the mapping's members (add it there if it is a member)",
            f.organisation
        ));
    };
    let mut needs: Vec<FlagId> = Vec::new();
    let mut unmapped = Vec::new();
    for t in &f.terms {
        match m.needs_of(&t.name, &t.code, &t.id) {
            Some(flags) => {
                for flag in flags {
                    if !needs.contains(flag) {
                        needs.push(flag.clone());
                    }
                }
            }
            None => unmapped.push(if t.name.is_empty() { &t.id } else { &t.name }),
        }
    }
    if needs.is_empty() {
        return out(if f.terms.is_empty() {
            "it has no taxonomy terms, so its needs are not known".into()
        } else {
            "none of its taxonomy terms is in the mapping's needs".into()
        });
    }
    let email = f.email.as_ref().or(f.organisation_email.as_ref());
    let website = f.website.as_ref().or(f.organisation_website.as_ref());
    if f.phones.is_empty()
        && !email.is_some_and(|e| is_email(e))
        && !website.is_some_and(|w| is_web_address(w))
        && f.addresses.is_empty()
    {
        return out("it has no phone number, email, website or address".into());
    }
    if !unmapped.is_empty() {
        let names: Vec<String> = unmapped.iter().map(|n| format!("\"{n}\"")).collect();
        report.notes.push((
            label.to_owned(),
            format!("taxonomy terms not in the mapping: {}", names.join(", ")),
        ));
    }
    Some((membership, needs))
}

/// The directory's service, and its words as (message id, English text).
fn build(
    f: &Found,
    (membership, needs): (Membership, Vec<FlagId>),
    alone: bool,
    taken: &mut BTreeSet<String>,
    report: &mut Report,
    label: &str,
) -> (Service, Vec<(MessageId, String)>) {
    let mut base = if alone {
        slug(&f.organisation)
    } else {
        slug(&format!("{} {}", f.organisation, f.name))
    };
    // A message id must start with a letter.
    if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        base = format!("service-{base}");
    }
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());

    let mut contacts: Vec<Contact> = Vec::new();
    let mut add = |channel, value: &str| {
        contacts.push(Contact {
            channel,
            value: value.to_owned(),
        })
    };
    f.phones.iter().for_each(|p| add(Channel::Phone, p));
    let mut unusable = Vec::new();
    let email = f.email.as_ref().or(f.organisation_email.as_ref());
    match email {
        Some(e) if is_email(e) => add(Channel::Email, e),
        Some(e) => unusable.push(format!(
            "email \"{e}\" left out: it is not an email address"
        )),
        None => {}
    }
    let website = f.website.as_ref().or(f.organisation_website.as_ref());
    match website {
        Some(w) if is_web_address(w) => add(Channel::Website, w),
        Some(w) => unusable.push(format!("website \"{w}\" left out: it is not a web address")),
        None => {}
    }
    f.addresses.iter().for_each(|a| add(Channel::Visit, a));
    for n in unusable {
        report.notes.push((label.to_owned(), n));
    }
    let words = f.description.split_whitespace().count();
    if words > 40 {
        report.notes.push((
            label.to_owned(),
            format!(
                "its description is {words} words long: people read it on a phone, often \
                 stressed; shorten it to one or two sentences"
            ),
        ));
    }

    let mut languages = Vec::new();
    for l in &f.languages {
        match language_code(l) {
            Some(code) if !languages.contains(&code) => languages.push(code),
            Some(_) => {}
            None => report.notes.push((
                label.to_owned(),
                format!("language \"{l}\" left out: not a language code or a name it knows"),
            )),
        }
    }

    let mut texts = Vec::new();
    let description = MessageId::new(format!("service-{id}"));
    let about = if f.description.is_empty() {
        report.notes.push((
            label.to_owned(),
            "it has no description: its words say only its name; write one in the .ftl file".into(),
        ));
        f.name.clone()
    } else {
        f.description.clone()
    };
    texts.push((description.clone(), about));
    let eligibility = (!f.eligibility.is_empty()).then(|| {
        let m = MessageId::new(format!("eligibility-{id}"));
        texts.push((m.clone(), f.eligibility.join(" ")));
        m
    });
    let hours = (!f.hours.is_empty()).then(|| {
        let m = MessageId::new(format!("hours-{id}"));
        texts.push((m.clone(), f.hours.join("; ")));
        m
    });
    let service = Service {
        id: ServiceId::new(id),
        organisation: f.organisation.clone(),
        name: f.name.clone(),
        description,
        eligibility,
        eligible: None,
        membership: Some(membership),
        needs,
        service_area: f.areas.clone(),
        languages,
        contacts,
        hours,
        example: false,
    };
    (service, texts)
}

impl Report {
    /// The report as the CLI prints it: what was kept, left out, dropped and read in part.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let membership = |m: Membership| match m {
            Membership::Full => "full member",
            Membership::Associate => "associate member",
            Membership::Affiliate => "affiliate member",
        };
        out.push_str(&format!("Imported {} service(s):\n", self.kept.len()));
        for k in &self.kept {
            let needs: Vec<&str> = k.needs.iter().map(|n| n.as_str()).collect();
            out.push_str(&format!(
                "  - {} (id {}, {}; needs: {})\n",
                k.label,
                k.id,
                membership(k.membership),
                needs.join(", ")
            ));
        }
        if !self.left_out.is_empty() {
            out.push_str(&format!(
                "Left out {} service(s) it could not map:\n",
                self.left_out.len()
            ));
            for (l, why) in &self.left_out {
                out.push_str(&format!("  - {l}: {why}\n"));
            }
        }
        if !self.dropped.is_empty() {
            out.push_str("Fields dropped (Signpost has no place for them):\n");
            for (l, fields) in &self.dropped {
                out.push_str(&format!("  - {l}: {}\n", fields.join(", ")));
            }
        }
        if !self.notes.is_empty() {
            out.push_str("Read in part:\n");
            for (l, n) in &self.notes {
                out.push_str(&format!("  - {l}: {n}\n"));
            }
        }
        out
    }
}

/// A directory name from an export's file name: `West Cornwall (Nov).json` gives
/// `west-cornwall-nov`.
pub fn name_from(file_stem: &str) -> String {
    let s = slug(file_stem);
    if s.is_empty() {
        "imported".to_owned()
    } else {
        s
    }
}
