//! One document's facts: problem detection (size, read, encoding) then frontmatter + Markdown.

use std::path::Path;

use crate::facts::{DocumentFacts, FileProblem, ProblemKind};
use crate::frontmatter;
use crate::markdown;
use crate::positions::LineIndex;

const BINARY_SNIFF_BYTES: usize = 8000;

pub fn with_problem(path: String, bytes: u64, kind: ProblemKind, message: String, line: Option<usize>) -> DocumentFacts {
    DocumentFacts { path, bytes, problem: Some(FileProblem { kind, message, line }), ..Default::default() }
}

/// Stats, reads and extracts one regular file; the content is dropped on return.
pub fn extract_file(path: String, abs: &Path, max_bytes: u64) -> DocumentFacts {
    let size = match std::fs::metadata(abs) {
        Ok(m) => m.len(),
        Err(e) => return with_problem(path, 0, ProblemKind::Unreadable, format!("cannot read: {e}"), None),
    };
    if size > max_bytes {
        let message = format!("file is {size} bytes, over the limit of {max_bytes} bytes");
        return with_problem(path, size, ProblemKind::TooLarge, message, None);
    }
    match std::fs::read(abs) {
        Ok(bytes) => extract_bytes(path, &bytes),
        Err(e) => with_problem(path, size, ProblemKind::Unreadable, format!("cannot read: {e}"), None),
    }
}

/// Facts for one in-memory document (the same path `scan` takes after reading a file).
pub fn extract_bytes(path: String, bytes: &[u8]) -> DocumentFacts {
    let size = bytes.len() as u64;
    if let Some(order) = utf16_bom(bytes) {
        let message = format!("UTF-16 {order} (BOM) is not supported; convert to UTF-8");
        return with_problem(path, size, ProblemKind::Encoding, message, None);
    }
    if let Some(nul) = bytes[..bytes.len().min(BINARY_SNIFF_BYTES)].iter().position(|&b| b == 0) {
        return with_problem(path, size, ProblemKind::Binary, format!("binary file: NUL byte at offset {nul}"), None);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            let message = format!("invalid UTF-8 on line {line}; convert to UTF-8");
            return with_problem(path, size, ProblemKind::Encoding, message, Some(line));
        }
    };
    let lines = count_lines(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let index = LineIndex::new(text);
    let split = frontmatter::split(text);
    let body = markdown::extract(text, split.body_start, &index);
    DocumentFacts {
        path,
        bytes: size,
        lines,
        problem: None,
        frontmatter: split.frontmatter,
        headings: body.headings,
        links: body.links,
        code_blocks: body.code_blocks,
        anchors: body.anchors,
        suppressions: body.suppressions,
        metrics: body.metrics,
    }
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
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    newlines + usize::from(bytes.last() != Some(&b'\n'))
}
