//! Integration tests: baselines (record today's contradictions, report only
//! new ones), built on hand-made rule sets and reports.

use factlint::article::Article;
use factlint::baseline::{Baseline, BaselineError};
use factlint::check::{ArticleReport, Evidence, FactResult, StoryStatus};
use factlint::dsl::{FactDef, Kind, RuleSet, Severity, Verdict};
use factlint::source::Span;

/// A rule set with one count fact per id (enough to name facts).
pub(super) fn rules_with(ids: &[&str]) -> RuleSet {
    let mut rules = RuleSet::default();
    for id in ids {
        rules.facts.push(FactDef {
            id: (*id).to_string(),
            story: 0,
            file: 0,
            span: Span::default(),
            header_span: Span::default(),
            claim: format!("claim of {id}"),
            kind: Kind::Count { expected: 3 },
            about: Vec::new(),
            cues: Vec::new(),
            window: 1,
            severity: Severity::Error,
            examples: Vec::new(),
        });
    }
    rules
}

pub(super) fn article(name: &str, text: &str) -> Article {
    Article {
        name: name.to_string(),
        source: text.to_string(),
        text: text.to_string(),
        date: None,
        title: None,
    }
}

/// Evidence on the `nth` (0-based) occurrence of `word` in `text`.
pub(super) fn evidence_at(
    text: &str,
    word: &str,
    nth: usize,
    verdict: Verdict,
    found: &str,
) -> Evidence {
    let start = text
        .match_indices(word)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no occurrence {nth} of {word:?}"));
    Evidence {
        verdict,
        span: Span::new(start, start + word.len()),
        found: found.to_string(),
        expected: "3".to_string(),
        note: None,
    }
}

/// A report with one result per fact index, verdicts as the checker sets them.
pub(super) fn report(results: Vec<(usize, Vec<Evidence>)>) -> ArticleReport {
    let facts = results
        .into_iter()
        .map(|(fact, evidence)| {
            let verdict = if evidence.iter().any(|e| e.verdict == Verdict::Contradiction) {
                Verdict::Contradiction
            } else if evidence.is_empty() {
                Verdict::Absent
            } else {
                Verdict::Match
            };
            FactResult {
                fact,
                verdict,
                evidence,
            }
        })
        .collect();
    ArticleReport {
        stories: vec![StoryStatus::Checked],
        facts,
    }
}

fn contradictions(report: &ArticleReport) -> Vec<(usize, String)> {
    report
        .facts
        .iter()
        .flat_map(|r| {
            r.evidence
                .iter()
                .filter(|e| e.verdict == Verdict::Contradiction)
                .map(move |e| (r.fact, e.found.clone()))
        })
        .collect()
}

const DRAFT: &str = "SEOUL — Leaders gathered on Friday.\n\n\
Trump and Kim Jong Un have met twice when the US President was serving his first term.\n\
Analysts expect a third meeting.\n";

fn draft_report(text: &str) -> ArticleReport {
    report(vec![
        (
            0,
            vec![evidence_at(text, "twice", 0, Verdict::Contradiction, "2")],
        ),
        (
            1,
            vec![evidence_at(text, "Friday", 0, Verdict::Match, "Friday")],
        ),
    ])
}

/// Record `text`, write and read the file back.
fn baseline_of(name: &str, text: &str, rules: &RuleSet) -> Baseline {
    let mut baseline = Baseline::new();
    baseline.record(&article(name, text), &draft_report(text), rules);
    Baseline::from_json(&baseline.to_json()).expect("a written baseline reads back")
}

