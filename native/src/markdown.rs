//! Markdown body → headings, links, code blocks, HTML anchors, suppressions and word count,
//! from pulldown-cmark events mapped back to file positions.

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::bytecount;
use crate::complexity::InlineBudget;
use crate::facts::{Anchor, CodeBlock, FileProblem, Heading, HeadingStyle, Link, LinkKind, Metrics, Suppression};
use crate::html::{self, HtmlItem};
use crate::mdx::{self, MdxMask};
use crate::positions::LineIndex;

#[derive(Default, Debug)]
pub struct BodyFacts {
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
    pub code_blocks: Vec<CodeBlock>,
    pub anchors: Vec<Anchor>,
    pub suppressions: Vec<Suppression>,
    pub metrics: Metrics,
    /// The contract's inline-marker budget was passed (the facts are then not used).
    pub too_complex: Option<FileProblem>,
}

fn options(mdx: bool) -> Options {
    let gfm =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES;
    // MDX's grammar has no HTML blocks: `<` at a line start is JSX, read inline.
    if mdx {
        gfm | Options::DISABLE_HTML_BLOCKS
    } else {
        gfm
    }
}

/// Counts maximal runs of non-whitespace across text fed in pieces; `gap` acts as whitespace.
#[derive(Default)]
struct WordCounter {
    words: usize,
    in_word: bool,
}

impl WordCounter {
    fn text(&mut self, s: &str) {
        let Some(&last) = s.as_bytes().last() else { return };
        // Continuation bytes never follow whitespace, so counting bytes counts runs.
        self.words += bytecount::word_starts(s.as_bytes(), !self.in_word);
        self.in_word = !bytecount::is_space(last);
    }
    fn gap(&mut self) {
        self.in_word = false;
    }
}

struct OpenHeading {
    /// Byte offset of the heading's first character.
    at: usize,
    level: u8,
    text: String,
    line: usize,
    column: usize,
    style: HeadingStyle,
}

/// Extracts facts from `text[body_start..]`; positions are those of `text` (the whole file).
/// `mdx`: the contract's MDX rules (ESM paragraphs skipped, JSX lines and comments masked, JSX attributes).
pub fn extract(text: &str, body_start: usize, index: &LineIndex, mdx: bool) -> BodyFacts {
    if !mdx {
        return walk(text, body_start, &text[body_start..], index, None);
    }
    let body = &text[body_start..];
    let mask = mdx::mask(body, &[]);
    let facts = walk(text, body_start, &mask.body, index, Some(&mask));
    if facts.too_complex.is_some() {
        return facts;
    }
    // A comment that turns out to start inside a code block is code: parse again with it kept.
    let keep: Vec<usize> = mask
        .comments
        .iter()
        .filter(|c| in_code(&facts.code_blocks, index, body_start + c.start))
        .map(|c| c.start)
        .collect();
    if keep.is_empty() {
        return facts;
    }
    let again = mdx::mask(body, &keep);
    // The too-complex guard judged the first parse (as the js engine's guard does).
    BodyFacts {
        too_complex: None,
        ..walk(text, body_start, &again.body, index, Some(&again))
    }
}

/// Whether the file offset's line lies inside a code block.
fn in_code(code_blocks: &[CodeBlock], index: &LineIndex, offset: usize) -> bool {
    let line = index.line(offset);
    code_blocks.iter().any(|c| c.line <= line && line <= c.end_line)
}

