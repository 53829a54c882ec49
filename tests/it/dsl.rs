//! Integration tests: dsl (parse, validate, includes, format, bundled rules).

use factlint::dsl;
use factlint::report::diagnostic::Diagnostic;
use factlint::report::human::{render_diagnostics, ReportFiles};
use factlint::source::SourceDb;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from("tests/fixtures").join(name)
}

/// Render diagnostics as the user sees them (plain text), with the one
/// renderer every command uses.
fn render(sources: &SourceDb, diags: &[Diagnostic]) -> String {
    let files = ReportFiles::new(sources, None);
    String::from_utf8_lossy(&render_diagnostics(diags, &files, false)).into_owned()
}

fn load_errors(paths: &[PathBuf]) -> dsl::RuleErrors {
    match dsl::load_rules(paths) {
        Ok(set) => panic!("expected errors, loaded {} facts", set.facts.len()),
        Err(e) => e,
    }
}

fn codes(errors: &dsl::RuleErrors) -> Vec<String> {
    errors
        .diagnostics
        .iter()
        .filter_map(|d| d.code.clone())
        .collect()
}

#[test]
fn spec_example_parses_loads_and_formats() {
    let src = std::fs::read_to_string(fixture("spec-example.facts")).unwrap();
    let (ast, diags) = dsl::parse(&src);
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(ast.items.len(), 14);
    assert_eq!(ast.comments.len(), 3);
    let set = dsl::load_rules(&[fixture("spec-example.facts")]).unwrap();
    assert_eq!(set.facts.len(), 8);
    assert_eq!(set.stories.len(), 1);
    assert_eq!(set.entities.len(), 5);
    let formatted = dsl::format_source("spec-example.facts", &src).unwrap();
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/dsl"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("fmt_spec_example", formatted);
    });
}

#[test]
fn formatter_lays_out_a_messy_file() {
    let src = std::fs::read_to_string(fixture("fmt/messy.facts")).unwrap();
    let formatted = dsl::format_source("messy.facts", &src).unwrap();
    assert_eq!(
        dsl::format_source("messy.facts", &formatted).unwrap(),
        formatted
    );
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/dsl"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("fmt_messy", formatted);
    });
}

#[test]
fn formatter_refuses_files_with_syntax_errors() {
    let err = dsl::format_source("bad.facts", "fact x: count { }").unwrap_err();
    assert_eq!(err.files, 1);
    assert_eq!(err.sources.get(0).map(|f| f.name()), Some("bad.facts"));
    assert_eq!(err.diagnostics[0].code.as_deref(), Some("R001"));
    // Checks beyond the grammar do not stop formatting.
    assert!(dsl::format_source("ok.facts", "fact x: count 3 { }").is_ok());
}

#[test]
fn every_parse_error_fixture_renders() {
    insta::glob!("../fixtures/parse", "*.facts", |path| {
        let rel = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .to_path_buf();
        let errors = load_errors(&[rel]);
        let rendered = render(&errors.sources, &errors.diagnostics);
        let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        let text = format!(
            "{rendered}{} in {}",
            plural(errors.diagnostics.len(), "error"),
            plural(errors.files, "file")
        );
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/dsl"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("parse_error", text);
        });
    });
}

/// Each fixture is named after the error it shows: that error is reported.
#[test]
fn each_fixture_reports_its_own_code() {
    let cases = [
        ("syntax-error", "R001"),
        ("unterminated-string", "R002"),
        ("unknown-field", "R003"),
        ("bad-escape", "R004"),
        ("unknown-keyword", "R005"),
        ("unknown-kind", "R006"),
        ("undefined-entity", "R007"),
        ("number-too-large", "R008"),
        ("impossible-date", "R009"),
        ("reversed-date-range", "R010"),
        ("duplicate-fact", "R011"),
        ("duplicate-entity", "R012"),
        ("missing-field", "R013"),
        ("misplaced-field", "R014"),
        ("duplicate-field", "R015"),
        ("include-cycle", "R016"),
        ("include-outside-root", "R017"),
        ("unreadable-file", "R018"),
        ("not-utf8", "R020"),
        ("duplicate-story", "R021"),
        ("zero-window", "R022"),
        ("empty-phrase", "R023"),
    ];
    for (name, code) in cases {
        let errors = load_errors(&[fixture(&format!("parse/{name}.facts"))]);
        let got = codes(&errors);
        assert!(got.iter().all(|c| c == code), "{name}: {got:?}");
        assert!(!got.is_empty(), "{name}");
    }
}

#[test]
fn recovery_reports_every_broken_fact() {
    let errors = load_errors(&[fixture("parse/recovery.facts")]);
    assert_eq!(codes(&errors), ["R001", "R001", "R007", "R001"]);
}

#[test]
fn missing_path_is_a_diagnostic() {
    let errors = load_errors(&[PathBuf::from("tests/fixtures/no-such-dir")]);
    assert_eq!(codes(&errors), ["R019"]);
    assert!(errors.diagnostics[0].labels.is_empty());
    assert!(dsl::rule_files(&[PathBuf::from("tests/fixtures/nope.facts")]).is_err());
}

#[test]
fn bundled_rules_load_clean() {
    let set = match dsl::load_rules(&[PathBuf::from("rules")]) {
        Ok(set) => set,
        Err(e) => panic!("{}", render(&e.sources, &e.diagnostics)),
    };
    assert_eq!(set.stories.len(), 1);
    let story = &set.stories[0];
    assert_eq!(
        story.dateline,
        chrono::NaiveDate::from_ymd_opt(2025, 10, 18)
    );
    let labels: Vec<&str> = story.about.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["trump", "kim"]);
    assert!(set.facts.len() >= 15);
    for kind in ["count", "date", "place", "event", "quote", "name", "forbid"] {
        assert!(
            set.facts.iter().any(|f| f.kind.keyword() == kind),
            "no {kind} fact"
        );
    }
    assert!(set
        .facts
        .iter()
        .any(|f| matches!(f.kind, dsl::Kind::Date { start, end } if start != end)));
    for f in &set.facts {
        let has = |v: dsl::Verdict| f.examples.iter().any(|e| e.verdict == v);
        assert!(has(dsl::Verdict::Match), "{} has no match example", f.id);
        assert!(
            has(dsl::Verdict::Contradiction),
            "{} has no contradiction example",
            f.id
        );
    }
    let src = std::fs::read_to_string("rules/trump-kim-2025.facts").unwrap();
    assert_eq!(
        dsl::format_source("x", &src).unwrap(),
        src,
        "rules/ is not formatted"
    );
}

#[test]
fn rule_files_sorted_and_recursive() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    for name in ["b.facts", "a.facts", "sub/c.facts", "notes.txt"] {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    let files = dsl::rule_files(&[dir.path().to_path_buf()]).unwrap();
    let names: Vec<_> = files
        .iter()
        .map(|f| f.strip_prefix(dir.path()).unwrap().to_path_buf())
        .collect();
    assert_eq!(
        names,
        [
            Path::new("a.facts"),
            Path::new("b.facts"),
            Path::new("sub/c.facts")
        ]
    );
}

mod load;
mod props;
