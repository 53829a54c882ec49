//! Corpus tests: the bundled rules over the bundled seeds, as users see it,
//! and the scores on the labelled development set.
//!
//! A rule change shows up here first: `cargo insta review` lists every
//! finding it adds or removes in `snapshots/corpus/`.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(dir).env_remove("NO_COLOR");
    cmd
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/corpus"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, value);
    });
}

/// `cargo run -- check` with `factlint.toml`: rules/ over seeds/.
fn check_seeds(args: &[&str]) -> (i32, String) {
    let out = factlint(Path::new(ROOT))
        .arg("check")
        .args(args)
        .output()
        .expect("factlint runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn seeds_human() {
    let (code, stdout) = check_seeds(&["--color", "never"]);
    // The seeds misquote Kim ("fond memories"): findings at error severity.
    assert_eq!(code, 1, "{stdout}");
    snapshot("seeds_human", &stdout);
}

#[test]
fn seeds_human_with_matches() {
    let (_, stdout) = check_seeds(&["--color", "never", "--show-matches"]);
    snapshot("seeds_human_matches", &stdout);
}

#[test]
fn seeds_json() {
    let (_, stdout) = check_seeds(&["--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(value["version"], 1);
    snapshot("seeds_json", &stdout);
}

fn eval_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("FACTLINT_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(ROOT).join("../shared/eval"));
    if dir.join("gold.tsv").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the development set is missing at {} (set FACTLINT_EVAL_DIR)",
        dir.display()
    );
    eprintln!("skipped: no development set at {}", dir.display());
    None
}

/// Issue 4's bar on the labelled development set: contradictions with
/// precision ≥ 0.95 and recall ≥ 0.90, matches with precision ≥ 0.95.
#[test]
fn dev_set_scores() {
    let Some(dir) = eval_dir() else { return };
    let run = |format: &str| {
        factlint(&dir)
            .args([
                "eval",
                "--gold",
                "gold.tsv",
                "--rules",
                "rules/dev.facts",
                "articles",
            ])
            .args(["--format", format])
            .output()
            .expect("factlint runs")
    };
    let human = run("human");
    println!("{}", String::from_utf8_lossy(&human.stdout));
    // Every verdict, not only the bars: a change that loses one shows here.
    snapshot("dev_set", &String::from_utf8_lossy(&human.stdout));
    let out = run("json");
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("eval --format json gives JSON");
    let overall = &report["overall"];
    let score = |class: &str, what: &str| overall[class][what].as_f64().unwrap_or(0.0);
    assert!(score("contradiction", "precision") >= 0.95, "{overall:#}");
    assert!(score("contradiction", "recall") >= 0.90, "{overall:#}");
    assert!(score("match", "precision") >= 0.95, "{overall:#}");
    assert!(overall["n"].as_u64().unwrap_or(0) >= 900, "{overall:#}");
}

/// The labelled stories of `tests/stories/`: scores and every disagreement
/// with the labels, as `factlint eval` prints them, for a reviewer to read.
fn story(name: &str) {
    let dir = Path::new(ROOT).join("tests/stories").join(name);
    let out = factlint(&dir)
        .args([
            "eval",
            "--gold",
            "gold.tsv",
            "--rules",
            "rules/story.facts",
            "articles",
        ])
        .output()
        .expect("factlint runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    snapshot(
        &format!("story_{name}"),
        &String::from_utf8_lossy(&out.stdout),
    );
}

/// One snapshot test per labelled story.
macro_rules! stories {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                story(&stringify!($name)["story_".len()..]);
            }
        )*
    };
}

stories!(
    story_flood,
    story_court,
    story_vote,
    story_quake,
    story_merger,
    story_transfer,
    story_rates,
    story_rescue,
    story_strike,
    story_election,
    story_crash,
    story_wildfire,
    story_launch,
    story_sentencing,
    story_match,
    story_outbreak,
    story_swap,
    story_spill,
    story_breach,
);

/// Issue 3: every sentence boundary of the seeds, and every quotation with
/// its speaker, as the checker sees them (the real segmenter and quote
/// extractor together), for a reader to review.
#[test]
fn seeds_sentences_and_quotations() {
    use factlint::article::load::{load_file, LoadOptions};
    use factlint::extract::quotes::extract_quotes;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("seeds"))
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let mut out = String::new();
    for path in paths {
        let article = load_file(&path, &LoadOptions::default()).expect("seed loads");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        out.push_str(&format!(
            "==== {} (date {:?})\n",
            name.unwrap_or_default(),
            article.date
        ));
        for (i, sentence) in factlint::article::segment(&article.text).iter().enumerate() {
            out.push_str(&format!("[{i}] {}\n", sentence.span.slice(&article.source)));
            for q in extract_quotes(&article.text, sentence.span) {
                let speaker = q.speaker.map_or("(no speaker)".to_string(), |s| {
                    s.slice(&article.source).to_string()
                });
                out.push_str(&format!(
                    "    quote «{}» — {speaker}\n",
                    q.inner.slice(&article.source)
                ));
            }
        }
        out.push('\n');
    }
    snapshot("seeds_sentences_quotes", &out);
}
