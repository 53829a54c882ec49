//! Integration tests (issue 7): hostile inputs through the real binary.
//!
//! Each test puts one bad input beside a good article (`good.txt`, from
//! `tests/fixtures/hostile/`) and asserts a clear diagnostic, no panic, a
//! sensible exit code, and that the good article was still checked.

mod determinism;
mod output;

use crate::support::{run, Run};
use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled rules (`rules/`).
fn rules() -> PathBuf {
    root().join("rules")
}

/// A temporary directory holding `good.txt`.
fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::copy(
        root().join("tests/fixtures/hostile/good.txt"),
        dir.path().join("good.txt"),
    )
    .expect("copy good.txt");
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let r = run(Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args));
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

/// `factlint check --rules rules/ <inputs>` in `dir`.
fn check_in(dir: &Path, extra: &[&str]) -> Run {
    let rules = rules();
    let mut args = vec!["check", "--rules", rules.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

/// The good article's summary line is on stdout.
fn assert_good_checked(r: &Run) {
    assert!(
        r.stdout
            .lines()
            .any(|l| l.contains("good.txt: ") && l.contains("match")),
        "good.txt not checked:\n{}\n{}",
        r.stdout,
        r.stderr
    );
}

// ---- unreadable articles ----------------------------------------------------

#[test]
fn issue_7_invalid_utf8_is_reported_and_the_rest_checked() {
    let dir = workdir();
    fs::write(dir.path().join("bad.txt"), b"Trump met \xff\xfe Kim.\n").expect("write");
    let r = check_in(dir.path(), &["bad.txt", "good.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("bad.txt: not valid UTF-8 (first bad byte at offset 10)");
    assert_good_checked(&r);
}

#[test]
fn issue_7_binary_file_is_reported_and_the_rest_checked() {
    let dir = workdir();
    let mut bytes = b"Trump and Kim".to_vec();
    bytes.extend_from_slice(&[0, 1, 2, 0xff, 0, 7]);
    fs::write(dir.path().join("blob.txt"), bytes).expect("write");
    let r = check_in(dir.path(), &["blob.txt", "good.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("blob.txt: looks like a binary file (NUL byte at offset 13)");
    assert_good_checked(&r);
}

#[test]
fn issue_7_empty_file_is_skipped_not_an_error() {
    let dir = workdir();
    fs::write(dir.path().join("empty.txt"), b"").expect("write");
    let r = check_in(dir.path(), &["empty.txt", "good.txt"]);
    // An empty article is about nothing: skipped, like any off-topic one.
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    r.assert_stdout_has("empty.txt: skipped (not about trump, kim)");
    assert_good_checked(&r);
}

#[test]
fn issue_7_a_100_mb_article_is_refused_by_the_default_limit() {
    let dir = workdir();
    let big = fs::File::create(dir.path().join("big.txt")).expect("create");
    big.set_len(100 * 1024 * 1024).expect("sparse 100 MB");
    drop(big);
    let r = check_in(dir.path(), &["big.txt", "good.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has(
        "big.txt: 104857600 bytes is over the limit of 16777216 bytes (--max-article-bytes)",
    );
    assert_good_checked(&r);
}

#[test]
fn issue_7_a_missing_input_is_reported_and_the_rest_checked() {
    let dir = workdir();
    let r = check_in(dir.path(), &["missing.txt", "good.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("error: missing.txt: No such file");
    assert_good_checked(&r);
}

#[cfg(unix)]
#[test]
fn issue_7_an_unreadable_file_is_reported_and_the_rest_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workdir();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "Trump and Kim met twice.\n").expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod 000");
    if fs::File::open(&locked).is_ok() {
        // Root (or a capability like CAP_DAC_OVERRIDE) reads it anyway.
        eprintln!("skipped: chmod 000 does not stop this user from reading (running as root?)");
        return;
    }
    let r = check_in(dir.path(), &["locked.txt", "good.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("locked.txt: Permission denied");
    assert_good_checked(&r);
}

#[cfg(unix)]
#[test]
fn issue_7_symlink_loops_in_an_input_directory_end() {
    let dir = workdir();
    let articles = dir.path().join("articles");
    fs::create_dir(&articles).expect("mkdir");
    fs::copy(dir.path().join("good.txt"), articles.join("good.txt")).expect("copy");
    // A directory that links to its parent, and two links that point at
    // each other (one named like an article).
    std::os::unix::fs::symlink("..", articles.join("up")).expect("symlink");
    std::os::unix::fs::symlink("b.txt", articles.join("a.txt")).expect("symlink");
    std::os::unix::fs::symlink("a.txt", articles.join("b.txt")).expect("symlink");
    let r = check_in(dir.path(), &["articles"]);
    // Links are not followed inside a directory: the walk ends and the
    // real article is checked once.
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_good_checked(&r);
    assert_eq!(r.stdout.matches("good.txt: ").count(), 1, "{}", r.stdout);
    // Named on the command line, a link loop is an unreadable input.
    let r = check_in(dir.path(), &["articles/a.txt", "good.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("error: articles/a.txt: ") && r.stderr.contains("symbolic links"),
        "{}",
        r.stderr
    );
    assert_good_checked(&r);
}

#[cfg(unix)]
#[test]
fn a_rule_file_symlink_to_nothing_is_an_error_not_a_silent_gap() {
    let dir = workdir();
    let rules_dir = dir.path().join("rules");
    fs::create_dir(&rules_dir).expect("mkdir");
    fs::copy(
        rules().join("trump-kim-2025.facts"),
        rules_dir.join("story.facts"),
    )
    .expect("copy");
    std::os::unix::fs::symlink("moved-away.facts", rules_dir.join("gone.facts")).expect("symlink");
    let r = run_in(dir.path(), &["rules", "check", "rules"]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    let out = format!("{}{}", r.stdout, r.stderr);
    assert!(
        out.contains("error[R018]: cannot read `rules/gone.facts`"),
        "{out}"
    );
    assert!(
        out.contains("a symbolic link to a file that does not exist"),
        "{out}"
    );
    let r = run_in(dir.path(), &["check", "--rules", "rules", "good.txt"]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
}

#[test]
fn a_one_line_article_is_shown_as_excerpts_around_each_finding() {
    let dir = workdir();
    // A seed article on one 40 KB line (scraped text often has no breaks).
    let seed = fs::read_dir(root().join("seeds"))
        .expect("seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .min()
        .expect("a seed");
    let text = fs::read_to_string(seed).expect("read seed");
    let line: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("date:"))
        .collect();
    let line = line.join(" ");
    fs::write(
        dir.path().join("line.txt"),
        format!("{}\n", vec![line.as_str(); 20].join(" ")),
    )
    .expect("write");
    let r = check_in(
        dir.path(),
        &["--show-matches", "--color", "never", "line.txt"],
    );
    let findings = r.stdout.matches("\n   ┌─ line.txt:1:").count();
    assert!(findings >= 20, "{}", r.stdout);
    // Each finding shows its line as an excerpt of a few hundred bytes, not
    // the whole 40 KB line (which made this output 5 MB).
    let longest = r.stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 1_000, "a {longest}-byte output line");
    assert!(
        r.stdout.len() < findings * 3_000,
        "{} bytes",
        r.stdout.len()
    );
}

// ---- large and deep articles ------------------------------------------------

#[test]
fn issue_7_a_10_mb_single_line_finishes_under_a_raised_limit() {
    let dir = workdir();
    let good = fs::read_to_string(dir.path().join("good.txt")).expect("read");
    let line = good.replace('\n', " ");
    let mut text = String::with_capacity(10 * 1024 * 1024 + line.len());
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&line);
    }
    fs::write(dir.path().join("line.txt"), &text).expect("write");
    let r = check_in(
        dir.path(),
        &["--max-article-bytes", "20000000", "line.txt", "good.txt"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.assert_stdout_has("line.txt: ");
    assert_good_checked(&r);
}

#[test]
fn issue_7_ten_thousand_nested_or_unbalanced_quotation_marks() {
    let dir = workdir();
    let nested = format!(
        "Trump and Kim met three times. {}Kim said he had fond memories.{}\n",
        "\u{201c}".repeat(5_000),
        "\u{201d}".repeat(5_000)
    );
    let straight = format!("Trump and Kim met. {}\n", "\"".repeat(10_000));
    let unbalanced = format!("Trump and Kim met. {}\n", "Kim said \"".repeat(10_000));
    let closing = format!(
        "Trump and Kim met. {}\n",
        "\u{201d} Trump said".repeat(10_000)
    );
    for (name, text) in [
        ("nested.txt", nested),
        ("straight.txt", straight),
        ("unbalanced.txt", unbalanced),
        ("closing.txt", closing),
    ] {
        fs::write(dir.path().join(name), text).expect("write");
    }
    let r = check_in(
        dir.path(),
        &[
            "nested.txt",
            "straight.txt",
            "unbalanced.txt",
            "closing.txt",
            "good.txt",
        ],
    );
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    for name in [
        "nested.txt",
        "straight.txt",
        "unbalanced.txt",
        "closing.txt",
    ] {
        assert!(
            r.stdout.contains(&format!("{name}: ")),
            "{name}: {}",
            r.stdout
        );
    }
    assert_good_checked(&r);
}

#[test]
fn issue_7_numbers_that_overflow_in_an_article_are_not_counts() {
    let dir = workdir();
    fs::write(
        dir.path().join("huge-numbers.txt"),
        "Trump and Kim met 99999999999999999999 times during Trump's first term. \
         They met 18,446,744,073,709,551,616 times, on October 99999999999, 2025.\n",
    )
    .expect("write");
    let r = check_in(dir.path(), &["huge-numbers.txt", "good.txt"]);
    // Unreadable as a number, so no evidence either way: never a
    // contradiction with a wrapped or saturated value.
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("huge-numbers.txt: ") && r.stdout.contains(" 0 contradict"),
        "{}",
        r.stdout
    );
    assert_good_checked(&r);
}

// ---- hostile rule files -----------------------------------------------------

/// `factlint check --rules <rules> good.txt` in `dir`.
fn check_with_rules(dir: &Path, rules: &str) -> Run {
    run_in(dir, &["check", "--rules", rules, "good.txt"])
}

#[test]
fn issue_7_a_directory_without_rule_files_is_an_error() {
    let dir = workdir();
    fs::create_dir_all(dir.path().join("norules/sub")).expect("mkdir");
    // A directory named like a rule file is not one either.
    fs::create_dir_all(dir.path().join("odd/x.facts")).expect("mkdir");
    for path in ["norules", "odd", "odd/x.facts"] {
        let r = check_with_rules(dir.path(), path);
        assert_eq!(r.code, 2, "{path}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stderr
                .contains(&format!("error[R024]: no `.facts` file in `{path}`")),
            "{path}: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{}", r.stdout);
    }
}

#[test]
fn issue_7_an_include_of_a_directory_is_an_error() {
    let dir = workdir();
    fs::create_dir_all(dir.path().join("rules/sub")).expect("mkdir");
    fs::write(dir.path().join("rules/main.facts"), "include \"sub\"\n").expect("write");
    let r = check_with_rules(dir.path(), "rules");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("error[R018]: cannot read `rules/sub`")
            && r.stderr.contains("expected a file, found a directory"),
        "{}",
        r.stderr
    );
}

#[test]
fn issue_7_a_missing_rules_path_is_an_error() {
    let dir = workdir();
    let r = check_with_rules(dir.path(), "nowhere.facts");
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("error[R019]: no such rule file or directory `nowhere.facts`");
}

#[test]
fn issue_7_an_include_leaving_the_rules_root_is_an_error() {
    let dir = workdir();
    fs::create_dir_all(dir.path().join("rules")).expect("mkdir");
    fs::write(dir.path().join("outside.facts"), "entity x = \"X\"\n").expect("write");
    fs::write(
        dir.path().join("rules/main.facts"),
        "include \"../outside.facts\"\n",
    )
    .expect("write");
    let r = check_with_rules(dir.path(), "rules");
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("error[R017]: include `../outside.facts` leaves the rules root");
}

#[test]
fn issue_7_an_include_cycle_is_an_error() {
    let dir = workdir();
    fs::create_dir_all(dir.path().join("rules")).expect("mkdir");
    fs::write(dir.path().join("rules/a.facts"), "include \"b.facts\"\n").expect("write");
    fs::write(dir.path().join("rules/b.facts"), "include \"a.facts\"\n").expect("write");
    // Also a file that includes itself.
    fs::write(dir.path().join("rules/c.facts"), "include \"c.facts\"\n").expect("write");
    let r = check_with_rules(dir.path(), "rules");
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("error[R016]: ");
    r.assert_stderr_has("rules/a.facts → rules/b.facts → rules/a.facts");
    r.assert_stderr_has("`rules/c.facts` includes itself");
}

#[test]
fn issue_7_a_count_that_overflows_is_an_error() {
    let dir = workdir();
    fs::write(
        dir.path().join("big.facts"),
        "story \"s\" {\n  about \"Trump\"\n}\n\n\
         fact f: count 99999999999999999999 {\n  claim \"x\"\n  about \"Trump\"\n  cue \"met\"\n}\n",
    )
    .expect("write");
    let r = check_with_rules(dir.path(), "big.facts");
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("error[R008]: number too large");
    assert!(r.stdout.is_empty(), "{}", r.stdout);
}

#[test]
fn issue_7_a_rules_file_of_one_1_mb_token_is_an_error_with_a_short_headline() {
    let dir = workdir();
    fs::write(dir.path().join("token.facts"), "x".repeat(1024 * 1024)).expect("write");
    let r = check_with_rules(dir.path(), "token.facts");
    assert_eq!(r.code, 2, "{}", r.stderr);
    let headline = r.stderr.lines().next().unwrap_or_default();
    assert_eq!(
        headline,
        format!("error[R005]: unknown keyword `{}…`", "x".repeat(40))
    );
    // One in a string: an unterminated string, not a hang.
    fs::write(
        dir.path().join("token.facts"),
        format!("\"{}", "y".repeat(1024 * 1024)),
    )
    .expect("write");
    let r = check_with_rules(dir.path(), "token.facts");
    assert_eq!(r.code, 2, "{}", r.stderr);
    r.assert_stderr_has("error[R0");
}
