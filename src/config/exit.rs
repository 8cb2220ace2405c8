//! Where quick exit may go. The address must be one every browser opens: a person fleeing a
//! page must never be left on a blank Signpost page because `location.replace` refused the
//! address after the page was hidden. So the rule is stricter than the URL standard, never
//! looser: `https://`, a public host name (letters, digits and hyphens in dot-separated
//! labels, as DNS allows), an optional port from 1 to 65535, then a path, query and fragment
//! of plain printable ASCII with well-formed `%XX` escapes. Anything else (user names, IP
//! literals, bare hosts, non-ASCII, odd ports) is refused and the default page is used. The
//! web app also asks the browser's own parser before it accepts an address
//! (`app::mode::browser_accepts`), so both have to agree.

/// Where quick exit goes unless the hub chooses: a page nobody would look twice at on a
/// shared or watched screen.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";
const MAX_URL: usize = 2000;
const MAX_HOST: usize = 253;
const MAX_LABEL: usize = 63;

/// The address, trimmed, when quick exit can safely go there.
pub fn exit_url(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() > MAX_URL || !s.is_ascii() {
        return None;
    }
    let rest = s
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &s[8..])?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = match authority.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    (host_ok(host) && port.is_none_or(port_ok) && tail_ok(tail)).then(|| s.to_owned())
}

/// A DNS name with at least two labels, whose last label is not a number (so no IP
/// addresses: a neutral page is a named site).
fn host_ok(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=MAX_LABEL).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    host.len() <= MAX_HOST
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels
            .last()
            .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()))
}

fn port_ok(port: &str) -> bool {
    (1..=5).contains(&port.len())
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p))
}

/// Path, query and fragment: printable ASCII without the characters the URL standard
/// escapes or rejects, and `%` only as the start of a two-digit escape.
fn tail_ok(tail: &str) -> bool {
    let b = tail.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = |j: usize| b.get(j).is_some_and(u8::is_ascii_hexdigit);
                if !(hex(i + 1) && hex(i + 2)) {
                    return false;
                }
                i += 3;
                continue;
            }
            b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}' => return false,
            c if !c.is_ascii_graphic() => return false,
            _ => {}
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_https_pages_are_accepted() {
        for ok in [
            "https://www.bbc.co.uk/weather",
            "HTTPS://example.org",
            " https://example.org/ ",
            "https://example.org:8443/a?b=c#d",
            "https://news.example.co.uk/a/b-c_d~e?q=1&r=%20x#top",
            "https://xn--bcher-kva.example/",
            "https://example.org:65535",
            "https://example.org:1/",
        ] {
            assert!(exit_url(ok).is_some(), "{ok}");
        }
    }

    /// The addresses that passed the old check and made `location.replace` throw
    /// after the page was hidden, and others like them.
    #[test]
    fn addresses_a_browser_might_refuse_are_not() {
        for bad in [
            "https://a:b",
            "https://:443",
            "https://example.org:99999",
            "https://[x]",
            "https://[::1]/",
            "https://example.org:0",
            "https://example.org:",
            "https://example.org:+80",
            "https://example.org:80:80",
            "https://localhost/",
            "https://127.0.0.1/",
            "https://10.0.0.1:8080",
            "https://-example.org",
            "https://example-.org",
            "https://exa_mple.org",
            "https://example..org",
            "https://.example.org",
            "https://example.org.",
            "https://bücher.example/",
            "https://example.org/ü",
            "https://example.org/%",
            "https://example.org/%zz",
            "https://example.org/%2",
            "https://example.org/a{b}",
            "https://example.org/a|b",
            "https://example.org/a`b",
            "https://example.org/a\\b",
            "https://example.org/\u{0}",
            "https://example.org/a\tb",
            "http://example.org",
            "javascript:alert(1)",
            "data:text/html;base64,PGgxPg==",
            "https://",
            "https:///path",
            "https://user@evil.example",
            "https://user:pw@evil.example",
            "https://exa mple.org",
            "https://example.org/\"><script>",
            "//example.org",
            "",
        ] {
            assert!(exit_url(bad).is_none(), "{bad}");
        }
        let long_label = format!("https://{}.org", "a".repeat(64));
        assert!(exit_url(&long_label).is_none());
        assert!(exit_url(&format!("https://example.org/{}", "a".repeat(MAX_URL))).is_none());
    }

    #[test]
    fn the_default_passes_its_own_rule() {
        assert_eq!(
            exit_url(DEFAULT_EXIT_URL).as_deref(),
            Some(DEFAULT_EXIT_URL)
        );
    }
}
