//! The contract's `too-complex` guard (`TooComplex` in src/engine/contract.ts): squared container
//! prefixes per line, then squared inline marker counts per text block, each against a budget.

use crate::bytecount;
use crate::facts::{FileProblem, ProblemKind};
use crate::positions::LineIndex;

pub const CONTAINER_BUDGET: u64 = 4_000_000;
pub const INLINE_BUDGET: u64 = 9_000_000;
pub const LAZY_BUDGET: u64 = 4_000_000;

fn is_blank_at(b: &[u8], start: usize) -> bool {
    b[start..]
        .iter()
        .take_while(|&&c| c != b'\n')
        .all(|&c| matches!(c, b' ' | b'\t' | b'\r'))
}

fn width_of(c: u8) -> u64 {
    if c == b'\t' {
        4
    } else {
        1
    }
}

/// Column where the line's leading spaces, tabs and `>` end (tab = 4).
fn lead_column(b: &[u8], start: usize) -> u64 {
    b[start..]
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t' | b'>'))
        .map(|&c| width_of(c))
        .sum()
}

/// Columns and length of the line's leading spaces and tabs (tab = 4).
fn whitespace_columns(b: &[u8], start: usize) -> (u64, usize) {
    let length = b[start..].iter().take_while(|&&c| matches!(c, b' ' | b'\t')).count();
    (b[start..start + length].iter().map(|&c| width_of(c)).sum(), length)
}

/// A closing fence: the opening character at least as many times, then only spaces and tabs.
fn closes_fence(b: &[u8], i: usize, fence: &Fence) -> bool {
    let length = b[i..].iter().take_while(|&&c| c == fence.char).count();
    length >= fence.length && is_blank_at(b, i + length)
}

struct Fence {
    char: u8,
    length: usize,
    column: u64,
}

/// A fence run (3+ backticks or tildes) at `i`; a backtick run with a backtick after it on the line is none.
fn fence_at(b: &[u8], i: usize, column: u64) -> Option<Fence> {
    let char = *b.get(i).filter(|&&c| c == b'`' || c == b'~')?;
    let length = b[i..].iter().take_while(|&&c| c == char).count();
    let rest = &b[i + length..];
    let line = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
    (length >= 3 && !(char == b'`' && line.contains(&b'`'))).then_some(Fence { char, length, column })
}

/// How far a line's container prefix reaches: `code` when it ends 4+ columns past any container (no fence opens there).
pub struct Prefix {
    pub charged: u64,
    pub end: usize,
    pub column: u64,
    pub quoted: bool,
    pub item: bool,
    pub code: bool,
    /// Column up to which the prefix continues or opens containers: min(its end, max(open items, last marker's end)).
    pub depth: u64,
}

/// One line's container prefix, per the contract; `open` is the furthest content column of list items that may
/// still be open (updated), so indentation past it (code, continuation text) is not charged.
pub fn read_prefix(b: &[u8], start: usize, open: &mut u64) -> Prefix {
    let gap_width = |i: usize| match b.get(i) {
        Some(b'\t') => 4,
        Some(b' ') => 1,
        _ => 0,
    };
    let (mut i, mut column, mut charged, mut base, mut quoted, mut item) = (start, 0u64, 0u64, 0u64, false, false);
    loop {
        let c = b.get(i).copied();
        if let Some(c @ (b' ' | b'\t')) = c {
            charged += width_of(c).min(open.saturating_sub(column));
            column += width_of(c);
            i += 1;
            continue;
        }
        let end = |code| Prefix {
            charged,
            end: i,
            column,
            quoted,
            item,
            code,
            depth: column.min(base.max(*open)),
        };
        if column >= base.max(*open) + 4 {
            return end(true);
        }
        let width = match c {
            Some(b'>') => 1,
            Some(b'-' | b'+' | b'*') if gap_width(i + 1) > 0 => 1,
            _ => {
                let digits = b[i.min(b.len())..]
                    .iter()
                    .take(9)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits > 0 && matches!(b.get(i + digits), Some(b'.' | b')')) && gap_width(i + digits + 1) > 0 {
                    digits + 1
                } else {
                    return end(false);
                }
            }
        };
        let gap = gap_width(i + width);
        charged += width as u64 + gap;
        column += width as u64 + gap;
        i += width + usize::from(gap > 0);
        base = column;
        if c == Some(b'>') {
            quoted = true;
        } else {
            item = true;
            *open = (*open).max(column);
        }
    }
}

