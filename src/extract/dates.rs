//! Date expressions, absolute and relative, resolved to day intervals.
//!
//! [`extract_dates`] finds every date expression in a span and resolves it
//! to an inclusive interval of days. Conventions:
//!
//! - A mention's span covers the whole expression ("Friday, October 17",
//!   "from October 31 to November 1", "mid-October", "later this month",
//!   "two weeks ago") but not a leading preposition that adds nothing ("in
//!   August" → "August", "until November 1" → "November 1", the day itself,
//!   "since 2019" → "2019", the year). Mentions never overlap; at one place
//!   the longest reading wins.
//! - A month and day without a year take the year that puts the date
//!   nearest the reference (within about six months either way); so does a
//!   bare month ("in August" on 2025-10-18 is August 2025, "January" is
//!   January 2026). "last August"/"next March" take the previous/next one.
//! - "early/mid/late October" are days 1–10, 11–20 and 21 to the end.
//! - "the 29th" is that day of the reference month, and only where it
//!   reads as a date ("on the 29th", "the 29th and 30th"), not "the 21st
//!   century".
//! - A bare weekday is the most recent such day, today included, unless its
//!   clause speaks of the future ("will", "is set to", "is expected to",
//!   "scheduled", … or the present of a scheduled event: "the talks that
//!   begin on Monday", "the trial opens Tuesday"), then the next one, today
//!   included. "last Friday" is
//!   the most recent before today, "next Friday"/"this coming Friday" the
//!   first after today, "this Friday" the next one, today included.
//! - "this/last/next week" are Monday–Sunday weeks; months and years are
//!   calendar ones. "earlier this month" runs from the first to the
//!   reference, "later this year" from the reference to December 31.
//! - Seasons are northern: spring March–May, summer June–August, fall/
//!   autumn September–November, winter December–February.
//! - "in two weeks"/"two weeks ago" are windows: days exact, weeks ±3 days,
//!   months ±15 days around the point, years the whole calendar year.
//!   "within two weeks" runs from the reference to the end point. Wide
//!   windows are deliberate: a contradiction needs disjoint intervals.
//! - Parts of a year ("the first half of 2026", "Q3 2025", "the end of the
//!   year", "early 2026") are their calendar months.
//! - Years on their own are dates when the number extractor reads them as
//!   years ("in 2019", "2019’s", "2018 talks"); "2025-26" spans both years.
//!   Not dates: the modal "may", "a march", lowercase month words, month
//!   abbreviations without a day or year, numeric dates other than ISO
//!   ("10/29/2025"), decades ("the 1990s"), "a day after", "later that
//!   year".

mod absolute;
pub(crate) mod calendar;
mod part_of_year;
mod relative;

#[cfg(test)]
mod tests;

use crate::extract::numbers::{extract_numbers, token::tokenize};
use crate::extract::{DateMention, Number, NumberKind};
use crate::source::Span;
use chrono::NaiveDate;

/// A date read at tokens `first..next`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    first: usize,
    next: usize,
    start: NaiveDate,
    end: NaiveDate,
}

impl Found {
    pub(crate) fn new(first: usize, next: usize, start: NaiveDate, end: NaiveDate) -> Found {
        Found {
            first,
            next,
            start,
            end,
        }
    }
}

/// Every date expression in `span` of `text`, resolved against `reference`.
pub fn extract_dates(text: &str, span: Span, reference: NaiveDate) -> Vec<DateMention> {
    if !may_hold_date(span.slice(text)) {
        return Vec::new();
    }
    extract_dates_with(text, span, reference, &extract_numbers(text, span))
}

/// Words that some date reading needs when the text has no digit: deictic
/// days, parts of a day ("this morning", "last night"), units of time
/// ("last week", "two months ago", "later this year") and seasons. Month and
/// weekday names are the other such words.
const DATE_WORDS: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
];

/// Whether `s` may hold a date expression: every reading needs a digit, a
/// month or weekday name, or one of [`DATE_WORDS`]. Most sentences have
/// none of these, and this costs far less than reading them. Every date
/// test goes through it (via [`extract_dates`]), so a reading it missed
/// would fail there.
pub fn may_hold_date(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
        || s.split(|c: char| !c.is_alphabetic()).any(|w| {
            calendar::month_of(w).is_some()
                || calendar::weekday_of(w).is_some()
                || DATE_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d))
        })
}

/// [`extract_dates`] given the numbers of the same span (read once and
/// shared with the number extractor's other users).
pub fn extract_dates_with(
    text: &str,
    span: Span,
    reference: NaiveDate,
    numbers: &[Number],
) -> Vec<DateMention> {
    let toks = tokenize(text, span);
    let years: Vec<(usize, usize, i32)> = numbers
        .iter()
        .filter(|n| n.kind == NumberKind::Year)
        .filter_map(|n| Some((n.span.start, n.span.end, i32::try_from(n.value).ok()?)))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let found = [
            absolute::read_absolute(&toks, k, reference),
            part_of_year::read_part_of_year(&toks, k, reference),
            relative::read_relative(&toks, k, reference),
            absolute::read_year(&toks, k, &years),
        ]
        .into_iter()
        .flatten()
        .filter(|f| f.next > f.first && f.start <= f.end)
        .max_by_key(|f| f.next);
        let spans = found.and_then(|f| Some((f, toks.get(f.first)?, toks.get(f.next - 1)?)));
        match spans {
            Some((f, a, b)) => {
                out.push(DateMention {
                    span: a.span.cover(b.span),
                    start: f.start,
                    end: f.end,
                });
                k = f.next;
            }
            None => k += 1,
        }
    }
    out
}
