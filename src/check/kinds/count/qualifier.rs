//! How the words before a figure qualify it, and what a qualified figure
//! says of the fact's count: "three" states it; "about 1,200" states it to
//! the figure's precision; "more than 340" is a bound, which the count
//! meets or breaks.

use crate::dsl::Verdict;
use crate::source::Span;

/// How a figure is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// "three": the count itself.
    Exact,
    /// "about 1,200", "nearly 1,000", "an estimated 900": the count,
    /// rounded to the figure's precision.
    Loose,
    /// "more than 340", "topped 50": the count is above it.
    Above,
    /// "over 50": above it; but "over 11 hearings" may say "in the course
    /// of", so the figure itself states the count too.
    Over,
    /// "at least 128", "no fewer than 40": the count is it or above.
    AtLeast,
    /// "fewer than 40", "under 30", "short of 60": the count is below it.
    Below,
    /// "up to €4m", "at most 12", "as many as 30": the count is it or below.
    AtMost,
    /// "dozens of", "hundreds of": too vague to state or break anything.
    Vague,
}

/// A bound the count meets states it only when the figure is near it:
/// "more than 340 injured" states 342; "more than 50" says little of 128.
const NEAR: f64 = 1.5;

/// Qualifiers, longest first where one ends another ("well over" before
/// "over").
const QUALIFIERS: &[(&str, Reading)] = &[
    ("only about", Reading::Loose),
    // "just under 28%": the figure rounded, a hair off.
    ("just under", Reading::Loose),
    ("just over", Reading::Loose),
    ("just below", Reading::Loose),
    ("just above", Reading::Loose),
    ("slightly more than", Reading::Loose),
    ("slightly less than", Reading::Loose),
    ("a little over", Reading::Loose),
    ("a little under", Reading::Loose),
    ("close to", Reading::Loose),
    ("closer to", Reading::Loose),
    ("about", Reading::Loose),
    ("around", Reading::Loose),
    ("nearly", Reading::Loose),
    ("almost", Reading::Loose),
    ("roughly", Reading::Loose),
    ("approximately", Reading::Loose),
    ("some", Reading::Loose),
    ("estimated", Reading::Loose),
    ("no fewer than", Reading::AtLeast),
    ("no less than", Reading::AtLeast),
    ("more than", Reading::Above),
    ("well over", Reading::Above),
    ("in excess of", Reading::Above),
    ("upwards of", Reading::Above),
    ("over", Reading::Over),
    ("above", Reading::Above),
    ("beyond", Reading::Above),
    ("cleared", Reading::Above),
    ("exceeded", Reading::Above),
    ("topped", Reading::Above),
    ("surpassed", Reading::Above),
    ("at least", Reading::AtLeast),
    ("less than", Reading::Below),
    ("fewer than", Reading::Below),
    ("under", Reading::Below),
    ("below", Reading::Below),
    ("short of", Reading::Below),
    ("up to", Reading::AtMost),
    ("at most", Reading::AtMost),
    ("as many as", Reading::AtMost),
    ("as few as", Reading::AtLeast),
    ("dozens of", Reading::Vague),
    ("hundreds of", Reading::Vague),
    ("thousands of", Reading::Vague),
];

/// Time units after which "over" and "under" are spans, not bounds ("met
/// over three days").
const SPANS_OF_TIME: &[&str] = &[
    "hours", "days", "weeks", "months", "years", "decades", "seasons", "nights", "minutes",
];

/// How the words right before `number` qualify it.
pub(super) fn reading(text: &str, number: Span) -> Reading {
    let tail = last_words(text, number);
    let found = QUALIFIERS.iter().find(|(q, _)| {
        tail.strip_suffix(q)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    });
    let Some(&(q, r)) = found else {
        return Reading::Exact;
    };
    let next = super::attach::word_after(text, number.end);
    if matches!(q, "over" | "under") && SPANS_OF_TIME.contains(&next.as_str()) {
        return Reading::Vague;
    }
    r
}

