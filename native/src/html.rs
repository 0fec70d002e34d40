//! Finds tags and comments in raw HTML source (an HTML block or one inline HTML construct):
//! `<a href>`, `<img src>`, `id`/`name` attributes and `docward-` comments. Follows the
//! CommonMark open-tag grammar (tag name, attribute name/value forms).

/// One thing found in HTML, with the byte offset of its `<` inside the scanned fragment.
#[derive(Debug, PartialEq)]
pub enum HtmlItem {
    Link { image: bool, target: String, offset: usize },
    Anchor { id: String, offset: usize },
    Comment { text: String, offset: usize },
}

/// Scans one HTML fragment; `mdx` adds the contract's JSX rules (`href` on any tag, `<Link to>`,
/// unquoted `{…}` values are expressions, not strings).
pub fn scan(fragment: &str, mdx: bool, out: &mut Vec<HtmlItem>) {
    let b = fragment.as_bytes();
    let mut i = 0;
    while let Some(rel) = b[i..].iter().position(|&c| c == b'<') {
        let start = i + rel;
        if b[start..].starts_with(b"<!--") {
            let body = start + 4;
            match fragment[body..].find("-->") {
                Some(end) => {
                    out.push(HtmlItem::Comment {
                        text: fragment[body..body + end].to_string(),
                        offset: start,
                    });
                    i = body + end + 3;
                }
                None => return, // an unclosed comment swallows the rest
            }
            continue;
        }
        match open_tag(b, start) {
            Some((end, name, attrs)) => {
                emit(fragment, start, name, &attrs, mdx, out);
                i = end;
            }
            None => i = start + 1,
        }
    }
}

type Attr = (std::ops::Range<usize>, Option<std::ops::Range<usize>>);

fn emit(src: &str, offset: usize, name: std::ops::Range<usize>, attrs: &[Attr], mdx: bool, out: &mut Vec<HtmlItem>) {
    let tag = &src[name];
    let bytes = src.as_bytes();
    for (i, (attr_name, value)) in attrs.iter().enumerate() {
        let attr = &src[attr_name.clone()];
        // The first occurrence of an attribute wins, as in HTML, even one without a value.
        if attrs[..i]
            .iter()
            .any(|(earlier, _)| src[earlier.clone()].eq_ignore_ascii_case(attr))
        {
            continue;
        }
        let Some(value) = value else { continue };
        // MDX: an unquoted `{…}` value is a JavaScript expression, not a string (no value).
        let quoted = value.start > 0 && matches!(bytes[value.start - 1], b'"' | b'\'');
        if mdx && !quoted && bytes.get(value.start) == Some(&b'{') {
            continue;
        }
        let value = || decode_entities(&src[value.clone()]);
        let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let href = is(attr, "href") && (mdx || is(tag, "a"));
        let to = mdx && is(tag, "link") && is(attr, "to");
        let src_attr = is(tag, "img") && is(attr, "src");
        if href || to || src_attr {
            out.push(HtmlItem::Link {
                image: src_attr,
                target: value(),
                offset,
            });
        }
        if is(attr, "id") || is(attr, "name") {
            out.push(HtmlItem::Anchor { id: value(), offset });
        }
    }
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b')
}

/// Parses `<name attrs... /?>` at `start`; returns (end offset, name range, attributes).
pub(crate) fn open_tag(b: &[u8], start: usize) -> Option<(usize, std::ops::Range<usize>, Vec<Attr>)> {
    let mut i = start + 1;
    if !b.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let name_start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    let name = name_start..i;
    let mut attrs = Vec::new();
    loop {
        let ws_start = i;
        while i < b.len() && is_ws(b[i]) {
            i += 1;
        }
        match b.get(i)? {
            b'>' => return Some((i + 1, name, attrs)),
            b'/' => return (b.get(i + 1) == Some(&b'>')).then_some((i + 2, name, attrs)),
            _ => {}
        }
        if i == ws_start {
            return None; // attributes must be separated by whitespace
        }
        let c = *b.get(i)?;
        if !(c.is_ascii_alphabetic() || c == b'_' || c == b':') {
            return None;
        }
        let an_start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.' | b':' | b'-')) {
            i += 1;
        }
        let attr_name = an_start..i;
        let mut j = i;
        while j < b.len() && is_ws(b[j]) {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            attrs.push((attr_name, None));
            continue;
        }
        j += 1;
        while j < b.len() && is_ws(b[j]) {
            j += 1;
        }
        let q = *b.get(j)?;
        let value = if q == b'"' || q == b'\'' {
            let close = b[j + 1..].iter().position(|&c| c == q)? + j + 1;
            i = close + 1;
            j + 1..close
        } else {
            let vs = j;
            while j < b.len() && !is_ws(b[j]) && !matches!(b[j], b'"' | b'\'' | b'=' | b'<' | b'>' | b'`') {
                j += 1;
            }
            if j == vs {
                return None;
            }
            i = j;
            vs..j
        };
        attrs.push((attr_name, Some(value)));
    }
}

