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
            .map(|c| c.slice(&article.source).split_whitespace().collect::<Vec<_>>().join(" "))
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
        let header = format!(
            "date: {:?}\n\n",
            article.date.map(|d| d.to_string())
        );
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/article"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, header + &render_sentences(&article));
        });
    }
}
