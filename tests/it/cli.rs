//! Integration tests: the `factlint` binary, one test per exit-code path.
//!
//! Fixtures live in `tests/fixtures/cli/`; every command runs with that
//! folder as its working directory so paths in the output are relative.
//! Tests marked `needs the checker` (or loader / rules parser) assert what
//! the spec promises.

use crate::support::{run, Run};
use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

fn factlint() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_factlint"));
    cmd.current_dir(fixtures());
    cmd.env_remove("NO_COLOR");
    cmd
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/cli"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
            filters => vec![(r"factlint(\.exe)?", "factlint")],
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

// ---- exit 0 -------------------------------------------------------------

#[test]
fn clean_article_exits_0() {
    let r = run(factlint().args(["check", "--rules", "rules", "articles/clean.txt"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("error["), "{}", r.stdout);
}

#[test]
fn fail_on_never_exits_0_even_with_a_contradiction() {
    let r = run(factlint().args([
        "check",
        "--rules",
        "rules",
        "--fail-on",
        "never",
        "articles/contradicts.txt",
    ]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
}

#[test]
fn factlint_toml_in_an_ancestor_supplies_rules_and_inputs() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("factlint.toml"),
        "rules = [\"rules\"]\ninputs = [\"articles\"]\n",
    )
    .expect("toml");
    for (from, to) in [
        ("rules/summit.facts", "rules/summit.facts"),
        ("articles/clean.txt", "articles/clean.txt"),
    ] {
        let to = dir.path().join(to);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(fixtures().join(from), to).expect("copy");
    }
    let sub = dir.path().join("drafts/deep");
    std::fs::create_dir_all(&sub).expect("mkdir");
    // Without the toml the same command is a usage error (no rules).
    let bare = tempfile::tempdir().expect("tempdir");
    let r = run(factlint().current_dir(bare.path()).arg("check"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("no rules");
    // Paths come out relative to where the command runs.
    let r = run(factlint().current_dir(&sub).arg("check"));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.is_empty() || r.stdout.contains("../../articles/clean.txt"),
        "{}",
        r.stdout
    );
}

#[test]
fn repo_factlint_toml_names_rules_and_seeds() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("factlint.toml"))
        .expect("factlint.toml at the repo root");
    assert_eq!(text, "rules = [\"rules\"]\ninputs = [\"seeds\"]\n");
}

#[test]
fn sarif_from_the_binary_is_valid() {
    let r = run(factlint().args(["check", "--rules", "rules", "--format", "sarif", "articles"]));
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let log: serde_json::Value = serde_json::from_str(&r.stdout).expect("sarif is json");
    assert_eq!(log["version"], "2.1.0");
    let schema_text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif-2.1.0.json"),
    )
    .expect("schema")
    // See report::tests: a bare `]` the Rust regex engine refuses.
    .replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#,
    );
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema json");
    let validator = jsonschema::draft4::options()
        .build(&schema)
        .expect("schema compiles");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn json_output_has_a_version_and_a_summary() {
    let r = run(factlint().args(["check", "--rules", "rules", "--format", "json", "articles"]));
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(doc["version"], 1);
    assert!(doc["summary"].is_object());
    assert!(doc["articles"].is_array());
}