/// Walks the parse of `parsed` (the body, or an MDX mask of it: same offsets).
fn walk(text: &str, body_start: usize, parsed: &str, index: &LineIndex, mask: Option<&MdxMask>) -> BodyFacts {
    let mdx = mask.is_some();
    let body = &text[body_start..];
    let mut facts = BodyFacts::default();
    let mut words = WordCounter::default();
    let mut heading: Option<OpenHeading> = None;
    let mut in_code = false;
    let mut html_items = Vec::new();
    // Open block tags (0 = at the document's top level), and whether an ESM paragraph is being skipped.
    let mut depth = 0usize;
    let mut in_esm = false;
    let mut budget = InlineBudget::default();

    for (event, range) in Parser::new_ext(parsed, options(mdx)).into_offset_iter() {
        let start = body_start + range.start;
        let end = body_start + range.end;
        // Before the ESM skip: the guard sees the parse, not the facts.
        match &event {
            Event::Start(tag) if is_inline(tag) => budget.inline(start, end),
            Event::End(tag) if is_inline_end(tag) => budget.inline(start, end),
            Event::Text(_) if in_code => {}
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_) => budget.inline(start, end),
            _ => budget.boundary(text, index),
        }
        if in_esm {
            // A paragraph holds only inline content: the first paragraph end is the ESM's.
            in_esm = !matches!(event, Event::End(TagEnd::Paragraph));
            continue;
        }
        match &event {
            Event::Start(tag) if !is_inline(tag) => {
                if mdx && depth == 0 && matches!(tag, Tag::Paragraph) && is_esm(&body[range.start..]) {
                    in_esm = true;
                    continue;
                }
                depth += 1;
            }
            Event::End(tag_end) if !is_inline_end(tag_end) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(tag) => {
                if !is_inline(&tag) {
                    words.gap();
                }
                match tag {
                    Tag::Heading { level, .. } => {
                        let at = index.skip_whitespace(start);
                        let (line, column) = index.position(at);
                        let style = if is_atx_at(&text.as_bytes()[at..]) {
                            HeadingStyle::Atx
                        } else {
                            HeadingStyle::Setext
                        };
                        heading = Some(OpenHeading {
                            at,
                            level: level as u8,
                            text: String::new(),
                            line,
                            column,
                            style,
                        });
                    }
                    Tag::Link {
                        link_type, dest_url, ..
                    } => facts.links.push(link(link_type, &dest_url, false, start, index)),
                    Tag::Image {
                        link_type, dest_url, ..
                    } => facts.links.push(link(link_type, &dest_url, true, start, index)),
                    Tag::CodeBlock(kind) => {
                        in_code = true;
                        let (fenced, lang) = match kind {
                            CodeBlockKind::Fenced(info) => {
                                (true, info.split_whitespace().next().unwrap_or("").to_string())
                            }
                            CodeBlockKind::Indented => (false, String::new()),
                        };
                        let line = index.construct_position(start).0;
                        let end_line = index.line(last_content_byte(text, start, end));
                        facts.code_blocks.push(CodeBlock {
                            lang,
                            fenced,
                            line,
                            end_line,
                        });
                    }
                    Tag::HtmlBlock => scan_html(text, start, end, mdx, &mut html_items),
                    _ => {}
                }
            }
            Event::End(tag_end) => {
                if !is_inline_end(&tag_end) {
                    words.gap();
                }
                match tag_end {
                    TagEnd::Heading(_) => {
                        if let Some(h) = heading.take() {
                            let plain = js_trim(&h.text);
                            let commented = (mdx && h.style == HeadingStyle::Atx)
                                .then(|| mdx::heading_comment_text(plain, &text[h.at..end]))
                                .flatten();
                            facts.headings.push(Heading {
                                level: h.level,
                                text: commented.unwrap_or_else(|| plain.to_string()),
                                line: h.line,
                                column: h.column,
                                style: h.style,
                            });
                        }
                    }
                    TagEnd::CodeBlock => in_code = false,
                    _ => {}
                }
            }
            Event::Text(t) => {
                if !in_code {
                    words.text(&t);
                    if let Some(h) = heading.as_mut() {
                        h.text.push_str(&t);
                    }
                }
            }
            Event::Code(t) => {
                words.gap();
                if let Some(h) = heading.as_mut() {
                    h.text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                words.gap();
                if let Some(h) = heading.as_mut() {
                    h.text.push(' ');
                }
            }
            Event::InlineHtml(_) => {
                words.gap();
                scan_html(text, start, end, mdx, &mut html_items);
            }
            Event::TaskListMarker(_) => {
                words.gap();
                // A setext heading as an item's first block: micromark keeps `[x]` as heading
                // text (no task), so the marker and the space after it join the heading.
                if let Some(h) = heading.as_mut().filter(|h| h.text.is_empty() && h.at >= end) {
                    words.text(&text[start..h.at]);
                    h.text.push_str(&text[start..h.at]);
                    (h.line, h.column) = index.position(start);
                    h.at = start;
                }
            }
            Event::Html(_) | Event::Rule | Event::InlineMath(_) | Event::DisplayMath(_) => words.gap(),
            Event::FootnoteReference(_) => {}
        }
    }

    if let Some(mask) = mask {
        add_masked_items(mask, text, body_start, index, &facts.code_blocks, &mut html_items);
    }
    for item in html_items {
        match item {
            HtmlItem::Link { image, target, offset } => {
                let (line, column) = index.position(offset);
                facts.links.push(Link {
                    kind: LinkKind::Html,
                    image,
                    target,
                    lang: None,
                    line,
                    column,
                    to: None,
                });
            }
            HtmlItem::Anchor { id, offset } => {
                let (line, column) = index.position(offset);
                facts.anchors.push(Anchor { id, line, column });
            }
            HtmlItem::Comment { text, offset } => {
                if let Some(s) = suppression(&text) {
                    let (line, column) = index.position(offset);
                    facts.suppressions.push(Suppression {
                        directive: s.0,
                        rules: s.1,
                        line,
                        column,
                    });
                }
            }
        }
    }
    budget.boundary(text, index);
    facts.too_complex = budget.problem;
    facts.links.sort_by_key(|l| (l.line, l.column));
    facts.metrics = Metrics {
        words: words.words,
        headings: facts.headings.len(),
        links: facts.links.len(),
        code_blocks: facts.code_blocks.len(),
    };
    facts
}

