//! Integration tests: extract.

// ---- numbers and dates ----

use chrono::NaiveDate;
use factlint::extract::dates::extract_dates;
use factlint::extract::numbers::extract_numbers;
use factlint::extract::NumberKind;
use factlint::source::Span;
use proptest::prelude::*;
use std::fmt::Write as _;
use std::path::Path;

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 10, 18).unwrap_or_default()
}

/// Whether the word before a period at `dot` is an abbreviation ("Oct.",
/// "U.S.", "Mr.") rather than the end of a sentence.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let word = text
        .get(..dot)
        .unwrap_or("")
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    const ABBREVIATIONS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr",
        "Mrs", "Ms", "Dr", "No", "St",
    ];
    ABBREVIATIONS.contains(&word) || word.ends_with(|c: char| c.is_uppercase()) && word.len() <= 3
}

/// Sentences split naively on ". " (not after an abbreviation) and line
/// ends; the real segmenter lives in `article`.
fn naive_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = match b {
            b'\n' => Some(i),
            b' ' if i > 0 && bytes[i - 1] == b'.' && !abbreviation_before(text, i - 1) => Some(i),
            _ => None,
        };
        if let Some(end) = end {
            if end > start {
                out.push(Span::new(start, end));
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

fn kind_name(k: NumberKind) -> &'static str {
    match k {
        NumberKind::Cardinal => "cardinal",
        NumberKind::Times => "times",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Year => "year",
        NumberKind::Percent => "percent",
        NumberKind::Money => "money",
        NumberKind::Clock => "clock",
        NumberKind::Modifier => "modifier",
        NumberKind::Fraction => "fraction",
    }
}

/// What both extractors see in every sentence of one text.
fn describe(text: &str) -> String {
    let mut out = String::new();
    for s in naive_sentences(text) {
        let numbers = extract_numbers(text, s);
        let dates = extract_dates(text, s, reference());
        if numbers.is_empty() && dates.is_empty() {
            continue;
        }
        let _ = writeln!(out, "> {}", s.slice(text).trim());
        for n in numbers {
            let _ = writeln!(
                out,
                "    number {:<8} {:>10}  {:?}",
                kind_name(n.kind),
                n.value,
                n.span.slice(text)
            );
        }
        for d in dates {
            let _ = writeln!(
                out,
                "    date   {} .. {}  {:?}",
                d.start,
                d.end,
                d.span.slice(text)
            );
        }
    }
    out
}

#[test]
fn numbers_and_dates_in_the_seeds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("seed fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    let mut all = String::new();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("readable seed");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let _ = writeln!(
            all,
            "==== {} (reference 2025-10-18)",
            name.unwrap_or_default()
        );
        all.push_str(&describe(&text));
        all.push('\n');
    }
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/extract"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("numbers_dates_seeds", all);
    });
}

#[test]
fn numbers_traps() {
    let kinds = |s: &str| -> Vec<(String, NumberKind)> {
        extract_numbers(s, Span::new(0, s.len()))
            .into_iter()
            .map(|n| (n.span.slice(s).to_string(), n.kind))
            .collect()
    };
    assert_eq!(
        kinds("his first term"),
        vec![("first".into(), NumberKind::Ordinal)]
    );
    assert_eq!(kinds("in 2019"), vec![("2019".into(), NumberKind::Year)]);
    assert_eq!(
        kinds("a three-day visit"),
        vec![("three".into(), NumberKind::Modifier)]
    );
    assert_eq!(
        kinds("100 per cent"),
        vec![("100".into(), NumberKind::Percent)]
    );
    assert_eq!(
        kinds("$1 billion"),
        vec![("$1 billion".into(), NumberKind::Money)]
    );
    assert_eq!(kinds("3 p.m."), vec![("3".into(), NumberKind::Clock)]);
    assert_eq!(
        kinds("2,019 people"),
        vec![("2,019".into(), NumberKind::Cardinal)]
    );
}

#[test]
fn dates_traps() {
    let dates = |s: &str| extract_dates(s, Span::new(0, s.len()), reference());
    assert!(dates("Trump may meet Xi").is_empty());
    assert!(dates("a march on the capital").is_empty());
    let d = dates("arriving on the 29th.");
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].start,
        NaiveDate::from_ymd_opt(2025, 10, 29).unwrap_or_default()
    );
    let d = extract_dates(
        "on the 29th",
        Span::new(0, 11),
        NaiveDate::from_ymd_opt(2025, 2, 1).unwrap_or_default(),
    );
    assert!(d.is_empty(), "February has no 29th in 2025");
}

fn on_boundaries(text: &str, outer: Span, inner: Span) -> bool {
    outer.contains(inner)
        && inner.start < inner.end
        && text.is_char_boundary(inner.start)
        && text.is_char_boundary(inner.end)
}

proptest! {
    #[test]
    fn numbers_and_dates_never_panic(
        text in prop_oneof![
            any::<String>(),
            "[0-9a-zA-Z ,.:;$%€£₩'’–-]{0,60}",
            "(Oct\\. |October |May |the |in |on |last |next |three |twice |[0-9]{1,4}|, |-|–| )*",
        ],
        a in 0usize..80,
        b in 0usize..80,
        day in 0i64..40_000,
    ) {
        let span = Span::new(a.min(b), a.max(b));
        let reference = NaiveDate::from_ymd_opt(1950, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(day)))
            .unwrap_or_default();
        for n in extract_numbers(&text, span) {
            prop_assert!(on_boundaries(&text, span, n.span), "{:?} in {:?}", n, text);
        }
        let mut last_end = 0;
        for d in extract_dates(&text, span, reference) {
            prop_assert!(on_boundaries(&text, span, d.span), "{:?} in {:?}", d, text);
            prop_assert!(d.start <= d.end);
            prop_assert!(d.span.start >= last_end, "overlap in {:?}", text);
            last_end = d.span.end;
        }
    }
}
