//! Integration tests: article (loading, the analysable text, sentences).

use factlint::article::load::{
    article_from_text, collect_inputs, load_file, read_jsonl, Input, LoadError, LoadOptions,
    TextKind,
};
use factlint::article::{segment, Article};
use factlint::source::SourceFile;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Every sentence of an article: index, line:col, text with clauses
/// separated by ` ‖ ` (taken from the original source).
fn render_sentences(article: &Article) -> String {
    let file = SourceFile::new(article.name.as_str(), article.source.as_str());
    let mut out = String::new();
    for (i, sentence) in segment(&article.text).iter().enumerate() {
        let (line, col) = file.line_col(sentence.span.start);
        let clauses: Vec<String> = sentence
            .clauses
            .iter()
            .map(|c| {
                c.slice(&article.source)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let _ = writeln!(out, "[{i}] {line}:{col} {}", clauses.join(" ‖ "));
    }
    out
}

#[test]
fn seed_sentences() {
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5);
    for path in seeds {
        let article = load_file(&path, &LoadOptions::default()).unwrap();
        assert_eq!(article.text.len(), article.source.len());
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let header = format!("date: {:?}\n\n", article.date.map(|d| d.to_string()));
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/article"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, header + &render_sentences(&article));
        });
    }
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn invalid_utf8_nul_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let opts = LoadOptions::default();
    let bad = write(dir.path(), "bad.txt", b"Kim met\xff Trump.");
    match load_file(&bad, &opts) {
        Err(LoadError::InvalidUtf8 { offset, path }) => {
            assert_eq!(offset, 7);
            assert!(path.ends_with("bad.txt"));
        }
        other => panic!("{other:?}"),
    }
    let bin = write(dir.path(), "bin.txt", b"PK\x03\x04\0\0");
    assert!(matches!(
        load_file(&bin, &opts),
        Err(LoadError::Binary { offset: 4, .. })
    ));
    let empty = write(dir.path(), "empty.txt", b"");
    let a = load_file(&empty, &opts).unwrap();
    assert_eq!((a.text.as_str(), a.date), ("", None));
    assert!(segment(&a.text).is_empty());
}

#[test]
fn too_large_is_refused_from_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(dir.path(), "big.txt", &[b'a'; 2048]);
    let opts = LoadOptions { max_bytes: 1024 };
    match load_file(&big, &opts) {
        Err(LoadError::TooLarge { size, limit, .. }) => assert_eq!((size, limit), (2048, 1024)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_paths_are_errors_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", b"A.");
    let missing = dir.path().join("nope.txt");
    let got = collect_inputs(&[missing.clone(), a.clone(), PathBuf::from("-")]);
    assert_eq!(got.len(), 3);
    match &got[0] {
        Err(LoadError::Io { source, .. }) => {
            assert_eq!(source.kind(), std::io::ErrorKind::NotFound)
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(got[1].as_ref().unwrap(), &Input::File(a));
    assert_eq!(got[2].as_ref().unwrap(), &Input::Stdin);
    assert!(matches!(
        load_file(&missing, &LoadOptions::default()),
        Err(LoadError::Io { .. })
    ));
}

#[test]
fn directory_walk_is_sorted_and_skips_hidden_ignored_and_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "b.md", b"B.");
    write(d, "a.txt", b"A.");
    write(d, "sub/c.markdown", b"C.");
    write(d, "sub/batch.jsonl", b"");
    write(d, "notes.json", b"{}");
    write(d, "image.png", b"\x89PNG");
    write(d, ".hidden.txt", b"H.");
    write(d, ".git-like/inside.txt", b"H.");
    write(d, "drafts/skip.txt", b"S.");
    write(d, ".gitignore", b"drafts/\n");
    // A file named explicitly is kept whatever its extension.
    let explicit = write(d, "notes.json", b"{}");
    let got: Vec<Input> = collect_inputs(&[d.to_path_buf(), explicit.clone()])
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let rel = |i: &Input| match i {
        Input::File(p) | Input::Jsonl(p) => p.strip_prefix(d).unwrap().display().to_string(),
        Input::Stdin => "-".into(),
    };
    let names: Vec<String> = got.iter().map(rel).collect();
    assert_eq!(
        names,
        vec![
            "a.txt",
            "b.md",
            "sub/batch.jsonl",
            "sub/c.markdown",
            "notes.json"
        ]
    );
    assert!(matches!(got[2], Input::Jsonl(_)));
}

#[test]
fn jsonl_with_a_bad_line_in_the_middle() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "batch.jsonl",
        b"{\"id\":\"one\",\"date\":\"2025-10-18\",\"body\":\"Kim met Trump. They talked.\"}\n\
          {\"id\":\"two\",\"body\":\n\
          {\"id\":\"three\",\"title\":\"T\",\"body\":\"# Not markdown here.\"}\n",
    );
    let got: Vec<_> = read_jsonl(&path, &LoadOptions::default())
        .unwrap()
        .collect();
    assert_eq!(got.len(), 3);
    let one = got[0].as_ref().unwrap();
    assert!(one.name.ends_with("batch.jsonl:1#one"));
    assert_eq!(
        one.date.map(|d| d.to_string()).as_deref(),
        Some("2025-10-18")
    );
    assert_eq!(segment(&one.text).len(), 2);
    assert!(matches!(&got[1], Err(LoadError::Json { line: 2, .. })));
    let three = got[2].as_ref().unwrap();
    assert!(three.name.ends_with("batch.jsonl:3#three"));
    assert_eq!(three.text, "# Not markdown here.");
    assert!(matches!(
        read_jsonl(&dir.path().join("missing.jsonl"), &LoadOptions::default()),
        Err(LoadError::Io { .. })
    ));
}

