//! Folding text for phrase matching, with a compact map back to the
//! original bytes.
//!
//! Folding lowercases every char (keeping only the first char of a
//! multi-char lowercase, so one original char is always one folded char),
//! turns every whitespace run into one space, and maps typographic
//! apostrophes, quotes and dashes to their ASCII forms. The offset map stores
//! a checkpoint only where the difference between folded and original
//! offsets changes, so plain ASCII text costs nothing.

/// Fold one char (not whitespace; see [`fold_into`]). The result is never
/// longer in UTF-8 than `c`.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => '-',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => match c.to_lowercase().next() {
            // Never let folding grow a char's byte length: the offset map
            // relies on folded offsets never running ahead of original ones.
            Some(l) if l.len_utf8() <= c.len_utf8() => l,
            _ => c,
        },
    }
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
/// (or whitespace run) it came from.
pub(crate) fn fold_into(text: &str, out: &mut String, map: &mut Vec<Checkpoint>) {
    out.clear();
    map.clear();
    out.reserve(text.len());
    // Current delta = original - folded (never negative: folding never grows).
    let mut delta = 0usize;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_space {
                continue;
            }
            in_space = true;
            note(map, out.len(), i, &mut delta);
            out.push(' ');
            continue;
        }
        in_space = false;
        note(map, out.len(), i, &mut delta);
        out.push(fold_char(c));
    }
    note(map, out.len(), text.len(), &mut delta);
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
