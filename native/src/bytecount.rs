//! Byte-class counts over whole texts, written so the compiler vectorises them (the per-byte
//! loops they replace were ~12% of extraction CPU): u8 lanes summed per chunk of 255.

/// Bytes per chunk: a u8 lane counts at most one per byte, so 255 cannot overflow.
const CHUNK: usize = 255;

/// The contract's word separators: space, tab, LF, VT, FF, CR.
#[inline(always)]
pub fn is_space(c: u8) -> bool {
    (c == b' ') | (c.wrapping_sub(b'\t') < 5)
}

/// How many bytes of `bytes` satisfy `class` (a branch-free test keeps the loop vectorised).
#[inline(always)]
pub fn count(bytes: &[u8], class: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(CHUNK)
        .map(|chunk| chunk.iter().fold(0u8, |n, &c| n + u8::from(class(c))) as usize)
        .sum()
}

/// Maximal runs of non-space bytes that start in `bytes`; `after_space`: whether the byte
/// before `bytes[0]` was a separator (or there was none).
pub fn word_starts(bytes: &[u8], after_space: bool) -> usize {
    let Some(&first) = bytes.first() else { return 0 };
    let mut words = usize::from(after_space && !is_space(first));
    let (current, previous) = (&bytes[1..], &bytes[..bytes.len() - 1]);
    for (c, p) in current.chunks(CHUNK).zip(previous.chunks(CHUNK)) {
        words += c
            .iter()
            .zip(p)
            .fold(0u8, |n, (&c, &p)| n + u8::from(is_space(p) & !is_space(c))) as usize;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-byte loop the chunked count replaces, as the reference.
    fn words_slow(bytes: &[u8], after_space: bool) -> usize {
        let (mut words, mut in_word) = (0, !after_space);
        for &c in bytes {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                in_word = false;
            } else if !in_word {
                words += 1;
                in_word = true;
            }
        }
        words
    }

    #[test]
    fn separators_are_exactly_the_six() {
        let spaces: Vec<u8> = (0..=255u8).filter(|&c| is_space(c)).collect();
        assert_eq!(spaces, b"\t\n\x0b\x0c\r ");
    }

    #[test]
    fn word_starts_match_the_byte_loop_across_chunk_edges() {
        // A deterministic mix of words, separators and UTF-8, long enough for several chunks.
        let mut text = Vec::new();
        let mut seed = 7u32;
        for _ in 0..3000 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            text.extend_from_slice(match (seed >> 16) % 7 {
                0 => b" ".as_slice(),
                1 => b"\t\r\n",
                2 => "\u{e9}".as_bytes(),
                3 => b"\x0b\x0c",
                _ => b"ab",
            });
        }
        for len in [0, 1, 2, 254, 255, 256, 257, 511, text.len()] {
            for after in [false, true] {
                assert_eq!(
                    word_starts(&text[..len], after),
                    words_slow(&text[..len], after),
                    "{len}"
                );
            }
        }
        let markers = |c: u8| matches!(c, b'a' | b'\t');
        assert_eq!(count(&text, markers), text.iter().filter(|&&c| markers(c)).count());
    }
}
