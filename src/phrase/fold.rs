//! Folding text for phrase matching, with a compact map back to the
//! original bytes.
//!
//! Folding lowercases every char (keeping only the first char of a
//! multi-char lowercase, so one original char is at most one folded char),
//! drops invisible chars (soft hyphens, zero-width spaces), turns every
//! whitespace run into one space, and maps typographic
//! apostrophes, quotes and dashes to their ASCII forms. The offset map stores
//! a checkpoint only where the difference between folded and original
//! offsets changes, so plain ASCII text costs nothing.

/// Fold one char (not whitespace; see [`fold_into`]). The result is never
/// longer in UTF-8 than `c`.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        // ‘ ’ ‚ ‛ ′, and ʼ ´ that scraped text uses as apostrophes.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2BC}' | '\u{B4}' => {
            '\''
        }
        // “ ” „ ″ « »
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => '"',
        // – — ‒ − ‐ ‑ ―
        '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' | '\u{2010}' | '\u{2011}'
        | '\u{2015}' => '-',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => match c.to_lowercase().next() {
            // Never let folding grow a char's byte length: the offset map
            // relies on folded offsets never running ahead of original ones.
            Some(l) if l.len_utf8() <= c.len_utf8() => l,
            _ => c,
        },
    }
}

/// Invisible chars that scraped text leaves inside words (soft hyphen,
/// zero-width space and joiners, word joiner, BOM): dropped when folding,
/// so "Gyeong\u{AD}ju" matches "Gyeongju".
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The ASCII chars `char::is_whitespace` accepts (it includes the vertical
/// tab, which `u8::is_ascii_whitespace` does not).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// A checkpoint: from folded offset `folded` on, original offsets are
/// `original + (f - folded)` until the next checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Checkpoint {
    pub(crate) folded: usize,
    pub(crate) original: usize,
}

/// Fold `text` into `out`, recording checkpoints where the offset delta
/// changes. Every folded char start maps to the start of the original char
/// (or whitespace run) it came from. Runs of ASCII non-space bytes, with
/// the single spaces between them, are copied and lowercased in bulk.
pub(crate) fn fold_into(text: &str, out: &mut String, map: &mut Vec<Checkpoint>) {
    map.clear();
    out.clear();
    out.reserve(text.len());
    // Current delta = original - folded (never negative: folding never grows).
    let mut delta = 0usize;
    // Whether the delta may have changed since the last char.
    let mut pending = false;
    let mut in_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        let end = solid_run_end(bytes, i);
        if end > i {
            if pending {
                note(map, out.len(), i, &mut delta);
                pending = false;
            }
            in_space = false;
            let from = out.len();
            // The run is ASCII, so both ends are char boundaries.
            out.push_str(text.get(i..end).unwrap_or_default());
            if let Some(copied) = out.get_mut(from..) {
                copied.make_ascii_lowercase();
            }
            i = end;
        }
        let Some(rest) = text.get(i..) else {
            break;
        };
        let Some(c) = rest.chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if is_invisible(c) {
            // Dropped: the next char's checkpoint maps past it.
            pending = true;
            i += len;
            continue;
        }
        if c.is_whitespace() {
            if in_space {
                pending = true;
                i += len;
                continue;
            }
            in_space = true;
        } else {
            in_space = false;
        }
        if pending {
            note(map, out.len(), i, &mut delta);
            pending = false;
        }
        if in_space {
            out.push(' ');
            pending |= len != 1;
        } else {
            let f = fold_char(c);
            out.push(f);
            pending |= f.len_utf8() != len;
        }
        i += len;
    }
    if pending {
        note(map, out.len(), text.len(), &mut delta);
    }
}

/// An ASCII byte that is not whitespace: it folds to itself, lowercased.
fn solid(b: u8) -> bool {
    b.is_ascii() && !is_ascii_space(b)
}

/// Eight bytes with the high bit of each.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// Eight copies of one byte.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Whether the eight bytes `w` (little-endian) can all join a solid run
/// whose byte before them is solid: all ASCII from `!` up, or single spaces
/// each followed by such a byte (`next` is the byte after `w`). Anything
/// else (a control char, two spaces, a non-ASCII byte) is left to the
/// bytewise check.
fn chunk_is_solid(w: u64, next: Option<u8>) -> bool {
    // Any byte >= 0x80, or any byte < 0x20.
    let below_space = w.wrapping_sub(splat(0x20)) & !w & HIGH;
    if (w & HIGH) | below_space != 0 {
        return false;
    }
    // Exactly the bytes equal to a space, as their high bits.
    let t = w ^ splat(b' ');
    let spaces = !(((t & !HIGH).wrapping_add(!HIGH)) | t) & HIGH;
    spaces & (spaces >> 8) == 0 && (spaces >> 56 == 0 || next.is_some_and(solid))
}

/// [`chunk_is_solid`] for a chunk of any length, written without early
/// exits so that the compiler can test all its bytes at once.
fn chunk16_is_solid(chunk: &[u8], next: Option<u8>) -> bool {
    let outside = chunk
        .iter()
        .fold(0u8, |acc, &b| acc | u8::from(!(0x20..0x80).contains(&b)));
    let double = chunk
        .iter()
        .zip(chunk.iter().skip(1))
        .fold(0u8, |acc, (&a, &b)| acc | u8::from(a == b' ' && b == b' '));
    let last_space = chunk.last() == Some(&b' ');
    outside == 0 && double == 0 && (!last_space || next.is_some_and(solid))
}

