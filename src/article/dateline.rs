//! Reading an article's own date from its first lines: a `date:` header, a
//! dateline line ("October 18, 2025 | Washington, D.C."), or a wire-service
//! dateline ("WASHINGTON, Oct. 18 (Reuters) -").

use crate::extract::dates::calendar;
use chrono::NaiveDate;

/// A month name or abbreviation ("October", "Oct", "Oct.", "Sept.") at the
/// start of `s`: (month 1-12, bytes consumed).
fn month_at(s: &str) -> Option<(u32, usize)> {
    let word_len = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    let (month, abbreviated, _) = calendar::month_of(s.get(..word_len)?)?;
    let dot = abbreviated && s.get(word_len..).is_some_and(|r| r.starts_with('.'));
    Some((month, word_len + usize::from(dot)))
}

/// Leading ASCII digits of `s`, at most `max` of them: (value, length).
fn digits_at(s: &str, max: usize) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > max {
        return None;
    }
    Some((s.get(..n)?.parse().ok()?, n))
}

/// Whether the char at `i` in `s` ends a word (end of text or not a letter
/// or digit).
fn ends_word(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// A month and day without a year at the start of `s` ("Oct. 18",
/// "October 18"): (month, day, bytes consumed).
fn month_day_at(s: &str) -> Option<(u32, u32, usize)> {
    let (month, mut i) = month_at(s)?;
    let rest = s.get(i..)?;
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    if spaces == 0 {
        return None;
    }
    i += spaces;
    let (day, n) = digits_at(s.get(i..)?, 2)?;
    i += n;
    if !(1..=31).contains(&day) || !ends_word(s, i) {
        return None;
    }
    Some((month, day, i))
}

/// A full date at the start of `s`: ISO `2025-10-18`, `October 18, 2025`,
/// `Oct. 18, 2025`, `18 October 2025`, optionally after a weekday
/// ("Saturday, "). Returns the date and the bytes consumed.
pub(crate) fn date_at(s: &str) -> Option<(NaiveDate, usize)> {
    let mut skip = 0;
    let first_word = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    if s.get(..first_word).and_then(calendar::weekday_of).is_some() {
        let rest = s.get(first_word..)?;
        let rest2 = rest.strip_prefix(',').unwrap_or(rest);
        let trimmed = rest2.trim_start_matches(' ');
        if trimmed.len() < rest2.len() {
            skip = s.len() - trimmed.len();
        }
    }
    let s2 = s.get(skip..)?;
    let (date, n) = iso_at(s2)
        .or_else(|| month_first_at(s2))
        .or_else(|| day_first_at(s2))?;
    Some((date, skip + n))
}

fn iso_at(s: &str) -> Option<(NaiveDate, usize)> {
    let b = s.as_bytes();
    if b.len() < 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (y, ny) = digits_at(s, 4)?;
    let (m, nm) = digits_at(s.get(5..)?, 2)?;
    let (d, nd) = digits_at(s.get(8..)?, 2)?;
    if ny != 4 || nm != 2 || nd != 2 || !ends_word(s, 10) {
        return None;
    }
    Some((NaiveDate::from_ymd_opt(y as i32, m, d)?, 10))
}

fn month_first_at(s: &str) -> Option<(NaiveDate, usize)> {
    let (month, day, mut i) = month_day_at(s)?;
    let rest = s.get(i..)?;
    let after_comma = rest.strip_prefix(',').unwrap_or(rest);
    let trimmed = after_comma.trim_start_matches(' ');
    if trimmed.len() == after_comma.len() {
        return None;
    }
    i += rest.len() - trimmed.len();
    let (year, n) = digits_at(trimmed, 4)?;
    if n != 4 || !ends_word(s, i + n) {
        return None;
    }
    Some((NaiveDate::from_ymd_opt(year as i32, month, day)?, i + n))
}

fn day_first_at(s: &str) -> Option<(NaiveDate, usize)> {
    let (day, mut i) = digits_at(s, 2)?;
    let rest = s.get(i..)?.trim_start_matches(' ');
    if rest.len() == s.len() - i {
        return None;
    }
    i = s.len() - rest.len();
    let (month, n) = month_at(rest)?;
    i += n;
    let rest = s.get(i..)?;
    let trimmed = rest
        .strip_prefix(',')
        .unwrap_or(rest)
        .trim_start_matches(' ');
    if trimmed.len() == rest.len() {
        return None;
    }
    i = s.len() - trimmed.len();
    let (year, n) = digits_at(trimmed, 4)?;
    if n != 4 || !ends_word(s, i + n) {
        return None;
    }
    Some((NaiveDate::from_ymd_opt(year as i32, month, day)?, i + n))
}

/// A header `date: 2025-10-18` / `date 2025-10-18` / `Published: Thursday,
/// December 11, 2025` / `Updated on Oct. 18, 2025` at the start of `s`: the
/// header's length and its date.
pub(crate) fn header_at(s: &str) -> Option<(usize, NaiveDate)> {
    const KEYS: &[&str] = &[
        "date",
        "published",
        "first published",
        "updated",
        "last updated",
        "posted",
    ];
    let key = KEYS.iter().find(|k| {
        s.get(..k.len()).is_some_and(|w| w.eq_ignore_ascii_case(k)) && ends_word(s, k.len())
    })?;
    let rest = s.get(key.len()..)?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() && rest.len() == s.len() - key.len() {
        return None;
    }
    // "Published on Thursday, December 11, 2025".
    let trimmed = trimmed
        .strip_prefix("on ")
        .map_or(trimmed, |r| r.trim_start_matches(' '));
    let at = s.len() - trimmed.len();
    let (date, n) = date_at(trimmed).or_else(|| numeric_at(trimmed))?;
    Some((at + n, date))
}

/// A numeric date `20/11/2025` or `11/20/2025` (also with `.` or `-`), read
/// only when the day is plain (over 12): `03/04/2025` may be either.
fn numeric_at(s: &str) -> Option<(NaiveDate, usize)> {
    let (a, na) = digits_at(s, 2)?;
    let sep = s.get(na..na + 1)?;
    if !["/", ".", "-"].contains(&sep) {
        return None;
    }
    let (b, nb) = digits_at(s.get(na + 1..)?, 2)?;
    if s.get(na + 1 + nb..na + 2 + nb)? != sep {
        return None;
    }
    let start = na + 2 + nb;
    let (year, ny) = digits_at(s.get(start..)?, 4)?;
    if ny != 4 || !ends_word(s, start + ny) {
        return None;
    }
    let (day, month) = match (a > 12, b > 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return None,
    };
    Some((
        NaiveDate::from_ymd_opt(year as i32, month, day)?,
        start + ny,
    ))
}

/// Whether `rest` (a dateline line without its date) is only separators and
/// a short place name ("| Washington, D.C.", "- SEOUL").
fn is_place_tail(rest: &str) -> bool {
    let words = rest
        .split(|c: char| c.is_whitespace() || "|·•,/-–—".contains(c))
        .filter(|w| !w.is_empty());
    let mut count = 0;
    for w in words {
        count += 1;
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        let small = matches!(w, "of" | "de" | "la" | "the");
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '\'');
        if !(first_upper || small) || !letters {
            return false;
        }
    }
    count <= 6 && rest.chars().count() <= 60
}

