//! `factlint check`: judge articles against the rules and report.

use super::load_rules_or_report;
use crate::article::Article;
use crate::baseline::Baseline;
use crate::check::{ArticleReport, Checker};
use crate::cli::args::CheckArgs;
use crate::cli::exit::Outcome;
use crate::cli::output::{stderr_color, write_stderr};
use crate::cli::pipeline::{build_pool, jobs, Batches};
use crate::cli::plan::plan_check;
use crate::dsl::{RuleSet, Severity, Verdict};
use crate::report::{reporter_for, Chunk, Summary};
use crate::source::{SourceFile, Span};
use crate::suppress;
use anyhow::{Context, Result};
use std::io::{self, BufWriter, Write};

/// One article (or unreadable input), done.
struct Done {
    error: Option<String>,
    /// Warnings about the article's `factlint:` comments.
    warnings: String,
    /// Its contradictions, for `--write-baseline`.
    recorded: Option<Baseline>,
    chunk: Chunk,
    summary: Summary,
    fails: bool,
}

/// Whether a report has a contradiction at or above `threshold`.
pub(crate) fn fails(report: &ArticleReport, rules: &RuleSet, threshold: Option<Severity>) -> bool {
    let Some(threshold) = threshold else {
        return false;
    };
    report.facts.iter().any(|r| {
        r.verdict == Verdict::Contradiction
            && rules
                .facts
                .get(r.fact)
                .is_some_and(|f| f.severity >= threshold)
    })
}

/// Apply the article's `factlint: ignore` comments; warnings for unused
/// ones and mistakes, as `warning: path:line:col: message` lines.
fn apply_suppressions(
    article: &Article,
    report: ArticleReport,
    rules: &RuleSet,
) -> (ArticleReport, String) {
    let (suppressions, mistakes) = suppress::parse_suppressions_with_errors(&article.source);
    if suppressions.is_empty() && mistakes.is_empty() {
        return (report, String::new());
    }
    let unknown = suppress::validate_suppressions(&suppressions, rules);
    let (report, unused) = suppress::apply(&report, rules, &suppressions);
    let file = SourceFile::new(article.name.as_str(), article.source.as_str());
    let mut warnings = String::new();
    let mut warn = |span: Span, message: String, help: Option<String>| {
        let (line, col) = file.line_col(span.start);
        warnings.push_str(&format!(
            "warning: {}:{line}:{col}: {message}\n",
            article.name
        ));
        if let Some(help) = help {
            warnings.push_str(&format!("  = help: {help}\n"));
        }
    };
    for m in mistakes.iter().chain(&unknown) {
        warn(m.span(), m.to_string(), m.help());
    }
    for u in &unused {
        warn(u.span, u.message(), Some(u.help().to_string()));
    }
    (report, warnings)
}

fn read_baseline(path: &std::path::Path) -> Result<Baseline> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading baseline {}", path.display()))?;
    Baseline::from_json(&text).with_context(|| format!("reading baseline {}", path.display()))
}

pub fn run(args: &CheckArgs) -> Result<Outcome> {
    let plan = plan_check(args)?;
    let baseline = match &args.baseline {
        Some(path) => match read_baseline(path) {
            Ok(b) => Some(b),
            Err(e) => {
                write_stderr(format!("error: {e:#}\n").as_bytes());
                return Ok(Outcome::Error);
            }
        },
        None => None,
    };
    let mut recorded = args.write_baseline.as_ref().map(|_| Baseline::new());
    let Some(rules) = load_rules_or_report(&plan.input.rules, stderr_color(args.color)) else {
        return Ok(Outcome::Error);
    };
    let checker = Checker::new(&rules);
    let mut reporter = reporter_for(plan.format, plan.report);
    let pool = build_pool(plan.input.jobs)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut failed = false;
    let mut batches = Batches::new(
        jobs(&plan.input.inputs, plan.shard, &plan.input.load),
        &plan.input.load,
    );
    loop {
        let renderer = reporter.as_ref();
        let batch = batches.next_batch(&pool, |loaded| match loaded {
            Ok(article) => {
                let report = checker.check(&article, &plan.input.check);
                let (report, warnings) = apply_suppressions(&article, report, &rules);
                let recorded = args.write_baseline.as_ref().map(|_| {
                    let mut b = Baseline::new();
                    b.record(&article, &report, &rules);
                    b
                });
                let report = match &baseline {
                    Some(b) => b.filter(&article, &report, &rules),
                    None => report,
                };
                Done {
                    error: None,
                    warnings,
                    recorded,
                    chunk: renderer.render_article(&article, &report, &rules),
                    summary: Summary::of_article(&report, &rules),
                    fails: fails(&report, &rules, plan.fail_on),
                }
            }
            Err(e) => Done {
                error: Some(format!("error: {e}\n")),
                warnings: String::new(),
                recorded: None,
                chunk: renderer.render_unreadable(&e),
                summary: Summary {
                    unreadable: 1,
                    ..Summary::default()
                },
                fails: false,
            },
        });
        let Some(batch) = batch else { break };
        for done in batch {
            if let Some(error) = &done.error {
                out.flush()?;
                write_stderr(error.as_bytes());
            }
            if !done.warnings.is_empty() {
                out.flush()?;
                write_stderr(done.warnings.as_bytes());
            }
            if let (Some(all), Some(one)) = (recorded.as_mut(), done.recorded) {
                all.merge(one);
            }
            reporter.write_chunk(&mut out, done.chunk)?;
            summary.add(&done.summary);
            failed |= done.fails;
        }
        out.flush()?;
    }
    reporter.finish(&mut out, &summary, &rules)?;
    out.flush()?;
    if let (Some(path), Some(recorded)) = (&args.write_baseline, recorded) {
        super::rules_fmt::write_atomically(path, &recorded.to_json())
            .with_context(|| format!("writing baseline {}", path.display()))?;
    }
    Ok(if summary.unreadable > 0 {
        Outcome::Error
    } else if failed {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
