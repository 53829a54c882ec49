//! Reading one number at a token: its core (digits, words, glued forms)
//! and the kind its neighbours give it (see `context`).

use super::context::{classify, is_day_of_month, Core};
use super::numeral::{
    clock_value, ordinal_suffix_fits, parse_clock, parse_decimal, split_suffix, Decimal,
};
use super::token::{TokKind, Token, DASHES};
use super::words::{ordinal_word, read_number_words, scale_word};
use crate::extract::{Number, NumberKind};
use crate::source::Span;

/// Words before a numeral that make it a label, not a quantity
/// ("Article 5", "Resolution 2397", "Flight 17").
const LABELS: &[&str] = &[
    "article",
    "section",
    "chapter",
    "resolution",
    "number",
    "page",
    "room",
    "flight",
    "route",
    "highway",
    "phase",
    "round",
    "game",
    "level",
    "vol",
    "volume",
    "gate",
    "terminal",
    "platform",
    "amendment",
    "paragraph",
    "clause",
    "annex",
    "table",
    "figure",
    "fig",
    "ward",
    "district",
    "category",
    "grade",
    "version",
    "episode",
    "season",
    "exhibit",
    "reactor",
    "proposition",
    "channel",
];

/// Prefixes that keep a glued number a number ("mid-2025").
const DATE_PREFIXES: &[&str] = &["mid", "early", "late", "pre", "post"];

fn word_at<'a>(toks: &'a [Token<'_>], k: Option<usize>) -> Option<&'a Token<'a>> {
    let t = toks.get(k?)?;
    (t.kind == TokKind::Word).then_some(t)
}

fn push(out: &mut Vec<Number>, span: Span, value: u64, kind: NumberKind) {
    out.push(Number { span, value, kind });
}

