//! Capitalised word runs, and near misses of names.
//!
//! A *word* here is a run of letters and digits in which a hyphen, an
//! apostrophe or a full stop may sit between two alphanumerics
//! ("Kyung-wha", "O'Brien", "U.S"). A word is *capitalised* when its first
//! character is an uppercase letter. A *run* is a maximal sequence of
//! capitalised words separated only by spaces or tabs (a line break, a comma
//! or any other punctuation ends it). A possessive (`Korea's`, `Korea’s`)
//! ends its run and its `'s` is left out of the word, so "North Korea's Kim
//! Jong Un" gives the runs "North Korea" and "Kim Jong Un". Initialisms keep
//! their final stop ("U.S. President Donald Trump" is one run).

use crate::extract::NameRun;
use crate::source::Span;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;

/// Names longer than this (in chars) are never near misses of anything: the
/// distance computation stays small whatever the input.
const MAX_NAME_CHARS: usize = 200;

/// A hyphen, an apostrophe or a stop that may join two parts of one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' | '.')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// One word of a text: its span and whether it is a possessive whose `'s`
/// was cut off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameWord {
    pub(crate) span: Span,
    pub(crate) possessive: bool,
}

/// The words of `span` of `text` as this module defines them, in order.
pub(crate) fn name_words(text: &str, span: Span) -> Vec<NameWord> {
    let Some(slice) = text.get(span.range()) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            match chars.get(j) {
                Some(&(_, c)) if c.is_alphanumeric() => j += 1,
                Some(&(_, c))
                    if is_joiner(c)
                        && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) =>
                {
                    j += 2
                }
                _ => break,
            }
        }
        let mut end = chars.get(j).map_or(slice.len(), |&(o, _)| o);
        let word = &slice[start..end];
        // An initialism ("U.S", "D.C") keeps its final stop.
        if chars.get(j).is_some_and(|&(_, c)| c == '.') && is_initialism(word) {
            end += 1;
        }
        let (word_end, possessive) = strip_possessive(slice, start, end);
        out.push(NameWord {
            span: Span::new(span.start + start, span.start + word_end),
            possessive,
        });
        i = j;
    }
    out
}

/// "U.S", "D.C", "U.K": single letters joined by stops.
fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Cut a trailing `'s`/`’s` (possessive) off the word `slice[start..end]`.
fn strip_possessive(slice: &str, start: usize, end: usize) -> (usize, bool) {
    let word = &slice[start..end];
    for suffix in ["'s", "\u{2019}s"] {
        if word.len() > suffix.len() && word.ends_with(suffix) {
            return (end - suffix.len(), true);
        }
    }
    (end, false)
}

fn is_capitalised(text: &str, word: Span) -> bool {
    word.slice(text)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Runs of capitalised words in `span` of `text`.
pub fn name_runs(text: &str, span: Span) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut last_end = 0;
    let mut last_possessive = false;
    for word in name_words(text, span) {
        if !is_capitalised(text, word.span) {
            flush(&mut runs, &mut current);
            continue;
        }
        let joined = !current.is_empty()
            && !last_possessive
            && text
                .get(last_end..word.span.start)
                .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t'));
        if !joined {
            flush(&mut runs, &mut current);
        }
        current.push(word.span);
        last_end = word.span.end;
        last_possessive = word.possessive;
    }
    flush(&mut runs, &mut current);
    runs
}

fn flush(runs: &mut Vec<NameRun>, current: &mut Vec<Span>) {
    if let (Some(first), Some(last)) = (current.first(), current.last()) {
        runs.push(NameRun {
            span: first.cover(*last),
            words: std::mem::take(current),
        });
    }
    current.clear();
}

/// Lowercase, diacritics removed: the form names are compared in. Dashes
/// become `-`, apostrophes `'` and any run of whitespace one space.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => out.push('-'),
            c if is_apostrophe(c) => out.push('\''),
            c => crate::extract::letters::push_letter(c, &mut out),
        }
    }
    out
}

/// Whether `candidate` is a near miss of `name` (one letter added, dropped or
/// changed, a swapped pair, a hyphen or a space; diacritics ignored) and not
/// equal to it.
pub fn is_near_miss(candidate: &str, name: &str) -> bool {
    let a: Vec<char> = fold_name(candidate).chars().collect();
    let b: Vec<char> = fold_name(name).chars().collect();
    if a == b || a.is_empty() || b.is_empty() {
        return false;
    }
    if a.len() > MAX_NAME_CHARS || b.len() > MAX_NAME_CHARS || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    osa_distance(&a, &b) == 1
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of adjacent characters, each substring edited once.
// Every index is below `(a.len() + 1) * width`: `i <= a.len()`, `j <= b.len()`
// and the `- 1`/`- 2` only run for `i, j >= 1` (or `> 1`).
#[allow(clippy::indexing_slicing)]
fn osa_distance(a: &[char], b: &[char]) -> usize {
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for (i, row) in d.chunks_mut(width).enumerate() {
        if let Some(first) = row.first_mut() {
            *first = i;
        }
    }
    for (j, cell) in d.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}
