//! Unit tests for number extraction: each kind with look-alikes that are not.

use super::extract_numbers;
use crate::extract::NumberKind::{self, *};
use crate::source::Span;

fn nums(s: &str) -> Vec<(String, NumberKind, u64)> {
    extract_numbers(s, Span::new(0, s.len()))
        .into_iter()
        .map(|n| (n.span.slice(s).to_string(), n.kind, n.value))
        .collect()
}

fn one(s: &str, text: &str, kind: NumberKind, value: u64) {
    let found = nums(s);
    assert!(
        found.contains(&(text.to_string(), kind, value)),
        "{s:?}: wanted {text:?} {kind:?} {value}, got {found:?}"
    );
}

fn counts(s: &str) -> Vec<u64> {
    nums(s)
        .into_iter()
        .filter(|n| matches!(n.1, Cardinal | Times))
        .map(|n| n.2)
        .collect()
}

#[test]
fn digits_and_separators() {
    one("a total of 1,354 people", "1,354", Cardinal, 1354);
    one("2,019 people attended", "2,019", Cardinal, 2019);
    assert_eq!(counts("10 000 people"), vec![10, 0]);
    assert_eq!(counts("1,35 people"), Vec::<u64>::new());
}

#[test]
fn number_words() {
    one("three summits", "three", Cardinal, 3);
    one("twenty-five people", "twenty-five", Cardinal, 25);
    one("ninety nine bottles", "ninety nine", Cardinal, 99);
    one(
        "one hundred and five votes",
        "one hundred and five",
        Cardinal,
        105,
    );
    one(
        "two million three hundred thousand",
        "two million three hundred thousand",
        Cardinal,
        2_300_000,
    );
    one("a dozen reporters", "a dozen", Cardinal, 12);
    one("a hundred days", "a hundred", Cardinal, 100);
    assert_eq!(counts("a meeting"), Vec::<u64>::new());
    assert_eq!(
        counts("dozens of officials and a couple of aides"),
        Vec::<u64>::new()
    );
    // Two numbers side by side are not one.
    assert_eq!(counts("three two"), vec![3, 2]);
}

#[test]
fn scales_are_read_whole() {
    one("88 million people", "88 million", Cardinal, 88_000_000);
    one("2.5 million people", "2.5 million", Cardinal, 2_500_000);
    one("1.5 people", "1.5", Fraction, 1);
}

#[test]
fn frequencies() {
    one("have met three times when", "three times", Times, 3);
    one("met 3 times", "3 times", Times, 3);
    one("they met twice in 2018", "twice", Times, 2);
    one("met once in Singapore", "once", Times, 1);
    one("met thrice.", "thrice", Times, 3);
    one("on three occasions", "on three occasions", Times, 3);
}

#[test]
fn multipliers_and_rates_are_not_frequencies() {
    one("three times as many missiles", "three times", Modifier, 3);
    one("three times more", "three times", Modifier, 3);
    one("twice the size", "twice", Modifier, 2);
    one("twice a year", "twice", Modifier, 2);
    assert_eq!(
        counts("Trump once called Kim a rocket man"),
        Vec::<u64>::new()
    );
    assert_eq!(counts("once the talks begin"), Vec::<u64>::new());
    assert_eq!(counts("Once again they met"), Vec::<u64>::new());
    assert_eq!(counts("at once"), Vec::<u64>::new());
}

#[test]
fn ordinals_are_not_counts() {
    one("his first term", "first", Ordinal, 1);
    one("his second term", "second", Ordinal, 2);
    one("the 21st century", "21st", Ordinal, 21);
    one("the twenty-first summit", "twenty-first", Ordinal, 21);
    one("the twentieth", "twentieth", Ordinal, 20);
    assert!(counts("first term").is_empty());
    // "21th" is not an ordinal spelling.
    assert!(nums("the 21th").is_empty());
}

#[test]
fn years() {
    one("in 2019", "2019", Year, 2019);
    one("his 2018 talks with Trump", "2018", Year, 2018);
    one("since 2017", "2017", Year, 2017);
    one("the 1990s", "1990s", Year, 1990);
    one("the 2025-26 season", "2025-26", Year, 2025);
    one("on 2025-10-29", "2025-10-29", Year, 2025);
    one("2019’s meeting", "2019", Year, 2019);
    one("2000 troops", "2000", Cardinal, 2000);
    one("about 2000 protesters", "2000", Cardinal, 2000);
    assert!(counts("in 2019").is_empty());
    assert!(counts("mid-2025").is_empty());
}

