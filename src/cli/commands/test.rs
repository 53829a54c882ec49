//! `factlint test`: run every `example` of the rule files through the
//! checker and report each one that gives another verdict, pointing at the
//! example in its rule file. Ends with `N passed, M failed`.
//!
//! With `--articles PATH`, also checks whole test articles annotated with
//! the verdicts they must give, on a line of their own (or in an HTML
//! comment), like Semgrep's `ruleid:` and LanguageTool's `<example>`:
//!
//! ```text
//! [factlint: expect prior_meetings contradiction, arrival match]
//! Trump and Kim have met twice. Trump arrives on October 29.
//! ```
//!
//! Only the facts named are judged; the annotation is never read as prose.

use super::load_rules_or_report;
use crate::article::load::{collect_inputs, load_file, Input, LoadOptions};
use crate::article::Article;
use crate::check::{CheckOptions, Checker, FactResult};
use crate::cli::args::TestArgs;
use crate::cli::config::default_rule_paths;
use crate::cli::exit::Outcome;
use crate::cli::output::{stderr_color, stdout_color};
use crate::dsl::Verdict;
use crate::dsl::{ExampleDef, FactDef, RuleSet};
use crate::report::diagnostic::{Diagnostic, Label, Origin};
use crate::report::human::{render_diagnostics, ReportFiles};
use crate::suppress;
use anyhow::Result;
use std::io::{self, Write};

/// The diagnostic for an example whose verdict differs.
pub fn example_failure(fact: &FactDef, example: &ExampleDef, got: &FactResult) -> Diagnostic {
    let mut d = Diagnostic::error(format!(
        "example of `{}` expects {}, the checker gives {}",
        fact.id,
        example.verdict.as_str(),
        got.verdict.as_str()
    ))
    .with_code("example")
    .with_label(Label::primary(
        Origin::Rules(example.file),
        example.span,
        format!(
            "expected {}, got {}",
            example.verdict.as_str(),
            got.verdict.as_str()
        ),
    ))
    .with_label(Label::secondary(
        Origin::Rules(fact.file),
        fact.header_span,
        format!("{} fact", fact.kind.keyword()),
    ));
    if got.evidence.is_empty() {
        d = d.with_note("note: no evidence found");
    }
    for e in &got.evidence {
        let text = e.span.slice(&example.text);
        let mut note = format!(
            "note: {} evidence {:?}: says {}, expects {}",
            e.verdict.as_str(),
            text,
            e.found,
            e.expected
        );
        if let Some(extra) = &e.note {
            note.push_str(&format!(" ({extra})"));
        }
        d = d.with_note(note);
    }
    d
}

/// Run every example; the failures and the counts.
pub fn run_examples(rules: &RuleSet) -> (Vec<Diagnostic>, usize) {
    let checker = Checker::new(rules);
    let options = CheckOptions {
        date: None,
        today: Some(crate::cli::plan::today()),
    };
    let mut failures = Vec::new();
    let mut passed = 0;
    for (i, fact) in rules.facts.iter().enumerate() {
        for example in &fact.examples {
            let got = checker.check_example(i, &example.text, &options);
            if got.verdict == example.verdict {
                passed += 1;
            } else {
                failures.push(example_failure(fact, example, &got));
            }
        }
    }
    (failures, passed)
}

/// Check one annotated test article; the failures and the number passed.
pub fn run_article(
    rules: &RuleSet,
    checker: &Checker,
    article: &Article,
) -> (Vec<Diagnostic>, usize) {
    let options = CheckOptions {
        date: None,
        today: Some(crate::cli::plan::today()),
    };
    let (expectations, malformed) = suppress::parse_expectations(&article.source);
    let mut failures: Vec<Diagnostic> = malformed
        .into_iter()
        .map(|span| {
            Diagnostic::error("malformed test annotation")
                .with_code("expect")
                .with_label(Label::primary(
                    Origin::Article,
                    span,
                    "expected `FACT_ID VERDICT`",
                ))
                .with_note("help: write `[factlint: expect prior_meetings contradiction]`")
        })
        .collect();
    let report = checker.check(article, &options);
    let mut passed = 0;
    for expect in expectations {
        let Some((index, fact)) = rules
            .facts
            .iter()
            .enumerate()
            .find(|(_, f)| f.id == expect.fact)
        else {
            failures.push(
                Diagnostic::error(format!("no fact `{}` in the rules", expect.fact))
                    .with_code("expect")
                    .with_label(Label::primary(Origin::Article, expect.span, "unknown fact")),
            );
            continue;
        };
        let got = report.facts.iter().find(|r| r.fact == index);
        let verdict = got.map_or(Verdict::Absent, |r| r.verdict);
        if verdict == expect.verdict {
            passed += 1;
            continue;
        }
        let mut d = Diagnostic::error(format!(
            "test article expects {} for `{}`, the checker gives {}",
            expect.verdict.as_str(),
            fact.id,
            verdict.as_str()
        ))
        .with_code("expect")
        .with_label(Label::primary(
            Origin::Article,
            expect.span,
            format!(
                "expected {}, got {}",
                expect.verdict.as_str(),
                verdict.as_str()
            ),
        ))
        .with_label(Label::secondary(
            Origin::Rules(fact.file),
            fact.header_span,
            format!("{} fact", fact.kind.keyword()),
        ));
        if report.is_skipped() {
            d = d.with_note("note: the article is outside the story's `about`");
        }
        for e in got.map(|r| r.evidence.as_slice()).unwrap_or_default() {
            d = d.with_label(Label::secondary(
                Origin::Article,
                e.span,
                format!("{}: says {}", e.verdict.as_str(), e.found),
            ));
        }
        failures.push(d);
    }
    (failures, passed)
}

pub fn run(args: &TestArgs) -> Result<Outcome> {
    let paths = default_rule_paths(&args.paths)?;
    let Some(rules) = load_rules_or_report(&paths, stderr_color(args.color)) else {
        return Ok(Outcome::Error);
    };
    let (failures, mut passed) = run_examples(&rules);
    let mut failed = failures.len();
    let files = ReportFiles::new(&rules.sources, None);
    let color = stdout_color(args.color);
    let mut out = io::stdout().lock();
    out.write_all(&render_diagnostics(&failures, &files, color))?;
    let mut unreadable = false;
    if !args.articles.is_empty() {
        let checker = Checker::new(&rules);
        for input in collect_inputs(&args.articles) {
            let article = match input {
                Ok(Input::File(path)) => load_file(&path, &LoadOptions::default()),
                Ok(_) => continue,
                Err(e) => Err(e),
            };
            match article {
                Ok(article) => {
                    let (failures, ok) = run_article(&rules, &checker, &article);
                    passed += ok;
                    failed += failures.len();
                    let files = ReportFiles::new(&rules.sources, Some(&article));
                    out.write_all(&render_diagnostics(&failures, &files, color))?;
                }
                Err(e) => {
                    unreadable = true;
                    writeln!(io::stderr(), "error: {e}")?;
                }
            }
        }
    }
    writeln!(out, "{passed} passed, {failed} failed")?;
    out.flush()?;
    Ok(if unreadable {
        Outcome::Error
    } else if failed == 0 {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}
