//! "Listen": which of the device's voices reads a page, and the page's text as the pieces it
//! is read in. The browser's speech synthesis does the speaking (`app::speech`); what is
//! decided here is plain data, tested natively.
//!
//! Only voices on the device are used. Some browsers also offer voices that send the text to
//! a server to be spoken (`localService` false): the text is the person's situation, and
//! nothing leaves the device unless they choose to share it.

/// One of the device's voices, as the browser describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    /// Its language tag, such as `en-GB` or `cy_GB`.
    pub lang: String,
    /// Speaks on the device, sending nothing anywhere.
    pub local: bool,
    /// The device's default voice.
    pub default: bool,
}

/// A language tag's parts, lowercase and with `-`: `cy_GB` is `["cy", "gb"]`.
fn parts(tag: &str) -> Vec<String> {
    tag.replace('_', "-")
        .to_lowercase()
        .split('-')
        .map(str::to_owned)
        .collect()
}

/// The voice that reads a page in `page_lang`: a local voice of the same language, the one
/// with the same region first (`en-GB` before `en-US`), then the device's default, then the
/// first listed. `None` when the device has no local voice for the language: the page then
/// shows no Listen control, rather than one reading Welsh with an English voice.
pub fn voice_for(page_lang: &str, voices: &[Voice]) -> Option<usize> {
    let page = parts(page_lang);
    let primary = page.first()?;
    voices
        .iter()
        .enumerate()
        .filter(|(_, v)| v.local && parts(&v.lang).first() == Some(primary))
        .max_by_key(|(i, v)| {
            let exact = parts(&v.lang) == page;
            // `max_by_key` keeps the last of equals: a smaller index must rank higher.
            (exact, v.default, std::cmp::Reverse(*i))
        })
        .map(|(i, _)| i)
}

/// What a page's text blocks (headings, paragraphs, list items, labels, in the order shown)
/// are read as: one piece per block, white space made single, empty blocks and a block that
/// repeats the one before left out. A block without closing punctuation gets a full stop,
/// so the voice pauses between a heading and what follows rather than running them together.
pub fn spoken_pieces(blocks: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in blocks {
        let text = b.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        let text = if text.ends_with(['.', '!', '?', ':', ';', '…', '؟', '۔', '。']) {
            text
        } else {
            format!("{text}.")
        };
        if out.last() != Some(&text) {
            out.push(text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(lang: &str, local: bool, default: bool) -> Voice {
        Voice {
            lang: lang.into(),
            local,
            default,
        }
    }

    #[test]
    fn the_voice_is_local_and_of_the_page_s_language() {
        let voices = [
            v("en-US", true, true),
            v("cy-GB", false, false),
            v("en-GB", true, false),
            v("pl-PL", true, false),
        ];
        assert_eq!(voice_for("en-GB", &voices), Some(2));
        assert_eq!(voice_for("pl", &voices), Some(3));
        // The only Welsh voice would send the text away: no Listen.
        assert_eq!(voice_for("cy", &voices), None);
        assert_eq!(voice_for("ar", &voices), None);
        assert_eq!(voice_for("", &voices), None);
    }

    #[test]
    fn without_the_same_region_the_default_then_the_first() {
        let voices = [v("en_AU", true, false), v("en-US", true, true)];
        assert_eq!(voice_for("en-GB", &voices), Some(1));
        let voices = [v("en-AU", true, false), v("en-US", true, false)];
        assert_eq!(voice_for("en-GB", &voices), Some(0));
        assert_eq!(voice_for("cy", &[v("CY_gb", true, false)]), Some(0));
    }

    #[test]
    fn pieces_pause_between_blocks_and_skip_empty_and_repeated_ones() {
        let blocks = [
            "Do you rent your home?".to_owned(),
            "  ".to_owned(),
            "Yes".to_owned(),
            "Yes".to_owned(),
            "No,\n  I own it".to_owned(),
            "هل تستأجر منزلك؟".to_owned(),
        ];
        assert_eq!(
            spoken_pieces(&blocks),
            [
                "Do you rent your home?",
                "Yes.",
                "No, I own it.",
                "هل تستأجر منزلك؟"
            ]
        );
    }
}
