//! Turning an export's free text into what a directory file holds: plain one-line words, ids,
//! opening hours, language codes, and Fluent values that say exactly those words.

/// The words of an export's text field as a person reads them: HTML tags taken out, the
/// common entities read, control and bidi override characters dropped (as from anything
/// typed), and all white space (line breaks included) one space. Exports carry HTML or
/// Markdown from their editors; the app shows text as text, so a tag left in would be shown
/// to people as `<p>`.
pub fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => {}
            _ => out.push(c),
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    crate::engine::text::one_line(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A web address a person can open: `http(s)://…`, or a bare domain such as
/// `www.example.org` (the app adds `https://`). Anything else (`javascript:`, a sentence)
/// is not one.
pub fn is_web_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let host = rest.split('/').next().unwrap_or("");
    !s.contains(char::is_whitespace)
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && (rest.len() != s.len() || !s.contains(':'))
}

/// An email address: one `@` with something either side, and no spaces.
pub fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), None) if !a.is_empty() && b.contains('.') && !s.contains(char::is_whitespace)
    )
}

/// Lowercase words joined by hyphens, as the directory's ids are: "St Piran's Food Share" is
/// `st-pirans-food-share`. Letters with accents (Welsh ŵ and ŷ, say) lose them.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in s.chars() {
        let c = fold(c);
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else if c != '\'' && c != '’' {
            gap = true;
        }
    }
    out
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => 'w',
        'ŷ' | 'ỳ' | 'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        c => c,
    }
}

/// The text as a Fluent message's value: one line, with the two characters Fluent reads as
/// syntax, `{` and `}`, written as string literals so they show as themselves.
pub fn fluent_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            c => out.push(c),
        }
    }
    out
}

/// A language named in an export, as the code the directory uses (`en`, `cy`, `pl`…): a
/// two- or three-letter code as it is, or an English or own name from this list. `None` for
/// a name the list does not have, which the report then names.
pub fn language_code(s: &str) -> Option<String> {
    let t = s.trim().to_lowercase();
    let primary = t.split(['-', '_']).next().unwrap_or("");
    if (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase()) {
        return Some(primary.to_owned());
    }
    let code = match t.as_str() {
        "english" => "en",
        "welsh" | "cymraeg" => "cy",
        "cornish" | "kernewek" => "kw",
        "polish" | "polski" => "pl",
        "arabic" => "ar",
        "romanian" => "ro",
        "portuguese" => "pt",
        "spanish" => "es",
        "french" => "fr",
        "italian" => "it",
        "german" => "de",
        "lithuanian" => "lt",
        "latvian" => "lv",
        "bulgarian" => "bg",
        "russian" => "ru",
        "ukrainian" => "uk",
        "turkish" => "tr",
        "kurdish" => "ku",
        "farsi" | "persian" => "fa",
        "dari" => "prs",
        "pashto" => "ps",
        "urdu" => "ur",
        "punjabi" => "pa",
        "bengali" | "bangla" => "bn",
        "gujarati" => "gu",
        "hindi" => "hi",
        "tamil" => "ta",
        "somali" => "so",
        "tigrinya" => "ti",
        "amharic" => "am",
        "chinese" | "mandarin" => "zh",
        "cantonese" => "yue",
        "vietnamese" => "vi",
        "british sign language" | "bsl" => "bfi",
        _ => return None,
    };
    Some(code.to_owned())
}

const DAYS: [(&str, &str); 7] = [
    ("MO", "Monday"),
    ("TU", "Tuesday"),
    ("WE", "Wednesday"),
    ("TH", "Thursday"),
    ("FR", "Friday"),
    ("SA", "Saturday"),
    ("SU", "Sunday"),
];

