//! Relative dates resolved against the reference date: "today",
//! "yesterday", weekdays, "last month", "later this year", "this fall",
//! "in two weeks", "two weeks ago", "earlier in 2025".

use super::calendar::{
    add_days, month_bounds, month_of, shift_month, strip_possessive, week_bounds, weekday_of,
    year_bounds,
};
use super::Found;
use crate::extract::numbers::token::{TokKind, Token};
use crate::extract::numbers::words::read_number_words;
use chrono::{Datelike, NaiveDate, Weekday};

/// Words before a weekday, in its clause, that put it in the future ("will
/// meet Xi on Friday").
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "set",
    "expected",
    "scheduled",
    "due",
    "plans",
    "plan",
    "planned",
    "going",
    "upcoming",
    "slated",
    "wo",
    // The present of a scheduled event: "the talks that begin on Monday".
    "begin",
    "begins",
    "start",
    "starts",
    "open",
    "opens",
    "resume",
    "resumes",
];
const CLAUSE_BREAKS: &[char] = &[',', ';', ':', '—', '–', '(', '“', '”', '"'];
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

fn tok<'a>(toks: &'a [Token<'_>], k: usize) -> Option<&'a Token<'a>> {
    toks.get(k)
}

use crate::extract::numbers::token::word_lower as lower;

/// A relative date starting at token `k`.
pub(crate) fn read_relative(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    read_deictic(toks, k, reference)
        .or_else(|| read_weekday(toks, k, reference))
        .or_else(|| read_unit(toks, k, reference))
        .or_else(|| read_offset(toks, k, reference))
}

/// "today", "tonight", "yesterday", "tomorrow" (with "morning" etc.),
/// "this morning", "last night".
fn read_deictic(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    let t = tok(toks, k)?;
    let w = lower(toks, k)?;
    // "USA Today" is a newspaper.
    let named = t.is_capitalised()
        && k.checked_sub(1)
            .and_then(|j| tok(toks, j))
            .is_some_and(|p| p.kind == TokKind::Word && p.is_capitalised());
    let part = lower(toks, k + 1).is_some_and(|n| PARTS_OF_DAY.contains(&&*n));
    let (offset, end) = match &*w {
        "today" | "tonight" if !named => (0, k + 1),
        "yesterday" => (-1, if part { k + 2 } else { k + 1 }),
        "tomorrow" => (1, if part { k + 2 } else { k + 1 }),
        "this" if part && lower(toks, k + 1).as_deref() != Some("night") => (0, k + 2),
        "last" if lower(toks, k + 1).as_deref() == Some("night") => {
            let d = add_days(reference, -1)?;
            return Some(Found::new(k, k + 2, d, reference));
        }
        _ => return None,
    };
    let d = add_days(reference, offset)?;
    Some(Found::new(k, end, d, d))
}

/// Past forms that mark a clause as telling of the past when they stand
/// nearer a date than any word of the future ("since the quake struck on
/// Tuesday night", even after "spent two nights in the open").
const PAST: &[&str] = &[
    "was", "were", "had", "did", "struck", "said", "told", "met", "went", "came", "took", "made",
    "held", "began", "left", "saw", "spent", "fell", "rose", "won", "lost", "gave", "found", "got",
    "sent", "brought", "ran", "led", "paid", "broke", "spoke", "shook", "flew", "became",
];

/// Whether the clause before token `k` speaks of the future: a word of the
/// future ("will", "expected", "begins") nearer the date than any past form
/// ("struck", "was", a verb in -ed).
fn future_before(toks: &[Token<'_>], k: usize) -> bool {
    for t in toks.iter().take(k).rev() {
        if t.is_punct(CLAUSE_BREAKS) {
            break;
        }
        if t.kind != TokKind::Word {
            continue;
        }
        let w = t.lower();
        if FUTURE.contains(&&*w) || w.ends_with("'ll") || w.ends_with("’ll") {
            return true;
        }
        let past = PAST.contains(&&*w) || (w.len() > 4 && w.ends_with("ed") && w != "expected");
        if past {
            return false;
        }
    }
    false
}

/// Words after which "in two years" is a stretch up to now ("the worst in
/// 80 years", "for the first time in a decade").
const SUPERLATIVES: &[&str] = &[
    "worst",
    "best",
    "biggest",
    "largest",
    "highest",
    "lowest",
    "deadliest",
    "strongest",
    "weakest",
    "fastest",
    "slowest",
    "most",
    "least",
    "longest",
    "shortest",
    "sharpest",
    "steepest",
    "smallest",
    "greatest",
    "heaviest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "time",
    "ever",
];

/// Whether the word before token `k` is "until", "till" or "through".
fn until_before(toks: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|j| tok(toks, j))
        .is_some_and(|p| ["until", "till", "through"].iter().any(|w| p.is_word(w)))
}