#[test]
fn round_trip_keeps_every_entry_and_writes_the_same_file() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let mut baseline = Baseline::new();
    baseline.record(&article("drafts/b.md", DRAFT), &draft_report(DRAFT), &rules);
    baseline.record(&article("drafts/a.md", DRAFT), &draft_report(DRAFT), &rules);
    let json = baseline.to_json();
    let read = Baseline::from_json(&json).expect("reads back");
    assert_eq!(read, baseline);
    assert_eq!(read.to_json(), json);
    // Only contradictions are recorded, and entries are sorted by article.
    assert_eq!(read.len(), 2);
    let articles: Vec<&str> = read.entries().iter().map(|e| e.article.as_str()).collect();
    assert_eq!(articles, ["drafts/a.md", "drafts/b.md"]);
    assert!(read.entries().iter().all(|e| e.fact == "prior_meetings"));
}

#[test]
fn file_format_snapshot() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("drafts/summit.md", DRAFT, &rules);
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/baseline"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("file_format", baseline.to_json());
    });
}

#[test]
fn recorded_findings_are_filtered_and_matches_pass_through() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("drafts/summit.md", DRAFT, &rules);
    let filtered = baseline.filter(
        &article("drafts/summit.md", DRAFT),
        &draft_report(DRAFT),
        &rules,
    );
    assert!(contradictions(&filtered).is_empty());
    // The fact had only contradicting evidence: now absent.
    assert_eq!(filtered.facts[0].verdict, Verdict::Absent);
    assert_eq!(filtered.facts[1].verdict, Verdict::Match);
    assert_eq!(filtered.facts[1].evidence.len(), 1);
}

#[test]
fn an_edit_above_the_finding_shifts_spans_but_nothing_is_new() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("./drafts/summit.md", DRAFT, &rules);
    let edited = DRAFT.replace(
        "SEOUL — Leaders gathered on Friday.\n",
        "SEOUL (Reuters) — World leaders gathered\nin the capital on Friday, officials said.\n\nA new paragraph.\n",
    );
    let filtered = baseline.filter(
        &article("drafts/summit.md", &edited),
        &draft_report(&edited),
        &rules,
    );
    assert_eq!(contradictions(&filtered), []);
}

#[test]
fn rewrapping_the_sentence_is_not_new() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("drafts/summit.md", DRAFT, &rules);
    let edited = DRAFT.replace("have met twice when", "have\n  met twice   when");
    let filtered = baseline.filter(
        &article("drafts/summit.md", &edited),
        &draft_report(&edited),
        &rules,
    );
    assert_eq!(contradictions(&filtered), []);
}

#[test]
fn a_changed_fact_in_the_article_is_exactly_one_new_finding() {
    let rules = rules_with(&["prior_meetings", "summit_day", "kim_memories"]);
    let text = format!("{DRAFT}\nKim said he had \u{201c}fond memories\u{201d} of Trump.\n");
    // Facts 0 and 2 contradict: `meeting` is the evidence for fact 0.
    let findings = |t: &str, meeting: &str, count: &str| {
        report(vec![
            (
                0,
                vec![evidence_at(t, meeting, 0, Verdict::Contradiction, count)],
            ),
            (
                1,
                vec![evidence_at(t, "Friday", 0, Verdict::Match, "Friday")],
            ),
            (
                2,
                vec![evidence_at(
                    t,
                    "\u{201c}fond memories\u{201d}",
                    0,
                    Verdict::Contradiction,
                    "\"fond memories\"",
                )],
            ),
        ])
    };
    let mut baseline = Baseline::new();
    baseline.record(
        &article("s.md", &text),
        &findings(&text, "twice", "2"),
        &rules,
    );
    let baseline = Baseline::from_json(&baseline.to_json()).expect("reads back");
    assert_eq!(baseline.len(), 2);

    let edited = text.replace("met twice", "met four times");
    let now = findings(&edited, "four times", "4");
    let filtered = baseline.filter(&article("s.md", &edited), &now, &rules);
    assert_eq!(contradictions(&filtered), [(0, "4".to_string())]);
    assert_eq!(filtered.facts[0].verdict, Verdict::Contradiction);
    assert_eq!(filtered.facts[2].verdict, Verdict::Absent);
}

