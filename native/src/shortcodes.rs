//! Hugo `ref`/`relref` shortcodes in a document body, by the contract's grammar (`LinkKind` in
//! src/engine/contract.ts); the js engine's src/engine/js/shortcodes.ts is the same scan.

use crate::facts::{Link, LinkKind};
use crate::positions::LineIndex;

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b')
}

/// Bytes an unquoted value cannot hold (all ASCII, so byte tests are char tests).
fn is_unquoted_stop(b: u8) -> bool {
    is_space(b) || matches!(b, b'"' | b'`' | b'=' | b'>' | b'%' | b'}')
}

struct Parsed {
    end: usize,
    path: Option<String>,
    lang: Option<String>,
}

/// A value at `at` ending before `limit`: its decoded text and the byte offset after it.
fn read_value(text: &str, at: usize, limit: usize) -> Option<(String, usize)> {
    let bytes = &text.as_bytes()[..limit];
    match bytes.get(at) {
        Some(b'"') => {
            let mut value = String::new();
            let mut chars = text[at + 1..limit].char_indices();
            while let Some((i, c)) = chars.next() {
                match c {
                    '"' => return Some((value, at + 1 + i + 1)),
                    // A backslash gives the next character as it is.
                    '\\' => match chars.next() {
                        Some((_, next)) => value.push(next),
                        None => value.push('\\'),
                    },
                    _ => value.push(c),
                }
            }
            None
        }
        Some(b'`') => {
            let close = memchr::memchr(b'`', &bytes[at + 1..])?;
            Some((text[at + 1..at + 1 + close].to_string(), at + 1 + close + 1))
        }
        _ => {
            let mut i = at;
            while i < limit && !is_unquoted_stop(bytes[i]) {
                i += 1;
            }
            (i > at).then(|| (text[at..i].to_string(), i))
        }
    }
}

/// The shortcode whose `{{` is at `start` and that ends by `limit` (the next `{{`), or None.
fn parse_at(text: &str, start: usize, limit: usize) -> Option<Parsed> {
    let bytes = &text.as_bytes()[..limit];
    let open = *bytes.get(start + 2)?;
    if open != b'<' && open != b'%' {
        return None;
    }
    let close: &[u8] = if open == b'<' { b">}}" } else { b"%}}" };
    let mut i = start + 3;
    while i < bytes.len() && is_space(bytes[i]) {
        i += 1;
    }
    if bytes[i..].starts_with(b"relref") {
        i += 6;
    } else if bytes[i..].starts_with(b"ref") {
        i += 3;
    } else {
        return None;
    }
    let (mut positional, mut path, mut lang) = (None, None, None);
    loop {
        let before = i;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes[i..].starts_with(close) {
            return Some(Parsed {
                end: i + 3,
                path: positional.or(path),
                lang,
            });
        }
        if bytes.get(i) == Some(&b'/') && bytes[i + 1..].starts_with(close) {
            return Some(Parsed {
                end: i + 4,
                path: positional.or(path),
                lang,
            });
        }
        // Arguments are separated from the name and from each other by whitespace.
        if i == before {
            return None;
        }
        let mut key = None;
        if bytes.get(i).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_') {
            let mut k = i + 1;
            while k < bytes.len() && (bytes[k].is_ascii_alphanumeric() || bytes[k] == b'_') {
                k += 1;
            }
            let mut e = k;
            while e < bytes.len() && is_space(bytes[e]) {
                e += 1;
            }
            if bytes.get(e) == Some(&b'=') {
                key = Some(&text[i..k]);
                i = e + 1;
                while i < bytes.len() && is_space(bytes[i]) {
                    i += 1;
                }
            }
        }
        let (value, end) = read_value(text, i, limit)?;
        i = end;
        match key {
            None => positional = positional.or(Some(value)),
            Some("path") => path = path.or(Some(value)),
            Some("lang") => lang = lang.or(Some(value)),
            Some(_) => {}
        }
    }
}

