//! Integration tests: quotations and speakers in the seed articles.

use factlint::extract::quotes::extract_quotes;
use factlint::source::Span;
use proptest::prelude::*;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");

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

#[test]
fn ten_thousand_quote_marks_are_quick() {
    let text = "“‘\"' ".repeat(10_000);
    let start = std::time::Instant::now();
    let quotes = extract_quotes(&text, Span::new(0, text.len()));
    assert!(!quotes.is_empty());
    assert!(start.elapsed().as_secs() < 5);
}
