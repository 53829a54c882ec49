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
/// (or whitespace run) it came from. Runs of ASCII non-space bytes are
/// lowercased in bulk.
pub(crate) fn fold_into(text: &str, out: &mut String, map: &mut Vec<Checkpoint>) {
    map.clear();
    let mut buf = std::mem::take(out).into_bytes();
    buf.clear();
    buf.reserve(text.len());
    // Current delta = original - folded (never negative: folding never grows).
    let mut delta = 0usize;
    // Whether the delta may have changed since the last char.
    let mut pending = false;
    let mut in_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        // A run of ASCII letters, digits and punctuation, with the single
        // spaces between them (each folds to itself): copied and lowercased
        // in bulk.
        let solid = |b: u8| b.is_ascii() && !is_ascii_space(b);
        let mut end = i;
        loop {
            while bytes.get(end).is_some_and(|&b| solid(b)) {
                end += 1;
            }
            let lone_space = end > i
                && bytes.get(end) == Some(&b' ')
                && bytes.get(end + 1).is_some_and(|&b| solid(b));
            if !lone_space {
                break;
            }
            end += 2;
        }
        if end > i {
            if pending {
                note(map, buf.len(), i, &mut delta);
                pending = false;
            }
            in_space = false;
            let from = buf.len();
            buf.extend_from_slice(bytes.get(i..end).unwrap_or_default());
            if let Some(copied) = buf.get_mut(from..) {
                copied.make_ascii_lowercase();
            }
            i = end;
        }
        let Some(rest) = text.get(i..) else {
            break;
        };
        let Some(&b) = rest.as_bytes().first() else {
            break;
        };
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match rest.chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
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
            note(map, buf.len(), i, &mut delta);
            pending = false;
        }
        if in_space {
            buf.push(b' ');
            pending |= len != 1;
        } else if len == 1 {
            buf.push(b.to_ascii_lowercase());
        } else {
            let f = fold_char(c);
            let mut tmp = [0u8; 4];
            buf.extend_from_slice(f.encode_utf8(&mut tmp).as_bytes());
            pending |= f.len_utf8() != len;
        }
        i += len;
    }
    if pending {
        note(map, buf.len(), text.len(), &mut delta);
    }
    // Only whole UTF-8 encodings were pushed.
    *out = String::from_utf8(buf).unwrap_or_default();
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
