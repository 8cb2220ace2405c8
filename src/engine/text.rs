//! Text people type, made safe to keep and to pass on. What someone types (or what tampered
//! storage holds) goes into answers, the referral details, the clipboard, an email, the JSON
//! and a QR code, and is read by an adviser in whatever program they open it with. So:
//!
//! - Control characters go: a null byte or an escape sequence can break or trick the program
//!   reading it, and nobody types one on purpose.
//! - The bidirectional embedding, override and isolate controls go (U+202A–U+202E,
//!   U+2066–U+2069): they can make text display in another order than it reads, so a phone
//!   number or an amount could look like another ("Trojan Source"). The left-to-right and
//!   right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C) stay: people
//!   who write Arabic, Urdu or Persian type them to place punctuation and numbers, and they
//!   reorder nothing else.
//! - Line breaks stay only where the field is a text area, and always as a plain line feed;
//!   elsewhere they become a space, so a one-line value is one line wherever it is shown.
//!
//! Letters of every script, emoji (with their joiners) and ordinary punctuation are untouched.

/// What a person typed, without control or bidi override characters. With `multiline`, line
/// breaks (CR LF, CR, and the Unicode line and paragraph separators) become a line feed;
/// without it, each run of them becomes one space. A tab becomes a space. Nothing is trimmed:
/// the form parsers trim as before. Cleaning twice gives the same as cleaning once.
pub fn clean_typed(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    // Single-line: a run of line breaks is one space, not several.
    let mut after_break = false;
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            if multiline {
                out.push('\n');
            } else if !after_break {
                out.push(' ');
            }
            after_break = true;
            continue;
        }
        after_break = false;
        match c {
            '\t' => out.push(' '),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Characters some program reading the text takes as the end of a line: line feed, carriage
/// return, vertical tab, form feed, next line (U+0085), line and paragraph separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The embedding, override and isolate controls; not the marks (U+200E, U+200F, U+061C).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A value that must stay on one line: cleaned, line breaks as spaces.
pub fn one_line(s: &str) -> String {
    clean_typed(s, false)
}

/// A multi-line value as a quoted block for the plain-text summary: every line starts with
/// "> " (a blank line with ">"), so nothing the person or adviser wrote can start a line of
/// its own and pass for a heading. The quote mark is the one email uses for quoted text.
/// Blank lines before and after are left out.
pub fn quoted(s: &str) -> Vec<String> {
    clean_typed(s, true)
        .trim()
        .split('\n')
        .map(|l| {
            let l = l.trim_end();
            if l.is_empty() {
                ">".to_owned()
            } else {
                format!("> {l}")
            }
        })
        .collect()
}

/// Text made safe to put into HTML or SVG, as element content or a quoted attribute value:
/// for the files the tools write (the demand report, the leaflet), never for the app, which
/// renders text as text.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_go_and_letters_stay() {
        assert_eq!(clean_typed("a\u{0}b\u{202E}c", false), "abc");
        assert_eq!(clean_typed("a\u{1b}[31mb\u{7f}\u{9b}", false), "a[31mb");
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'] {
            assert_eq!(clean_typed(&format!("x{c}y"), true), "xy", "{c:?}");
        }
        for c in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert_eq!(clean_typed(&format!("x{c}y"), true), "xy", "{c:?}");
        }
        // Marks people writing right-to-left scripts type on purpose, and every script.
        for kept in [
            "\u{200F}مرحبا 123\u{200E}",
            "\u{61C}٣",
            "Cymraeg: ŵ ŷ",
            "Polski: żółć",
            "中文 ελληνικά русский עברית",
            "👩‍👧 family",
            "x\u{200C}y",
        ] {
            assert_eq!(clean_typed(kept, false), kept);
        }
    }

    #[test]
    fn line_breaks_are_kept_as_line_feeds_or_made_spaces() {
        let typed = "one\r\ntwo\rthree\n\nfour\u{2028}five\tsix";
        assert_eq!(
            clean_typed(typed, true),
            "one\ntwo\nthree\n\nfour\nfive six"
        );
        assert_eq!(clean_typed(typed, false), "one two three four five six");
        assert_eq!(clean_typed("a\r\n\r\nb", false), "a b");
    }

    #[test]
    fn cleaning_twice_changes_nothing_more() {
        let s = "a\r\n\u{0}\n\u{202E}b\u{85}\tc\u{2029}";
        for multiline in [true, false] {
            let once = clean_typed(s, multiline);
            assert_eq!(clean_typed(&once, multiline), once);
        }
    }

    #[test]
    fn quoted_blocks_mark_every_line() {
        assert_eq!(quoted("Keep my home"), vec!["> Keep my home"]);
        assert_eq!(
            quoted("\nFirst\r\n\r\nHEADING  \nlast\n\n"),
            vec!["> First", ">", "> HEADING", "> last"]
        );
    }
}
