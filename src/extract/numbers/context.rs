//! What a numeral's neighbours make of it: a currency sign or word makes
//! money, "%"/"per cent" a percentage, "p.m." a clock time, a month name a
//! day of month, "times"/"occasions" a frequency (or a multiplier in "three
//! times as many"), a glued hyphen a compound modifier ("three-day").

use super::lexicon::{
    APPROXIMATORS, COUNT_NOUNS, CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_SIGNS, CURRENCY_WORDS,
    FRACTION_WORDS, MULTIPLIER_NEXT, ONCE_NEXT,
};
use super::numeral::{clock_value, Decimal};
use super::token::{TokKind, Token, DASHES};
use crate::extract::dates::calendar::month_of;
use crate::extract::{Number, NumberKind};
use crate::source::Span;

/// The numeral part of a number: tokens `start..end`, its value, and
/// whether it was written in digits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Core {
    pub start: usize,
    pub end: usize,
    pub dec: Decimal,
    pub digits: bool,
    /// Four plain digits and nothing else ("2019", not "2,019").
    pub plain_year: bool,
}

use super::token::word_lower as word;

fn prev_word<'a>(toks: &[Token<'a>], k: usize) -> Option<std::borrow::Cow<'a, str>> {
    word(toks, k.checked_sub(1)?)
}

/// "a.m."/"p.m."/"am"/"pm" at token `k`: (after noon, index past it).
pub(crate) fn meridiem(toks: &[Token<'_>], k: usize) -> Option<(bool, usize)> {
    let w = word(toks, k)?;
    match &*w {
        "am" => return Some((false, k + 1)),
        "pm" => return Some((true, k + 1)),
        "a" | "p" => {}
        _ => return None,
    }
    let dot = |j: usize| toks.get(j).is_some_and(|t| t.glued && t.is_punct(&['.']));
    let m = toks.get(k + 2).is_some_and(|t| t.glued && t.is_word("m"));
    if !(dot(k + 1) && m) {
        return None;
    }
    Some((w == "p", if dot(k + 3) { k + 4 } else { k + 3 }))
}

/// The start of a currency sign or code before the numeral at `start`
/// ("$5", "US$5", "€3", "USD 5").
fn currency_prefix(toks: &[Token<'_>], start: usize) -> Option<Span> {
    let t = toks.get(start)?;
    let p = toks.get(start.checked_sub(1)?)?;
    if t.glued && p.is_punct(CURRENCY_SIGNS) {
        let pp = start.checked_sub(2).and_then(|k| toks.get(k));
        return Some(match pp {
            Some(pp) if p.glued && CURRENCY_PREFIXES.contains(&pp.text) => pp.span,
            _ => p.span,
        });
    }
    (p.kind == TokKind::Word && CURRENCY_CODES.contains(&&*p.lower())).then_some(p.span)
}

fn is_currency_after(toks: &[Token<'_>], core: &Core) -> bool {
    let mut k = core.end;
    if toks.get(k).is_some_and(|t| t.text == "US") {
        k += 1;
    }
    match word(toks, k) {
        Some(w) if w == "won" => core.digits || core.end > core.start + 1,
        Some(w) => CURRENCY_WORDS.contains(&&*w),
        None => false,
    }
}

/// Whether the number at `start..end` is a day of the month: "Oct. 29",
/// "October 29", "29 October", or the second day of "October 29-31".
pub(crate) fn is_day_of_month(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let month = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.kind == TokKind::Word && month_of(t.text).is_some())
    };
    let prev = start.checked_sub(1);
    let prev2 = start.checked_sub(2);
    if month(prev) {
        return true;
    }
    if prev
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.is_punct(&['.']))
        && month(prev2)
    {
        return true;
    }
    if month(Some(end)) {
        return true;
    }
    let dash = prev
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.glued && t.is_punct(DASHES));
    let glued = toks.get(start).is_some_and(|t| t.glued);
    if dash && glued {
        if let Some(k) = prev2 {
            let day = toks
                .get(k)
                .filter(|t| t.kind == TokKind::Num)
                .and_then(|t| t.text.parse::<u64>().ok())
                .is_some_and(|v| (1..=31).contains(&v));
            return day && (month(k.checked_sub(1)) || month(k.checked_sub(2)));
        }
    }
    false
}

