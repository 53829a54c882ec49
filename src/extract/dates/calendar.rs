//! Calendar words and arithmetic: month and weekday names, month lengths,
//! and the nearest-year rule for dates written without a year.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A month name: (month number 1–12, written abbreviated, ambiguous with an
/// ordinary English word). "Oct" and "Sept" are abbreviations; "May" and
/// "March" are also a verb and a noun.
pub(crate) fn month_of(word: &str) -> Option<(u32, bool, bool)> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const ABBREV: [&str; 12] = [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    // Month names are ASCII: compare without allocating a lowercase copy.
    if !word.chars().next().is_some_and(char::is_uppercase) || word.len() > 9 {
        return None;
    }
    for (k, (name, abbrev)) in FULL.iter().zip(ABBREV).enumerate() {
        let m = u32::try_from(k + 1).ok()?;
        if word.eq_ignore_ascii_case(name) {
            return Some((m, false, matches!(m, 3 | 5)));
        }
        if !abbrev.is_empty() && word.eq_ignore_ascii_case(abbrev) {
            return Some((m, true, false));
        }
    }
    word.eq_ignore_ascii_case("sept")
        .then_some((9, true, false))
}

/// A word without a possessive ending ("Friday's" → "Friday").
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// A weekday name ("Friday", "Friday's"); capitalised only.
pub(crate) fn weekday_of(word: &str) -> Option<Weekday> {
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let word = strip_possessive(word);
    DAYS.iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|(_, day)| *day)
}

/// The first and last day of a month.
pub(crate) fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

/// The first and last day of a year.
pub(crate) fn year_bounds(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    ))
}

/// Days between an interval and a day (0 when the day is inside).
fn distance(start: NaiveDate, end: NaiveDate, day: NaiveDate) -> i64 {
    if day < start {
        (start - day).num_days()
    } else if day > end {
        (day - end).num_days()
    } else {
        0
    }
}

/// Of the reference year and its neighbours, the year that puts an
/// interval built by `make` nearest to `reference` (ties go to the earlier
/// year: news reports more past than future).
pub(crate) fn nearest_year(
    reference: NaiveDate,
    make: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(&make)
        .min_by_key(|(s, e)| distance(*s, *e, reference))
}

/// Monday to Sunday of the week holding `day`.
pub(crate) fn week_bounds(day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let back = i64::from(day.weekday().num_days_from_monday());
    let start = day.checked_sub_signed(Duration::days(back))?;
    Some((start, start.checked_add_signed(Duration::days(6))?))
}

/// `day` moved by `n` days, if representable.
pub(crate) fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    day.checked_add_signed(Duration::try_days(n)?)
}

/// The month `delta` months from the month holding `day`.
pub(crate) fn shift_month(day: NaiveDate, delta: i32) -> Option<(NaiveDate, NaiveDate)> {
    let index = day.year().checked_mul(12)? + i32::try_from(day.month0()).ok()? + delta;
    let year = index.div_euclid(12);
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    month_bounds(year, month)
}