/// Weekly opening as words in GOV.UK's style: `("MO,TU,WE,TH,FR", "09:00:00", "17:00:00")` is
/// "Monday to Friday, 9am to 5pm". `None` when a part cannot be read: the report says so and
/// the service has no hours rather than guessed ones.
pub fn weekly_hours(byday: &str, opens: &str, closes: &str) -> Option<String> {
    let mut days = Vec::new();
    for d in byday.split(',') {
        let d = d.trim().to_uppercase();
        let i = DAYS.iter().position(|(code, _)| *code == d)?;
        if !days.contains(&i) {
            days.push(i);
        }
    }
    if days.is_empty() {
        return None;
    }
    days.sort_unstable();
    let names: Vec<&str> = days.iter().map(|&i| DAYS[i].1).collect();
    let consecutive = days.windows(2).all(|w| w[1] == w[0] + 1);
    let day_words = if days.len() >= 3 && consecutive {
        format!("{} to {}", names[0], names[names.len() - 1])
    } else {
        and_list(&names)
    };
    Some(format!(
        "{day_words}, {} to {}",
        clock(opens)?,
        clock(closes)?
    ))
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "09:00:00" is "9am", "17:30" is "5:30pm", "12:00" is "midday" (GOV.UK's style).
fn clock(t: &str) -> Option<String> {
    let mut parts = t.trim().split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next().unwrap_or("0").parse().ok()?;
    if h > 23 || m > 59 {
        return None;
    }
    Some(match (h, m) {
        (0, 0) => "midnight".to_owned(),
        (12, 0) => "midday".to_owned(),
        _ => {
            let (h12, half) = match h {
                0 => (12, "am"),
                1..=11 => (h, "am"),
                12 => (12, "pm"),
                _ => (h - 12, "pm"),
            };
            if m == 0 {
                format!("{h12}{half}")
            } else {
                format!("{h12}:{m:02}{half}")
            }
        }
    })
}

/// Who a service is for, by age, in words: "For people aged 16 to 25.", "For people aged 18
/// or over.", "For people aged 25 or under.". Signpost never asks a person's age, so these
/// limits can only be words people read.
pub fn age_words(min: Option<u64>, max: Option<u64>) -> Option<String> {
    match (min.filter(|&n| n > 0), max) {
        (Some(a), Some(b)) => Some(format!("For people aged {a} to {b}.")),
        (Some(a), None) => Some(format!("For people aged {a} or over.")),
        (None, Some(b)) => Some(format!("For people aged {b} or under.")),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_takes_out_tags_and_reads_entities() {
        assert_eq!(
            plain("<p>Free help with <b>debts</b>\n &amp; benefits.</p>"),
            "Free help with debts & benefits."
        );
        assert_eq!(plain("a &lt;b&gt; c"), "a <b> c");
        assert_eq!(plain("safe\u{202E}txt.exe\u{7}"), "safetxt.exe");
    }

    #[test]
    fn web_and_email_addresses() {
        assert!(is_web_address("https://kernow.example.org/debt"));
        assert!(is_web_address("www.example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("see our website"));
        assert!(is_email("help@kernow.example.org"));
        assert!(!is_email("help at kernow"));
        assert!(!is_email("a@b@c.org"));
    }

    #[test]
    fn slugs_are_lowercase_words() {
        assert_eq!(slug("St Piran's Food Share"), "st-pirans-food-share");
        assert_eq!(slug("  Gŵyl  -- Cymru! "), "gwyl-cymru");
        assert_eq!(slug("Money & Debt (Truro)"), "money-debt-truro");
    }

    #[test]
    fn fluent_values_escape_braces_only() {
        assert_eq!(fluent_value("a {b} c"), "a {\"{\"}b{\"}\"} c");
        assert_eq!(fluent_value("plain, text."), "plain, text.");
    }

    #[test]
    fn hours_read_like_gov_uk() {
        assert_eq!(
            weekly_hours("MO,TU,WE,TH,FR", "09:00:00", "17:00:00").as_deref(),
            Some("Monday to Friday, 9am to 5pm")
        );
        assert_eq!(
            weekly_hours("TH,TU", "10:00", "12:00").as_deref(),
            Some("Tuesday and Thursday, 10am to midday")
        );
        assert_eq!(
            weekly_hours("MO,WE,FR", "13:30", "16:15").as_deref(),
            Some("Monday, Wednesday and Friday, 1:30pm to 4:15pm")
        );
        assert_eq!(weekly_hours("XX", "09:00", "17:00"), None);
        assert_eq!(weekly_hours("MO", "25:00", "17:00"), None);
    }

    #[test]
    fn languages_by_code_or_name() {
        assert_eq!(language_code("Polish").as_deref(), Some("pl"));
        assert_eq!(language_code("cy-GB").as_deref(), Some("cy"));
        assert_eq!(
            language_code("British Sign Language").as_deref(),
            Some("bfi")
        );
        assert_eq!(language_code("Elvish"), None);
    }

    #[test]
    fn ages_in_words() {
        assert_eq!(
            age_words(Some(16), Some(25)).as_deref(),
            Some("For people aged 16 to 25.")
        );
        assert_eq!(
            age_words(Some(0), Some(25)).as_deref(),
            Some("For people aged 25 or under.")
        );
        assert_eq!(age_words(None, None), None);
    }
}
