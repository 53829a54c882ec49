//! Blanking: replacing non-prose bytes with ASCII spaces while keeping the
//! text's length, char boundaries and line breaks.

use std::ops::Range;

/// A copy of an article's source being blanked.
#[derive(Debug)]
pub(crate) struct Blanker {
    bytes: Vec<u8>,
}

impl Blanker {
    pub(crate) fn new(source: &str) -> Blanker {
        Blanker {
            bytes: source.as_bytes().to_vec(),
        }
    }

    /// Blank `range` (widened to char boundaries, clamped to the text).
    /// Line breaks (`\n`, `\r`) are kept so that blanked lines stay lines.
    pub(crate) fn blank(&mut self, range: Range<usize>) {
        let len = self.bytes.len();
        let mut start = range.start.min(len);
        let mut end = range.end.clamp(start, len);
        // UTF-8 continuation bytes are 0b10xx_xxxx: widen past them.
        while start > 0 && self.bytes.get(start).is_some_and(|&b| b & 0xC0 == 0x80) {
            start -= 1;
        }
        while self.bytes.get(end).is_some_and(|&b| b & 0xC0 == 0x80) {
            end += 1;
        }
        for b in self.bytes.get_mut(start..end).into_iter().flatten() {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }

    /// Whether the byte at `i` has been blanked (or is a space already).
    pub(crate) fn is_space(&self, i: usize) -> bool {
        self.bytes.get(i) == Some(&b' ')
    }

    /// The blanked text. Only whole chars are ever replaced, so the bytes
    /// are still UTF-8; `fallback` is returned if that were ever not so.
    pub(crate) fn finish(self, fallback: &str) -> String {
        String::from_utf8(self.bytes).unwrap_or_else(|_| fallback.to_string())
    }
}
