//! One document's facts: problem detection (size, read, encoding) then frontmatter + Markdown.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::complexity;
use crate::facts::{DocumentFacts, FileProblem, ProblemKind};
use crate::frontmatter;
use crate::markdown;
use crate::positions::LineIndex;
use crate::shortcodes;

const BINARY_SNIFF_BYTES: usize = 8000;

pub fn with_problem(
    path: String,
    bytes: u64,
    kind: ProblemKind,
    message: String,
    line: Option<usize>,
) -> DocumentFacts {
    DocumentFacts {
        path,
        bytes,
        problem: Some(FileProblem { kind, message, line }),
        ..Default::default()
    }
}

/// Opens, stats, reads and extracts one regular file; the content is dropped on return.
/// `mdx`: read with the contract's MDX rules (an `.mdx` path, or one the scan's `mdx` globs name).
pub fn extract_file(path: String, abs: &Path, max_bytes: u64, mdx: bool) -> DocumentFacts {
    let unreadable = |path, size, e: std::io::Error| {
        with_problem(path, size, ProblemKind::Unreadable, format!("cannot read: {e}"), None)
    };
    // One open and an fstat: a path-based stat would repeat the directory lookup.
    let mut file = match File::open(abs) {
        Ok(f) => f,
        Err(e) => return unreadable(path, 0, e),
    };
    let size = match file.metadata() {
        Ok(m) => m.len(),
        Err(e) => return unreadable(path, 0, e),
    };
    if size > max_bytes {
        let message = format!("file is {size} bytes, over the limit of {max_bytes} bytes");
        return with_problem(path, size, ProblemKind::TooLarge, message, None);
    }
    // Read exactly the stat'd size: read_to_end would stat and seek again to size its buffer.
    let mut bytes = vec![0u8; size as usize];
    let mut filled = 0;
    while filled < bytes.len() {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return unreadable(path, size, e),
        }
    }
    bytes.truncate(filled);
    extract_bytes_guarded(path, &bytes, mdx)
}

/// `extract_bytes`, but a panic (a parser bug) becomes this document's problem, naming the
/// file, instead of failing the whole scan.
fn extract_bytes_guarded(path: String, bytes: &[u8], mdx: bool) -> DocumentFacts {
    let name = path.clone();
    std::panic::catch_unwind(|| extract_bytes_as(path, bytes, mdx)).unwrap_or_else(|panic| {
        let reason = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let message = format!("cannot read: internal error extracting {name}: {reason}");
        with_problem(name, bytes.len() as u64, ProblemKind::Unreadable, message, None)
    })
}

/// Facts for one in-memory document (the same path `scan` takes after reading a file); MDX by its extension.
pub fn extract_bytes(path: String, bytes: &[u8]) -> DocumentFacts {
    let mdx = is_mdx_path(&path);
    extract_bytes_as(path, bytes, mdx)
}

/// The contract's MDX rules apply by file name: a path ending in `.mdx` (ASCII case-insensitive).
pub fn is_mdx_path(path: &str) -> bool {
    path.len() >= 4 && path.is_char_boundary(path.len() - 4) && path[path.len() - 4..].eq_ignore_ascii_case(".mdx")
}

/// `extract_bytes` with the dialect given: `mdx` reads the body with the contract's MDX rules.
pub fn extract_bytes_as(path: String, bytes: &[u8], mdx: bool) -> DocumentFacts {
    let size = bytes.len() as u64;
    if let Some(order) = utf16_bom(bytes) {
        let message = format!("UTF-16 {order} (BOM) is not supported; convert to UTF-8");
        return with_problem(path, size, ProblemKind::Encoding, message, None);
    }
    if let Some(nul) = memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)]) {
        return with_problem(
            path,
            size,
            ProblemKind::Binary,
            format!("binary file: NUL byte at offset {nul}"),
            None,
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = memchr::memchr_iter(b'\n', &bytes[..e.valid_up_to()]).count() + 1;
            let message = format!("invalid UTF-8 on line {line}; convert to UTF-8");
            return with_problem(path, size, ProblemKind::Encoding, message, Some(line));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = count_lines(text.as_bytes());
    let index = LineIndex::new(text);
    let split = frontmatter::split(text);
    if let Some(p) = complexity::container_problem(text, split.body_start, &index) {
        return with_line_problem(path, size, p);
    }
    let mut body = markdown::extract(text, split.body_start, &index, mdx);
    if let Some(p) = body.too_complex.take() {
        return with_line_problem(path, size, p);
    }
    body.links = shortcodes::merge_by_position(body.links, shortcodes::links(text, split.body_start, &index));
    body.metrics.links = body.links.len();
    let body_line = index.line(split.body_start);
    let site_front_matter = frontmatter::site_front_matter(text, split.body_start, body_line);
    DocumentFacts {
        path,
        bytes: size,
        lines,
        problem: None,
        frontmatter: split.frontmatter,
        site_front_matter,
        headings: body.headings,
        links: body.links,
        code_blocks: body.code_blocks,
        anchors: body.anchors,
        suppressions: body.suppressions,
        metrics: body.metrics,
    }
}

fn with_line_problem(path: String, bytes: u64, problem: FileProblem) -> DocumentFacts {
    with_problem(path, bytes, problem.kind, problem.message, problem.line)
}

fn utf16_bom(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => Some("LE"),
        [0xFE, 0xFF, ..] => Some("BE"),
        _ => None,
    }
}