/// Whether the numeral at `i` names something rather than counts: "F-35",
/// "COVID-19", "No. 1", "Article 5".
fn is_label(toks: &[Token<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    let prev = i.checked_sub(1).and_then(|k| toks.get(k));
    let prev2 = i.checked_sub(2).and_then(|k| toks.get(k));
    if let (Some(p), Some(pp)) = (prev, prev2) {
        if t.glued
            && p.glued
            && p.is_punct(DASHES)
            && matches!(pp.kind, TokKind::Word | TokKind::Mixed)
        {
            return !DATE_PREFIXES.contains(&&*pp.lower());
        }
        if p.is_punct(&['.']) && p.glued && matches!(&*pp.lower(), "no" | "nos") {
            return true;
        }
    }
    match prev {
        Some(p) if p.kind == TokKind::Word => {
            LABELS.contains(&&*p.lower()) || p.text == "No" || p.text == "Nos"
        }
        _ => false,
    }
}

/// Read whatever number starts at token `i`, pushing it to `out`; returns
/// the index of the next unread token.
pub(crate) fn read_at(toks: &[Token<'_>], i: usize, out: &mut Vec<Number>) -> usize {
    let Some(t) = toks.get(i) else { return i + 1 };
    match t.kind {
        TokKind::Num => read_digits(toks, i, out),
        TokKind::Mixed => read_mixed(toks, i, out),
        TokKind::Word => read_word(toks, i, out),
        TokKind::Punct => i + 1,
    }
}

fn glued_num<'a>(toks: &'a [Token<'_>], k: usize, sep: &[char]) -> Option<&'a Token<'a>> {
    let s = toks.get(k)?;
    let n = toks.get(k + 1)?;
    (s.glued && s.is_punct(sep) && n.glued && n.kind == TokKind::Num).then_some(n)
}

fn read_digits(toks: &[Token<'_>], i: usize, out: &mut Vec<Number>) -> usize {
    let Some(t) = toks.get(i) else { return i + 1 };
    if is_label(toks, i) {
        return i + 1;
    }
    let plain = t.text.bytes().all(|b| b.is_ascii_digit());
    let year = plain && t.text.len() == 4;
    // ISO dates and year spans: "2025-10-29", "2025-26".
    if let Some(n2) = glued_num(toks, i + 1, DASHES) {
        let v: Option<u64> = t.text.parse().ok();
        if let Some(n3) = glued_num(toks, i + 3, DASHES) {
            if let (true, Some(v)) = (year && n2.text.len() == 2 && n3.text.len() == 2, v) {
                push(out, t.span.cover(n3.span), v, NumberKind::Year);
            }
            return i + 5;
        }
        if let (true, Some(v)) = (year && matches!(n2.text.len(), 2 | 4), v) {
            if (1800..=2100).contains(&v) {
                push(out, t.span.cover(n2.span), v, NumberKind::Year);
                return i + 3;
            }
        }
        // "5-4", "10-15": a score or a range, not one count; day ranges
        // ("October 29-31") are read below as two days.
        if !is_day_of_month(toks, i, i + 1) {
            if let Some(v) = v {
                push(out, t.span.cover(n2.span), v, NumberKind::Modifier);
            }
            return i + 3;
        }
    }
    // Fractions "1/2"; numeric dates "10/29/2025" are skipped.
    if let Some(n2) = glued_num(toks, i + 1, &['/']) {
        if glued_num(toks, i + 3, &['/']).is_some() {
            return i + 5;
        }
        let a: Option<u64> = t.text.parse().ok();
        let b: Option<u64> = n2.text.parse().ok();
        if let (Some(a), Some(b)) = (a, b) {
            if let Some(v) = a.checked_div(b) {
                push(out, t.span.cover(n2.span), v, NumberKind::Fraction);
            }
        }
        return i + 3;
    }
    if t.text.contains(':') {
        if let Some((h, m)) = parse_clock(t.text) {
            let pm = super::context::meridiem(toks, i + 1);
            if let Some(v) = clock_value(h, m, pm.map(|p| p.0)) {
                push(out, t.span, v, NumberKind::Clock);
            }
        }
        return i + 1;
    }
    let Some(mut dec) = parse_decimal(t.text) else {
        return i + 1;
    };
    let mut end = i + 1;
    if let Some(s) = word_at(toks, Some(i + 1)).and_then(|w| scale_word(&w.lower())) {
        if let Some(d) = dec.scaled(s) {
            dec = d;
            end = i + 2;
        }
    }
    let core = Core {
        start: i,
        end,
        dec,
        digits: true,
        plain_year: year && end == i + 1,
    };
    classify(toks, core, out)
}

fn read_mixed(toks: &[Token<'_>], i: usize, out: &mut Vec<Number>) -> usize {
    let Some(t) = toks.get(i) else { return i + 1 };
    let Some((digits, suffix)) = split_suffix(t.text) else {
        return i + 1;
    };
    if is_label(toks, i) {
        return i + 1;
    }
    let suffix = suffix.to_lowercase();
    let plain: Option<u64> = digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten();
    match (suffix.as_str(), plain) {
        ("st" | "nd" | "rd" | "th", Some(n)) if ordinal_suffix_fits(n, &suffix) => {
            push(out, t.span, n, NumberKind::Ordinal);
        }
        ("s", Some(n)) if digits.len() == 4 && n % 10 == 0 && (1800..=2100).contains(&n) => {
            push(out, t.span, n, NumberKind::Year);
        }
        ("am" | "pm", _) => {
            let (h, m) = if digits.contains(':') {
                parse_clock(digits).unwrap_or((99, 0))
            } else {
                (plain.unwrap_or(99), 0)
            };
            if let Some(v) = clock_value(h, m, Some(suffix == "pm")) {
                push(out, t.span, v, NumberKind::Clock);
            }
        }
        ("k" | "m" | "mn" | "bn" | "b" | "tn", _) => {
            let scale = match suffix.as_str() {
                "k" => 1_000,
                "m" | "mn" => 1_000_000,
                "bn" | "b" => 1_000_000_000,
                _ => 1_000_000_000_000,
            };
            let dec = parse_decimal(digits).and_then(|d| d.scaled(scale));
            if let Some(dec) = dec {
                let core = Core {
                    start: i,
                    end: i + 1,
                    dec,
                    digits: true,
                    plain_year: false,
                };
                // Only a currency makes "5m" a number ("5m" alone may be metres).
                let mut found = Vec::new();
                let next = classify(toks, core, &mut found);
                if found.iter().all(|n| n.kind == NumberKind::Money) {
                    out.extend(found);
                }
                return next;
            }
        }
        _ => {}
    }
    i + 1
}

fn read_word(toks: &[Token<'_>], i: usize, out: &mut Vec<Number>) -> usize {
    let Some(t) = toks.get(i) else { return i + 1 };
    let lower = t.lower();
    match &*lower {
        "once" | "twice" | "thrice" => {
            if let Some(kind) = super::context::frequency_word(toks, i) {
                let value = match &*lower {
                    "once" => 1,
                    "twice" => 2,
                    _ => 3,
                };
                push(out, t.span, value, kind);
            }
            return i + 1;
        }
        "half" => {
            // "half a million" is 500,000.
            let a = toks
                .get(i + 1)
                .is_some_and(|n| n.is_word("a") || n.is_word("an"));
            if let Some(w) = read_number_words(toks, i + 1)
                .filter(|w| a && !w.ordinal && w.value >= 1000 && w.value % 1000 == 0)
            {
                let last = toks.get(w.end - 1).map_or(t.span, |l| l.span);
                push(out, t.span.cover(last), w.value / 2, NumberKind::Cardinal);
                return w.end;
            }
            push(out, t.span, 0, NumberKind::Fraction);
            return i + 1;
        }
        _ => {}
    }
    let Some(w) = read_number_words(toks, i) else {
        if let Some(v) = ordinal_word(&lower) {
            push(out, t.span, v, NumberKind::Ordinal);
        }
        return i + 1;
    };
    let last = toks.get(w.end - 1).map_or(t.span, |l| l.span);
    if w.ordinal {
        push(out, t.span.cover(last), w.value, NumberKind::Ordinal);
        return w.end;
    }
    if lower == "one" && w.end == i + 1 && super::context::is_pronoun_one(toks, i) {
        return i + 1;
    }
    let core = Core {
        start: i,
        end: w.end,
        dec: Decimal::whole(w.value),
        digits: false,
        plain_year: false,
    };
    classify(toks, core, out)
}