/// The end of the run of solid bytes (and single spaces between them)
/// starting at `i`; `i` if the byte there is not solid.
fn solid_run_end(bytes: &[u8], i: usize) -> usize {
    let mut end = i;
    loop {
        if end > i {
            // After a solid byte: sixteen, then eight bytes at a time while
            // they all join.
            while let Some(chunk) = bytes.get(end..end + 16) {
                if !chunk16_is_solid(chunk, bytes.get(end + 16).copied()) {
                    break;
                }
                end += 16;
            }
            while let Some(chunk) = bytes.get(end..end + 8) {
                let word = chunk.try_into().map_or(0, u64::from_le_bytes);
                if !chunk_is_solid(word, bytes.get(end + 8).copied()) {
                    break;
                }
                end += 8;
            }
        }
        while bytes.get(end).is_some_and(|&b| solid(b)) {
            end += 1;
        }
        let lone_space = end > i
            && bytes.get(end) == Some(&b' ')
            && bytes.get(end + 1).is_some_and(|&b| solid(b));
        if !lone_space {
            return end;
        }
        end += 2;
    }
}

/// Record a checkpoint at folded offset `f` (original `o`) if the delta
/// differs from the current one.
fn note(map: &mut Vec<Checkpoint>, f: usize, o: usize, delta: &mut usize) {
    let d = o.saturating_sub(f);
    if d != *delta {
        *delta = d;
        map.push(Checkpoint {
            folded: f,
            original: o,
        });
    }
}

/// Map a folded offset (a folded char start, or the folded length) back to
/// the original text.
pub(crate) fn to_original(map: &[Checkpoint], f: usize) -> usize {
    let i = map.partition_point(|cp| cp.folded <= f);
    match i.checked_sub(1).and_then(|i| map.get(i)) {
        Some(cp) => cp.original + (f - cp.folded),
        None => f,
    }
}

/// [`to_original`] for offsets that come in order: hits reported by start
/// map their starts (never decreasing) and ends (at or after the start)
/// without a search each.
#[derive(Debug)]
pub(crate) struct MapCursor<'m> {
    map: &'m [Checkpoint],
    /// How many checkpoints lie at or before the last start mapped.
    passed: usize,
}

impl<'m> MapCursor<'m> {
    pub(crate) fn new(map: &'m [Checkpoint]) -> MapCursor<'m> {
        MapCursor { map, passed: 0 }
    }

    /// The original offset of `start`, at or after every start mapped
    /// before, and of `end` (at or after `start`).
    pub(crate) fn span(&mut self, start: usize, end: usize) -> (usize, usize) {
        if self.map.is_empty() {
            return (start, end);
        }
        while self
            .map
            .get(self.passed)
            .is_some_and(|cp| cp.folded <= start)
        {
            self.passed += 1;
        }
        let mut k = self.passed;
        while self.map.get(k).is_some_and(|cp| cp.folded <= end) {
            k += 1;
        }
        (self.at(self.passed, start), self.at(k, end))
    }

    /// `f` mapped by the checkpoint before index `k`.
    fn at(&self, k: usize, f: usize) -> usize {
        match k.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some(cp) => cp.original + (f - cp.folded),
            None => f,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`solid_run_end`] a byte at a time.
    fn naive_run_end(bytes: &[u8], i: usize) -> usize {
        let mut end = i;
        loop {
            while bytes.get(end).is_some_and(|&b| solid(b)) {
                end += 1;
            }
            let lone_space = end > i
                && bytes.get(end) == Some(&b' ')
                && bytes.get(end + 1).is_some_and(|&b| solid(b));
            if !lone_space {
                return end;
            }
            end += 2;
        }
    }

    #[test]
    fn chunks_of_words_and_single_spaces_are_solid() {
        let word = |s: &[u8; 8]| u64::from_le_bytes(*s);
        let next = Some(b'x');
        assert!(chunk_is_solid(word(b"ab cd ef"), next));
        assert!(chunk_is_solid(word(b" a.b,c!~"), None));
        assert!(!chunk_is_solid(word(b"ab  cd e"), next));
        assert!(chunk_is_solid(word(b"abcdefg "), next));
        assert!(!chunk_is_solid(word(b"abcdefg "), None));
        assert!(!chunk_is_solid(word(b"abcdefg "), Some(b' ')));
        assert!(!chunk_is_solid(word(b"abcdefg "), Some(0xE2)));
        assert!(!chunk_is_solid(word(b"abc\tdefg"), next));
        assert!(!chunk_is_solid(word(b"abc\x01defg"), next));
        let accented = [b'a', 0xC3, 0xA9, b'b', b'c', b'd', b'e', b'f'];
        assert!(!chunk_is_solid(u64::from_le_bytes(accented), next));
    }

    proptest! {
        #[test]
        fn run_ends_agree_with_a_bytewise_scan(
            text in "[a-zA-Z .,\t\n\x01\x7Fé’]{0,80}",
            start in 0usize..60,
        ) {
            let bytes = text.as_bytes();
            let i = start.min(bytes.len());
            prop_assert_eq!(solid_run_end(bytes, i), naive_run_end(bytes, i));
        }

        #[test]
        fn run_ends_agree_on_spaced_text(text in "[aB. \t’]{0,80}", start in 0usize..8) {
            let bytes = text.as_bytes();
            let i = start.min(bytes.len());
            prop_assert_eq!(solid_run_end(bytes, i), naive_run_end(bytes, i));
        }
    }
}
