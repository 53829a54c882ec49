//! Units: which numbers a fact's cues let count (a percentage, a money
//! amount or a time counts only for a cue naming its unit; money only in
//! the currency the cue names), which cues are units rather than what is
//! counted, and figures written to a coarser precision than the fact.

use crate::check::compile::{CompiledFact, CompiledPhrase};
use crate::check::context::ArticleCtx;
use crate::extract::{Number, NumberKind};

const PERCENT_UNITS: &[&str] = &["%", "per cent", "percent", "pct", "percentage"];
const CLOCK_UNITS: &[&str] = &["a.m.", "p.m.", "o'clock", "hour", "gmt", "utc"];
/// Scale words, which make a cue about the size of a figure, not about
/// what the figure counts.
/// Scale words and their multipliers.
const SCALES: &[(&str, u64)] = &[
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("bn", 1_000_000_000),
    ("mn", 1_000_000),
    ("m", 1_000_000),
    ("k", 1_000),
];

/// Currencies by what names them: signs, codes and words.
const CURRENCIES: &[(&str, &[&str])] = &[
    ("dollar", &["$", "usd", "dollar", "dollars", "us$"]),
    ("euro", &["€", "eur", "euro", "euros"]),
    ("pound", &["£", "gbp", "pound", "pounds", "sterling"]),
    ("yen", &["¥", "jpy", "yen"]),
    ("yuan", &["cny", "rmb", "yuan", "renminbi"]),
    ("won", &["₩", "krw", "won"]),
    ("rupee", &["₹", "inr", "npr", "rupee", "rupees"]),
    ("franc", &["chf", "franc", "francs"]),
    ("zloty", &["pln", "zloty", "zlotys", "złoty", "złotys"]),
    (
        "crown",
        &[
            "dkk", "nok", "sek", "krone", "kroner", "krona", "kronor", "crown", "crowns",
        ],
    ),
    ("rouble", &["rub", "rouble", "roubles", "ruble", "rubles"]),
    ("peso", &["mxn", "peso", "pesos"]),
    ("rand", &["zar", "rand"]),
    ("lira", &["try", "lira", "lire"]),
    ("shekel", &["ils", "shekel", "shekels"]),
    ("dinar", &["dinar", "dinars"]),
    ("dirham", &["aed", "dirham", "dirhams"]),
    ("riyal", &["sar", "riyal", "riyals"]),
    ("baht", &["thb", "baht"]),
    ("ringgit", &["myr", "ringgit"]),
    ("rupiah", &["idr", "rupiah"]),
    ("forint", &["huf", "forint", "forints"]),
    ("koruna", &["czk", "koruna"]),
    ("hryvnia", &["uah", "hryvnia"]),
    ("naira", &["ngn", "naira"]),
    ("shilling", &["kes", "shilling", "shillings"]),
];

/// Whether a number of this kind can be a count for this fact, whose cues
/// must name its unit: "100 per cent" for `cue "per cent"`, "€28m" for
/// `cue "€"` or `cue "euros"`; a dollar figure is no count of euros.
pub(super) fn countable(n: &Number, fact: &CompiledFact, ctx: &ArticleCtx) -> bool {
    match n.kind {
        NumberKind::Cardinal | NumberKind::Times => true,
        NumberKind::Percent => fact.cues.iter().any(|c| names_any(c, PERCENT_UNITS)),
        NumberKind::Money => match currency_of(ctx, n) {
            Some(currency) => fact.cues.iter().any(|c| names_currency(c, currency)),
            None => fact
                .cues
                .iter()
                .any(|c| CURRENCIES.iter().any(|(id, _)| names_currency(c, id))),
        },
        NumberKind::Clock => fact.cues.iter().any(|c| names_any(c, CLOCK_UNITS)),
        NumberKind::Ordinal | NumberKind::Year | NumberKind::Modifier | NumberKind::Fraction => {
            false
        }
    }
}

/// Whether the number's kind is a unit (percent, money, time) that a cue
/// had to name for it to count.
pub(super) fn unit_kind(n: &Number) -> bool {
    matches!(
        n.kind,
        NumberKind::Percent | NumberKind::Money | NumberKind::Clock
    )
}

/// Whether a cue is only a unit or a scale ("$", "euros", "%", "per cent",
/// "million"): it makes a figure countable, but says nothing of what the
/// figure counts ("$46.26" is a dollar figure whether it is the price, the
/// closing price or a fee).
pub(super) fn is_unit_cue(cue: &CompiledPhrase) -> bool {
    let text = cue.text.trim().trim_end_matches('*');
    let is = |w: &&str| text.eq_ignore_ascii_case(w);
    PERCENT_UNITS.iter().any(is)
        || SCALES.iter().map(|(w, _)| w).any(is)
        || CURRENCIES.iter().any(|(_, names)| names.iter().any(is))
}

