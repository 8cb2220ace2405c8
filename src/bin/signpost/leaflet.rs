//! `signpost leaflet --url URL`: the printed leaflet as one standalone HTML file, in a
//! complete language, from the same content and directory as the app
//! (`signpost::words::leaflet`).

use crate::native::{flag_value, split_flag, usage_error, Failure};
use signpost::engine::authoring::nation::for_nation;
use signpost::engine::{load_and_validate, SourceFile};
use signpost::referral::qr::qr_svg;
use signpost::words::i18n::Translator;
use signpost::words::leaflet::leaflet;
use signpost::words::leaflet_html::{leaflet_html, QrDrawing};
use std::path::Path;

/// The leaflet's own options, taken out of the arguments before the shared parser sees them.
#[derive(Default)]
pub(crate) struct Options {
    url: Option<String>,
    locale: Option<String>,
    nation: Option<String>,
}

impl Options {
    pub(crate) fn any(&self) -> bool {
        self.url.is_some() || self.locale.is_some() || self.nation.is_some()
    }
}

pub(crate) fn take_options(raw: Vec<String>) -> Result<(Vec<String>, Options), Failure> {
    let mut o = Options::default();
    let mut rest = Vec::new();
    let mut it = raw.into_iter();
    while let Some(a) = it.next() {
        let (flag, inline) = split_flag(&a);
        let slot = match flag.as_str() {
            "--url" => &mut o.url,
            "--locale" => &mut o.locale,
            "--nation" => &mut o.nation,
            _ => {
                rest.push(a);
                continue;
            }
        };
        *slot = Some(flag_value(&flag, inline, &mut it)?);
    }
    Ok((rest, o))
}

/// Writes the leaflet to `out`, or to standard output.
pub(crate) fn leaflet_command(
    files: &[SourceFile],
    o: &Options,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let url = o.url.as_deref().ok_or_else(|| {
        usage_error("leaflet needs --url, the address of this copy of Signpost for its QR code")
    })?;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(usage_error(format!(
            "--url \"{url}\" is not a web address like https://signpost.example.gov.uk"
        )));
    }
    let files = match &o.nation {
        Some(n) => for_nation(files, n),
        None => files.to_vec(),
    };
    let content = load_and_validate(&files)
        .map_err(|e| Failure(format!("{e}Fix the content first (signpost check)."), 1))?;
    let settings = content
        .settings
        .as_ref()
        .expect("valid content has settings");
    let locale = o
        .locale
        .clone()
        .unwrap_or_else(|| settings.default_locale.clone());
    if !settings.locales.contains(&locale) || !settings.must_be_complete(&locale) {
        let complete: Vec<&str> = settings
            .locales
            .iter()
            .filter(|c| settings.must_be_complete(c))
            .map(String::as_str)
            .collect();
        return Err(usage_error(format!(
            "--locale \"{locale}\": the leaflet is printed only in a complete language ({})",
            complete.join(", ")
        )));
    }
    let t = Translator::new(&content, &locale);
    let view = leaflet(&t, &content)
        .ok_or_else(|| Failure("the content has no leaflet.json".into(), 1))?;
    let qr = qr_svg(url)
        .map_err(|e| Failure(format!("the address {url} cannot be a QR code: {e}"), 1))?;
    let drawing = QrDrawing {
        view_box: qr.view_box,
        path: &qr.path,
    };
    let html = leaflet_html(&view, &locale, url, drawing);
    match out {
        Some(path) => {
            std::fs::write(path, html)
                .map_err(|e| Failure(format!("cannot write {}: {e}", path.display()), 1))?;
            eprintln!(
                "Wrote {} ({locale}). Open it in a browser and print it on A4: it fits two sides.",
                path.display()
            );
        }
        None => print!("{html}"),
    }
    Ok(())
}
