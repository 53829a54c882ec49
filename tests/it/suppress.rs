//! Integration tests: in-article suppressions applied to hand-made reports.

use super::baseline::{evidence_at, report, rules_with};
use factlint::check::ArticleReport;
use factlint::dsl::Verdict;
use factlint::suppress::{
    apply, parse_suppressions, validate_suppressions, SuppressionError, UnusedSuppression,
};

const FACTS: &[&str] = &["prior_meetings", "kim_memories", "kang_name"];

const ARTICLE: &str = "Kim said he had \u{201c}fond memories\u{201d} of Trump.\n\n\
<!-- factlint: ignore prior_meetings -->\n\
Trump and Kim have met twice when Trump was serving his first term.\n\
Kang Kyung-hwa downplayed talk of a meeting.\n\n\
Aides say they met twice more in secret.\n";

/// prior_meetings contradicts in paragraphs 2 and 3, kim_memories in 1,
/// kang_name in 2.
fn findings(text: &str) -> ArticleReport {
    report(vec![
        (
            0,
            vec![
                evidence_at(text, "twice", 0, Verdict::Contradiction, "2"),
                evidence_at(text, "twice", 1, Verdict::Contradiction, "2"),
            ],
        ),
        (
            1,
            vec![evidence_at(
                text,
                "\u{201c}fond memories\u{201d}",
                0,
                Verdict::Contradiction,
                "\"fond memories\"",
            )],
        ),
        (
            2,
            vec![evidence_at(
                text,
                "Kang Kyung-hwa",
                0,
                Verdict::Contradiction,
                "Kang Kyung-hwa",
            )],
        ),
    ])
}

fn found(report: &ArticleReport, fact: usize) -> Vec<(Verdict, usize)> {
    report.facts[fact]
        .evidence
        .iter()
        .map(|e| (e.verdict, e.span.start))
        .collect()
}

#[test]
fn silences_its_fact_in_the_next_paragraph_only() {
    let rules = rules_with(FACTS);
    let original = findings(ARTICLE);
    let (after, unused) = apply(&original, &rules, &parse_suppressions(ARTICLE));
    assert_eq!(unused, []);
    // The finding in the suppressed paragraph is gone, the one in the
    // paragraph after it stays.
    let later = evidence_at(ARTICLE, "twice", 1, Verdict::Contradiction, "2");
    assert_eq!(
        found(&after, 0),
        [(Verdict::Contradiction, later.span.start)]
    );
    assert_eq!(after.facts[0].verdict, Verdict::Contradiction);
}

#[test]
fn does_not_silence_another_fact_in_the_same_paragraph() {
    let rules = rules_with(FACTS);
    let original = findings(ARTICLE);
    let (after, _) = apply(&original, &rules, &parse_suppressions(ARTICLE));
    assert_eq!(after.facts[2], original.facts[2]);
    assert_eq!(after.facts[1], original.facts[1]);
}

#[test]
fn does_not_silence_a_finding_before_it() {
    // The suppression for kim_memories comes after the quote.
    let text = ARTICLE.replace("ignore prior_meetings", "ignore kim_memories");
    let rules = rules_with(FACTS);
    let original = findings(&text);
    let (after, unused) = apply(&original, &rules, &parse_suppressions(&text));
    assert_eq!(after, original);
    assert_eq!(
        unused
            .iter()
            .map(|u| (u.fact.as_str(), &text[u.span.range()]))
            .collect::<Vec<_>>(),
        [("kim_memories", "kim_memories")]
    );
    assert_eq!(
        unused[0].message(),
        "unused suppression: `kim_memories` has no evidence here"
    );
}

