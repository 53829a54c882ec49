//! The findings of one article, in report order: each piece of evidence
//! with its fact and the level it is reported at. Every renderer walks the
//! same list, so they all agree on what is reported.

use crate::check::{ArticleReport, Evidence};
use crate::dsl::{FactDef, RuleSet, Severity, Verdict};
use crate::report::diagnostic::Level;
use crate::source::SourceFile;

/// One piece of evidence to report.
#[derive(Debug, Clone, Copy)]
pub struct Finding<'a> {
    pub fact: &'a FactDef,
    pub evidence: &'a Evidence,
    pub level: Level,
}

/// The level a contradiction of a fact of this severity is reported at.
pub fn severity_level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Note => Level::Note,
    }
}

/// Contradicting evidence (and, with `show_matches`, matching evidence), in
/// fact order then text order. Facts missing from `rules` are left out.
pub fn collect_findings<'a>(
    report: &'a ArticleReport,
    rules: &'a RuleSet,
    show_matches: bool,
) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    for result in &report.facts {
        let Some(fact) = rules.facts.get(result.fact) else {
            continue;
        };
        for evidence in &result.evidence {
            let level = match evidence.verdict {
                Verdict::Contradiction => severity_level(fact.severity),
                Verdict::Match if show_matches => Level::Note,
                _ => continue,
            };
            out.push(Finding {
                fact,
                evidence,
                level,
            });
        }
    }
    out
}

/// 1-based start and end (line, column) of a byte span, columns in chars;
/// the end is the position just after the last char.
pub fn span_lines(file: &SourceFile, start: usize, end: usize) -> ((usize, usize), (usize, usize)) {
    (file.line_col(start), file.line_col(end))
}