fn count_lines(bytes: &[u8]) -> usize {
    if bytes.is_empty() {
        return 0;
    }
    let newlines = memchr::memchr_iter(b'\n', bytes).count();
    newlines + usize::from(bytes.last() != Some(&b'\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_per_the_contract() {
        assert_eq!(extract_bytes("a".into(), b"").lines, 0);
        assert_eq!(extract_bytes("a".into(), b"x").lines, 1);
        assert_eq!(extract_bytes("a".into(), b"x\n").lines, 1);
        assert_eq!(extract_bytes("a".into(), b"x\r\n\ny").lines, 3);
    }

    #[test]
    fn utf8_bom_is_not_a_column_but_counts_in_bytes() {
        let d = extract_bytes("a.md".into(), "\u{feff}---\nt: 1\n---\n# H\n".as_bytes());
        assert_eq!(d.bytes, 3 + 17);
        assert!(d.frontmatter.is_some());
        assert_eq!((d.headings[0].line, d.headings[0].column), (4, 1));
    }

    #[test]
    fn problems_are_detected_in_contract_order() {
        let p = |bytes: &[u8]| extract_bytes("x.md".into(), bytes).problem.unwrap();
        let utf16 = p(&[0xFE, 0xFF, 0, b'a']);
        assert_eq!(
            (utf16.kind, utf16.message.as_str()),
            (
                ProblemKind::Encoding,
                "UTF-16 BE (BOM) is not supported; convert to UTF-8"
            )
        );
        let bin = p(b"ab\0c");
        assert_eq!(
            (bin.kind, bin.message.as_str()),
            (ProblemKind::Binary, "binary file: NUL byte at offset 2")
        );
        let enc = p(b"ok\nfine\n\xC3(\n");
        assert_eq!((enc.kind, enc.line), (ProblemKind::Encoding, Some(3)));
        assert_eq!(enc.message, "invalid UTF-8 on line 3; convert to UTF-8");
        // A NUL after the first 8000 bytes is not binary; the file is then plain text.
        let mut late = vec![b'a'; 8000];
        late.push(0);
        assert!(extract_bytes("x.md".into(), &late).problem.is_none());
    }

    #[test]
    fn problem_documents_carry_no_facts() {
        let d = extract_bytes("x.md".into(), b"# a\n\0");
        assert_eq!((d.bytes, d.lines), (5, 0));
        assert!(d.frontmatter.is_none() && d.headings.is_empty());
        assert_eq!(d.metrics, crate::facts::Metrics::default());
    }

    #[test]
    fn too_large_files_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.md");
        std::fs::write(&path, "0123456789").unwrap();
        let d = extract_file("big.md".into(), &path, 9, false);
        let p = d.problem.unwrap();
        assert_eq!(
            (p.kind, p.message.as_str(), d.bytes),
            (ProblemKind::TooLarge, "file is 10 bytes, over the limit of 9 bytes", 10)
        );
        assert!(extract_file("big.md".into(), &path, 10, false).problem.is_none());
        let missing = extract_file("gone.md".into(), &dir.path().join("gone.md"), 10, false)
            .problem
            .unwrap();
        assert_eq!(missing.kind, ProblemKind::Unreadable);
        assert!(missing.message.starts_with("cannot read: "));
    }

    #[test]
    fn too_complex_documents_are_problems_and_frontmatter_is_not_counted() {
        // 2,001 columns of `>`: 4,004,001 is over the container budget; the YAML's indentation is not body.
        let yaml = format!("---\na:\n{}b: 1\n---\n", " ".repeat(3000));
        let over = format!("{yaml}# T\n\n{} x\n", ">".repeat(2000));
        let d = extract_bytes("deep.md".into(), over.as_bytes());
        let p = d.problem.unwrap();
        assert_eq!((p.kind, p.line, d.lines), (ProblemKind::TooComplex, Some(7), 0));
        assert!(d.frontmatter.is_none() && d.links.is_empty());
        let at = format!("{yaml}# T\n\n{}x\n", ">".repeat(2000));
        assert!(extract_bytes("deep.md".into(), at.as_bytes()).problem.is_none());
        // Inline markers: one paragraph of 3,001 is over 9,000,000.
        let inline = format!("# T\n\n{}\n", "]".repeat(3001));
        let p = extract_bytes("x.md".into(), inline.as_bytes()).problem.unwrap();
        assert_eq!((p.kind, p.line), (ProblemKind::TooComplex, Some(3)));
        assert!(p.message.contains("add up to 9006001, over the limit of 9000000"));
    }

    #[test]
    fn lines_are_counted_after_the_bom() {
        assert_eq!(extract_bytes("a".into(), "\u{feff}".as_bytes()).lines, 0);
        assert_eq!(extract_bytes("a".into(), "\u{feff}x\ny".as_bytes()).lines, 2);
    }
}
