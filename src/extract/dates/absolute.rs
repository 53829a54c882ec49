//! Absolute dates: "October 29", "Friday, October 17", "29 October 2025",
//! "Oct. 31–Nov. 1", "from October 31 to November 1", "2025-10-29", "in
//! August", "August 2025", "mid-October", "the 29th", and years.

use super::calendar::{month_bounds, month_of, nearest_year, weekday_of, year_bounds};
use super::Found;
use crate::extract::numbers::token::{TokKind, Token, DASHES};
use chrono::{Datelike, NaiveDate};

/// Words after which a bare month name is a month ("in August", "until
/// March", "early May").
const MONTH_LEAD: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "to",
    "through",
    "before",
    "after",
    "between",
    "of",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "throughout",
];

fn tok<'a>(toks: &'a [Token<'_>], k: usize) -> Option<&'a Token<'a>> {
    toks.get(k)
}

fn is_word(toks: &[Token<'_>], k: usize, w: &str) -> bool {
    tok(toks, k).is_some_and(|t| t.is_word(w))
}

/// A month name at `k`, with the glued period of an abbreviation: (month,
/// abbreviated, ambiguous word, index past).
fn month_at(toks: &[Token<'_>], k: usize) -> Option<(u32, bool, bool, usize)> {
    let t = tok(toks, k).filter(|t| t.kind == TokKind::Word)?;
    let (m, abbrev, ambiguous) = month_of(t.text)?;
    let dot = tok(toks, k + 1).is_some_and(|d| d.glued && d.is_punct(&['.']));
    Some((
        m,
        abbrev,
        ambiguous,
        if abbrev && dot { k + 2 } else { k + 1 },
    ))
}

/// A day of the month at `k` ("29", "29th").
fn day_at(toks: &[Token<'_>], k: usize) -> Option<(u32, usize)> {
    let t = tok(toks, k)?;
    let digits = match t.kind {
        TokKind::Num => t.text,
        TokKind::Mixed => {
            let at = t.text.find(|c: char| !c.is_ascii_digit())?;
            let (d, suffix) = t.text.split_at(at);
            let n: u64 = d.parse().ok()?;
            let fits = crate::extract::numbers::ordinal_suffix_fits(n, suffix);
            if !fits {
                return None;
            }
            d
        }
        _ => return None,
    };
    if digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some((d, k + 1))
}

/// A year at `k` ("2025"), optionally after a comma.
fn year_at(toks: &[Token<'_>], k: usize) -> Option<(i32, usize)> {
    let k = if tok(toks, k).is_some_and(|t| t.is_punct(&[','])) {
        k + 1
    } else {
        k
    };
    let t = tok(toks, k).filter(|t| t.kind == TokKind::Num && t.text.len() == 4)?;
    let y: i32 = t.text.parse().ok()?;
    (1800..=2100).contains(&y).then_some((y, k + 1))
}

/// One day, year perhaps missing.
#[derive(Debug, Clone, Copy)]
struct Point {
    month: u32,
    day: u32,
    year: Option<i32>,
    next: usize,
}

/// "[Friday,] October 29[, 2025]" or "[Friday,] [the] 29[th] [of] October
/// [2025]".
fn point_at(toks: &[Token<'_>], k: usize) -> Option<Point> {
    let mut k = k;
    if tok(toks, k).is_some_and(|t| weekday_of(t.text).is_some()) {
        k += if tok(toks, k + 1).is_some_and(|t| t.is_punct(&[','])) {
            2
        } else {
            1
        };
    }
    if let Some((month, _, _, after)) = month_at(toks, k) {
        let (day, after) = day_at(toks, after)?;
        // "October 2025" is a month; a day must not run on into digits.
        return Some(with_year(toks, month, day, after));
    }
    let k = if is_word(toks, k, "the") { k + 1 } else { k };
    let (day, after) = day_at(toks, k)?;
    let after = if is_word(toks, after, "of") {
        after + 1
    } else {
        after
    };
    let (month, _, _, after) = month_at(toks, after)?;
    Some(with_year(toks, month, day, after))
}

/// A month and day, with the year that follows at `after` if there is one.
fn with_year(toks: &[Token], month: u32, day: u32, after: usize) -> Point {
    match year_at(toks, after) {
        Some((y, next)) => Point {
            month,
            day,
            year: Some(y),
            next,
        },
        None => Point {
            month,
            day,
            year: None,
            next: after,
        },
    }
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Resolve a range of two points, sharing a written year.
fn resolve(a: Point, b: Point, reference: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let wraps = (b.month, b.day) < (a.month, a.day);
    let make = |ya: i32| {
        let yb = if wraps { ya + 1 } else { ya };
        Some((date(ya, a.month, a.day)?, date(yb, b.month, b.day)?))
    };
    match (a.year, b.year) {
        (Some(ya), Some(yb)) => Some((date(ya, a.month, a.day)?, date(yb, b.month, b.day)?)),
        (Some(ya), None) => make(ya),
        (None, Some(yb)) => make(if wraps { yb - 1 } else { yb }),
        (None, None) => nearest_year(reference, make),
    }
    .filter(|(s, e)| s <= e)
}

/// A date or a date range starting at token `k`.
pub(crate) fn read_absolute(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    read_iso(toks, k)
        .or_else(|| read_range(toks, k, reference))
        .or_else(|| read_month(toks, k, reference))
        .or_else(|| read_ordinal_day(toks, k, reference))
}

fn read_iso(toks: &[Token<'_>], k: usize) -> Option<Found> {
    let part = |j: usize, len: usize| {
        tok(toks, j)
            .filter(|t| t.kind == TokKind::Num && t.text.len() == len && (j == k || t.glued))
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    let dash = |j: usize| tok(toks, j).is_some_and(|t| t.glued && t.is_punct(&['-']));
    let y = i32::try_from(part(k, 4)?).ok()?;
    if !(dash(k + 1) && dash(k + 3)) {
        return None;
    }
    let d = date(y, part(k + 2, 2)?, part(k + 4, 2)?)?;
    Some(Found::new(k, k + 5, d, d))
}

fn read_range(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    let lead = tok(toks, k).map(|t| t.lower());
    let (start, lead) = match lead.as_deref() {
        Some("from") => (k + 1, Some("from")),
        Some("between") => (k + 1, Some("between")),
        _ => (k, None),
    };
    // "29-31 October": a bare day, a dash, then a full point.
    if let Some((d1, after)) = day_at(toks, start) {
        if tok(toks, after).is_some_and(|t| t.is_punct(DASHES)) {
            if let Some(b) = point_at(toks, after + 1) {
                let a = Point {
                    month: b.month,
                    day: d1,
                    year: b.year,
                    next: after,
                };
                let (s, e) = resolve(a, b, reference)?;
                return Some(Found::new(k, b.next, s, e));
            }
        }
    }
    let a = point_at(toks, start)?;
    let conn = tok(toks, a.next);
    let ok = match (lead, conn) {
        (_, None) => false,
        (Some("between"), Some(c)) => c.is_word("and"),
        (_, Some(c)) => {
            c.is_punct(DASHES)
                || ["to", "through", "thru", "until", "till"]
                    .iter()
                    .any(|w| c.is_word(w))
        }
    };
    if ok {
        let b = point_at(toks, a.next + 1).or_else(|| {
            // "October 29-31", "October 29 to 31": the end day in the same month.
            let (day, next) = day_at(toks, a.next + 1)?;
            let year = year_at(toks, next);
            Some(Point {
                month: a.month,
                day,
                year: year.map(|y| y.0),
                next: year.map_or(next, |y| y.1),
            })
        });
        if let Some(b) = b {
            if let Some((s, e)) = resolve(a, b, reference) {
                return Some(Found::new(k, b.next, s, e));
            }
        }
    }
    if lead.is_some() {
        return None;
    }
    let (s, _) = resolve(a, a, reference)?;
    Some(Found::new(k, a.next, s, s))
}

/// "August", "August 2025", "early/mid/late October", "mid-October",
/// "last/next/this August".
fn read_month(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    let first = tok(toks, k)?.lower();
    let (part, at) = match &*first {
        "early" => (Some(1), k + 1),
        "mid" if tok(toks, k + 1).is_some_and(|t| t.is_punct(DASHES)) => (Some(2), k + 2),
        "mid" => (Some(2), k + 1),
        "late" => (Some(3), k + 1),
        "last" | "next" | "this" => (None, k + 1),
        _ => (None, k),
    };
    let (month, abbrev, ambiguous, after) = month_at(toks, at)?;
    let year =
        year_at(toks, after).filter(|_| !tok(toks, after).is_some_and(|t| t.is_punct(&[','])));
    let prev = k
        .checked_sub(1)
        .and_then(|j| tok(toks, j))
        .map(|t| t.lower());
    let led = at > k || prev.as_deref().is_some_and(|p| MONTH_LEAD.contains(&p));
    let next_cap = tok(toks, after).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalised());
    let initial = k == 0;
    let accepted = year.is_some() || led || (!ambiguous && !abbrev && !next_cap && !initial);
    if !accepted || (abbrev && year.is_none()) {
        return None;
    }
    let bounds = |y: i32| {
        let (s, e) = month_bounds(y, month)?;
        Some(match part {
            Some(1) => (s, s.with_day(10)?),
            Some(2) => (s.with_day(11)?, s.with_day(20)?),
            Some(3) => (s.with_day(21)?, e),
            _ => (s, e),
        })
    };
    let (s, e) = match (year, &*first) {
        (Some((y, _)), _) => bounds(y)?,
        (None, _) if prev.as_deref() == Some("since") => {
            // "since March" looks back: the latest March begun by now.
            let y = reference.year() - i32::from(month > reference.month());
            bounds(y)?
        }
        (None, "last") => {
            let y = reference.year() - i32::from(month >= reference.month());
            bounds(y)?
        }
        (None, "next") => {
            let y = reference.year() + i32::from(month <= reference.month());
            bounds(y)?
        }
        (None, _) => nearest_year(reference, bounds)?,
    };
    Some(Found::new(k, year.map_or(after, |y| y.1), s, e))
}

/// "the 29th" in the reference month, when the context makes it a day ("on
/// the 29th", "the 29th and 30th"), not "the 21st century".
fn read_ordinal_day(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    if !is_word(toks, k, "the") || tok(toks, k + 1).is_none_or(|t| t.kind != TokKind::Mixed) {
        return None;
    }
    let (day, after) = day_at(toks, k + 1)?;
    let prev = k
        .checked_sub(1)
        .and_then(|j| tok(toks, j))
        .map(|t| t.lower());
    let led = prev.as_deref().is_some_and(|p| {
        [
            "on", "until", "till", "by", "from", "since", "before", "after",
        ]
        .contains(&p)
    });
    let follows = [
        "and", "or", "to", "through", "until", "at", "in", "when", "for", "as", "after", "before",
        "with", "but", "so", "from",
    ];
    let free = match tok(toks, after) {
        None => true,
        Some(t) if t.kind == TokKind::Punct => true,
        Some(t) => follows.iter().any(|w| t.is_word(w)),
    };
    if !(led || free) {
        return None;
    }
    let d = date(reference.year(), reference.month(), day)?;
    Some(Found::new(k, after, d, d))
}

/// A year on its own ("in 2019", "2019's", "2025-26"), as the number
/// extractor reads it; decades ("the 1990s") are not dates here.
pub(crate) fn read_year(
    toks: &[Token<'_>],
    k: usize,
    years: &[(usize, usize, i32)],
) -> Option<Found> {
    let t = tok(toks, k)?;
    let &(_, end_byte, y) = years.iter().find(|(s, _, _)| *s == t.span.start)?;
    if t.kind != TokKind::Num {
        return None;
    }
    let mut end = k + 1;
    while tok(toks, end).is_some_and(|n| n.span.end <= end_byte) {
        end += 1;
    }
    if end > k + 3 {
        // An ISO date, read by `read_iso`.
        return None;
    }
    let last = tok(toks, end - 1)?;
    let (s, mut e) = year_bounds(y)?;
    if end > k + 1 {
        // "2025-26": through the end of the second year.
        let two = last.text.parse::<i32>().ok()?;
        let y2 = if last.text.len() == 2 {
            y - y % 100 + two
        } else {
            two
        };
        if y2 <= y {
            return None;
        }
        e = year_bounds(y2)?.1;
    }
    Some(Found::new(k, end, s, e))
}
