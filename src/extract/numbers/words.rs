//! Number words: "three", "twenty-five", "one hundred and five",
//! "a dozen", "two million", and ordinal words ("first", "twenty-first").

use super::token::{word_lower, TokKind, Token, DASHES};

/// The value of a unit, teen or tens word.
pub(crate) fn small_word(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The value of an ordinal word ("first" 1, "twentieth" 20, "hundredth" 100).
pub(crate) fn ordinal_word(w: &str) -> Option<u64> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1_000,
        "millionth" => 1_000_000,
        _ => return None,
    })
}

/// The multiplier of a scale word ("thousand", "million", "bn").
pub(crate) fn scale_word(w: &str) -> Option<u64> {
    Some(match w {
        "thousand" => 1_000,
        "million" => 1_000_000,
        "billion" => 1_000_000_000,
        "trillion" => 1_000_000_000_000,
        _ => return None,
    })
}

/// A number read from words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordNumber {
    pub value: u64,
    /// Index one past the last token read.
    pub end: usize,
    pub ordinal: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// Read number words starting at token `i` ("a hundred", "twenty-five",
/// "one hundred and five", "two million"). `None` when `toks[i]` does not
/// start one; a lone "a" is never a number.
pub(crate) fn read_number_words(toks: &[Token<'_>], i: usize) -> Option<WordNumber> {
    let word = |k: usize| word_lower(toks, k);
    let mut j = i;
    let mut total: u64 = 0;
    let mut cur: u64 = 0;
    let mut last = Last::None;
    let mut end = None;
    let mut ordinal = false;
    let mut min_scale = u64::MAX;
    // "a hundred", "a dozen", "a million": the article stands for one.
    if word(i).as_deref() == Some("a") {
        let next = word(i + 1)?;
        if next == "hundred" || next == "dozen" || scale_word(&next).is_some() {
            cur = 1;
            last = Last::Unit;
            j = i + 1;
        } else {
            return None;
        }
    }
    while let Some(w) = word(j) {
        // A hyphen joins tens and units: "twenty-five", "twenty-first".
        if j > i && last != Last::Tens && toks.get(j).is_some_and(|t| t.glued) {
            let prev_dash = toks.get(j - 1).is_some_and(|t| t.is_punct(DASHES));
            if prev_dash {
                break;
            }
        }
        if w == "and" {
            let follows = word(j + 1).and_then(|n| small_word(&n));
            if matches!(last, Last::Hundred | Last::Scale) && follows.is_some_and(|v| v > 0) {
                j += 1;
                continue;
            }
            break;
        }
        if let Some(v) = small_word(&w) {
            let ok = match last {
                Last::None | Last::Hundred | Last::Scale => true,
                Last::Tens => (1..10).contains(&v),
                Last::Unit | Last::Teen => false,
            };
            if !ok || (v == 0 && last != Last::None) {
                break;
            }
            cur = cur.checked_add(v)?;
            last = if v >= 20 {
                Last::Tens
            } else if v >= 10 {
                Last::Teen
            } else {
                Last::Unit
            };
        } else if let Some(v) = ordinal_word(&w) {
            let ok = match last {
                Last::None | Last::Hundred | Last::Scale => v < 100,
                Last::Tens => (1..10).contains(&v),
                Last::Unit | Last::Teen => v >= 100,
            };
            if !ok {
                break;
            }
            cur = if v >= 100 {
                cur.checked_mul(v)?
            } else {
                cur.checked_add(v)?
            };
            ordinal = true;
            end = Some(j + 1);
            break;
        } else if w == "hundred" {
            if !matches!(last, Last::Unit | Last::Teen) || cur >= 100 {
                break;
            }
            cur = cur.checked_mul(100)?;
            last = Last::Hundred;
        } else if w == "dozen" {
            if !matches!(last, Last::None | Last::Unit) {
                break;
            }
            cur = cur.max(1).checked_mul(12)?;
            end = Some(j + 1);
            break;
        } else if let Some(s) = scale_word(&w) {
            // Each scale must be smaller than any before it.
            if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred)
                || s >= min_scale
            {
                break;
            }
            min_scale = s;
            total = total.checked_add(cur.checked_mul(s)?)?;
            cur = 0;
            last = Last::Scale;
        } else {
            break;
        }
        end = Some(j + 1);
        j += 1;
        // Step over a hyphen that joins tens to a unit.
        if last == Last::Tens
            && toks.get(j).is_some_and(|t| t.glued && t.is_punct(DASHES))
            && toks.get(j + 1).is_some_and(|t| {
                t.glued
                    && t.kind == TokKind::Word
                    && (small_word(&t.lower()).is_some_and(|v| (1..10).contains(&v))
                        || ordinal_word(&t.lower()).is_some_and(|v| (1..10).contains(&v)))
            })
        {
            j += 1;
        }
    }
    let end = end?;
    Some(WordNumber {
        value: total.checked_add(cur)?,
        end,
        ordinal,
    })
}