#[test]
fn test_command_ends_with_counts() {
    let r = run(factlint().args(["test", "rules"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let last = r.stdout.lines().last().unwrap_or("");
    let (passed, failed) = last.split_once(", ").expect("N passed, M failed");
    assert!(
        passed.ends_with(" passed") && failed == "0 failed",
        "{last}"
    );
}

#[test]
fn rules_check_on_good_rules_exits_0() {
    let r = run(factlint().args(["rules", "check", "rules"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.trim_end().ends_with(" ok"), "{}", r.stdout);
}

// ---- exit 1 -------------------------------------------------------------

#[test]
fn contradiction_exits_1() {
    let r = run(factlint().args(["check", "--rules", "rules", "articles/contradicts.txt"]));
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r
        .stdout
        .contains("error[count]: Trump and Kim met three times"));
    assert!(r.stdout.contains("says 2"));
    assert!(r.stdout.contains("expects 3"));
    assert!(r
        .stdout
        .contains("articles/contradicts.txt: 0 facts match, 1 contradict (1 error), 0 absent"));
}

#[test]
fn github_format_points_at_the_contradiction() {
    let r = run(factlint().args([
        "check",
        "--rules",
        "rules",
        "--format",
        "github",
        "articles/contradicts.txt",
    ]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(
            "::error file=articles/contradicts.txt,line=3,col=32,endLine=3,endColumn=37,title=count (prior_meetings)::"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn fmt_check_lists_a_file_that_would_change_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("messy.facts");
    let messy = std::fs::read_to_string(fixtures().join("unformatted/messy.facts")).expect("read");
    std::fs::write(&file, &messy).expect("write");
    let r =
        run(factlint()
            .current_dir(dir.path())
            .args(["rules", "fmt", "--check", "messy.facts"]));
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "messy.facts\n");
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        messy,
        "--check writes nothing"
    );
    // Without --check the file is rewritten, and then it is clean.
    let r = run(factlint()
        .current_dir(dir.path())
        .args(["rules", "fmt", "messy.facts"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_ne!(std::fs::read_to_string(&file).expect("read"), messy);
    let r =
        run(factlint()
            .current_dir(dir.path())
            .args(["rules", "fmt", "--check", "messy.facts"]));
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
}

#[test]
fn fmt_check_on_formatted_rules_exits_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    // An empty rule file is already in canonical form.
    std::fs::write(dir.path().join("empty.facts"), "").expect("write");
    let r =
        run(factlint()
            .current_dir(dir.path())
            .args(["rules", "fmt", "--check", "empty.facts"]));
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

#[test]
fn failing_example_exits_1() {
    let r = run(factlint().args(["test", "failing"]));
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    r.assert_stdout_has("error[example]");
    assert!(r.stdout.contains("expected match, got contradiction"));
    assert!(r.stdout.contains("failing/examples.facts:10:3"));
    assert_eq!(r.stdout.lines().last(), Some("1 passed, 1 failed"));
}

// ---- exit 2 -------------------------------------------------------------

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["check", "--format", "xml", "--rules", "rules"],
        vec!["check", "--rules", "rules", "--shard", "3/2"],
        vec!["check", "--rules", "rules", "--date", "2025-02-30"],
        vec!["check", "--rules", "rules", "--jobs", "0"],
        vec!["frobnicate"],
    ] {
        let r = run(factlint().args(&args));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(r.stderr.starts_with("error"), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn usage_error_message() {
    let r = run(factlint().args(["check", "--rules", "rules", "--shard", "0/4"]));
    snapshot!(
        "usage_error_shard",
        format!("exit {}\n{}", r.code, r.stderr)
    );
}

#[test]
fn explain_an_unknown_fact_exits_2() {
    let r = run(factlint().args(["explain", "no_such_fact", "--rules", "rules"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("no fact `no_such_fact`");
}

#[test]
fn eval_with_a_bad_gold_file_exits_2() {
    let r = run(factlint().args([
        "eval",
        "--gold",
        "bad-gold.tsv",
        "--rules",
        "rules",
        "articles",
    ]));
    assert_eq!(r.code, 2);
    snapshot!("eval_bad_gold", format!("exit {}\n{}", r.code, r.stderr));
    let r = run(factlint().args([
        "eval",
        "--gold",
        "missing.tsv",
        "--rules",
        "rules",
        "articles",
    ]));
    assert_eq!(r.code, 2);
    r.assert_stderr_has("cannot read missing.tsv");
}

#[test]
fn invalid_factlint_toml_exits_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("factlint.toml"), "rules = 3\n").expect("toml");
    let r = run(factlint().current_dir(dir.path()).arg("check"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("factlint.toml is not valid");
}

#[test]
fn rule_errors_exit_2_and_nothing_is_checked() {
    let r = run(factlint().args(["check", "--rules", "bad", "articles/clean.txt"]));
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    r.assert_stderr_has("bad/broken.facts:6:3");
    assert!(r.stderr.contains("unknown field `abuot`") || r.stderr.contains("abuot"));
    assert!(
        r.stderr
            .trim_end()
            .ends_with("errors in 1 file; nothing was checked"),
        "{}",
        r.stderr
    );
    let r = run(factlint().args(["rules", "check", "bad"]));
    assert_eq!(r.code, 2);
    assert!(r
        .stdout
        .trim_end()
        .ends_with("errors in 1 file; nothing was checked"));
}

#[test]
fn a_missing_input_is_reported_and_the_rest_still_checked() {
    let r = run(factlint().args([
        "check",
        "--rules",
        "rules",
        "articles/nope.txt",
        "articles/contradicts.txt",
    ]));
    assert_eq!(r.code, 2, "2 wins over 1: {}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.starts_with("error: articles/nope.txt: "),
        "{}",
        r.stderr
    );
    r.assert_stdout_has("error[count]");
    r.assert_stdout_has("checked 1 article (1 unreadable)");
}

// ---- output properties --------------------------------------------------

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clean = std::fs::read_to_string(fixtures().join("articles/clean.txt")).expect("read");
    let bad = std::fs::read_to_string(fixtures().join("articles/contradicts.txt")).expect("read");
    for i in 0..600 {
        let text = if i % 3 == 0 { &bad } else { &clean };
        std::fs::write(dir.path().join(format!("a{i:04}.txt")), text).expect("write");
    }
    let rules = fixtures().join("rules");
    let out = |jobs: &str, format: &str| {
        let r = run(factlint().current_dir(dir.path()).args([
            "check",
            "--rules",
            rules.to_str().expect("utf-8 path"),
            "--jobs",
            jobs,
            "--format",
            format,
            "--show-matches",
            ".",
        ]));
        (r.code, r.stdout)
    };
    for format in ["human", "jsonl"] {
        assert_eq!(out("1", format), out("2", format), "{format}");
    }
    // Shards split the inputs with nothing lost or repeated.
    let shard = |k: &str| {
        let r = run(factlint().current_dir(dir.path()).args([
            "check",
            "--rules",
            rules.to_str().expect("utf-8 path"),
            "--format",
            "jsonl",
            "--shard",
            k,
            ".",
        ]));
        r.stdout.lines().count() - 1
    };
    assert_eq!(shard("1/2") + shard("2/2"), 600);
}

#[test]
fn jsonl_batches_stream_one_record_per_article_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut batch = String::new();
    for i in 0..600 {
        batch.push_str(&format!(
            "{{\"id\": \"a{i:03}\", \"body\": \"Trump and Kim met three times.\"}}\n"
        ));
    }
    batch.push_str("not json\n");
    std::fs::write(dir.path().join("batch.jsonl"), batch).expect("write");
    let r = run(factlint().current_dir(dir.path()).args([
        "check",
        "--rules",
        fixtures().join("rules").to_str().expect("utf-8 path"),
        "--format",
        "jsonl",
        "batch.jsonl",
    ]));
    assert_eq!(
        r.code, 2,
        "a bad record is an unreadable input: {}",
        r.stderr
    );
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 602, "600 articles, 1 error, 1 summary");
    assert_eq!(lines[0]["path"], "batch.jsonl:1#a000");
    assert_eq!(lines[599]["path"], "batch.jsonl:600#a599");
    assert_eq!(lines[600]["status"], "error");
    assert_eq!(lines[601]["summary"]["unreadable"], 1);
    assert!(
        r.stderr.starts_with("error: batch.jsonl:601: "),
        "{}",
        r.stderr
    );
}

#[test]
fn eval_scores_the_fixture_articles() {
    let r = run(factlint().args(["eval", "--gold", "gold.tsv", "--rules", "rules", "articles"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("scored 3 verdicts: 3 agree, 0 disagree\n"),
        "{}",
        r.stdout
    );
    let r = run(factlint().args([
        "eval", "--gold", "gold.tsv", "--rules", "rules", "--format", "json", "articles",
    ]));
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(doc["overall"]["contradiction"]["precision"], 1.0);
    assert_eq!(doc["overall"]["match"]["recall"], 1.0);
    assert_eq!(doc["disagreements"].as_array().map(Vec::len), Some(0));
}

// ---- baselines and suppressions (issue 5) -----------------------------------

/// A temp dir holding the CLI fixtures' rules and one article.
fn triage_dir(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("rules")).expect("mkdir");
    std::fs::copy(
        fixtures().join("rules/summit.facts"),
        dir.path().join("rules/summit.facts"),
    )
    .expect("copy rules");
    std::fs::write(dir.path().join("draft.txt"), article).expect("write article");
    dir
}

fn check_in(dir: &Path, extra: &[&str]) -> Run {
    let mut cmd = factlint();
    cmd.current_dir(dir)
        .args(["check", "--rules", "rules", "--color", "never"])
        .args(extra)
        .arg("draft.txt");
    run(&mut cmd)
}

const DRAFT: &str = "Trump and Kim Jong Un have met twice when the US President was serving his first term.\n\nKim and Trump met in Singapore.\n";

#[test]
fn issue_5_baseline_round_trip() {
    let dir = triage_dir(DRAFT);
    let first = check_in(dir.path(), &["--write-baseline", "baseline.json"]);
    assert_eq!(first.code, 1, "{}{}", first.stdout, first.stderr);
    let baseline = std::fs::read_to_string(dir.path().join("baseline.json")).expect("written");
    assert!(baseline.contains("\"prior_meetings\""), "{baseline}");

    // An unrelated edit above the finding: nothing new.
    let edited = format!("A new first paragraph about the weather.\n\n{DRAFT}");
    std::fs::write(dir.path().join("draft.txt"), edited).expect("edit");
    let again = check_in(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert!(!again.stdout.contains("error["), "{}", again.stdout);

    // The fact changed in the article: exactly that finding is new.
    let changed = DRAFT.replace("met twice", "met four times");
    std::fs::write(dir.path().join("draft.txt"), changed).expect("edit");
    let new = check_in(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(new.code, 1, "{}{}", new.stdout, new.stderr);
    assert_eq!(
        new.stdout.matches("error[count]").count(),
        1,
        "{}",
        new.stdout
    );
    new.assert_stdout_has("says 4");
}

#[test]
fn issue_5_bad_baseline_file_is_a_clear_error() {
    let dir = triage_dir(DRAFT);
    std::fs::write(dir.path().join("baseline.json"), "not json").expect("write");
    let r = check_in(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(r.code, 2);
    r.assert_stderr_has("baseline.json");
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

#[test]
fn issue_5_suppression_comment_silences_the_next_paragraph() {
    let article = format!("[factlint: ignore prior_meetings]\n{DRAFT}");
    let dir = triage_dir(&article);
    let r = check_in(dir.path(), &[]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);

    // Another fact's suppression silences nothing here and is reported.
    let article = format!("[factlint: ignore kang_spelling]\n{DRAFT}");
    let dir = triage_dir(&article);
    let r = check_in(dir.path(), &[]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    r.assert_stderr_has("warning: draft.txt:1:");
}

#[test]
fn issue_5_test_articles_with_expectations() {
    let r = run(factlint().args([
        "test",
        "rules",
        "--articles",
        "test-articles",
        "--color",
        "never",
    ]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // Two examples in the rules plus two annotations.
    assert!(r.stdout.ends_with("4 passed, 0 failed\n"), "{}", r.stdout);

    let r = run(factlint().args([
        "test",
        "rules",
        "--articles",
        "test-articles-failing",
        "--color",
        "never",
    ]));
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    snapshot!("test_articles_failing", r.stdout);
}
