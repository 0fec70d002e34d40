//! The contract's MDX flow rules: lines made only of JSX tags and lines holding one `{/* ... */}`
//! comment are blanked before the Markdown parse, so they never open HTML blocks or swallow the
//! fences, headings and links around them. `src/engine/js/mdx.ts` implements the same rules.

use std::ops::Range;

use crate::html::open_tag;

/// A masked body: the ranges below replaced by spaces (line endings kept), same length and offsets.
pub struct MdxMask {
    pub body: String,
    /// JSX tags (body offsets).
    pub tags: Vec<Range<usize>>,
    /// Comments (body offsets of `{/*` … `*/}`).
    pub comments: Vec<Range<usize>>,
}

impl MdxMask {
    /// The text between a comment's `/*` and `*/`.
    pub fn comment_text<'a>(body: &'a str, comment: &Range<usize>) -> &'a str {
        &body[comment.start + 3..comment.end - 3]
    }
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b')
}

/// `</name ws*>`, `</>` or `<>` at `at`: its end.
fn close_tag(b: &[u8], at: usize) -> Option<usize> {
    if b[at..].starts_with(b"<>") || b[at..].starts_with(b"</>") {
        return Some(at + if b[at + 1] == b'>' { 2 } else { 3 });
    }
    if !b[at..].starts_with(b"</") || !b.get(at + 2)?.is_ascii_alphabetic() {
        return None;
    }
    let mut i = at + 3;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    (b.get(i) == Some(&b'>')).then_some(i + 1)
}

fn tag_end(b: &[u8], at: usize) -> Option<usize> {
    open_tag(b, at).map(|(end, _, _)| end).or_else(|| close_tag(b, at))
}

fn skip_inline_space(b: &[u8], mut at: usize) -> usize {
    while at < b.len() && matches!(b[at], b' ' | b'\t') {
        at += 1;
    }
    at
}

fn is_line_end(b: &[u8], at: usize) -> bool {
    at >= b.len() || matches!(b[at], b'\n' | b'\r')
}

/// Offset just after the line ending at or after `at` (`\n`, `\r\n` or `\r`).
fn next_line(b: &[u8], mut at: usize) -> usize {
    while at < b.len() && !matches!(b[at], b'\n' | b'\r') {
        at += 1;
    }
    if b.get(at) == Some(&b'\r') && b.get(at + 1) == Some(&b'\n') {
        at + 2
    } else {
        at + 1
    }
}

/// Masks the body's JSX-only lines and comment lines; `keep_comments` lists comment starts left as text.
pub fn mask(body: &str, keep_comments: &[usize]) -> MdxMask {
    let b = body.as_bytes();
    let mut tags = Vec::new();
    let mut comments = Vec::new();
    let mut blank: Vec<Range<usize>> = Vec::new();
    let mut line = 0;
    while line < b.len() {
        let p = skip_inline_space(b, line);
        if b[p..].starts_with(b"{/*") && !keep_comments.contains(&p) {
            if let Some(close) = memchr::memmem::find(&b[p + 3..], b"*/}").map(|c| p + 3 + c) {
                if is_line_end(b, skip_inline_space(b, close + 3)) {
                    comments.push(p..close + 3);
                    blank.push(p..close + 3);
                    line = next_line(b, close + 3);
                    continue;
                }
            }
        } else if b.get(p) == Some(&b'<') {
            let from = tags.len();
            let mut q = p;
            while let Some(end) = tag_end(b, q) {
                tags.push(q..end);
                q = skip_inline_space(b, end);
            }
            if tags.len() > from && is_line_end(b, q) {
                blank.push(p..q);
                line = next_line(b, q);
                continue;
            }
            tags.truncate(from);
        }
        line = next_line(b, p);
    }
    if blank.is_empty() {
        return MdxMask {
            body: body.to_string(),
            tags,
            comments,
        };
    }
    let mut masked = b.to_vec();
    for r in blank {
        for c in &mut masked[r] {
            if !matches!(*c, b'\n' | b'\r') {
                *c = b' ';
            }
        }
    }
    MdxMask {
        // Whole characters were replaced by ASCII spaces, line endings kept: still UTF-8.
        body: String::from_utf8(masked).expect("masking keeps UTF-8"),
        tags,
        comments,
    }
}