/// The currency of a money figure: a sign or code in it ("$5", "US$5",
/// "€3bn"), or the word after it ("5 dollars", "28 million euros").
fn currency_of(ctx: &ArticleCtx, n: &Number) -> Option<&'static str> {
    let written = ctx.slice(n.span).to_lowercase();
    let next = super::attach::word_after(ctx.text, n.span.end);
    CURRENCIES.iter().find_map(|(id, names)| {
        let signed = names
            .iter()
            .any(|s| !s.chars().all(char::is_alphabetic) && written.contains(s));
        let coded = names.iter().any(|w| {
            w.chars().all(char::is_alphabetic)
                && (written.split(|c: char| !c.is_alphabetic()).any(|x| x == *w) || next == *w)
        });
        (signed || coded).then_some(*id)
    })
}

fn names_currency(cue: &CompiledPhrase, currency: &str) -> bool {
    CURRENCIES
        .iter()
        .find(|(id, _)| *id == currency)
        .is_some_and(|(_, names)| {
            names.iter().any(|name| {
                if name.chars().all(char::is_alphabetic) {
                    words_of_cue(cue).any(|w| w.eq_ignore_ascii_case(name))
                } else {
                    cue.text.contains(name)
                }
            })
        })
}

fn words_of_cue(cue: &CompiledPhrase) -> impl Iterator<Item = &str> {
    cue.text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn names_any(cue: &CompiledPhrase, units: &[&str]) -> bool {
    // Units are ASCII words or caseless symbols: compare bytes, ASCII case
    // folded, without lowercasing the cue for every number.
    let cue = cue.text.as_bytes();
    units.iter().any(|u| {
        cue.windows(u.len())
            .any(|w| w.eq_ignore_ascii_case(u.as_bytes()))
    })
}

/// Whether a number written with a scale word is the fact's figure at one
/// of the two figures' precision: the same amount, rounded, is no
/// contradiction.
/// - A decimal figure rounds to the fact's round figure: "68.7 billion" for
///   69 billion (the fact's precision is its last non-zero digit).
/// - The fact's figure rounds to the written one, at the written precision
///   (the scale over its decimals): "4.2 million" for 4,213,000, "1.35
///   million" for 1,354,000, "4 million" for 4,213,000.
///
/// Whole numbers without a scale word are compared exactly ("120 per cent"
/// is not "100 per cent"; "4,200" is not 4,213).
pub(super) fn rounds_to(written: &str, value: u64, expected: u64) -> bool {
    let lower = written.to_lowercase();
    let decimals = lower
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .find_map(|w| {
            w.split_once('.')
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .map(|(_, b)| b.len())
        });
    let scale = lower.split(|c: char| !c.is_alphabetic()).find_map(scale_of);
    let Some(scale) = scale else {
        return false;
    };
    if expected == 0 {
        return false;
    }
    let round = |v: u64, unit: u64| v.saturating_add(unit / 2) / unit * unit;
    // The fact's precision: its last non-zero digit.
    let mut unit: u64 = 1;
    while let Some(next) = unit.checked_mul(10).filter(|n| expected % n == 0) {
        unit = next;
    }
    if decimals.is_some() && round(value, unit) == expected {
        return true;
    }
    // The written precision.
    let written_unit = u32::try_from(decimals.unwrap_or(0))
        .ok()
        .and_then(|d| 10u64.checked_pow(d))
        .map_or(1, |p| scale / p);
    written_unit > 1 && round(expected, written_unit) == value
}

/// The multiplier of a scale word ("million", "bn", "k").
fn scale_of(word: &str) -> Option<u64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, m)| m)
}

/// Whether two figures are of different orders of size: more than ten
/// times apart. A figure tied to a fact only by its unit ("$46.26" for a
/// $9.4 billion deal) is then another quantity.
pub(super) fn far_apart(value: u64, expected: u64) -> bool {
    let (lo, hi) = if value < expected {
        (value, expected)
    } else {
        (expected, value)
    };
    lo.saturating_mul(10) < hi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_figures_round_to_the_fact() {
        assert!(rounds_to("$68.7 billion", 68_700_000_000, 69_000_000_000));
        assert!(!rounds_to("$68.2 billion", 68_200_000_000, 69_000_000_000));
        assert!(!rounds_to("120", 120, 100));
        assert!(!rounds_to("$69 billion", 69_000_000_000, 70_000_000_000));
        // The fact's figure rounded at the written precision.
        assert!(rounds_to("1.35 million", 1_350_000, 1_354_000));
        assert!(rounds_to("4.2 million", 4_200_000, 4_213_000));
        assert!(rounds_to("4 million", 4_000_000, 4_213_000));
        assert!(!rounds_to("4.3 million", 4_300_000, 4_213_000));
        assert!(!rounds_to("1.36 million", 1_360_000, 1_354_000));
        assert!(!rounds_to("5 million", 5_000_000, 4_213_000));
        // No scale word: exact.
        assert!(!rounds_to("4,200", 4_200, 4_213));
        assert!(!rounds_to(
            "1.5 billion",
            1_500_000_000,
            10_000_000_000_000_000_000
        ));
    }

    #[test]
    fn figures_far_apart() {
        assert!(far_apart(46, 9_400_000_000));
        assert!(far_apart(9_400_000_000, 68));
        assert!(!far_apart(4_900_000_000, 9_400_000_000));
        assert!(!far_apart(86, 68));
    }
}
