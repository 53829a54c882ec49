//! Blanking: replacing non-prose bytes with ASCII spaces while keeping the
//! text's length, char boundaries and line breaks.

use std::ops::Range;

/// A copy of an article's source being blanked.
#[derive(Debug)]
pub(crate) struct Blanker {
    text: String,
}

impl Blanker {
    pub(crate) fn new(source: &str) -> Blanker {
        Blanker {
            text: source.to_string(),
        }
    }

    /// Blank `range` (widened to char boundaries, clamped to the text).
    /// Line breaks (`\n`, `\r`) are kept so that blanked lines stay lines.
    pub(crate) fn blank(&mut self, range: Range<usize>) {
        blank_in_place(&mut self.text, range);
    }

    /// Whether the byte at `i` has been blanked (or is a space already).
    pub(crate) fn is_space(&self, i: usize) -> bool {
        self.text.as_bytes().get(i) == Some(&b' ')
    }

    /// The blanked text.
    pub(crate) fn finish(self) -> String {
        self.text
    }
}

/// Blank `range` of `text` in place, as [`Blanker::blank`] does: each char
/// but a line break becomes as many spaces as it has bytes, so the text
/// stays the same length and stays UTF-8 without being checked again.
pub(crate) fn blank_in_place(text: &mut String, range: Range<usize>) {
    let len = text.len();
    let mut start = range.start.min(len);
    let mut end = range.end.clamp(start, len);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let Some(old) = text.get(start..end) else {
        return;
    };
    let mut blanked = String::with_capacity(old.len());
    for c in old.chars() {
        if c == '\n' || c == '\r' {
            blanked.push(c);
        } else {
            blanked.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    text.replace_range(start..end, &blanked);
}
