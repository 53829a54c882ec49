//! Numbers: digits, number words, multiplicatives; what is and is not a count.
//!
//! [`extract_numbers`] returns every number in a span with the kind that
//! decides whether it can be a count ([`NumberKind`]). Conventions:
//!
//! - Values are read whole: "1,354" is 1354, "88 million" 88000000, "2.5
//!   million" 2500000 (a [`NumberKind::Cardinal`], being whole). "10 000"
//!   is two numbers: a space is not a thousands separator.
//! - Spans cover the numeral and any sign glued to it ("$5 million",
//!   "45%", "US$3"), not unit *words* after it: in "100 per cent", "5
//!   dollars" and "3 p.m." the span is the numeral, so a cue naming the
//!   unit sits right after it. The exceptions are frequencies, whose span is
//!   the whole phrase ("three times", "on three occasions", "3 times").
//! - A day of the month next to a month name ("Oct. 29", "29 October", the
//!   31 of "October 29-31") and "29th" are [`NumberKind::Ordinal`]: a day
//!   is a position, never a count.
//! - Four plain digits 1800–2100 are a [`NumberKind::Year`] unless a count
//!   noun follows ("2000 troops") or an approximator precedes ("about
//!   2000"); "2,019" is always a count. "1990s", "2025-26" and ISO dates
//!   ("2025-10-29", one number for the whole date) are years too.
//! - "three times as many", "twice the size", "twice a year" are
//!   [`NumberKind::Modifier`] (multipliers and rates, not how often);
//!   "three-day", "5-year-old" are modifiers too.
//! - [`NumberKind::Fraction`] values are the whole part ("2.5" → 2, "1/2"
//!   → 0, "half" → 0), or the numerator of a fraction in words
//!   ("two-thirds" → 2).
//! - [`NumberKind::Clock`] values are 24-hour `HHMM` ("3 p.m." → 1500,
//!   "10:30" → 1030). "noon" and "midnight" are not read.
//! - Not numbers at all: labels ("No. 1", "Article 5", "F-35", "COVID-19",
//!   "G20", "3D"), "a" on its own, vague amounts ("dozens", "a couple of",
//!   "a pair of"), numeric dates other than ISO ("10/29/2025"), the pronoun
//!   "one" ("no one", "the one who", "one another"), and "once" meaning
//!   "formerly" or "as soon as" ("Trump once called", "once talks begin").

mod context;
mod lexicon;
mod numeral;
mod read;
pub(crate) mod token;
pub(crate) mod words;

pub(crate) use numeral::ordinal_suffix_fits;

#[cfg(test)]
mod tests;

use crate::extract::Number;
#[cfg(doc)]
use crate::extract::NumberKind;
use crate::source::Span;

/// Every number in `span` of `text`, in order and without overlaps.
pub fn extract_numbers(text: &str, span: Span) -> Vec<Number> {
    let toks = token::tokenize(text, span);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        i = read::read_at(&toks, i, &mut out).max(i + 1);
    }
    out
}
