//! Comparing the wording of a quoted passage with a known statement.
//!
//! [`words`] splits a span into words normalised for comparison: lowercase,
//! diacritics dropped, punctuation dropped (inside words too: "U.S." is
//! "us", "we’ll" is "well"), hyphens and dashes splitting words
//! ("face-to-face" is three words, as "face to face" is), and British and
//! American spellings folded together (see `spelling`).
//!
//! [`compare`] aligns the whole passage against a window of the statement
//! (see `align`) and says whether the passage is an exact part of it, a
//! close but different wording of a part (a misquote, with the words added,
//! dropped or changed), or unrelated.

mod align;
mod spelling;

use crate::source::Span;
use unicode_normalization::char::is_combining_mark;

#[cfg(test)]
mod tests;

/// A word of a passage, normalised for comparison (case, punctuation and
/// regional spellings folded away).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub norm: String,
    pub span: Span,
}

/// Characters that join two parts of one word and are then dropped.
fn is_inner_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Split `span` of `text` into normalised words.
pub fn words(text: &str, span: Span) -> Vec<Word> {
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
                Some(&(_, c)) if c.is_alphanumeric() || is_combining_mark(c) => j += 1,
                Some(&(_, c))
                    if is_inner_joiner(c)
                        && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) =>
                {
                    j += 2
                }
                _ => break,
            }
        }
        let end = chars.get(j).map_or(slice.len(), |&(o, _)| o);
        let norm = normalise(&slice[start..end]);
        if !norm.is_empty() {
            out.push(Word {
                norm,
                span: Span::new(span.start + start, span.start + end),
            });
        }
        i = j;
    }
    out
}

/// Lowercase, diacritics and inner punctuation dropped, spelling folded.
fn normalise(raw: &str) -> String {
    let mut letters = String::with_capacity(raw.len());
    crate::extract::letters::push_plain(raw, &mut letters);
    let plain: String = letters.chars().filter(|c| c.is_alphanumeric()).collect();
    spelling::fold_spelling(&plain)
}

/// How a passage relates to a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wording {
    /// The passage is a contiguous part of the statement (words
    /// `start..end` of it).
    Exact { start: usize, end: usize },
    /// The passage is close to a part of the statement but differs.
    Differs(Vec<WordChange>),
    /// Not the same statement.
    Unrelated,
}

/// One difference between a passage and the statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordChange {
    /// Passage word(s) (index range into the passage) not in the statement.
    Added { passage: std::ops::Range<usize> },
    /// Statement word(s) missing from the passage.
    Dropped { statement: std::ops::Range<usize> },
    /// Passage words in place of statement words.
    Changed {
        passage: std::ops::Range<usize>,
        statement: std::ops::Range<usize>,
    },
}

/// Compare a passage with a statement (both already split into words).
///
/// - `Exact { start, end }` when the passage's words are statement words
///   `start..end`; also when the passage runs past the start or the end of
///   the statement (the article quotes more than is known) and the part
///   that overlaps is exact and at least two words long with a content word.
/// - `Differs` when the best alignment of the whole passage with a window of
///   the statement finds at least half of the passage's words, in order,
///   with at least one content word among them (two, and two consecutive
///   passage words found consecutively, when the passage has four words or
///   more), and the passage has at least two words.
/// - `Unrelated` otherwise, and for passages or statements over
///   2,000 words.
pub fn compare(passage: &[Word], statement: &[Word]) -> Wording {
    let p: Vec<&str> = passage.iter().map(|w| w.norm.as_str()).collect();
    let s: Vec<&str> = statement.iter().map(|w| w.norm.as_str()).collect();
    if let Some(start) = contiguous(&p, &s) {
        return Wording::Exact {
            start,
            end: start + p.len(),
        };
    }
    align::compare_aligned(&p, &s)
}

/// Where `p` occurs as a contiguous run of `s`, if it does.
fn contiguous(p: &[&str], s: &[&str]) -> Option<usize> {
    if p.is_empty() || p.len() > s.len() {
        return None;
    }
    s.windows(p.len()).position(|w| w == p)
}

/// Short function words: matching only these does not make two wordings
/// the same statement.
pub(crate) fn is_stopword(word: &str) -> bool {
    const STOPWORDS: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "as",
        "and", "or", "but", "if", "so", "that", "this", "these", "those", "there", "it", "its",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
        "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "they", "them", "their", "not", "no", "all", "any", "some", "up", "out", "about", "than",
        "then", "also", "very", "just", "what", "which", "who", "whom", "when", "where", "how",
        "well", "hed", "shed", "its", "im", "ive", "weve", "theyre", "were", "youre", "ill",
    ];
    STOPWORDS.contains(&word)
}
