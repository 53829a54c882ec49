//! `factlint eval`: check the inputs, compare the verdicts with a gold TSV
//! and print precision, recall and F1 per kind and overall, the confusion
//! matrix and every disagreement.

use super::load_rules_or_report;
use crate::article::Article;
use crate::check::ArticleReport;
use crate::check::Checker;
use crate::cli::args::{EvalArgs, EvalFormatArg};
use crate::cli::exit::Outcome;
use crate::cli::output::{stderr_color, write_stderr};
use crate::cli::pipeline::{build_pool, jobs, Batches};
use crate::cli::plan::plan_inputs;
use crate::dsl::{RuleSet, Verdict};
use crate::eval::{compare, parse_gold, Confusion, Evaluation, EvidenceAt, Observed, VERDICTS};
use crate::source::SourceFile;
use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

/// Every fact's verdict on one article (facts not judged are absent).
fn observe(article: &Article, report: &ArticleReport, rules: &RuleSet) -> Vec<Observed> {
    let file_name = Path::new(&article.name)
        .file_name()
        .map_or(article.name.clone(), |n| n.to_string_lossy().into_owned());
    let source = SourceFile::new(article.name.as_str(), article.source.as_str());
    rules
        .facts
        .iter()
        .enumerate()
        .map(|(i, fact)| {
            let result = report.facts.iter().find(|r| r.fact == i);
            let verdict = result.map_or(Verdict::Absent, |r| r.verdict);
            let evidence = result
                .and_then(|r| {
                    r.evidence
                        .iter()
                        .find(|e| e.verdict == verdict)
                        .or(r.evidence.first())
                })
                .map(|e| {
                    let (line, column) = source.line_col(e.span.start);
                    EvidenceAt {
                        line,
                        column,
                        text: e.span.slice(&article.source).to_string(),
                    }
                });
            Observed {
                file: file_name.clone(),
                fact_id: fact.id.clone(),
                kind: fact.kind.keyword().to_string(),
                verdict,
                evidence,
            }
        })
        .collect()
}

pub fn run(args: &EvalArgs) -> Result<Outcome> {
    let gold_text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let gold = parse_gold(&gold_text).with_context(|| format!("{}", args.gold.display()))?;
    let plan = plan_inputs(&args.input)?;
    let Some(rules) = load_rules_or_report(&plan.rules, stderr_color(args.color)) else {
        return Ok(Outcome::Error);
    };
    let checker = Checker::new(&rules);
    let pool = build_pool(plan.jobs)?;
    let mut batches = Batches::new(jobs(&plan.inputs, None, &plan.load), &plan.load);
    let mut observed = Vec::new();
    let mut unreadable = 0;
    while let Some(batch) = batches.next_batch(&pool, |loaded| {
        loaded.map(|article| {
            let report = checker.check(&article, &plan.check);
            observe(&article, &report, &rules)
        })
    }) {
        for item in batch {
            match item {
                Ok(obs) => observed.extend(obs),
                Err(e) => {
                    unreadable += 1;
                    write_stderr(format!("error: {e}\n").as_bytes());
                }
            }
        }
    }
    let evaluation = compare(&gold, &observed);
    let mut out = io::stdout().lock();
    match args.format {
        EvalFormatArg::Human => out.write_all(render_human(&evaluation).as_bytes())?,
        EvalFormatArg::Json => {
            serde_json::to_writer_pretty(&mut out, &json_value(&evaluation))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(if unreadable > 0 {
        Outcome::Error
    } else {
        Outcome::Clean
    })
}

fn ratio(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

fn scores_row(s: &mut String, name: &str, c: &Confusion) {
    let ct = c.scores(Verdict::Contradiction);
    let m = c.scores(Verdict::Match);
    let _ = writeln!(
        s,
        "{name:<10} {:>5}   {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}",
        c.total(),
        ratio(ct.precision),
        ratio(ct.recall),
        ratio(ct.f1),
        ratio(m.precision),
        ratio(m.recall),
        ratio(m.f1)
    );
}

/// The human report of an evaluation.
pub fn render_human(e: &Evaluation) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "scored {} verdicts: {} agree, {} disagree{}",
        e.overall.total(),
        e.overall.agreements(),
        e.disagreements.len(),
        if e.unscored.is_empty() {
            String::new()
        } else {
            let n = e.unscored.len();
            format!(
                " ({n} gold {} without a verdict)",
                if n == 1 { "row" } else { "rows" }
            )
        }
    );
    let _ = writeln!(s);
    let heading = format!(
        "{:<10} {:>5}   {:^17}   {:^17}",
        "", "", "contradiction", "match"
    );
    let _ = writeln!(s, "{}", heading.trim_end());
    let _ = writeln!(
        s,
        "{:<10} {:>5}   {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}",
        "kind", "n", "P", "R", "F1", "P", "R", "F1"
    );
    for (kind, c) in &e.per_kind {
        scores_row(&mut s, kind, c);
    }
    scores_row(&mut s, "overall", &e.overall);
    let _ = writeln!(s);
    let _ = writeln!(s, "confusion (rows: gold, columns: got)");
    let _ = writeln!(
        s,
        "{:<14} {:>6} {:>14} {:>7}",
        "", "match", "contradiction", "absent"
    );
    for (g, row) in VERDICTS.iter().zip(e.overall.counts.iter()) {
        let _ = writeln!(
            s,
            "{:<14} {:>6} {:>14} {:>7}",
            g.as_str(),
            row[0],
            row[1],
            row[2]
        );
    }
    if !e.disagreements.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "disagreements");
        for d in &e.disagreements {
            let _ = write!(
                s,
                "  {} {} ({}): gold {}, got {}",
                d.file,
                d.fact_id,
                d.kind,
                d.gold.as_str(),
                d.got.as_str()
            );
            if let Some(ev) = &d.evidence {
                let _ = write!(s, " at {}:{} {:?}", ev.line, ev.column, ev.text);
            }
            let _ = writeln!(s);
        }
    }
    s
}

fn json_value(e: &Evaluation) -> serde_json::Value {
    let scores = |c: &Confusion| {
        serde_json::json!({
            "n": c.total(),
            "contradiction": c.scores(Verdict::Contradiction),
            "match": c.scores(Verdict::Match),
            "confusion": c.counts,
        })
    };
    let per_kind: serde_json::Map<String, serde_json::Value> = e
        .per_kind
        .iter()
        .map(|(k, c)| (k.clone(), scores(c)))
        .collect();
    serde_json::json!({
        "overall": scores(&e.overall),
        "per_kind": per_kind,
        "confusion_order": ["match", "contradiction", "absent"],
        "disagreements": e.disagreements,
        "unscored": e.unscored,
    })
}
