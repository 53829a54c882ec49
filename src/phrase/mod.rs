//! Phrase matching as the spec's "Phrases" paragraph defines it:
//! case-insensitive, on word boundaries, any whitespace run as one space,
//! straight and typographic quotes, apostrophes and dashes alike, a trailing
//! `*` for any word ending, a possessive matching its name.
//!
//! All phrases of all facts are compiled once into one trie ([`PhraseSet`]);
//! an article is folded once ([`FoldedText`]) and scanned once, walking the
//! trie only from the positions where a phrase may begin.
//!
//! Word boundaries follow the usual rule: where a phrase begins (ends) with a
//! letter or digit, the char before (after) the match must not be one, so
//! "answered" does not match inside "unanswered" and "letter" not inside
//! "letters". A phrase edge that is punctuation ("%") needs no boundary.

mod fold;
mod trie;

use crate::source::Span;
use fold::{Checkpoint, MapCursor};
use std::collections::HashMap;
use trie::{Trie, NON_ASCII, STARTS, WORD_BYTE};

/// A phrase's index in the list given to [`PhraseSet::new`].
pub type PhraseId = usize;

/// One occurrence of a phrase in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PhraseHit {
    pub phrase: PhraseId,
    pub span: Span,
}

/// An article's text folded for matching, with a map back to original bytes.
#[derive(Debug, Clone, Default)]
pub struct FoldedText {
    folded: String,
    map: Vec<Checkpoint>,
}

impl FoldedText {
    pub fn new(text: &str) -> FoldedText {
        let mut folded = String::new();
        let mut map = Vec::new();
        fold::fold_into(text, &mut folded, &mut map);
        FoldedText { folded, map }
    }

    /// The folded text (lowercase, one space per whitespace run, ASCII
    /// quotes and dashes).
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The original byte offset of a folded offset (a folded char start or
    /// the folded length).
    pub fn to_original(&self, folded_offset: usize) -> usize {
        fold::to_original(&self.map, folded_offset)
    }
}

/// Fold a phrase the way [`FoldedText`] folds text, trimmed.
pub fn fold_phrase(phrase: &str) -> String {
    FoldedText::new(phrase.trim()).folded
}

/// What one trie pattern stands for: every phrase that folds to it.
#[derive(Debug, Clone, Default)]
struct Pattern {
    /// (phrase id, trailing `*`)
    phrases: Vec<(PhraseId, bool)>,
    /// Whether the pattern's first/last char is a letter or digit (and so
    /// needs a word boundary on that side).
    word_start: bool,
    word_end: bool,
}

/// Every phrase of a rule set, compiled once.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    trie: Trie,
    patterns: Vec<Pattern>,
    /// How many phrases were given (ids are `0..ids`).
    ids: usize,
}

