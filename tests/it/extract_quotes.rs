//! Integration tests: quotations and speakers, negation cues and name runs
//! in the seed articles; no panics and valid spans on arbitrary text.

use factlint::extract::names::{fold_name, is_near_miss, name_runs};
use factlint::extract::negation::{is_negated, negation_cues};
use factlint::extract::quotes::extract_quotes;
use factlint::extract::wording::{compare, words};
use factlint::source::Span;
use proptest::prelude::*;

const SEED_NAMES: [&str; 5] = [
    "000_93ad65dda63a1445",
    "001_d113c72b39d588f2",
    "002_ec15ef59db5fd1ee",
    "003_a15db009ff268659",
    "004_6fea933455d03ce2",
];

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

/// Every quotation of `text`, taking each line as one sentence span, one
/// line of report per quotation.
fn list_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut offset = 0;
    for (n, line) in text.split('\n').enumerate() {
        let span = Span::new(offset, offset + line.len());
        offset += line.len() + 1;
        for q in extract_quotes(text, span) {
            let closed = if q.span.slice(text).len() > q.inner.slice(text).len() + 1 {
                ""
            } else {
                " (unclosed)"
            };
            let speaker = q
                .speaker
                .map_or("-".to_string(), |s| s.slice(text).to_string());
            out.push_str(&format!(
                "line {}: [{}]{}\n    speaker: {}\n",
                n + 1,
                q.inner.slice(text),
                closed,
                speaker
            ));
        }
    }
    out
}

fn seed(name: &str) -> String {
    let path = format!("{SEEDS}/{name}.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn snapshot(name: &str, value: String) {
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/extract"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, value);
    });
}

#[test]
fn seed_000_quotes() {
    snapshot("quotes_000", list_quotes(&seed("000_93ad65dda63a1445")));
}

#[test]
fn seed_001_quotes() {
    snapshot("quotes_001", list_quotes(&seed("001_d113c72b39d588f2")));
}

#[test]
fn seed_002_quotes() {
    snapshot("quotes_002", list_quotes(&seed("002_ec15ef59db5fd1ee")));
}

#[test]
fn seed_003_quotes() {
    snapshot("quotes_003", list_quotes(&seed("003_a15db009ff268659")));
}

#[test]
fn seed_004_quotes() {
    snapshot("quotes_004", list_quotes(&seed("004_6fea933455d03ce2")));
}

/// Each line of `text` as a span, with its 1-based number.
fn lines(text: &str) -> Vec<(usize, Span)> {
    let mut offset = 0;
    text.split('\n')
        .enumerate()
        .map(|(n, line)| {
            let span = Span::new(offset, offset + line.len());
            offset += line.len() + 1;
            (n + 1, span)
        })
        .collect()
}

/// Every negation cue of the seeds (each line taken as one clause) with the
/// words that follow it.
#[test]
fn seed_negation_cues() {
    let mut out = String::new();
    for name in SEED_NAMES {
        let text = seed(name);
        out.push_str(&format!("== {name}\n"));
        for (n, line) in lines(&text) {
            for cue in negation_cues(&text, line) {
                let after: Vec<&str> = text[cue.span.end..line.end]
                    .split_whitespace()
                    .take(5)
                    .collect();
                out.push_str(&format!(
                    "line {n}: [{}] {}\n",
                    cue.span.slice(&text),
                    after.join(" ")
                ));
            }
        }
    }
    snapshot("negation_seeds", out);
}

/// Every run of capitalised words in the seeds, `|` between words.
#[test]
fn seed_name_runs() {
    let mut out = String::new();
    for name in SEED_NAMES {
        let text = seed(name);
        out.push_str(&format!("== {name}\n"));
        for (n, line) in lines(&text) {
            let runs: Vec<String> = name_runs(&text, line)
                .iter()
                .map(|r| {
                    r.words
                        .iter()
                        .map(|w| w.slice(&text))
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect();
            if !runs.is_empty() {
                out.push_str(&format!("line {n}: {}\n", runs.join(", ")));
            }
        }
    }
    snapshot("names_seeds", out);
}

fn check_spans(text: &str, span: Span) -> Result<(), TestCaseError> {
    for q in extract_quotes(text, span) {
        for s in [Some(q.span), Some(q.inner), q.speaker]
            .into_iter()
            .flatten()
        {
            prop_assert!(s.start <= s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        prop_assert!(q.span.contains(q.inner));
        prop_assert!(span.start <= q.span.start && q.span.start < span.end.max(span.start + 1));
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_text_gives_valid_spans(text in "\\PC{0,200}", a in 0usize..220, b in 0usize..220) {
        let (lo, hi) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
        let lo = (0..=lo).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let hi = (hi..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
        check_spans(&text, Span::new(lo, hi))?;
    }

    #[test]
    fn many_quote_marks_give_valid_spans(text in "([\"'“”‘’«» \\n]|ab|Kim said,){0,300}") {
        check_spans(&text, Span::new(0, text.len()))?;
    }
}

proptest! {
    #[test]
    fn other_extractors_never_panic(text in "\\PC{0,120}", a in 0usize..130, b in 0usize..130) {
        let (lo, hi) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
        let lo = (0..=lo).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let hi = (hi..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
        let span = Span::new(lo, hi);
        for cue in negation_cues(&text, span) {
            prop_assert!(span.contains(cue.span));
            prop_assert!(text.is_char_boundary(cue.span.start) && text.is_char_boundary(cue.span.end));
        }
        let _ = is_negated(&text, span, Span::new(hi, hi));
        for run in name_runs(&text, span) {
            prop_assert!(span.contains(run.span));
            prop_assert!(run.words.iter().all(|w| run.span.contains(*w)));
        }
        let ws = words(&text, span);
        prop_assert!(ws.iter().all(|w| span.contains(w.span) && !w.norm.is_empty()));
        let _ = compare(&ws, &words(&text, Span::new(0, text.len())));
        let folded = fold_name(&text);
        prop_assert!(!is_near_miss(&text, &text));
        prop_assert!(!is_near_miss(&folded, &text));
    }
}

#[test]
fn ten_thousand_quote_marks_are_quick() {
    let text = "“‘\"' ".repeat(10_000);
    let start = std::time::Instant::now();
    let quotes = extract_quotes(&text, Span::new(0, text.len()));
    assert!(!quotes.is_empty());
    assert!(start.elapsed().as_secs() < 5);
}
