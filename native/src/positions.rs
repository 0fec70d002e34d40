//! Byte offset → (line, column) for one file: a line-start table searched by bisection.

pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// `text` is the file without its BOM; lines end at "\n".
    pub fn new(text: &'a str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { text, starts }
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
        let slice = &self.text.as_bytes()[start..offset];
        // Count code points as bytes that are not UTF-8 continuation bytes.
        let column = slice.iter().filter(|&&b| (b as i8) >= -0x40).count() + 1;
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
    fn construct_position_skips_leading_whitespace_and_newlines() {
        let text = "a\n   \n  # h";
        let idx = LineIndex::new(text);
        assert_eq!(idx.construct_position(2), (3, 3));
    }
}