/// What a figure read as `reading` says of the fact's `expected` count:
/// a match, a contradiction, or nothing. `equal` tells whether the figure
/// is the count (exactly or as rounded to the fact's precision).
pub(super) fn judge(reading: Reading, value: u64, expected: u64, equal: bool) -> Option<Verdict> {
    let near = |a: u64, b: u64| (a as f64) <= (b as f64) * NEAR;
    let verdict = |ok: bool| {
        if ok {
            Verdict::Match
        } else {
            Verdict::Contradiction
        }
    };
    // A bound broken by an order of size is about another quantity ("floods
    // cause more than 100 deaths in a typical year", of a toll of four).
    let far = super::unit::far_apart(value, expected);
    match reading {
        Reading::Exact => Some(verdict(equal)),
        Reading::Over if equal => Some(Verdict::Match),
        Reading::Over | Reading::Above | Reading::AtLeast | Reading::Below | Reading::AtMost
            if far =>
        {
            None
        }
        Reading::Loose => Some(verdict(equal || rounds_to_figure(expected, value))),
        Reading::Above | Reading::Over => match expected > value {
            true => near(expected, value).then_some(Verdict::Match),
            false => Some(Verdict::Contradiction),
        },
        Reading::AtLeast => match expected >= value {
            true => near(expected, value).then_some(Verdict::Match),
            false => Some(Verdict::Contradiction),
        },
        Reading::Below => match expected < value {
            true => near(value, expected).then_some(Verdict::Match),
            false => Some(Verdict::Contradiction),
        },
        Reading::AtMost => match expected <= value {
            true => near(value, expected).then_some(Verdict::Match),
            false => Some(Verdict::Contradiction),
        },
        Reading::Vague => None,
    }
}

/// Whether `expected`, rounded to the precision `figure` is written to (its
/// trailing zeros: "1,200" to the hundred, "9.8 billion" to the hundred
/// million), is `figure`: "nearly 1,200" for 1,180, "about 9.4 billion" for
/// 9,412 million.
fn rounds_to_figure(expected: u64, figure: u64) -> bool {
    if figure == 0 {
        return expected == 0;
    }
    let mut unit: u64 = 1;
    while let Some(next) = unit.checked_mul(10).filter(|n| figure % n == 0) {
        unit = next;
    }
    expected.saturating_add(unit / 2) / unit * unit == figure
}

/// The three words before `number`, lowercased.
fn last_words(text: &str, number: Span) -> String {
    let before = text.get(..number.start).unwrap_or("");
    before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: &str, n: &str) -> Reading {
        let i = t.find(n).unwrap();
        reading(t, Span::new(i, i + n.len()))
    }

    #[test]
    fn qualifiers() {
        assert_eq!(at("they met more than 3 times", "3"), Reading::Above);
        assert_eq!(at("they met 3 times", "3"), Reading::Exact);
        assert_eq!(at("a sum of about 100", "100"), Reading::Loose);
        assert_eq!(at("well over 100 people", "100"), Reading::Above);
        assert_eq!(at("over 100 people", "100"), Reading::Over);
        assert_eq!(at("had just under 28% of the vote", "28%"), Reading::Loose);
        assert_eq!(at("an estimated 900 homes", "900"), Reading::Loose);
        assert_eq!(at("up to €4m in add-ons", "€4m"), Reading::AtMost);
        assert_eq!(at("no fewer than 40 people", "40"), Reading::AtLeast);
        assert_eq!(at("they met over three days", "three"), Reading::Vague);
        assert_eq!(at("dozens of 12 year olds", "12"), Reading::Vague);
    }

    #[test]
    fn bounds_are_met_or_broken() {
        use Verdict::{Contradiction, Match};
        assert_eq!(judge(Reading::Above, 340, 342, false), Some(Match));
        assert_eq!(judge(Reading::Above, 430, 342, false), Some(Contradiction));
        assert_eq!(judge(Reading::Above, 50, 128, false), None);
        assert_eq!(judge(Reading::AtLeast, 128, 128, true), Some(Match));
        assert_eq!(judge(Reading::Below, 100, 128, false), Some(Contradiction));
        assert_eq!(judge(Reading::AtMost, 4, 4, true), Some(Match));
        assert_eq!(judge(Reading::AtMost, 4, 6, false), Some(Contradiction));
        assert_eq!(judge(Reading::Vague, 12, 3, false), None);
        assert_eq!(judge(Reading::Over, 11, 11, true), Some(Match));
        assert_eq!(judge(Reading::Above, 100, 4, false), None);
    }

    #[test]
    fn loose_figures_round() {
        assert!(rounds_to_figure(1_180, 1_200));
        assert!(rounds_to_figure(2_946, 3_000));
        assert!(rounds_to_figure(9_400_000_000, 9_400_000_000));
        assert!(!rounds_to_figure(9_400_000_000, 9_800_000_000));
        assert!(!rounds_to_figure(128, 150));
        assert!(rounds_to_figure(31, 31));
    }
}