/// Whether the clause before token `k` tells of the past ("were", "was",
/// "had", "did").
fn past_before(toks: &[Token<'_>], k: usize) -> bool {
    toks.iter()
        .take(k)
        .rev()
        .take_while(|t| !t.is_punct(CLAUSE_BREAKS))
        .any(|t| ["was", "were", "had", "did"].iter().any(|w| t.is_word(w)))
}

/// "Friday", "on Friday", "last Friday", "next Friday", "this coming
/// Friday". A bare weekday is the most recent one (today included) unless
/// its clause speaks of the future, then the next one (today included).
fn read_weekday(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    let first = lower(toks, k)?;
    let (mode, at) = match &*first {
        "last" | "next" => (&*first, k + 1),
        "this" if lower(toks, k + 1).as_deref() == Some("coming") => ("next", k + 2),
        "this" if lower(toks, k + 1).as_deref() == Some("past") => ("last", k + 2),
        "this" => ("this", k + 1),
        _ => ("", k),
    };
    let wd: Weekday = weekday_of(tok(toks, at)?.text)?;
    if mode.is_empty() && !bare_weekday_is_day(toks, k) {
        return None;
    }
    let end = if lower(toks, at + 1).is_some_and(|n| PARTS_OF_DAY.contains(&&*n)) {
        at + 2
    } else {
        at + 1
    };
    let back =
        i64::from((reference.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7);
    let ahead = (7 - back) % 7;
    let offset = match mode {
        "last" => -(if back == 0 { 7 } else { back }),
        "next" => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        "this" => ahead,
        _ if future_before(toks, k) => ahead,
        // "flags fly at half-mast until Friday": the state lasts into the
        // coming Friday, unless the clause tells of the past.
        _ if until_before(toks, k) && !past_before(toks, k) => ahead,
        _ => -back,
    };
    let d = add_days(reference, offset)?;
    Some(Found::new(k, end, d, d))
}

/// Whether a bare weekday at `k` names a day, not part of a name ("The
/// Sunday Times", "Black Friday", "Super Tuesday").
fn bare_weekday_is_day(toks: &[Token<'_>], k: usize) -> bool {
    let prev = k.checked_sub(1).and_then(|j| tok(toks, j));
    let led = prev.is_some_and(|p| {
        [
            "on", "by", "until", "till", "since", "from", "before", "after", "and", "or",
        ]
        .iter()
        .any(|w| p.is_word(w))
    });
    if led {
        return true;
    }
    let capital_word =
        |t: Option<&Token<'_>>| t.is_some_and(|t| t.kind == TokKind::Word && t.is_capitalised());
    let prev_name = capital_word(prev) && k > 0 && !prev.is_some_and(|p| p.is_word("the"));
    let next = tok(toks, k + 1);
    let next_name = capital_word(next) && next.is_some_and(|n| month_of(n.text).is_none());
    !(prev_name || next_name || prev.is_some_and(|p| p.is_word("the")))
}

/// Northern seasons of year `y`; winter runs from December into `y + 1`.
fn season(name: &str, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let (m1, m2, y2) = match name {
        "spring" => (3, 5, y),
        "summer" => (6, 8, y),
        "fall" | "autumn" => (9, 11, y),
        "winter" => (12, 2, y + 1),
        _ => return None,
    };
    Some((month_bounds(y, m1)?.0, month_bounds(y2, m2)?.1))
}

/// "this/next/last/the past week|weekend|month|year|fall", with "earlier"
/// or "later" before "this" ("later this month": from the reference to the
/// end of the month).
fn read_unit(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    let first = lower(toks, k)?;
    let (side, at) = match &*first {
        "earlier" | "later" => (Some(first.clone()), k + 1),
        "the" if lower(toks, k + 1).as_deref() == Some("past") => (None, k + 1),
        _ => (None, k),
    };
    let which = lower(toks, at)?;
    // "earlier in 2025", "later in 2025".
    if which == "in" && side.is_some() {
        let t = tok(toks, at + 1).filter(|t| t.kind == TokKind::Num && t.text.len() == 4)?;
        let y: i32 = t.text.parse().ok()?;
        let (s, e) = year_bounds(y)?;
        let (s, e) = match side.as_deref() {
            _ if y != reference.year() => (s, e),
            Some("earlier") => (s, reference),
            _ => (reference, e),
        };
        return Some(Found::new(k, at + 2, s, e));
    }
    let unit_word = lower(toks, at + 1)?;
    let unit = strip_possessive(&unit_word);
    let whole = |shift: i32| -> Option<(NaiveDate, NaiveDate)> {
        match unit {
            "week" => week_bounds(add_days(reference, i64::from(shift) * 7)?),
            "weekend" => {
                let (mon, sun) = week_bounds(add_days(reference, i64::from(shift) * 7)?)?;
                let _ = mon;
                Some((add_days(sun, -1)?, sun))
            }
            "month" => shift_month(reference, shift),
            "year" => year_bounds(reference.year() + shift),
            _ => {
                let y = reference.year();
                let current = if unit == "winter" && reference.month() <= 2 {
                    y - 1
                } else {
                    y
                };
                let this = season(unit, current)?;
                let y = match shift {
                    -1 if this.1 < reference => current,
                    -1 => current - 1,
                    1 if this.0 > reference => current,
                    1 => current + 1,
                    _ => current,
                };
                season(unit, y)
            }
        }
    };
    let (s, e) = match &*which {
        "this" => whole(0)?,
        "last" if side.is_none() => whole(-1)?,
        "next" if side.is_none() => whole(1)?,
        "past" => {
            let days = match unit {
                "week" => 7,
                "month" => 31,
                "year" => 366,
                _ => return None,
            };
            (add_days(reference, -days)?, reference)
        }
        _ => return None,
    };
    let (s, e) = match side.as_deref() {
        Some("earlier") => (s, e.min(reference)),
        Some("later") => (s.max(reference), e),
        _ => (s, e),
    };
    (s <= e).then(|| Found::new(k, at + 2, s, e))
}

/// A count of units: "two", "2", "a", "an", "a few" is not one.
fn amount(toks: &[Token<'_>], k: usize) -> Option<(u64, usize)> {
    let t = tok(toks, k)?;
    if t.is_word("a") || t.is_word("an") {
        return (!lower(toks, k + 1).is_some_and(|w| w == "few" || w == "couple"))
            .then_some((1, k + 1));
    }
    if t.kind == TokKind::Num && t.text.bytes().all(|b| b.is_ascii_digit()) {
        return Some((t.text.parse().ok()?, k + 1));
    }
    let w = read_number_words(toks, k).filter(|w| !w.ordinal)?;
    Some((w.value, w.end))
}

/// "in two weeks", "within two weeks", "two weeks ago". Days are exact;
/// weeks are ±3 days, months ±15 days around the point; years the whole
/// calendar year.
fn read_offset(toks: &[Token<'_>], k: usize, reference: NaiveDate) -> Option<Found> {
    let lead = lower(toks, k);
    let (sign, from) = match lead.as_deref() {
        Some("in") => (1i64, k + 1),
        Some("within") => (0, k + 1),
        _ => (-1, k),
    };
    // "the worst in 80 years", "the first time in two decades": a stretch
    // of time up to now, not a date; "most were home within a week" (in a
    // clause about the past) is a while after another time.
    let prev = k.checked_sub(1).and_then(|j| lower(toks, j));
    if sign == 1 && prev.is_some_and(|p| SUPERLATIVES.contains(&&*p)) {
        return None;
    }
    if sign == 0 && past_before(toks, k) {
        return None;
    }
    let (n, at) = amount(toks, from)?;
    if n == 0 || n > 1000 {
        return None;
    }
    let n = i64::try_from(n).ok()?;
    let unit = lower(toks, at)?;
    let unit = unit.strip_suffix('s').unwrap_or(&unit);
    let mut end = at + 1;
    if sign < 0 {
        if lower(toks, end).as_deref() != Some("ago") {
            return None;
        }
        end += 1;
    } else if lower(toks, end).as_deref() == Some("of") {
        // "in two weeks of talks" is a duration.
        return None;
    }
    let (days, slack) = match unit {
        "day" => (n, 0),
        "week" => (n * 7, 3),
        "month" => (n * 30, 15),
        "year" => {
            let y = reference.year() + i32::try_from(n * sign.max(-1)).ok()?;
            let (s, e) = year_bounds(y)?;
            if sign == 0 {
                return Some(Found::new(k, end, reference, add_days(reference, n * 365)?));
            }
            return Some(Found::new(k, end, s, e));
        }
        _ => return None,
    };
    if sign == 0 {
        return Some(Found::new(k, end, reference, add_days(reference, days)?));
    }
    let centre = add_days(reference, sign * days)?;
    Some(Found::new(
        k,
        end,
        add_days(centre, -slack)?,
        add_days(centre, slack)?,
    ))
}
