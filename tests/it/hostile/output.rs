//! Output robustness (issue 7): a reader that leaves early, and files
//! factlint writes (`rules fmt`) replaced atomically.

use super::{root, run_in};
use std::fs;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

/// `factlint check … | head -1` in `format`: the pipe closes under the
/// writer, which must end quietly with the exit code of the findings.
fn assert_quiet_broken_pipe(format: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = "Trump and Kim met twice during Trump's first term.\n";
    for i in 0..1500 {
        fs::write(dir.path().join(format!("a{i:04}.txt")), bad).expect("write");
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(dir.path())
        .args(["check", "--format", format, "--rules"])
        .arg(root().join("rules"))
        .arg(".")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a line");
    // The reader is gone here; the output (well over a pipe's 64 KiB
    // buffer) cannot all have been written yet.
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!first.is_empty(), "{format}: no first line");
    assert!(!stderr.contains("panicked"), "{format}: {stderr}");
    assert!(
        !stderr.to_lowercase().contains("broken pipe"),
        "{format}: {stderr}"
    );
    assert!(
        out.status.code() == Some(0),
        "{format}: {:?} {stderr}",
        out.status
    );
}

#[test]
fn issue_7_broken_pipe_ends_quietly_in_every_streaming_format() {
    for format in ["human", "jsonl", "github"] {
        assert_quiet_broken_pipe(format);
    }
}

#[test]
fn issue_7_broken_pipe_ends_quietly_in_buffered_formats() {
    for format in ["json", "sarif"] {
        assert_quiet_broken_pipe(format);
    }
}

/// Names in `dir`, sorted.
fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn issue_7_rules_fmt_replaces_files_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let messy = "entity   trump = \"Trump\"\nentity kim=\"Kim\"\n";
    for name in ["a.facts", "b.facts"] {
        fs::write(dir.path().join(name), messy).expect("write");
    }
    let r = run_in(dir.path(), &["rules", "fmt", "."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(listing(dir.path()), ["a.facts", "b.facts"]);
    for name in ["a.facts", "b.facts"] {
        let text = fs::read_to_string(dir.path().join(name)).expect("read");
        assert_ne!(text, messy, "{name} not formatted");
        assert!(text.contains("entity trump = \"Trump\""), "{text}");
    }
}

#[test]
fn issue_7_a_failed_atomic_write_keeps_the_target_and_no_temporary_file() {
    use factlint::cli::commands::rules_fmt::write_atomically;
    let dir = tempfile::tempdir().expect("tempdir");
    // The target is a non-empty directory: the temporary file is written,
    // the rename over it fails.
    let target = dir.path().join("x.facts");
    fs::create_dir(&target).expect("mkdir");
    fs::write(target.join("inside.facts"), "entity a = \"A\"\n").expect("write");
    assert!(write_atomically(&target, "entity b = \"B\"\n").is_err());
    assert_eq!(listing(dir.path()), ["x.facts"]);
    assert_eq!(listing(&target), ["inside.facts"]);
    // A target that is a file is replaced whole.
    let file = dir.path().join("y.facts");
    fs::write(&file, "old").expect("write");
    write_atomically(&file, "new\n").expect("write");
    assert_eq!(fs::read_to_string(&file).expect("read"), "new\n");
    assert_eq!(listing(dir.path()), ["x.facts", "y.facts"]);
}