/// An MDX ATX heading's text when its source line ends with a comment (`## Title {/*an_id*/}`): the
/// comment is an expression, not Markdown, so the text from its last `{/` on is the comment's source.
/// `source`: the heading's source from its `#` (any line ending is cut off).
pub fn heading_comment_text(heading_text: &str, source: &str) -> Option<String> {
    let line = source.split(['\r', '\n']).next().unwrap_or("");
    let mut line = line.trim_end_matches([' ', '\t']);
    // An ATX closing sequence: `#`s after a space or tab.
    let hashes = line.trim_end_matches('#');
    if hashes.len() < line.len() && hashes.ends_with([' ', '\t']) {
        line = hashes.trim_end_matches([' ', '\t']);
    }
    if !line.ends_with("*/}") || line.len() < 6 {
        return None;
    }
    let open = line[..line.len() - 3].rfind("{/*")?;
    let from = heading_text.rfind("{/")?;
    Some(format!("{}{}", &heading_text[..from], &line[open..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_comment_keeps_its_source_in_the_heading_text() {
        let text = |rendered: &str, source: &str| heading_comment_text(rendered, source);
        assert_eq!(
            text(
                "Where you can go {/where-you-can-go/}",
                "## Where you _can_ go {/*where-you-_can_-go*/}\n"
            )
            .as_deref(),
            Some("Where you can go {/*where-you-_can_-go*/}")
        );
        assert_eq!(
            text("Closed {/*c_d_*/}", "### Closed {/*c_d_*/} ###\r\n").as_deref(),
            Some("Closed {/*c_d_*/}")
        );
        assert_eq!(
            text("Two {/a/} {/b/}", "## Two {/*a*/} {/*b*/}").as_deref(),
            Some("Two {/a/} {/*b*/}")
        );
        assert_eq!(text("Mid {/x/} tail", "## Mid {/*x*/} tail"), None);
        assert_eq!(text("Short {/*/}", "## Short {/*/}"), None);
        assert_eq!(text("No comment", "## No comment */}"), None);
    }

    #[test]
    fn jsx_only_lines_and_comment_lines_are_blanked() {
        let body =
            "<Tabs>\n  <TabItem label=\"a\"> </TabItem>\n<Aside>text</Aside>\n{/* c\n# x */}\n{/* no */} text\n</>\n";
        let m = mask(body, &[]);
        assert_eq!(m.body.len(), body.len());
        assert_eq!(
            m.body,
            format!(
                "{}\n{}\n<Aside>text</Aside>\n{}\n{}\n{{/* no */}} text\n   \n",
                " ".repeat(6),
                " ".repeat(32),
                " ".repeat(5),
                " ".repeat(7)
            )
        );
        let tags: Vec<&str> = m.tags.iter().map(|r| &body[r.clone()]).collect();
        assert_eq!(tags, vec!["<Tabs>", "<TabItem label=\"a\">", "</TabItem>", "</>"]);
        assert_eq!(
            m.comments
                .iter()
                .map(|c| MdxMask::comment_text(body, c))
                .collect::<Vec<_>>(),
            vec![" c\n# x "]
        );
        assert_eq!(mask(body, &[m.comments[0].start]).comments.len(), 0);
    }

    #[test]
    fn multibyte_text_keeps_its_bytes() {
        let body = "<Card title=\"é\" />\nà\n";
        let m = mask(body, &[]);
        assert_eq!(m.body, format!("{}\nà\n", " ".repeat("<Card title=\"é\" />".len())));
    }
}
