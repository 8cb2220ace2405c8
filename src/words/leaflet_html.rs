//! `signpost leaflet`'s file: the leaflet as one standalone HTML page to print or share, with
//! the app's own leaflet styles (the `leaflet` block of `style/main.css`), the QR code inline
//! and no script or request of any kind. Every text is escaped: the words are content, not HTML.

use crate::engine::text::escape_html as escape;
use crate::words::leaflet::{LeafletView, Line};

/// The leaflet block of the app's stylesheet, between its start and end markers.
fn leaflet_css() -> &'static str {
    const CSS: &str = include_str!("../../style/main.css");
    let start = CSS.find("/* leaflet:start").unwrap_or(0);
    let end = CSS.find("/* leaflet:end */").unwrap_or(CSS.len());
    &CSS[start..end]
}

fn lines(out: &mut String, heading: &str, list: &[Line], example: &str) {
    if list.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<h3>{}</h3>\n<ul class=\"leaflet__lines\">\n",
        escape(heading)
    ));
    for l in list {
        let contact = if l.href.is_empty() {
            escape(&l.contact)
        } else {
            format!("<a href=\"{}\">{}</a>", escape(&l.href), escape(&l.contact))
        };
        let label = if l.example {
            format!(
                " <span class=\"leaflet__example\">{}</span>",
                escape(example)
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<li data-service=\"{}\"><span class=\"leaflet__name\">{}</span> {contact}{label}</li>\n",
            escape(&l.service),
            escape(&l.name)
        ));
    }
    out.push_str("</ul>\n");
}

/// A QR code as SVG: modules per side and the path of the dark ones
/// (`referral::qr::qr_svg` makes them; words do not depend on the referral layer).
pub struct QrDrawing<'a> {
    pub view_box: i32,
    pub path: &'a str,
}

/// The page, in `lang` (with `dir="rtl"` for a right-to-left language), with `qr`, the QR
/// code of `url`, beside the address.
pub fn leaflet_html(v: &LeafletView, lang: &str, url: &str, qr: QrDrawing) -> String {
    let dir = if crate::engine::model::Settings::is_rtl(lang) {
        "rtl"
    } else {
        "ltr"
    };
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n@page {{ size: A4; margin: 12mm; }}\n\
         body {{ font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; line-height: 1.35; margin: 1rem; }}\n\
         a {{ color: #1d70b8; }}\na[href^=\"tel:\"] {{ direction: ltr; unicode-bidi: isolate; white-space: nowrap; }}\n\
         @media print {{ body {{ margin: 0; }} }}\n{}</style>\n</head>\n<body>\n",
        escape(lang),
        escape(&v.title),
        leaflet_css()
    );
    out.push_str("<main>\n<article class=\"leaflet\">\n");
    out.push_str(&format!(
        "<h1 class=\"leaflet__title\">{}</h1>\n<p class=\"leaflet__intro\">{}</p>\n",
        escape(&v.title),
        escape(&v.intro)
    ));
    if !v.first.is_empty() {
        out.push_str(&format!(
            "<section class=\"leaflet__danger\" aria-labelledby=\"leaflet-danger\">\n<h2 id=\"leaflet-danger\">{}</h2>\n",
            escape(&v.danger_heading)
        ));
        for p in &v.first {
            out.push_str(&format!("<p>{}</p>\n", escape(p)));
        }
        out.push_str("</section>\n");
    }
    out.push_str("<div class=\"leaflet__situations\">\n");
    for (i, s) in v.situations.iter().enumerate() {
        out.push_str(&format!(
            "<section class=\"leaflet__situation\" aria-labelledby=\"situation-{i}\">\n<h2 id=\"situation-{i}\">{}</h2>\n<p class=\"leaflet__helps\"><span class=\"leaflet__name\">{}:</span> {}</p>\n",
            escape(&s.title),
            escape(&v.what_helps),
            escape(&s.helps)
        ));
        lines(&mut out, &v.local, &s.local, &v.example);
        lines(&mut out, &v.national, &s.national, &v.example);
        out.push_str("</section>\n");
    }
    out.push_str("</div>\n");
    out.push_str(&format!(
        "<div class=\"leaflet__scan\">\n<svg class=\"leaflet__qr\" viewBox=\"0 0 {n} {n}\" aria-hidden=\"true\" focusable=\"false\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>\n<div>\n<p>{}</p>\n<p class=\"leaflet__url\">{}</p>\n</div>\n</div>\n",
        qr.path,
        escape(&v.scan),
        escape(url),
        n = qr.view_box,
    ));
    out.push_str("</article>\n</main>\n</body>\n</html>\n");
    out
}