/// Scans the source slice `[start, end)` of `text` for HTML items, offsets made file-absolute.
fn scan_html(text: &str, start: usize, end: usize, mdx: bool, out: &mut Vec<HtmlItem>) {
    let from = out.len();
    html::scan(&text[start..end], mdx, out);
    for item in &mut out[from..] {
        match item {
            HtmlItem::Link { offset, .. } | HtmlItem::Anchor { offset, .. } | HtmlItem::Comment { offset, .. } => {
                *offset += start
            }
        }
    }
}

/// The HTML items of masked JSX tags and the comments of masked `{/* */}`, outside code, in source order.
fn add_masked_items(
    mask: &MdxMask,
    text: &str,
    body_start: usize,
    index: &LineIndex,
    code_blocks: &[CodeBlock],
    out: &mut Vec<HtmlItem>,
) {
    let body = &text[body_start..];
    for tag in &mask.tags {
        if !in_code(code_blocks, index, body_start + tag.start) {
            scan_html(text, body_start + tag.start, body_start + tag.end, true, out);
        }
    }
    for comment in &mask.comments {
        if !in_code(code_blocks, index, body_start + comment.start) {
            out.push(HtmlItem::Comment {
                text: MdxMask::comment_text(body, comment).to_string(),
                offset: body_start + comment.start,
            });
        }
    }
    // Stable: items of one tag keep their order.
    out.sort_by_key(|item| match item {
        HtmlItem::Link { offset, .. } | HtmlItem::Anchor { offset, .. } | HtmlItem::Comment { offset, .. } => *offset,
    });
}

fn link(link_type: LinkType, dest: &str, image: bool, start: usize, index: &LineIndex) -> Link {
    let (kind, target) = match link_type {
        LinkType::Inline => (LinkKind::Inline, dest.to_string()),
        LinkType::Autolink => (LinkKind::Autolink, dest.to_string()),
        LinkType::Email => (LinkKind::Autolink, format!("mailto:{dest}")),
        _ => (LinkKind::Reference, dest.to_string()),
    };
    let (line, column) = index.construct_position(start);
    Link {
        kind,
        image,
        target,
        lang: None,
        line,
        column,
        to: None,
    }
}

/// `<!-- docward-<directive> rule, rule -->` → (directive, rules); None for other comments.
fn suppression(comment: &str) -> Option<(String, Vec<String>)> {
    let rest = js_trim(comment).strip_prefix("docward-")?;
    let is_ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    let directive = rest.split(is_ws).next().unwrap_or("");
    let rules = rest[directive.len()..]
        .split(|c: char| c == ',' || is_ws(c))
        .filter(|w| !w.is_empty());
    Some((directive.to_string(), rules.map(str::to_string).collect()))
}

