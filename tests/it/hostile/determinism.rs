//! Determinism (issue 7): the same inputs give byte-identical output, run
//! after run and whatever `--jobs` is, in every format.

use super::{root, run_in};
use std::path::{Path, PathBuf};

const FORMATS: [&str; 5] = ["human", "json", "jsonl", "sarif", "github"];

/// Run `check` three times (`--jobs 1`, `--jobs 2`, `--jobs 2` again) in
/// every format; all three outputs must be the same bytes.
fn assert_deterministic(dir: &Path, rules: &Path, inputs: &Path) {
    let rules = rules.to_str().expect("utf-8 path");
    let inputs = inputs.to_str().expect("utf-8 path");
    for format in FORMATS {
        let runs: Vec<(i32, String, String)> = ["1", "2", "2"]
            .iter()
            .map(|jobs| {
                let r = run_in(
                    dir,
                    &[
                        "check", "--rules", rules, "--format", format, "--jobs", jobs, inputs,
                    ],
                );
                (r.code, r.stdout, r.stderr)
            })
            .collect();
        let (first, rest) = runs.split_first().expect("three runs");
        assert!(!first.1.is_empty(), "{format}: no output");
        for (i, other) in rest.iter().enumerate() {
            assert_eq!(first.0, other.0, "{format}: exit code of run {}", i + 2);
            assert!(
                first.1 == other.1,
                "{format}: stdout of run {} differs from run 1",
                i + 2
            );
            assert_eq!(first.2, other.2, "{format}: stderr of run {}", i + 2);
        }
    }
}

#[test]
fn issue_7_seeds_output_is_identical_across_runs_and_jobs() {
    assert_deterministic(root(), &root().join("rules"), &root().join("seeds"));
}

/// The shared dev set, beside the repository (`../shared/eval`) or beside
/// the worktrees (`../../shared/eval`).
fn eval_dir() -> Option<PathBuf> {
    ["../shared/eval", "../../shared/eval"]
        .iter()
        .map(|rel| root().join(rel))
        .find(|dir| dir.join("rules/dev.facts").is_file() && dir.join("articles").is_dir())
}

#[test]
fn issue_7_dev_set_output_is_identical_across_runs_and_jobs() {
    let Some(eval) = eval_dir() else {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "the dev set ../shared/eval is missing on CI"
        );
        eprintln!("skipped: no ../shared/eval beside the repository");
        return;
    };
    assert_deterministic(&eval, &eval.join("rules/dev.facts"), &eval.join("articles"));
}
