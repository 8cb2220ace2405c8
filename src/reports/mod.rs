//! Demand reports from kiosks' tallies, shared by the staff page and `signpost tallies merge`:
//! days grouped into weeks (`weeks`), horizontal bar charts laid out once and drawn as SVG
//! text or by the app (`chart`), and, natively, reading exported CSV back (`read`), merging
//! several hubs' files (`merge`) and the self-contained HTML report (`html`).
//!
//! No web dependencies: everything here is tested natively. The privacy rules of
//! `engine::tally` hold here too: nothing finer than a day comes in, and weeks only add up days.

pub mod chart;
pub mod weeks;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod merge;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;

pub use crate::engine::text::escape_html as escape;

#[cfg(test)]
mod tests {
    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            super::escape(r#"<b a="1">'&'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
        );
        assert_eq!(super::escape("Rent arrears"), "Rent arrears");
    }
}
