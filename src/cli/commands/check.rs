//! `factlint check`: judge articles against the rules and report.

use super::load_rules_or_report;
use crate::check::{ArticleReport, Checker};
use crate::cli::args::CheckArgs;
use crate::cli::exit::Outcome;
use crate::cli::output::{stderr_color, write_stderr};
use crate::cli::pipeline::{build_pool, jobs, Batches};
use crate::cli::plan::plan_check;
use crate::dsl::{RuleSet, Severity, Verdict};
use crate::report::{reporter_for, Chunk, Summary};
use anyhow::Result;
use std::io::{self, BufWriter, Write};

/// One article (or unreadable input), done.
struct Done {
    error: Option<String>,
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

pub fn run(args: &CheckArgs) -> Result<Outcome> {
    let plan = plan_check(args)?;
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
                Done {
                    error: None,
                    chunk: renderer.render_article(&article, &report, &rules),
                    summary: Summary::of_article(&report, &rules),
                    fails: fails(&report, &rules, plan.fail_on),
                }
            }
            Err(e) => Done {
                error: Some(format!("error: {e}\n")),
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
            reporter.write_chunk(&mut out, done.chunk)?;
            summary.add(&done.summary);
            failed |= done.fails;
        }
        out.flush()?;
    }
    reporter.finish(&mut out, &summary, &rules)?;
    out.flush()?;
    Ok(if summary.unreadable > 0 {
        Outcome::Error
    } else if failed {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