#[test]
fn the_same_words_elsewhere_in_another_sentence_are_new() {
    // Same fact, same `found`, different sentence: not the recorded finding.
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("drafts/summit.md", DRAFT, &rules);
    let edited = format!("{DRAFT}\nOfficials insist the pair met twice before 2020.\n");
    let mut now = draft_report(&edited);
    now.facts[0].evidence.push(evidence_at(
        &edited,
        "twice",
        1,
        Verdict::Contradiction,
        "2",
    ));
    let filtered = baseline.filter(&article("drafts/summit.md", &edited), &now, &rules);
    let new = &filtered.facts[0].evidence;
    assert_eq!(new.len(), 1);
    assert_eq!(
        new[0].span,
        evidence_at(&edited, "twice", 1, Verdict::Contradiction, "2").span
    );
}

#[test]
fn multiplicity_one_recorded_two_found_is_one_new() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("drafts/summit.md", DRAFT, &rules);
    // The same paragraph pasted twice: two identical findings.
    let doubled = format!("{DRAFT}\n{DRAFT}");
    let now = report(vec![(
        0,
        vec![
            evidence_at(&doubled, "twice", 0, Verdict::Contradiction, "2"),
            evidence_at(&doubled, "twice", 1, Verdict::Contradiction, "2"),
        ],
    )]);
    let filtered = baseline.filter(&article("drafts/summit.md", &doubled), &now, &rules);
    assert_eq!(contradictions(&filtered), [(0, "2".to_string())]);

    // Recorded twice, found twice: nothing new.
    let mut both = Baseline::new();
    both.record(&article("drafts/summit.md", &doubled), &now, &rules);
    assert_eq!(both.len(), 2);
    let filtered = both.filter(&article("drafts/summit.md", &doubled), &now, &rules);
    assert_eq!(contradictions(&filtered), []);
}

#[test]
fn another_article_with_the_same_finding_is_new() {
    let rules = rules_with(&["prior_meetings", "summit_day"]);
    let baseline = baseline_of("drafts/summit.md", DRAFT, &rules);
    let filtered = baseline.filter(
        &article("drafts/other.md", DRAFT),
        &draft_report(DRAFT),
        &rules,
    );
    assert_eq!(contradictions(&filtered), [(0, "2".to_string())]);
}

#[test]
fn a_renamed_fact_is_new() {
    let baseline = baseline_of(
        "a.md",
        DRAFT,
        &rules_with(&["prior_meetings", "summit_day"]),
    );
    let renamed = rules_with(&["meetings_first_term", "summit_day"]);
    let filtered = baseline.filter(&article("a.md", DRAFT), &draft_report(DRAFT), &renamed);
    assert_eq!(contradictions(&filtered), [(0, "2".to_string())]);
}

#[test]
fn bad_files_are_clear_errors() {
    let err = |json: &str| match Baseline::from_json(json) {
        Ok(_) => panic!("{json:?} was accepted"),
        Err(e) => e,
    };
    assert!(matches!(err("not json"), BaselineError::Json(_)));
    assert!(matches!(
        err("{\"entries\": []}"),
        BaselineError::MissingVersion
    ));
    assert!(matches!(err("[1, 2]"), BaselineError::MissingVersion));
    let e = err("{\"version\": 2, \"entries\": []}");
    assert!(matches!(
        e,
        BaselineError::UnsupportedVersion { found: 2, .. }
    ));
    assert_eq!(
        e.to_string(),
        "baseline version 2 is not supported (this factlint reads version 1); write it again with --write-baseline"
    );
    // A typo in an entry's field is not silently ignored.
    let typo = "{\"version\": 1, \"entries\": [{\"article\": \"a\", \"fcat\": \"x\", \"found\": \"2\", \"context\": \"c\"}]}";
    assert!(matches!(err(typo), BaselineError::Json(_)));
    assert!(Baseline::from_json("{\"version\": 1, \"entries\": []}").is_ok_and(|b| b.is_empty()));
}