#[test]
fn percent_money_clock() {
    one("100 per cent tariffs", "100", Percent, 100);
    one("100 percent", "100", Percent, 100);
    one("a 45% rise", "45%", Percent, 45);
    one("fifty per cent", "fifty", Percent, 50);
    one("$1 billion", "$1 billion", Money, 1_000_000_000);
    one("$5", "$5", Money, 5);
    one("US$5 million", "US$5 million", Money, 5_000_000);
    one("€3", "€3", Money, 3);
    one("£3", "£3", Money, 3);
    one("₩500", "₩500", Money, 500);
    one("$5bn deal", "$5bn", Money, 5_000_000_000);
    one("5 dollars", "5", Money, 5);
    one("10,000 won", "10,000", Money, 10_000);
    one("3 billion yuan", "3 billion", Money, 3_000_000_000);
    one("at 3 p.m. local time", "3", Clock, 1500);
    one("at 3pm", "3pm", Clock, 1500);
    one("at 10:30", "10:30", Clock, 1030);
    one("at 10:30am", "10:30am", Clock, 1030);
    one("at 9 a.m.", "9", Clock, 900);
    // "the three won" is three people winning.
    one("the three won", "three", Cardinal, 3);
    // "5m" without a currency may be metres: not read.
    assert!(nums("a 5m wall").is_empty());
}

#[test]
fn modifiers_and_fractions() {
    one("a three-day visit", "three", Modifier, 3);
    one("a two-year deal", "two", Modifier, 2);
    one("a 5-year-old", "5", Modifier, 5);
    one("a 10-point plan", "10", Modifier, 10);
    one("a twenty-five-year-old", "twenty-five", Modifier, 25);
    one("met for a third time", "third", Ordinal, 3);
    one("9/11 attacks", "9/11", Fraction, 0);
    one("one-third of members", "one", Fraction, 1);
    one("two thirds of members", "two", Fraction, 2);
    one("2.5 times", "2.5 times", Times, 2);
    one("1/2", "1/2", Fraction, 0);
    one("half the members", "half", Fraction, 0);
    one(
        "destroyed half a million houses",
        "half a million",
        Cardinal,
        500_000,
    );
    one("one and a half years", "one and a half", Fraction, 1);
    assert!(counts("a three-day visit").is_empty());
}

#[test]
fn days_of_month_are_ordinals() {
    one("on October 29", "29", Ordinal, 29);
    one("on Oct. 29", "29", Ordinal, 29);
    one("on 29 October", "29", Ordinal, 29);
    one("a 5-4 vote", "5-4", Modifier, 5);
    one("October 29-31", "31", Ordinal, 31);
    one("Oct. 31–Nov. 1", "1", Ordinal, 1);
    one("the 29th", "29th", Ordinal, 29);
    one("October 29, 2025", "2025", Year, 2025);
    assert!(counts("scheduled for Oct. 31 to Nov. 1 in Gyeongju").is_empty());
    // A lowercase "may" is a verb, not a month.
    one("they may 3 times", "3 times", Times, 3);
}

#[test]
fn labels_are_not_numbers() {
    for s in [
        "No. 1",
        "Article 5",
        "G20",
        "F-35",
        "COVID-19",
        "3D",
        "Resolution 2397",
        "10/29/2025",
    ] {
        assert!(nums(s).is_empty(), "{s}: {:?}", nums(s));
    }
}

#[test]
fn pronoun_one() {
    for s in [
        "no one came",
        "the one who",
        "one another",
        "one would think",
        "one day",
        "one's own",
    ] {
        assert!(counts(s).is_empty(), "{s}: {:?}", nums(s));
    }
    one("one of them", "one", Cardinal, 1);
    one("one summit", "one", Cardinal, 1);
}

#[test]
fn seed_sentences() {
    let s = "Trump and Kim Jong Un have met three times when the US President was serving his first term";
    assert_eq!(
        nums(s),
        vec![
            ("three times".into(), Times, 3),
            ("first".into(), Ordinal, 1)
        ]
    );
    let s = "Trump and Kim have met three times during Trump’s first term – in Singapore in 2018, Hanoi in 2019";
    assert_eq!(
        nums(s),
        vec![
            ("three times".into(), Times, 3),
            ("first".into(), Ordinal, 1),
            ("2018".into(), Year, 2018),
            ("2019".into(), Year, 2019),
        ]
    );
    one("his proposed 100 per cent tariffs", "100", Percent, 100);
}

#[test]
fn spans_stay_inside_the_span() {
    let s = "xx 12 people, 34 more";
    let found = extract_numbers(s, Span::new(3, 12));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span, Span::new(3, 5));
    // A span that does not fit the text gives nothing.
    assert!(extract_numbers(s, Span::new(3, 99)).is_empty());
    assert!(extract_numbers("é1", Span::new(1, 3)).is_empty());
}
