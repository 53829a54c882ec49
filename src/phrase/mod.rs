//! Phrase matching as the spec's "Phrases" paragraph defines it:
//! case-insensitive, on word boundaries, any whitespace run as one space,
//! straight and typographic quotes, apostrophes and dashes alike, a trailing
//! `*` for any word ending, a possessive matching its name.
//!
//! All phrases of all facts are compiled once into one automaton
//! ([`PhraseSet`]); an article is folded once ([`FoldedText`]) and scanned once.
//!
//! Word boundaries follow the usual rule: where a phrase begins (ends) with a
//! letter or digit, the char before (after) the match must not be one, so
//! "answered" does not match inside "unanswered" and "letter" not inside
//! "letters". A phrase edge that is punctuation ("%") needs no boundary.

mod fold;

use crate::source::Span;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use fold::Checkpoint;
use std::collections::HashMap;

/// Up to this many distinct patterns the automaton is a full DFA.
const DFA_MAX_PATTERNS: usize = 5_000;

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

/// What one automaton pattern stands for: every phrase that folds to it.
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
    automaton: Option<AhoCorasick>,
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
        // A full DFA is the fastest overlapping search; it takes memory in
        // proportion to states × byte classes, so past a few thousand
        // patterns let the crate choose (it falls back to an NFA). Building
        // only fails past internal size limits (billions of states); an
        // empty set then matches nothing.
        let kind = (keys.len() <= DFA_MAX_PATTERNS).then_some(AhoCorasickKind::DFA);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(kind)
            .build(&keys)
            .ok();
        PhraseSet {
            automaton,
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
        self.for_each_hit(text, |h| hits.push(h));
        hits.sort_unstable_by_key(|h| (h.span.start, h.span.end, h.phrase));
        hits
    }

    /// Every hit, as [`PhraseSet::find_all`] finds them, in the order the
    /// automaton reports them: by end of the matched pattern. One phrase's
    /// hits therefore come in text order (each of its hits starts after the
    /// one before), which lets a caller group hits by phrase without sorting.
    pub fn for_each_hit(&self, text: &FoldedText, mut f: impl FnMut(PhraseHit)) {
        let Some(ac) = &self.automaton else {
            return;
        };
        let hay = text.folded.as_str();
        for m in ac.find_overlapping_iter(hay) {
            let Some(pattern) = self.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            let (start, end) = (m.start(), m.end());
            if pattern.word_start && prev_char(hay, start).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let after_word = next_char(hay, end).is_some_and(char::is_alphanumeric);
            let mut word_end = None;
            for &(id, wildcard) in &pattern.phrases {
                let end = if wildcard {
                    *word_end.get_or_insert_with(|| end_of_word(hay, end))
                } else if pattern.word_end && after_word {
                    continue;
                } else {
                    end
                };
                f(PhraseHit {
                    phrase: id,
                    span: Span::new(text.to_original(start), text.to_original(end)),
                });
            }
        }
    }
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