#[test]
fn markdown_file_is_blanked_with_offsets_kept() {
    let dir = tempfile::tempdir().unwrap();
    let src = "---\ntitle: Talks\ndate: 2025-10-18\n---\n# Trump *arrives* Oct. 29\n\n\
               > “We will **meet**,” said [Kim](https://example.com/kim).\n\n\
               ```\nignored code.\n```\n- Kim’s *first* point.\n";
    let path = write(dir.path(), "story.md", src.as_bytes());
    let a = load_file(&path, &LoadOptions::default()).unwrap();
    assert_eq!(a.text.len(), a.source.len());
    assert_eq!(a.title.as_deref(), Some("Talks"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-10-18"));
    let got: Vec<String> = segment(&a.text)
        .iter()
        .map(|s| s.span.slice(&a.source).to_string())
        .collect();
    assert_eq!(
        got,
        vec![
            "Trump *arrives* Oct. 29",
            "“We will **meet**,” said [Kim](https://example.com/kim).",
            "Kim’s *first* point.",
        ]
    );
}

#[test]
fn the_two_seed_header_forms() {
    let header = article_from_text(
        "s",
        " date 2025-10-18 The Trump administration officials.".into(),
        TextKind::Plain,
    );
    assert_eq!(
        header.date.map(|d| d.to_string()).as_deref(),
        Some("2025-10-18")
    );
    assert_eq!(header.text.trim(), "The Trump administration officials.");
    let dateline = article_from_text(
        "s",
        "October 18, 2025 | Washington, D.C.\nThe possibility of a meeting.".into(),
        TextKind::Plain,
    );
    assert_eq!(
        dateline.date.map(|d| d.to_string()).as_deref(),
        Some("2025-10-18")
    );
    let s = segment(&dateline.text);
    assert_eq!(s.len(), 1);
    assert_eq!(
        s[0].span.slice(&dateline.source),
        "The possibility of a meeting."
    );
}

#[test]
#[ignore = "measurement, run with --ignored --nocapture"]
fn measure_blanking_and_segmentation() {
    let mut seeds = String::new();
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        seeds.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
        seeds.push_str("\n\n");
    }
    let prose = seeds.repeat(4 * 1024 * 1024 / seeds.len() + 1);
    // Unmatched openers and no paragraph breaks: must stay linear.
    let hostile = "[`<“ *a_ U.S. ".repeat(200_000);
    for (label, text, kind) in [
        ("seeds as markdown", &prose, TextKind::Markdown),
        ("hostile markdown", &hostile, TextKind::Markdown),
    ] {
        let t = std::time::Instant::now();
        let a = article_from_text("m", text.clone(), kind);
        let n = segment(&a.text).len();
        let secs = t.elapsed().as_secs_f64();
        let mb = text.len() as f64 / 1e6;
        println!("{label}: {mb:.1} MB, {n} sentences, {:.1} MB/s", mb / secs);
    }
}
