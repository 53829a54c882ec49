//! Command output on hand-built rules and verdicts.

use crate::check::{Evidence, FactResult};
use crate::dsl::Verdict;
use crate::eval::{compare, parse_gold, EvidenceAt, Observed};
use crate::report::human::{render_diagnostics, ReportFiles};
use crate::report::tests::rules;
use crate::source::Span;

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/cli"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn explain_shows_claim_kind_scope_severity_examples() {
    let rules = rules();
    let fact = rules.fact("prior_meetings").expect("fact");
    let text = super::explain::render_explanation(fact, &rules);
    assert!(text.starts_with("prior_meetings: count\n"));
    assert!(text.contains("  expects   3\n"));
    assert!(text.contains("  defined   rules/summit.facts:9:1\n"));
    snapshot!("explain", text);
}

#[test]
fn failed_example_points_at_the_example() {
    let rules = rules();
    let fact = rules.fact("prior_meetings").expect("fact");
    let example = fact.examples.first().expect("example");
    let got = FactResult {
        fact: 0,
        verdict: Verdict::Contradiction,
        evidence: vec![Evidence {
            verdict: Verdict::Contradiction,
            span: Span::new(23, 28),
            found: "2".into(),
            expected: "3".into(),
            note: None,
        }],
    };
    let d = super::test::example_failure(fact, example, &got);
    let files = ReportFiles::new(&rules.sources, None);
    let text = String::from_utf8(render_diagnostics(&[d], &files, false)).expect("utf-8");
    assert!(text.contains("expected match, got contradiction"));
    snapshot!("test_failure", text);
}

#[test]
fn eval_report_lists_scores_and_disagreements() {
    let gold = parse_gold(
        "file\tfact_id\tverdict\n\
         a.txt\tprior_meetings\tcontradiction\n\
         b.txt\tprior_meetings\tmatch\n\
         c.txt\tprior_meetings\tabsent\n\
         c.txt\tarrival\tmatch\n\
         d.txt\tarrival\tmatch\n",
    )
    .expect("gold");
    let obs =
        |file: &str, fact: &str, kind: &str, verdict, evidence: Option<(usize, usize, &str)>| {
            Observed {
                file: file.into(),
                fact_id: fact.into(),
                kind: kind.into(),
                verdict,
                evidence: evidence.map(|(line, column, text)| EvidenceAt {
                    line,
                    column,
                    text: text.into(),
                }),
            }
        };
    let observed = vec![
        obs(
            "a.txt",
            "prior_meetings",
            "count",
            Verdict::Contradiction,
            Some((3, 33, "twice")),
        ),
        obs(
            "b.txt",
            "prior_meetings",
            "count",
            Verdict::Contradiction,
            Some((1, 5, "four times")),
        ),
        obs("c.txt", "prior_meetings", "count", Verdict::Absent, None),
        obs(
            "c.txt",
            "arrival",
            "date",
            Verdict::Match,
            Some((2, 1, "October 29")),
        ),
    ];
    let text = super::eval::render_human(&compare(&gold, &observed));
    assert!(text.contains(
        "b.txt prior_meetings (count): gold match, got contradiction at 1:5 \"four times\""
    ));
    assert!(text.contains("1 gold row without a verdict"));
    snapshot!("eval_human", text);
}

#[test]
fn fail_on_counts_contradictions_at_or_above_the_threshold() {
    use crate::dsl::Severity;
    use crate::report::tests::report;
    let rules = rules();
    let mut only_warning = report();
    only_warning.facts.retain(|r| r.fact != 0); // drop the error-level one
    let fails = super::check::fails;
    assert!(fails(&report(), &rules, Some(Severity::Error)));
    assert!(!fails(&only_warning, &rules, Some(Severity::Error)));
    assert!(fails(&only_warning, &rules, Some(Severity::Warning)));
    assert!(fails(&only_warning, &rules, Some(Severity::Note)));
    assert!(!fails(&report(), &rules, None));
    // A match is never a failure, whatever the threshold.
    let mut matches_only = report();
    matches_only
        .facts
        .retain(|r| r.verdict != Verdict::Contradiction);
    assert!(!fails(&matches_only, &rules, Some(Severity::Note)));
}