/// Every `ref`/`relref` shortcode with a path in `text` from `body_start`, in source order.
pub fn links(text: &str, body_start: usize, index: &LineIndex) -> Vec<Link> {
    let mut out = Vec::new();
    let finder = memchr::memmem::Finder::new(b"{{");
    let bytes = text.as_bytes();
    let mut from = body_start;
    while let Some(found) = finder.find(&bytes[from..]) {
        let at = from + found;
        // A shortcode holds no other `{{`: parsing stops there, which also keeps the scan linear.
        let limit = finder
            .find(&bytes[(at + 2).min(bytes.len())..])
            .map_or(bytes.len(), |next| at + 2 + next);
        match parse_at(text, at, limit) {
            None => from = at + 1,
            Some(parsed) => {
                if let Some(target) = parsed.path {
                    let (line, column) = index.position(at);
                    out.push(Link {
                        kind: LinkKind::Shortcode,
                        image: false,
                        target,
                        lang: parsed.lang,
                        line,
                        column,
                        to: None,
                    });
                }
                from = parsed.end;
            }
        }
    }
    out
}

/// `shortcodes` merged into `links` (both in source order) by position; ties cannot occur (contract).
pub fn merge_by_position(links: Vec<Link>, shortcodes: Vec<Link>) -> Vec<Link> {
    if shortcodes.is_empty() {
        return links;
    }
    let mut out = Vec::with_capacity(links.len() + shortcodes.len());
    let mut rest = shortcodes.into_iter().peekable();
    for link in links {
        while let Some(s) = rest.next_if(|s| (s.line, s.column) < (link.line, link.column)) {
            out.push(s);
        }
        out.push(link);
    }
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_bytes;
    use crate::facts::LinkKind;

    fn shortcodes(body: &str) -> Vec<(String, Option<String>, usize, usize)> {
        extract_bytes("a.md".into(), body.as_bytes())
            .links
            .into_iter()
            .filter(|l| l.kind == LinkKind::Shortcode)
            .map(|l| (l.target, l.lang, l.line, l.column))
            .collect()
    }

    #[test]
    fn positional_named_and_both_delimiters() {
        let found = shortcodes(
            "[a]({{< ref \"a.md\" >}}) [b]({{% relref \"/b#x\" %}})\n{{<ref path=\"c\" lang=\"fr\" />}} {{< ref `d e` >}} {{< relref f.md >}}\n",
        );
        assert_eq!(
            found,
            vec![
                ("a.md".into(), None, 1, 5),
                ("/b#x".into(), None, 1, 29),
                ("c".into(), Some("fr".into()), 2, 1),
                ("d e".into(), None, 2, 32),
                ("f.md".into(), None, 2, 50),
            ]
        );
    }

    #[test]
    fn escapes_mismatched_delimiters_and_other_names_are_not_refs() {
        assert!(shortcodes(
            "{{</* ref \"a\" */>}} {{< ref \"a\" %}} {{< reference \"a\" >}} {{< figure src=\"a\" >}} {{< ref >}}\n"
        )
        .is_empty());
    }

    #[test]
    fn a_shortcode_holds_no_other_opener_and_the_scan_stays_linear() {
        let found = shortcodes("{{< ref \"{{x\" >}} {{< ref \"a\" >}}{{< ref \"b\" >}}\n");
        let targets: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(targets, vec!["a", "b"]);
        // Each `{{` is parsed only up to the next one: 1 MB of unclosed openers is fast.
        let text = "{{< ref \"a\" ".repeat(80_000);
        let start = std::time::Instant::now();
        assert!(shortcodes(&text).is_empty());
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn quoted_values_unescape_and_code_blocks_count() {
        let found = shortcodes("---\nt: 1\n---\n```\n{{< ref \"q\\\"é\" >}}\n```\n");
        assert_eq!(found, vec![("q\"é".into(), None, 5, 1)]);
    }

    #[test]
    fn merged_in_source_order_and_counted() {
        let d = extract_bytes("a.md".into(), "[x](y.md) {{< ref \"z\" >}} [w](v.md)\n".as_bytes());
        let kinds: Vec<LinkKind> = d.links.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LinkKind::Inline, LinkKind::Shortcode, LinkKind::Inline]);
        assert_eq!(d.metrics.links, 3);
    }
}