impl PhraseSet {
    /// Compile phrases (empty ones are ignored; duplicates each keep their
    /// id). A trailing `*` matches any word ending.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> PhraseSet {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for (id, phrase) in phrases.iter().enumerate() {
            let raw = phrase.as_ref().trim();
            let (stem, wildcard) = match raw.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (raw, false),
            };
            let key = fold_phrase(stem);
            if key.is_empty() {
                continue;
            }
            let slot = *index.entry(key.clone()).or_insert_with(|| {
                let word_start = key.chars().next().is_some_and(char::is_alphanumeric);
                let word_end = key.chars().next_back().is_some_and(char::is_alphanumeric);
                keys.push(key);
                patterns.push(Pattern {
                    phrases: Vec::new(),
                    word_start,
                    word_end,
                });
                patterns.len() - 1
            });
            if let Some(p) = patterns.get_mut(slot) {
                p.phrases.push((id, wildcard));
            }
        }
        let trie = Trie::new(&keys);
        PhraseSet {
            trie,
            patterns,
            ids: phrases.len(),
        }
    }

    /// How many phrases the set was built from: every [`PhraseId`] is below.
    pub fn len(&self) -> usize {
        self.ids
    }

    pub fn is_empty(&self) -> bool {
        self.ids == 0
    }

    /// All hits in the text, sorted by (start, end, phrase id); overlapping
    /// hits of different phrases are all reported.
    pub fn find_all(&self, text: &FoldedText) -> Vec<PhraseHit> {
        let mut hits = Vec::new();
        self.hits_into(text, &mut hits);
        hits.sort_unstable_by_key(|h| (h.span.start, h.span.end, h.phrase));
        hits
    }

    /// Append every hit, as [`PhraseSet::find_all`] finds them, to `hits` by
    /// start (hits at one start shortest first). One phrase's hits therefore
    /// come in text order, which lets a caller group hits by phrase without
    /// sorting. (Not generic, so its code does not depend on the caller's.)
    ///
    /// A phrase that begins with a letter or digit can only begin at a word
    /// start, and one that begins with punctuation only at that
    /// punctuation: the trie is walked from those positions alone, never
    /// from inside a word.
    pub fn hits_into(&self, text: &FoldedText, hits: &mut Vec<PhraseHit>) {
        let hay = text.folded.as_str();
        let bytes = hay.as_bytes();
        let mut map = MapCursor::new(&text.map);
        let mut report = |p: usize, start: usize, end: usize, prev_word: bool| {
            self.report(hay, &mut map, p, (start, end), prev_word, hits);
        };
        if let Some(candidates) = few_bytes_finder(self.trie.first_bytes(), bytes) {
            // Phrases start with one of at most three bytes: jump between
            // them (patterns start with whole chars, so each is a char start).
            for i in candidates {
                let word = char_at(hay, i).is_some_and(char::is_alphanumeric);
                let prev_word = prev_char(hay, i).is_some_and(char::is_alphanumeric);
                if !(word && prev_word) {
                    self.trie
                        .walk(bytes, i, |p, end| report(p, i, end, prev_word));
                }
            }
            return;
        }
        let trie = &self.trie;
        let mut prev_word = false;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let kind = trie.kind(b);
            if kind & NON_ASCII == 0 {
                let word = kind & WORD_BYTE != 0;
                if kind & STARTS != 0 && !(word && prev_word) {
                    trie.walk(bytes, i, |p, end| report(p, i, end, prev_word));
                }
                i += 1;
                if word {
                    // The rest of an ASCII word holds no phrase start.
                    let rest = bytes.get(i..).unwrap_or_default();
                    i += rest
                        .iter()
                        .position(|&b| trie.kind(b) & WORD_BYTE == 0)
                        .unwrap_or(rest.len());
                }
                prev_word = word;
                continue;
            }
            let Some(c) = char_at(hay, i) else {
                break;
            };
            let word = c.is_alphanumeric();
            if !(word && prev_word) {
                trie.walk(bytes, i, |p, end| report(p, i, end, prev_word));
            }
            prev_word = word;
            i += c.len_utf8();
        }
    }

    /// Report the phrases of pattern `p` matched at `start..end` of the
    /// folded text `hay`, where their word boundaries allow. Kept out of
    /// line: the scan loop around it stays small.
    #[inline(never)]
    fn report(
        &self,
        hay: &str,
        map: &mut MapCursor<'_>,
        p: usize,
        (start, end): (usize, usize),
        after_word_start: bool,
        hits: &mut Vec<PhraseHit>,
    ) {
        let Some(pattern) = self.patterns.get(p) else {
            return;
        };
        if pattern.word_start && after_word_start {
            return;
        }
        let after_word = match hay.as_bytes().get(end) {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            _ => next_char(hay, end).is_some_and(char::is_alphanumeric),
        };
        let mut word_end = None;
        for &(id, wildcard) in &pattern.phrases {
            let end = if wildcard {
                *word_end.get_or_insert_with(|| end_of_word(hay, end))
            } else if pattern.word_end && after_word {
                continue;
            } else {
                end
            };
            let (start, end) = map.span(start, end);
            hits.push(PhraseHit {
                phrase: id,
                span: Span::new(start, end),
            });
        }
    }
}

/// The offsets of `hay` holding one of `first`, when there are at most
/// three such bytes (found with `memchr`); `None` for more.
fn few_bytes_finder<'h>(
    first: &[u8],
    hay: &'h [u8],
) -> Option<Box<dyn Iterator<Item = usize> + 'h>> {
    match *first {
        [] => Some(Box::new(std::iter::empty())),
        [a] => Some(Box::new(memchr::memchr_iter(a, hay))),
        [a, b] => Some(Box::new(memchr::memchr2_iter(a, b, hay))),
        [a, b, c] => Some(Box::new(memchr::memchr3_iter(a, b, c, hay))),
        _ => None,
    }
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|s| s.chars().next())
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|s| s.chars().next_back())
}

fn next_char(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|s| s.chars().next())
}

/// The end of the word running on from `i` (letters and digits).
fn end_of_word(s: &str, i: usize) -> usize {
    match s.get(i..) {
        Some(rest) => rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(s.len(), |(j, _)| i + j),
        None => i,
    }
}

#[cfg(test)]
mod tests;
