use super::fingerprint::fingerprint;
use super::*;
use crate::source::Span;

fn span_of(text: &str, word: &str) -> Span {
    let start = text.find(word).unwrap_or(usize::MAX);
    assert_ne!(start, usize::MAX, "{word:?} not in {text:?}");
    Span::new(start, start + word.len())
}

#[test]
fn context_stops_at_the_sentence_before_and_includes_the_end_of_its_own() {
    let text = "They met in Hanoi. The two leaders met twice. Talks stalled.";
    assert_eq!(
        fingerprint(text, span_of(text, "twice")),
        "The two leaders met twice."
    );
}

#[test]
fn sentence_end_behind_a_closing_quote_counts() {
    let text = "He said \u{201c}never again.\u{201d} They met twice in 2019.";
    assert_eq!(
        fingerprint(text, span_of(text, "twice")),
        "They met twice in 2019."
    );
}

#[test]
fn context_stops_at_a_blank_line_even_without_punctuation() {
    let text = "Headline without a full stop\n\nThey met twice\n\nNext paragraph";
    assert_eq!(fingerprint(text, span_of(text, "twice")), "They met twice");
}

#[test]
fn context_is_at_most_six_words_each_side() {
    let text = "one two three four five six seven eight TWICE a b c d e f g h";
    assert_eq!(
        fingerprint(text, span_of(text, "TWICE")),
        "three four five six seven eight TWICE a b c d e f"
    );
}

#[test]
fn whitespace_and_line_breaks_are_normalised() {
    let a = "They   met\n  twice\tin 2019.";
    let b = "They met twice in 2019.";
    assert_eq!(
        fingerprint(a, span_of(a, "twice")),
        fingerprint(b, span_of(b, "twice"))
    );
}

#[test]
fn a_span_inside_a_word_is_widened_to_the_word() {
    let text = "They met twice, then stopped.";
    let span = span_of(text, "twice");
    assert_eq!(fingerprint(text, span), "They met twice, then stopped.");
    assert_eq!(
        fingerprint(text, Span::new(span.start + 1, span.end - 1)),
        "They met twice, then stopped."
    );
}

#[test]
fn bad_spans_do_not_panic() {
    let text = "Kim said \u{201c}fond memories\u{201d}.";
    // Past the end, and inside a multi-byte quote.
    let _ = fingerprint(text, Span::new(100, 200));
    let quote = span_of(text, "\u{201c}");
    let _ = fingerprint(text, Span::new(quote.start + 1, quote.start + 2));
    assert_eq!(fingerprint("", Span::new(0, 0)), "");
}

#[test]
fn article_keys_ignore_dot_slash_separators_and_jsonl_lines() {
    assert_eq!(article_key("./drafts/a.md"), "drafts/a.md");
    assert_eq!(article_key("drafts\\a.md"), "drafts/a.md");
    assert_eq!(
        article_key("batch.jsonl:17#story-42"),
        "batch.jsonl#story-42"
    );
    // Not a JSONL record name: kept as given.
    assert_eq!(article_key("notes#1.md"), "notes#1.md");
    assert_eq!(article_key("a:b#c"), "a:b#c");
}

#[test]
fn verdicts_are_recomputed_only_where_evidence_was_dropped() {
    let evidence = |verdict, start| Evidence {
        verdict,
        span: Span::new(start, start + 1),
        found: String::new(),
        expected: String::new(),
        note: None,
    };
    let report = ArticleReport {
        stories: Vec::new(),
        facts: vec![
            FactResult {
                fact: 0,
                verdict: Verdict::Contradiction,
                evidence: vec![
                    evidence(Verdict::Match, 0),
                    evidence(Verdict::Contradiction, 5),
                ],
            },
            FactResult {
                fact: 1,
                verdict: Verdict::Contradiction,
                evidence: vec![evidence(Verdict::Contradiction, 9)],
            },
        ],
    };
    let kept = retain_evidence(&report, |fact, e| fact == 1 || e.verdict == Verdict::Match);
    assert_eq!(kept.facts[0].verdict, Verdict::Match);
    assert_eq!(kept.facts[0].evidence.len(), 1);
    assert_eq!(kept.facts[1], report.facts[1]);
    let none = retain_evidence(&report, |_, _| false);
    assert!(none.facts.iter().all(|f| f.verdict == Verdict::Absent));
}

proptest::proptest! {
    #[test]
    fn fingerprint_never_panics(text in "[ a-z.\n\u{201c}\u{e9}]{0,40}", start in 0usize..50, len in 0usize..20) {
        let _ = fingerprint(&text, Span::new(start, start + len));
    }
}