/// The body line where the squared container prefixes pass the budget.
pub fn container_problem(text: &str, body_start: usize, index: &LineIndex) -> Option<FileProblem> {
    let b = text.as_bytes();
    let (mut sum, mut open, mut after_blank) = (0u64, 0u64, true);
    let mut fence: Option<Fence> = None;
    // Lazy runs: lines whose containers end before the last anchor line's did (micromark is quadratic in a run's length).
    let (mut anchor, mut run, mut lazy_sum) = (0u64, 0u64, 0u64);
    let mut start = body_start;
    while start < b.len() {
        let blank = is_blank_at(b, start);
        // After a blank line no paragraph can continue lazily: a line indented less closes the items it does not reach.
        if after_blank && !blank {
            open = open.min(lead_column(b, start));
        }
        let mut columns = None;
        let mut closing = false;
        if let Some(f) = &fence {
            let (indent, length) = whitespace_columns(b, start);
            // Less indented than the fence: its containers ended, and the fence with them.
            let inside = blank || indent >= f.column;
            closing = inside && closes_fence(b, start + length, f);
            if inside && !closing {
                // Fence content: only the indentation that continues open list items is charged.
                columns = Some(indent.min(open));
            } else {
                fence = None;
            }
        }
        let columns = match columns {
            Some(c) => {
                run = 0;
                c
            }
            None => {
                let prefix = read_prefix(b, start, &mut open);
                if !(closing || prefix.code || prefix.quoted) {
                    fence = fence_at(b, prefix.end, prefix.column);
                }
                if blank {
                    run = 0;
                } else if !after_blank && !prefix.item && prefix.depth < anchor {
                    run += 1;
                    lazy_sum += 2 * run - 1;
                    if lazy_sum > LAZY_BUDGET {
                        let line = index.line(start);
                        let message = format!("lazy continuation too long: by line {line}, the squared lengths of runs of lines continuing a paragraph without its block quote or list prefix add up to {lazy_sum}, over the limit of {LAZY_BUDGET}");
                        return Some(too_complex(message, line));
                    }
                } else {
                    (anchor, run) = (prefix.depth, 0);
                }
                prefix.charged
            }
        };
        after_blank = blank;
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
        let is_marker =
            |c: u8| (c == b'*') | (c == b'_') | (c == b'~') | (c == b'[') | (c == b']') | (c == b'<') | (c == b'`');
        let markers = bytecount::count(&text.as_bytes()[start..end], is_marker) as u64;
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
        let cols = |s: &str| read_prefix(s.as_bytes(), 0, &mut 0).charged;
        assert_eq!(cols("> > - 1. 22) x"), 13);
        assert_eq!(cols("\t-x"), 0);
        assert_eq!(cols("* * *"), 4);
        assert_eq!(cols("1234567890. x"), 0);
        assert_eq!(cols("-"), 0);
        assert_eq!(cols(">>>"), 3);
        assert_eq!(cols("    - x"), 0);
        assert_eq!(cols("  - x"), 2);
        // Indentation counts only up to the content column of open list items.
        assert_eq!(read_prefix(b"        code", 0, &mut 4).charged, 4);
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
    fn lazy_runs_are_charged_their_squared_length() {
        let doc = |n: usize| format!("# T\n\n> quote\n{}", "lazy\n".repeat(n));
        let at = doc(2000);
        assert!(container_problem(&at, 0, &LineIndex::new(&at)).is_none());
        let over = doc(2001);
        let p = container_problem(&over, 0, &LineIndex::new(&over)).unwrap();
        assert_eq!(p.line, Some(2004));
        assert!(
            p.message.starts_with("lazy continuation too long: by line 2004,"),
            "{}",
            p.message
        );
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
