//! Parts of a year: "the first half of 2026", "the second half of this
//! year", "the third quarter of 2025", "Q1 2026", "H2 2025", "the end of the
//! year", "early 2026", "late next year".
//!
//! Halves and quarters are their calendar months; "the end of" a year is
//! its December; "early", "mid" and "late" a year are January–April,
//! May–August and September–December.

use super::calendar::month_bounds;
use super::Found;
use crate::extract::numbers::token::{TokKind, Token};
use chrono::{Datelike, NaiveDate};

use crate::extract::numbers::token::word_lower as lower;

/// A year at token `k`: four digits, or "this/next/last year", "the year":
/// (year, index past).
fn year_at(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<(i32, usize)> {
    let t = toks.get(k)?;
    if t.kind == TokKind::Num && t.text.len() == 4 {
        let y: i32 = t.text.parse().ok()?;
        return (1800..=2100).contains(&y).then_some((y, k + 1));
    }
    let offset = match lower(toks, k)?.as_ref() {
        "this" | "the" => 0,
        "next" => 1,
        "last" => -1,
        _ => return None,
    };
    (lower(toks, k + 1)?.as_ref() == "year").then_some((reference.year() + offset, k + 2))
}

/// Months `first..=last` of year `y`.
fn months(y: i32, first: u32, last: u32) -> Option<(NaiveDate, NaiveDate)> {
    Some((month_bounds(y, first)?.0, month_bounds(y, last)?.1))
}

/// A part of a year starting at token `k` (after an optional "the").
pub(crate) fn read_part_of_year(
    toks: &[Token<'_>],
    k: usize,
    reference: NaiveDate,
) -> Option<Found> {
    let at = if lower(toks, k).as_deref() == Some("the") {
        k + 1
    } else {
        k
    };
    let word = match toks.get(at) {
        Some(t) if t.kind == TokKind::Mixed => t.lower(),
        _ => lower(toks, at)?,
    };
    // "Q1 2026", "H2 2025": a letter and its number, one token or glued.
    let letter_number = match word.as_bytes() {
        [l @ (b'q' | b'h'), d @ b'1'..=b'4'] => Some((*l, u32::from(d - b'0'), at + 1)),
        [l @ (b'q' | b'h')] => toks
            .get(at + 1)
            .filter(|t| t.glued && t.kind == TokKind::Num)
            .and_then(|t| t.text.parse().ok())
            .map(|n| (*l, n, at + 2)),
        _ => None,
    };
    let (span, next) = match word.as_ref() {
        _ if letter_number.is_some() => {
            let (letter, n, after) = letter_number?;
            let of = usize::from(lower(toks, after).as_deref() == Some("of"));
            let (y, next) = year_at(toks, after + of, reference)?;
            let span = match (letter, n) {
                (b'q', 1..=4) => months(y, 3 * n - 2, 3 * n)?,
                (b'h', 1..=2) => months(y, 6 * n - 5, 6 * n)?,
                _ => return None,
            };
            (span, next)
        }
        "first" | "second" | "third" | "fourth" | "last" | "end" => {
            let part = lower(toks, at + 1);
            let (unit, of) = match part.as_deref() {
                Some("half" | "quarter") => (part, at + 2),
                Some("of") if word == "end" => (None, at + 1),
                _ => return None,
            };
            if lower(toks, of).as_deref() != Some("of") {
                return None;
            }
            let (y, next) = year_at(toks, of + 1, reference)?;
            let ordinal = match word.as_ref() {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" => 4,
                _ => 0,
            };
            let span = match (unit.as_deref(), ordinal) {
                (None, _) => months(y, 12, 12)?,
                (Some("half"), 1..=2) => months(y, 6 * ordinal - 5, 6 * ordinal)?,
                (Some("half"), 0) => months(y, 7, 12)?,
                (Some("quarter"), 1..=4) => months(y, 3 * ordinal - 2, 3 * ordinal)?,
                (Some("quarter"), 0) => months(y, 10, 12)?,
                _ => return None,
            };
            (span, next)
        }
        "early" | "mid" | "late" => {
            let skip = usize::from(toks.get(at + 1).is_some_and(|t| t.is_punct(&['-'])));
            let (y, next) = year_at(toks, at + 1 + skip, reference)?;
            // "early this year" and the like, or a four-digit year; not
            // "late the year".
            if lower(toks, at + 1 + skip).as_deref() == Some("the") {
                return None;
            }
            let span = match word.as_ref() {
                "early" => months(y, 1, 4)?,
                "mid" => months(y, 5, 8)?,
                _ => months(y, 9, 12)?,
            };
            (span, next)
        }
        _ => return None,
    };
    Some(Found::new(k, next, span.0, span.1))
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::extract_dates;
    use crate::source::Span;
    use chrono::NaiveDate;

    fn one(s: &str) -> Vec<(String, String, String)> {
        let r = NaiveDate::from_ymd_opt(2025, 11, 17).unwrap_or_default();
        extract_dates(s, Span::new(0, s.len()), r)
            .into_iter()
            .map(|m| {
                (
                    m.span.slice(s).to_string(),
                    m.start.to_string(),
                    m.end.to_string(),
                )
            })
            .collect()
    }

    fn is(s: &str, text: &str, start: &str, end: &str) {
        assert_eq!(
            one(s),
            vec![(text.to_string(), start.to_string(), end.to_string())],
            "{s:?}"
        );
    }

    #[test]
    fn halves_quarters_and_ends() {
        is(
            "close in the first half of 2026",
            "the first half of 2026",
            "2026-01-01",
            "2026-06-30",
        );
        is(
            "close in the second half of 2026.",
            "the second half of 2026",
            "2026-07-01",
            "2026-12-31",
        );
        is(
            "in the third quarter of 2025",
            "the third quarter of 2025",
            "2025-07-01",
            "2025-09-30",
        );
        is(
            "by the end of this year",
            "the end of this year",
            "2025-12-01",
            "2025-12-31",
        );
        is(
            "by the end of the year",
            "the end of the year",
            "2025-12-01",
            "2025-12-31",
        );
        is("in Q1 2026", "Q1 2026", "2026-01-01", "2026-03-31");
        is("in H2 2025", "H2 2025", "2025-07-01", "2025-12-31");
        is("in early 2026", "early 2026", "2026-01-01", "2026-04-30");
        is(
            "late next year",
            "late next year",
            "2026-09-01",
            "2026-12-31",
        );
    }

    #[test]
    fn not_parts_of_a_year() {
        assert!(one("the first half of the match").is_empty());
        assert!(one("the end of the talks").is_empty());
        assert!(one("he was late").is_empty());
    }
}