/// A whole line that is a dateline ("October 18, 2025 | Washington, D.C.",
/// "Washington, D.C. - October 18, 2025", "2025-10-18"): its date.
pub(crate) fn dateline_line(line: &str) -> Option<NaiveDate> {
    let line = line.trim();
    if let Some((date, n)) = date_at(line) {
        return is_place_tail(line.get(n..)?).then_some(date);
    }
    // Every date read ends in the digits of its year (or ISO day): a line
    // that does not end in a digit has no date at its end.
    if !line.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Date at the end: try every word start after a separator (found by
    // bytes: the ASCII ones are whole chars, the others are checked at
    // their lead byte).
    for (i, b) in line.bytes().enumerate() {
        let len = match b {
            b'|' | b'-' | b',' => 1,
            0xE2 if line.get(i..).is_some_and(|r| r.starts_with(['–', '—'])) => 3,
            0xC2 if line.get(i..).is_some_and(|r| r.starts_with('·')) => 2,
            _ => continue,
        };
        let after = line.get(i + len..)?;
        let trimmed = after.trim_start();
        if let Some((date, n)) = date_at(trimmed) {
            if n == trimmed.len() && is_place_tail(line.get(..i)?) {
                return Some(date);
            }
        }
    }
    None
}

/// A wire-service dateline at the start of `s` ("WASHINGTON, Oct. 18
/// (Reuters) - ", "SEOUL, South Korea (AP) — "): its length (through the
/// dash and the space after it) and its date when it gives a year.
///
/// Only taken when the city is in capitals and the dateline has a date or an
/// agency in parentheses and ends in a spaced dash, so ordinary sentences
/// ("WASHINGTON is ...") are never blanked.
pub(crate) fn wire_dateline_at(s: &str) -> Option<(usize, Option<NaiveDate>)> {
    // The city: capitals, spaces, dots, hyphens, apostrophes.
    let city_len = s
        .find(|c: char| !(c.is_uppercase() || " .-'’".contains(c)))
        .unwrap_or(s.len());
    let city = s.get(..city_len)?.trim_end();
    if city.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let mut i = city.len();
    let mut date = None;
    let mut has_marker = false;
    // ", Oct. 18", ", South Korea", ", Oct. 18, 2025" segments.
    for _ in 0..3 {
        let Some(rest) = s.get(i..).and_then(|r| r.strip_prefix(", ")) else {
            break;
        };
        if let Some((d, n)) = date_at(rest) {
            date = Some(d);
            has_marker = true;
            i += 2 + n;
        } else if let Some((_, _, n)) = month_day_at(rest) {
            has_marker = true;
            i += 2 + n;
        } else {
            let n = rest.find([',', '(', '-', '–', '—']).unwrap_or(rest.len());
            let seg = rest.get(..n)?.trim_end();
            let ok = !seg.is_empty()
                && seg.len() <= 30
                && seg
                    .split(' ')
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if !ok {
                return None;
            }
            i += 2 + seg.len();
        }
    }
    let rest = s.get(i..)?;
    let trimmed = rest.trim_start_matches(' ');
    let mut j = i + (rest.len() - trimmed.len());
    if let Some(inner) = trimmed.strip_prefix('(') {
        let close = inner.find(')')?;
        let agency = inner.get(..close)?;
        if agency.is_empty()
            || agency.len() > 30
            || !agency.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        has_marker = true;
        j += 1 + close + 1;
    }
    let rest = s.get(j..)?;
    let trimmed = rest.trim_start_matches(' ');
    j += rest.len() - trimmed.len();
    let dash = trimmed.chars().next()?;
    if !has_marker || !matches!(dash, '-' | '–' | '—') {
        return None;
    }
    j += dash.len_utf8();
    let after = s.get(j..)?;
    if !after.starts_with([' ', '\n']) {
        return None;
    }
    Some((j + 1, date))
}

#[cfg(test)]
#[path = "dateline_tests.rs"]
mod tests;
