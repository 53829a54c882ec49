//! Comparing the wording of a quoted passage with a known statement.

use crate::source::Span;

/// A word of a passage, normalised for comparison (case, punctuation and
/// regional spellings folded away).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub norm: String,
    pub span: Span,
}

/// Split `span` of `text` into normalised words.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let _ = (text, span);
    Vec::new()
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
pub fn compare(passage: &[Word], statement: &[Word]) -> Wording {
    let _ = (passage, statement);
    Wording::Unrelated
}