#[test]
fn silences_matches_too_and_recomputes_the_verdict() {
    let text = "<!-- factlint: ignore kim_memories -->\nKim recalled \u{201c}good memories\u{201d} and \u{201c}fond memories\u{201d}.\n";
    let rules = rules_with(FACTS);
    let original = report(vec![(
        1,
        vec![
            evidence_at(
                text,
                "\u{201c}good memories\u{201d}",
                0,
                Verdict::Match,
                "\"good memories\"",
            ),
            evidence_at(
                text,
                "\u{201c}fond memories\u{201d}",
                0,
                Verdict::Contradiction,
                "\"fond memories\"",
            ),
        ],
    )]);
    let (after, unused) = apply(&original, &rules, &parse_suppressions(text));
    assert_eq!(unused, []);
    assert_eq!(found(&after, 0), []);
    assert_eq!(after.facts[0].verdict, Verdict::Absent);
}

#[test]
fn ignore_file_silences_every_paragraph_and_several_ids() {
    let text = format!("[factlint: ignore-file prior_meetings, kang_name]\n\n{ARTICLE}");
    let rules = rules_with(FACTS);
    let (after, unused) = apply(&findings(&text), &rules, &parse_suppressions(&text));
    assert_eq!(found(&after, 0), []);
    assert_eq!(found(&after, 2), []);
    assert_eq!(after.facts[0].verdict, Verdict::Absent);
    assert_eq!(after.facts[2].verdict, Verdict::Absent);
    // kim_memories is not named: untouched.
    assert_eq!(after.facts[1].verdict, Verdict::Contradiction);
    // The paragraph suppression of prior_meetings is still used: it covers
    // evidence the file suppression also covers.
    assert_eq!(unused, []);
}

#[test]
fn only_the_ids_that_silenced_nothing_are_unused() {
    let text = ARTICLE.replace(
        "ignore prior_meetings",
        "ignore prior_meetings, kim_memories",
    );
    let rules = rules_with(FACTS);
    let (_, unused) = apply(&findings(&text), &rules, &parse_suppressions(&text));
    let expected_span = text
        .find("kim_memories")
        .map(|i| (i, i + "kim_memories".len()));
    assert_eq!(
        unused
            .iter()
            .map(|u: &UnusedSuppression| (u.fact.as_str(), Some((u.span.start, u.span.end))))
            .collect::<Vec<_>>(),
        [("kim_memories", expected_span)]
    );
}

#[test]
fn a_suppression_in_an_article_without_the_fact_is_unused() {
    let rules = rules_with(FACTS);
    let empty = report(vec![(0, vec![]), (1, vec![]), (2, vec![])]);
    let (after, unused) = apply(&empty, &rules, &parse_suppressions(ARTICLE));
    assert_eq!(after, empty);
    assert_eq!(unused.len(), 1);
    assert_eq!(unused[0].fact, "prior_meetings");
}

#[test]
fn unknown_ids_are_reported_with_a_suggestion_and_not_as_unused() {
    let text = ARTICLE.replace("ignore prior_meetings", "ignore prior_meeting, zzz");
    let rules = rules_with(FACTS);
    let suppressions = parse_suppressions(&text);
    let errors = validate_suppressions(&suppressions, &rules);
    assert_eq!(
        errors,
        [
            SuppressionError::UnknownFact {
                id: "prior_meeting".into(),
                span: suppressions[0].fact_spans[0],
                suggestion: Some("prior_meetings".into()),
            },
            SuppressionError::UnknownFact {
                id: "zzz".into(),
                span: suppressions[0].fact_spans[1],
                suggestion: None,
            },
        ]
    );
    assert_eq!(errors[0].to_string(), "no fact `prior_meeting` to ignore");
    assert_eq!(
        errors[0].help().as_deref(),
        Some("did you mean `prior_meetings`?")
    );
    // A misspelt id silences nothing.
    let original = findings(&text);
    let (after, unused) = apply(&original, &rules, &suppressions);
    assert_eq!(after, original);
    assert_eq!(unused, []);
    // Known ids pass validation.
    assert_eq!(
        validate_suppressions(&parse_suppressions(ARTICLE), &rules),
        []
    );
}
