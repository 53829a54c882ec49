//! Fuzz the whole check of one article: bytes → lossy text →
//! `article_from_text` (plain and Markdown) → `Checker::check` → every
//! renderer. Must never panic; every evidence span must lie inside the text.
#![no_main]

use factlint::article::load::{article_from_text, TextKind};
use factlint::check::{CheckOptions, Checker};
use factlint::dsl::RuleSet;
use factlint::report::{reporter_for, Format, ReportOptions, Summary};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The bundled rules, loaded once per process.
fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../rules"));
        factlint::dsl::load_rules(&[dir]).expect("the bundled rules load")
    })
}

fn checker() -> &'static Checker<'static> {
    static CHECKER: OnceLock<Checker<'static>> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(rules()))
}

const FORMATS: [Format; 5] = [
    Format::Human,
    Format::Json,
    Format::Jsonl,
    Format::Sarif,
    Format::Github,
];

fuzz_target!(|data: &[u8]| {
    // The first byte picks plain text or Markdown; the rest is the article.
    let Some((&mode, body)) = data.split_first() else {
        return;
    };
    let kind = if mode & 1 == 0 {
        TextKind::Plain
    } else {
        TextKind::Markdown
    };
    let text = String::from_utf8_lossy(body).into_owned();
    let article = article_from_text("fuzz.txt", text, kind);
    assert_eq!(article.text.len(), article.source.len());
    let options = CheckOptions {
        date: None,
        today: chrono::NaiveDate::from_ymd_opt(2025, 11, 1),
    };
    let report = checker().check(&article, &options);
    for result in &report.facts {
        for evidence in &result.evidence {
            assert!(evidence.span.start <= evidence.span.end);
            assert!(evidence.span.end <= article.source.len());
        }
    }
    let rules = rules();
    let summary = Summary::of_article(&report, rules);
    for format in FORMATS {
        for color in [false, true] {
            let mut reporter = reporter_for(
                format,
                ReportOptions {
                    show_matches: true,
                    color,
                },
            );
            let chunk = reporter.render_article(&article, &report, rules);
            let mut out = Vec::new();
            reporter
                .write_chunk(&mut out, chunk)
                .expect("write to a Vec");
            reporter
                .finish(&mut out, &summary, rules)
                .expect("write to a Vec");
        }
    }
});
