//! Fact-agnostic extractors: what a copy editor sees in a sentence.
//!
//! Each extractor takes the article text and a span (a sentence or clause)
//! and returns typed values with byte spans into that text. Nothing here
//! knows about facts, cues or verdicts, and nothing here does I/O.

use crate::source::Span;
use chrono::NaiveDate;
use serde::Serialize;

/// What sort of number a numeral is, which decides whether it can be a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    /// "three", "3", "1,354", "88 million", "a dozen".
    Cardinal,
    /// "once", "twice", "thrice", "three times", "on three occasions":
    /// how often something happened.
    Times,
    /// "first", "3rd".
    Ordinal,
    /// "2019" used as a year.
    Year,
    /// "100 per cent", "45%".
    Percent,
    /// "$5", "5 dollars", "€3 billion".
    Money,
    /// "3 p.m.", "10:30".
    Clock,
    /// "three-day", "two-year": a number inside a compound modifier.
    Modifier,
    /// "2.5", "1/2": not a whole count.
    Fraction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Number {
    /// The numeral itself ("three", "1,354", "88 million", "twice"); for
    /// "three times"/"on three occasions" the whole phrase.
    pub span: Span,
    pub value: u64,
    pub kind: NumberKind,
}

/// A date expression resolved to an inclusive interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub span: Span,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// A quoted passage and who it is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// From the opening to the closing mark (or the end of the paragraph
    /// when a quotation is left open).
    pub span: Span,
    /// The words inside the marks.
    pub inner: Span,
    /// The words naming the speaker ("Kim", "Kang Kyung-wha", "he"), when
    /// the sentence attributes the quotation.
    pub speaker: Option<Span>,
}

/// A negation cue ("not", "n't", "never", "yet to", …) and the clause it
/// governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NegationCue {
    pub span: Span,
}

/// A run of capitalised words ("Kang Kyung-wha", "South Korean President Lee
/// Jae Myung"): where a name and its near misses are sought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameRun {
    pub span: Span,
    /// Each word's span (a hyphenated word is one word).
    pub words: Vec<Span>,
}

pub mod dates;
pub(crate) mod letters;
pub mod names;
pub mod negation;
pub mod numbers;
pub mod quotes;
pub mod wording;
