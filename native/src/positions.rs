//! Byte offset → (line, column) for one file: a line-start table searched by bisection.

use std::cell::Cell;

pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Last answer (offset, column): the next query on the same line resumes from it, so many
    /// constructs on one multi-megabyte line cost linear time, not quadratic.
    last: Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    /// `text` is the file without its BOM; lines end at "\n".
    pub fn new(text: &'a str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            starts,
            last: Cell::new((0, 1)),
        }
    }

    /// 1-based line of the byte at `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// 1-based (line, column in code points) of the byte at `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let offset = offset.min(self.text.len());
        let (last_offset, last_column) = self.last.get();
        let (from, base) = if last_offset >= start && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 1)
        };
        let slice = &self.text.as_bytes()[from..offset];
        // Count code points as bytes that are not UTF-8 continuation bytes.
        let column = slice.iter().filter(|&&b| (b as i8) >= -0x40).count() + base;
        self.last.set((offset, column));
        (line, column)
    }

    /// Position of the first non-whitespace character at or after `offset` (the contract's
    /// "construct position"); stays at `offset` when only whitespace follows.
    pub fn construct_position(&self, offset: usize) -> (usize, usize) {
        self.position(self.skip_whitespace(offset))
    }

    pub fn skip_whitespace(&self, offset: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = offset;
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        if i >= bytes.len() {
            offset
        } else {
            i
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_code_points_and_tabs_as_one() {
        let text = "ab\r\n\tcé𝄞x\n\nz";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(2), (1, 3)); // the \r stays on line 1
        assert_eq!(idx.position(4), (2, 1)); // tab
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(x), (2, 5)); // \t c é 𝄞 then x
        assert_eq!(idx.position(text.find('z').unwrap()), (4, 1));
    }

    #[test]
    fn columns_resume_on_the_same_line_and_restart_elsewhere() {
        let text = "é𝄞 a b\nxé y";
        let idx = LineIndex::new(text);
        let b = text.find('b').unwrap();
        let y = text.find('y').unwrap();
        assert_eq!(idx.position(b), (1, 6));
        assert_eq!(idx.position(text.find('a').unwrap()), (1, 4)); // backwards: recounted from the line start
        assert_eq!(idx.position(b), (1, 6));
        assert_eq!(idx.position(y), (2, 4)); // another line
        assert_eq!(idx.position(text.find('x').unwrap()), (2, 1));
    }

    #[test]
    fn construct_position_skips_leading_whitespace_and_newlines() {
        let text = "a\n   \n  # h";
        let idx = LineIndex::new(text);
        assert_eq!(idx.construct_position(2), (3, 3));
    }
}