/// Decodes only `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`, as the contract says for HTML values.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let table = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ];
        match table.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push(*c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<HtmlItem> {
        let mut v = Vec::new();
        scan(s, false, &mut v);
        v
    }

    fn mdx_items(s: &str) -> Vec<HtmlItem> {
        let mut v = Vec::new();
        scan(s, true, &mut v);
        v
    }

    #[test]
    fn mdx_jsx_links_and_expressions() {
        let link = |target: &str| HtmlItem::Link {
            image: false,
            target: target.into(),
            offset: 0,
        };
        assert_eq!(mdx_items("<Link to=\"/docs/x\">"), vec![link("/docs/x")]);
        assert_eq!(
            mdx_items("<Card href='/y/' id=card>"),
            vec![
                link("/y/"),
                HtmlItem::Anchor {
                    id: "card".into(),
                    offset: 0
                }
            ]
        );
        assert_eq!(mdx_items("<Card href={url} to=\"z\">"), vec![]);
        assert_eq!(mdx_items("<a href=\"{literal}\">"), vec![link("{literal}")]);
        assert!(mdx_items("<Link to={\"/x\"}>").is_empty());
        // Outside MDX only <a href> is a link.
        assert!(items("<Link to=\"/docs/x\"><Card href=\"/y/\">").is_empty());
    }

    #[test]
    fn finds_links_images_anchors_and_comments() {
        let src = "<div id=\"top\"><A HREF='x.md?a=1&amp;b=2'>x</a>\n<img alt=\"\" src=pic.png /><!-- docward-disable a --><a name=n>";
        let v = items(src);
        assert_eq!(
            v,
            vec![
                HtmlItem::Anchor {
                    id: "top".into(),
                    offset: 0
                },
                HtmlItem::Link {
                    image: false,
                    target: "x.md?a=1&b=2".into(),
                    offset: 14
                },
                HtmlItem::Link {
                    image: true,
                    target: "pic.png".into(),
                    offset: src.find("<img").unwrap()
                },
                HtmlItem::Comment {
                    text: " docward-disable a ".into(),
                    offset: src.find("<!--").unwrap()
                },
                HtmlItem::Anchor {
                    id: "n".into(),
                    offset: src.find("<a name").unwrap()
                },
            ]
        );
    }

    #[test]
    fn ignores_malformed_tags_and_tags_inside_comments() {
        assert!(items("<a href=\"unclosed> <1a id=x> a < b").is_empty());
        let v = items("<!-- <a href=x> -->");
        assert_eq!(
            v,
            vec![HtmlItem::Comment {
                text: " <a href=x> ".into(),
                offset: 0
            }]
        );
        assert!(items("<!-- open").is_empty());
    }

    #[test]
    fn decodes_only_the_five_entities() {
        assert_eq!(decode_entities("&amp;&lt;&gt;&quot;&#39;&copy;&"), "&<>\"'&copy;&");
    }

    #[test]
    fn the_first_occurrence_of_an_attribute_wins() {
        assert_eq!(
            items("<a HREF=one href=two id=x ID=y name=n>"),
            vec![
                HtmlItem::Link {
                    image: false,
                    target: "one".into(),
                    offset: 0
                },
                HtmlItem::Anchor {
                    id: "x".into(),
                    offset: 0
                },
                HtmlItem::Anchor {
                    id: "n".into(),
                    offset: 0
                },
            ]
        );
    }
}
