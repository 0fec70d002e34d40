//! The contract's `too-complex` guard (`TooComplex` in src/engine/contract.ts): squared container
//! prefixes per line, then squared inline marker counts per text block, each against a budget.

use crate::facts::{FileProblem, ProblemKind};
use crate::positions::LineIndex;

pub const CONTAINER_BUDGET: u64 = 4_000_000;
pub const INLINE_BUDGET: u64 = 9_000_000;

/// Columns of the container prefix of the line starting at `start`, per the contract.
pub fn prefix_columns(b: &[u8], start: usize) -> u64 {
    let gap = |i: usize| matches!(b.get(i), Some(b' ' | b'\t'));
    let mut i = start;
    let mut columns = 0;
    loop {
        match b.get(i) {
            Some(b' ' | b'>') => columns += 1,
            Some(b'\t') => columns += 4,
            Some(b'-' | b'+' | b'*') if gap(i + 1) => columns += 1,
            _ => {
                let digits = b[i.min(b.len())..].iter().take(9).take_while(|c| c.is_ascii_digit()).count();
                if digits == 0 || !matches!(b.get(i + digits), Some(b'.' | b')')) || !gap(i + digits + 1) {
                    return columns;
                }
                columns += digits as u64 + 1;
                i += digits + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// The body line where the squared container prefixes pass the budget.
pub fn container_problem(text: &str, body_start: usize, index: &LineIndex) -> Option<FileProblem> {
    let b = text.as_bytes();
    let mut sum = 0u64;
    let mut start = body_start;
    while start < b.len() {
        let columns = prefix_columns(b, start);
        sum += columns * columns;
        if sum > CONTAINER_BUDGET {
            let line = index.line(start);
            let message = format!("nesting too deep: by line {line}, the squared widths of line prefixes (block quote markers, list markers, indentation) add up to {sum}, over the limit of {CONTAINER_BUDGET}");
            return Some(too_complex(message, line));
        }
        match memchr::memchr(b'\n', &b[start..]) {
            Some(n) => start += n + 1,
            None => break,
        }
    }
    None
}

fn too_complex(message: String, line: usize) -> FileProblem {
    FileProblem {
        kind: ProblemKind::TooComplex,
        message,
        line: Some(line),
    }
}

/// Sums squared marker counts over text blocks: the parse reports inline events and block
/// boundaries; a text block runs from its first inline byte to its last.
#[derive(Default)]
pub struct InlineBudget {
    sum: u64,
    run: Option<(usize, usize)>,
    pub problem: Option<FileProblem>,
}

impl InlineBudget {
    /// An inline event covering `[start, end)` of the file.
    pub fn inline(&mut self, start: usize, end: usize) {
        self.run = Some(match self.run {
            Some((s, e)) => (s, e.max(end)),
            None => (start, end),
        });
    }

    /// A block starts or ends: the current text block, if any, is complete.
    pub fn boundary(&mut self, text: &str, index: &LineIndex) {
        let Some((start, end)) = self.run.take() else { return };
        if self.problem.is_some() {
            return;
        }
        let markers = text.as_bytes()[start..end]
            .iter()
            .filter(|c| matches!(c, b'*' | b'_' | b'~' | b'[' | b']' | b'<' | b'`'))
            .count() as u64;
        self.sum += markers * markers;
        if self.sum > INLINE_BUDGET {
            let line = index.line(start);
            let sum = self.sum;
            let message = format!("too many inline markers: by the text block starting on line {line}, the squared counts of * _ ~ [ ] < ` per text block add up to {sum}, over the limit of {INLINE_BUDGET}");
            self.problem = Some(too_complex(message, line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inline_problem(text: &str) -> Option<FileProblem> {
        let index = LineIndex::new(text);
        crate::markdown::extract(text, 0, &index, false).too_complex
    }

    #[test]
    fn prefix_columns_follow_the_contract() {
        let cols = |s: &str| prefix_columns(s.as_bytes(), 0);
        assert_eq!(cols("> > - 1. 22) x"), 13);
        assert_eq!(cols("\t-x"), 4);
        assert_eq!(cols("* * *"), 4);
        assert_eq!(cols("1234567890. x"), 0);
        assert_eq!(cols("-"), 0);
        assert_eq!(cols(">>>"), 3);
    }

    #[test]
    fn container_budget_names_the_line_where_it_is_passed() {
        // 400 columns per line: 25 lines are exactly the budget, the 26th passes it.
        let line = format!("{}a\n", "- ".repeat(200));
        let at = format!("# T\n{}", line.repeat(25));
        assert!(container_problem(&at, 0, &LineIndex::new(&at)).is_none());
        let over = format!("# T\n{}", line.repeat(26));
        let p = container_problem(&over, 0, &LineIndex::new(&over)).unwrap();
        assert_eq!((p.kind, p.line), (ProblemKind::TooComplex, Some(27)));
        assert_eq!(p.message, "nesting too deep: by line 27, the squared widths of line prefixes (block quote markers, list markers, indentation) add up to 4160000, over the limit of 4000000");
    }

    #[test]
    fn inline_budget_counts_each_text_block_and_names_the_one_that_passes_it() {
        let unit = "*a_".repeat(1500); // 3000 markers: exactly the budget
        assert!(inline_problem(&format!("# T\n\n{unit}\n")).is_none());
        let p = inline_problem(&format!("# T\n\n{unit}\n\n- x [y]\n")).unwrap();
        assert_eq!(p.line, Some(5));
        assert_eq!(p.message, "too many inline markers: by the text block starting on line 5, the squared counts of * _ ~ [ ] < ` per text block add up to 9000004, over the limit of 9000000");
        // Code blocks, HTML blocks and definitions are not text blocks.
        let code = format!("```\n{unit}{unit}\n```\n\n<div>\n{unit}{unit}\n</div>\n\n[d]: /x\n{unit}\n");
        assert!(inline_problem(&code).is_none());
    }
}