/// Classify the core and push it; returns the index of the next unread
/// token.
pub(crate) fn classify(toks: &[Token<'_>], core: Core, out: &mut Vec<Number>) -> usize {
    let (Some(first), Some(last)) = (toks.get(core.start), toks.get(core.end.wrapping_sub(1)))
    else {
        return core.end.max(core.start + 1);
    };
    let span = first.span.cover(last.span);
    let Some(value) = core.dec.floor() else {
        return core.end;
    };
    let whole = core.dec.is_whole();
    let mut emit = |span: Span, kind: NumberKind| out.push(Number { span, value, kind });
    if let Some(sign) = currency_prefix(toks, core.start) {
        emit(sign.cover(span), NumberKind::Money);
        return core.end;
    }
    let next = toks.get(core.end);
    if let Some(pct) = next.filter(|t| t.is_punct(&['%'])) {
        emit(span.cover(pct.span), NumberKind::Percent);
        return core.end + 1;
    }
    let w1 = word(toks, core.end);
    let w2 = word(toks, core.end + 1);
    let percent = match (w1.as_deref(), w2.as_deref()) {
        (Some("percent"), _) | (Some("per"), Some("cent")) => true,
        (Some("percentage"), Some(p)) => p.starts_with("point"),
        _ => false,
    };
    if percent {
        emit(span, NumberKind::Percent);
        return core.end;
    }
    if is_currency_after(toks, &core) {
        emit(span, NumberKind::Money);
        return core.end;
    }
    if whole && value <= 12 && core.dec.places == 0 {
        if let Some((pm, after)) = meridiem(toks, core.end) {
            if let Some(v) = clock_value(value, 0, Some(pm)) {
                out.push(Number {
                    span,
                    value: v,
                    kind: NumberKind::Clock,
                });
                return after;
            }
        }
        if matches!(w1.as_deref(), Some("o'clock" | "o’clock")) {
            out.push(Number {
                span,
                value: value * 100,
                kind: NumberKind::Clock,
            });
            return core.end + 1;
        }
    }
    let day_like = core.digits && whole && core.dec.places == 0 && !core.dec.grouped;
    if day_like && (1..=31).contains(&value) && is_day_of_month(toks, core.start, core.end) {
        emit(span, NumberKind::Ordinal);
        return core.end;
    }
    if core.plain_year && is_year(toks, &core, value) {
        emit(span, NumberKind::Year);
        return core.end;
    }
    if let Some(unit) = next.filter(|_| matches!(w1.as_deref(), Some("times" | "occasions"))) {
        let occasions = w1.as_deref() == Some("occasions");
        let kind = if !occasions
            && word(toks, core.end + 1).is_some_and(|w| MULTIPLIER_NEXT.contains(&&*w))
        {
            NumberKind::Modifier
        } else {
            NumberKind::Times
        };
        let start = match core.start.checked_sub(1).and_then(|k| toks.get(k)) {
            Some(on) if occasions && on.is_word("on") => on.span,
            _ => span,
        };
        emit(start.cover(unit.span), kind);
        return core.end + 1;
    }
    // Glued compounds: "three-day" (modifier), "two-thirds" (fraction).
    let hyphen = next.is_some_and(|t| t.glued && t.is_punct(DASHES));
    let compound = toks
        .get(core.end + 1)
        .filter(|t| hyphen && t.glued && t.kind != TokKind::Punct);
    if let Some(c) = compound {
        let kind = if FRACTION_WORDS.contains(&&*c.lower()) {
            NumberKind::Fraction
        } else {
            NumberKind::Modifier
        };
        emit(span, kind);
        return core.end + 2;
    }
    if let Some(w) = w1
        .as_deref()
        .filter(|w| FRACTION_WORDS.contains(w) && w.ends_with('s'))
    {
        let _ = w;
        emit(span, NumberKind::Fraction);
        return core.end + 1;
    }
    if w1.as_deref() == Some("and")
        && w2.as_deref() == Some("a")
        && word(toks, core.end + 2).as_deref() == Some("half")
    {
        let half = toks.get(core.end + 2).map_or(span, |t| span.cover(t.span));
        emit(half, NumberKind::Fraction);
        return core.end + 3;
    }
    emit(
        span,
        if whole {
            NumberKind::Cardinal
        } else {
            NumberKind::Fraction
        },
    );
    core.end
}

fn is_year(toks: &[Token<'_>], core: &Core, value: u64) -> bool {
    let prev = prev_word(toks, core.start);
    if !(1800..=2100).contains(&value) {
        let after_in = matches!(prev.as_deref(), Some("in" | "since"));
        return after_in && (1000..1800).contains(&value);
    }
    let counted = word(toks, core.end).is_some_and(|w| COUNT_NOUNS.contains(&&*w));
    let approx = prev.is_some_and(|w| APPROXIMATORS.contains(&&*w));
    !counted && !approx
}

/// The kind of "once"/"twice"/"thrice" at `i`: a frequency, a multiplier
/// or rate ("twice as many", "twice a year"), or not a number at all
/// ("once the talks begin", "Trump once called").
pub(crate) fn frequency_word(toks: &[Token<'_>], i: usize) -> Option<NumberKind> {
    let t = toks.get(i)?;
    let next = toks.get(i + 1);
    let next_word = word(toks, i + 1);
    if next.is_some_and(|n| n.glued && n.is_punct(DASHES)) {
        return (!t.is_word("once")).then_some(NumberKind::Modifier);
    }
    if !t.is_word("once") {
        let mult = next_word.is_some_and(|w| MULTIPLIER_NEXT.contains(&&*w));
        return Some(if mult {
            NumberKind::Modifier
        } else {
            NumberKind::Times
        });
    }
    let prev = prev_word(toks, i);
    let formerly = [
        "at", "the", "a", "was", "were", "is", "are", "been", "be", "had", "has", "have",
    ];
    if i == 0 || prev.is_some_and(|p| formerly.contains(&&*p)) {
        return None;
    }
    match (next, next_word) {
        (None, _) => Some(NumberKind::Times),
        (Some(n), _) if n.kind == TokKind::Punct => Some(NumberKind::Times),
        (_, Some(w)) if ONCE_NEXT.contains(&&*w) => Some(NumberKind::Times),
        _ => None,
    }
}

/// Whether "one" at `i` is the pronoun ("no one", "the one who", "one
/// another", "one would think") rather than the number.
pub(crate) fn is_pronoun_one(toks: &[Token<'_>], i: usize) -> bool {
    let prev = prev_word(toks, i);
    let next = toks.get(i + 1);
    let next_word = word(toks, i + 1);
    let p = prev.as_deref().unwrap_or("");
    if ["no", "any", "every", "each", "which", "some", "someone"].contains(&p) {
        return true;
    }
    if next.is_some_and(|n| n.glued && n.is_punct(&['\'', '’'])) {
        return true;
    }
    let pronoun_next = [
        "another", "who", "whom", "whose", "would", "could", "should", "can", "may", "might",
        "must", "will", "shall", "does", "did", "day",
    ];
    if next_word
        .as_deref()
        .is_some_and(|w| pronoun_next.contains(&w))
    {
        return true;
    }
    let after_the = [
        "that", "which", "of", "in", "at", "is", "was", "he", "she", "they", "i", "we", "you",
    ];
    ["the", "this", "that"].contains(&p)
        && match (next, next_word.as_deref()) {
            (None, _) => true,
            (Some(n), _) if n.kind == TokKind::Punct => true,
            (_, Some(w)) => after_the.contains(&w),
            _ => false,
        }
}
