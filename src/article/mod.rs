//! Articles: loading, the analysable text, sentences and clauses.
//!
//! An [`Article`] keeps its original `source` (what diagnostics show) and a
//! `text` of exactly the same byte length in which markup, front matter and
//! the dateline are blanked with spaces, so every span found in `text` is
//! also a span of `source`.

use crate::source::Span;
use chrono::NaiveDate;

/// One article to check.
#[derive(Debug, Clone)]
pub struct Article {
    /// Path as given, `-` for stdin, or `FILE:LINE#id` for a JSONL record.
    pub name: String,
    /// The original text.
    pub source: String,
    /// `source` with non-prose bytes replaced by ASCII spaces (same length,
    /// same char boundaries).
    pub text: String,
    /// The article's own date (header, front matter, dateline or JSONL `date`).
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
}

/// A sentence of an article, with its clauses (in order, covering the
/// sentence's words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub clauses: Vec<Span>,
}

mod blank;
pub(crate) mod clause;
mod dateline;
mod jsonl;
pub mod load;
mod markdown;
mod marks;
mod normalize;
pub mod segment;
mod sentence_end;

pub use load::{LoadError, LoadOptions};
pub use segment::segment;