/// MDX ESM: after spaces and tabs, `import` or `export` and a space or tab.
fn is_esm(source: &str) -> bool {
    let rest = source.trim_start_matches([' ', '\t']);
    ["import", "export"]
        .iter()
        .any(|k| rest.strip_prefix(k).is_some_and(|after| after.starts_with([' ', '\t'])))
}

fn is_inline(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// An ATX heading opener: 1–6 `#` then a space, tab, line end or end of input.
fn is_atx_at(b: &[u8]) -> bool {
    let hashes = b.iter().take_while(|&&c| c == b'#').count();
    (1..=6).contains(&hashes) && matches!(b.get(hashes), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
}

/// The byte whose line ends the code block: its last non-whitespace byte (space, tab, CR, LF),
/// so trailing blank lines of an unclosed fence do not count.
fn last_content_byte(text: &str, start: usize, end: usize) -> usize {
    let b = &text.as_bytes()[start..end];
    b.iter()
        .rposition(|c| !matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        .map_or(start, |i| start + i)
}

/// `String.prototype.trim` of JS: strips Unicode white space and line terminators.
pub fn js_trim(s: &str) -> &str {
    s.trim_matches(|c: char| {
        matches!(
            c,
            '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
                ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mdx_esm_paragraphs_give_nothing_and_jsx_links_count() {
        let text = "import X from './x'\nexport const a = [1](y.md)\n\n# T\n\n> import z from 'q'\n\nimportant [k](k.md)\n\n<Link to=\"/l\">L</Link>\n";
        let f = extract(text, 0, &LineIndex::new(text), true);
        let targets: Vec<&str> = f.links.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, vec!["k.md", "/l"]);
        assert_eq!(f.headings.len(), 1);
        // `> import z from 'q'` is inside a block quote: text (4 words), plus T, important, k, and L
        // (MDX has no HTML blocks: the `<Link ...>L</Link>` line is a paragraph; outside MDX it is one).
        assert_eq!(f.metrics.words, 8);
        let md = extract(text, 0, &LineIndex::new(text), false);
        assert_eq!(
            md.links.iter().map(|l| l.target.as_str()).collect::<Vec<_>>(),
            vec!["y.md", "k.md"]
        );
    }

    fn facts(text: &str) -> BodyFacts {
        extract(text, 0, &LineIndex::new(text), false)
    }

    fn link_tuples(f: &BodyFacts) -> Vec<(LinkKind, bool, &str, usize, usize)> {
        f.links
            .iter()
            .map(|l| (l.kind, l.image, l.target.as_str(), l.line, l.column))
            .collect()
    }

    #[test]
    fn headings_have_plain_text_style_and_positions() {
        let f =
            facts("  ## A `code` *em* ![alt](x.png) <b>x</b>&amp; \\*  \n\nSetext *one*\nline two\n---\n\n#foo\n===\n");
        let h: Vec<_> = f
            .headings
            .iter()
            .map(|h| (h.level, h.text.as_str(), h.line, h.column, h.style))
            .collect();
        assert_eq!(
            h,
            vec![
                (2, "A code em alt x& *", 1, 3, HeadingStyle::Atx),
                (2, "Setext one line two", 3, 1, HeadingStyle::Setext),
                (1, "#foo", 7, 1, HeadingStyle::Setext),
            ]
        );
    }

    #[test]
    fn links_of_every_kind_with_decoded_targets() {
        let text = "[a](<b c.md> \"t\") ![i][r] [r] <https://x.y/?a&amp;b> <me@x.org>\n\n[r]: ref&amp;.md\n\ntext <a href=\"h.md\">x</a> <img src='p.png'>\n";
        let f = facts(text);
        assert_eq!(
            link_tuples(&f),
            vec![
                (LinkKind::Inline, false, "b c.md", 1, 1),
                (LinkKind::Reference, true, "ref&.md", 1, 19),
                (LinkKind::Reference, false, "ref&.md", 1, 27),
                // Autolinks are not entity-decoded (CommonMark).
                (LinkKind::Autolink, false, "https://x.y/?a&amp;b", 1, 31),
                (LinkKind::Autolink, false, "mailto:me@x.org", 1, 54),
                (LinkKind::Html, false, "h.md", 5, 6),
                (LinkKind::Html, true, "p.png", 5, 27),
            ]
        );
        assert_eq!(f.metrics.links, 7);
    }

    #[test]
    fn bare_urls_are_text_and_nothing_inside_code_counts() {
        let f = facts("see www.x.com and http://y.z\n\n```\n[no](link) <a href=x> <!-- docward-disable -->\n```\n\n`<a id=z>` [^1]\n\n    # not a heading\n    [no](x)\n\n\n");
        assert!(f.links.is_empty());
        assert!(f.anchors.is_empty());
        assert!(f.suppressions.is_empty());
        assert!(f.headings.is_empty());
        let cb: Vec<_> = f
            .code_blocks
            .iter()
            .map(|c| (c.lang.as_str(), c.fenced, c.line, c.end_line))
            .collect();
        assert_eq!(cb, vec![("", true, 3, 5), ("", false, 9, 10)]);
    }

    #[test]
    fn code_block_lang_is_the_first_word_and_unclosed_fences_run_to_the_end() {
        let f = facts("> ```rust title=x\n> let a = 1;\n> ```\n\n~~~ py\nx\n");
        let cb: Vec<_> = f
            .code_blocks
            .iter()
            .map(|c| (c.lang.as_str(), c.line, c.end_line))
            .collect();
        assert_eq!(cb, vec![("rust", 1, 3), ("py", 5, 6)]);
    }

    #[test]
    fn html_anchors_and_suppressions_from_blocks_and_inline_html() {
        let text = "<div id=\"a&amp;b\">\n<a name=top></a>\n</div>\n\n<!-- docward-disable-next-line rule-a, rule-b -->\ntext <span id=in>x</span> <!--docward-enable-->\n<!-- not ours -->\n";
        let f = facts(text);
        let anchors: Vec<_> = f.anchors.iter().map(|a| (a.id.as_str(), a.line, a.column)).collect();
        assert_eq!(anchors, vec![("a&b", 1, 1), ("top", 2, 1), ("in", 6, 6)]);
        let s: Vec<_> = f
            .suppressions
            .iter()
            .map(|s| (s.directive.as_str(), s.rules.clone(), s.line, s.column))
            .collect();
        assert_eq!(
            s,
            vec![
                (
                    "disable-next-line",
                    vec!["rule-a".to_string(), "rule-b".to_string()],
                    5,
                    1
                ),
                ("enable", vec![], 6, 27),
            ]
        );
    }

    #[test]
    fn words_follow_the_contract_definition() {
        // `**a**b` is one word; code spans, HTML and breaks separate; code blocks and tables count.
        let text = "**a**b c`x`d e<br>f\n\n| h1 | h2 |\n|---|---|\n| x y | z |\n\n```\nnot counted\n```\n- [ ] task item\n> quote\u{a0}nbsp\n";
        // ab c d e f | h1 h2 x y z | task item | quote<nbsp>nbsp
        assert_eq!(facts(text).metrics.words, 5 + 5 + 2 + 1);
    }

    #[test]
    fn positions_in_crlf_and_unicode_text() {
        let text = "é\r\n\r\né\t[x](y) — [z](w)\r\n";
        let f = facts(text);
        let pos: Vec<_> = f.links.iter().map(|l| (l.line, l.column)).collect();
        assert_eq!(pos, vec![(3, 3), (3, 12)]);
    }

    #[test]
    fn a_task_marker_before_a_setext_heading_is_heading_text() {
        let f = facts("- [x] foo *b*\n  ---\n- [ ]  bar\n  ===\n");
        let h: Vec<_> = f.headings.iter().map(|h| (h.text.as_str(), h.line, h.column)).collect();
        assert_eq!(h, vec![("[x] foo b", 1, 3), ("[ ]  bar", 3, 3)]);
        assert_eq!(f.metrics.words, 6);
    }

    #[test]
    fn suppression_directive_ends_at_whitespace_only() {
        assert_eq!(
            suppression(" docward-disable,a b "),
            Some(("disable,a".into(), vec!["b".into()]))
        );
        assert_eq!(suppression("docward-enable"), Some(("enable".into(), vec![])));
        assert_eq!(
            suppression("\tdocward-disable\n a,,b ,c"),
            Some(("disable".into(), vec!["a".into(), "b".into(), "c".into()]))
        );
        assert_eq!(suppression("docwardx"), None);
    }
}
