//! Integration tests: the checker, kind by kind, through rule-file examples.
//!
//! Each `tests/fixtures/kinds/<kind>.facts` holds facts of one kind whose
//! `example` lines are the test cases: sentences that must match, contradict,
//! and look-alikes that must be ignored (`example absent`).

use factlint::check::{CheckOptions, Checker};
use factlint::dsl;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/kinds")
        .join(name)
}

/// Run every example of a rule file; return one line per failure.
fn run_examples(path: PathBuf) -> (usize, Vec<String>) {
    let rules = match dsl::load_rules(std::slice::from_ref(&path)) {
        Ok(r) => r,
        Err(e) => panic!("{} does not load: {:?}", path.display(), e.diagnostics),
    };
    let checker = Checker::new(&rules);
    let options = CheckOptions::default();
    let mut failures = Vec::new();
    let mut total = 0;
    for (i, fact) in rules.facts.iter().enumerate() {
        for example in &fact.examples {
            total += 1;
            let got = checker.check_example(i, &example.text, &options);
            if got.verdict != example.verdict {
                failures.push(format!(
                    "{}: expected {}, got {} on {:?} (evidence: {:?})",
                    fact.id,
                    example.verdict.as_str(),
                    got.verdict.as_str(),
                    example.text,
                    got.evidence
                        .iter()
                        .map(|e| format!("{} {}", e.verdict.as_str(), e.found))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    (total, failures)
}

fn assert_examples(name: &str) {
    let (total, failures) = run_examples(fixture(name));
    assert!(total > 0, "{name} has no examples");
    assert!(
        failures.is_empty(),
        "{} of {total} examples in {name} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn count_examples() {
    assert_examples("count.facts");
}

#[test]
fn date_examples() {
    assert_examples("date.facts");
}

#[test]
fn place_examples() {
    assert_examples("place.facts");
}

#[test]
fn event_examples() {
    assert_examples("event.facts");
}

#[test]
fn forbid_examples() {
    assert_examples("forbid.facts");
}

#[test]
fn quote_examples() {
    assert_examples("quote.facts");
}

#[test]
fn name_examples() {
    assert_examples("name.facts");
}

#[test]
fn bundled_rules_examples() {
    let (total, failures) = run_examples(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules"));
    assert!(total >= 30, "rules/ should carry examples, found {total}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Relative dates resolve against each story's own `dateline`: an undated
/// article checked against two stories reads "yesterday" twice, once per
/// reference, not once for both (the per-sentence date cache is keyed by
/// the reference).
#[test]
fn relative_dates_resolve_per_story_dateline() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let october = write(
        "october.facts",
        "story \"summit\" {\n  dateline 2025-10-18\n}\n\n\
         fact opened: date 2025-10-17 {\n  claim \"c\"\n  about \"summit\"\n  cue \"opened\"\n}\n",
    );
    let november = write(
        "november.facts",
        "story \"talks\" {\n  dateline 2025-11-02\n}\n\n\
         fact began: date 2025-11-01 {\n  claim \"c\"\n  about \"summit\"\n  cue \"opened\"\n}\n",
    );
    let rules = dsl::load_rules(&[october, november]).unwrap();
    let checker = Checker::new(&rules);
    let article = factlint::article::load::article_from_text(
        "a.txt",
        "The summit opened yesterday in Busan.\n".to_string(),
        factlint::article::load::TextKind::Plain,
    );
    let report = checker.check(&article, &CheckOptions::default());
    let verdicts: Vec<&str> = report.facts.iter().map(|f| f.verdict.as_str()).collect();
    assert_eq!(verdicts, ["match", "match"]);
}

/// A figure that is another count fact's value (10 or more, so it is
/// distinctive) is that fact's, not a contradiction of this one: with a
/// men's squad of 12 and a women's of 14 in the rules, "a squad of 14
/// players" about the men's side is the women's figure; a figure of no fact
/// still contradicts.
#[test]
fn a_figure_another_fact_states_does_not_contradict() {
    let dir = tempfile::tempdir().unwrap();
    let rules_path = dir.path().join("squads.facts");
    std::fs::write(
        &rules_path,
        "story \"squads\" {\n  dateline 2025-11-17\n}\n\n\
         fact men: count 12 {\n  claim \"c\"\n  about \"squad\"\n  cue \"players\"\n}\n\n\
         fact women: count 14 {\n  claim \"c\"\n  about \"women\"\n  cue \"players\"\n}\n",
    )
    .unwrap();
    let rules = dsl::load_rules(&[rules_path]).unwrap();
    let checker = Checker::new(&rules);
    let verdicts = |text: &str| -> Vec<String> {
        let article = factlint::article::load::article_from_text(
            "a.txt",
            text.to_string(),
            factlint::article::load::TextKind::Plain,
        );
        let report = checker.check(&article, &CheckOptions::default());
        report
            .facts
            .iter()
            .map(|f| f.verdict.as_str().to_string())
            .collect()
    };
    assert_eq!(verdicts("The squad has 12 players."), ["match", "absent"]);
    assert_eq!(verdicts("The squad has 14 players."), ["absent", "absent"]);
    assert_eq!(
        verdicts("The squad has 15 players."),
        ["contradiction", "absent"]
    );
}
