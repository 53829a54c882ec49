//! `factlint test`: run every `example` of the rule files through the
//! checker and report each one that gives another verdict, pointing at the
//! example in its rule file. Ends with `N passed, M failed`.
//!
//! Annotated test-article folders (an article beside a file of expected
//! verdicts) are not supported yet; the plan is a `tests/` folder per rule
//! file holding `NAME.txt` and `NAME.expect` (`fact_id verdict` per line),
//! judged like `eval` and reported like examples.

use super::load_rules_or_report;
use crate::check::{CheckOptions, Checker, FactResult};
use crate::cli::args::TestArgs;
use crate::cli::config::default_rule_paths;
use crate::cli::exit::Outcome;
use crate::cli::output::{stderr_color, stdout_color};
use crate::dsl::{ExampleDef, FactDef, RuleSet};
use crate::report::diagnostic::{Diagnostic, Label, Origin};
use crate::report::human::{render_diagnostics, ReportFiles};
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

pub fn run(args: &TestArgs) -> Result<Outcome> {
    let paths = default_rule_paths(&args.paths)?;
    let Some(rules) = load_rules_or_report(&paths, stderr_color(args.color)) else {
        return Ok(Outcome::Error);
    };
    let (failures, passed) = run_examples(&rules);
    let files = ReportFiles::new(&rules.sources, None);
    let mut out = io::stdout().lock();
    out.write_all(&render_diagnostics(
        &failures,
        &files,
        stdout_color(args.color),
    ))?;
    writeln!(out, "{passed} passed, {} failed", failures.len())?;
    out.flush()?;
    Ok(if failures.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}
