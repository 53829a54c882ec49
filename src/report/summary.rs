//! Counting verdicts: per article and for a whole run, with the wording of
//! the human summary lines.

use crate::check::ArticleReport;
use crate::dsl::{RuleSet, Severity, Verdict};
use serde::Serialize;

/// Verdict counts of one article, or of a whole run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Articles judged against at least one story.
    pub checked: usize,
    /// Articles outside every story's `about`.
    pub skipped: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
    /// Facts that match.
    pub matches: usize,
    /// Facts that contradict, at any severity.
    pub contradictions: usize,
    /// Contradicting facts by severity.
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Facts judged absent.
    pub absent: usize,
    /// Contradicting pieces of evidence at `error` severity (diagnostics).
    pub error_diagnostics: usize,
}

impl Summary {
    /// The counts of one article's report.
    pub fn of_article(report: &ArticleReport, rules: &RuleSet) -> Summary {
        let mut s = Summary::default();
        if report.is_skipped() {
            s.skipped = 1;
            return s;
        }
        s.checked = 1;
        for result in &report.facts {
            match result.verdict {
                Verdict::Match => s.matches += 1,
                Verdict::Absent => s.absent += 1,
                Verdict::Contradiction => {
                    s.contradictions += 1;
                    let severity = rules
                        .facts
                        .get(result.fact)
                        .map_or(Severity::Error, |f| f.severity);
                    match severity {
                        Severity::Error => {
                            s.errors += 1;
                            s.error_diagnostics += result
                                .evidence
                                .iter()
                                .filter(|e| e.verdict == Verdict::Contradiction)
                                .count();
                        }
                        Severity::Warning => s.warnings += 1,
                        Severity::Note => s.notes += 1,
                    }
                }
            }
        }
        s
    }

    /// Add another summary's counts.
    pub fn add(&mut self, other: &Summary) {
        self.checked += other.checked;
        self.skipped += other.skipped;
        self.unreadable += other.unreadable;
        self.matches += other.matches;
        self.contradictions += other.contradictions;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.notes += other.notes;
        self.absent += other.absent;
        self.error_diagnostics += other.error_diagnostics;
    }

    /// Inputs seen: checked, skipped and unreadable.
    pub fn inputs(&self) -> usize {
        self.checked + self.skipped + self.unreadable
    }

    /// The per-article line: `9 facts match, 2 contradict (2 errors), 1
    /// warning, 8 absent`. Facts contradicting at `warning` or `note`
    /// severity are counted apart from those at `error`; the parenthesis
    /// counts error diagnostics (one per contradicting piece of evidence).
    pub fn article_line(&self) -> String {
        let mut line = format!(
            "{} {} match, {} contradict",
            group(self.matches),
            plural(self.matches, "fact", "facts"),
            group(self.errors)
        );
        if self.errors > 0 {
            line.push_str(&format!(
                " ({} {})",
                group(self.error_diagnostics),
                plural(self.error_diagnostics, "error", "errors")
            ));
        }
        if self.warnings > 0 {
            line.push_str(&format!(
                ", {} {}",
                group(self.warnings),
                plural(self.warnings, "warning", "warnings")
            ));
        }
        if self.notes > 0 {
            line.push_str(&format!(
                ", {} {}",
                group(self.notes),
                plural(self.notes, "note", "notes")
            ));
        }
        line.push_str(&format!(", {} absent", group(self.absent)));
        line
    }

    /// The batch line: `checked 1,204 articles (3 skipped, 1 unreadable):
    /// 5,310 matches, 17 contradictions (12 errors, 5 warnings)`.
    pub fn total_line(&self) -> String {
        let articles = self.checked + self.skipped;
        let mut line = format!(
            "checked {} {}",
            group(articles),
            plural(articles, "article", "articles")
        );
        let mut aside = Vec::new();
        if self.skipped > 0 {
            aside.push(format!("{} skipped", group(self.skipped)));
        }
        if self.unreadable > 0 {
            aside.push(format!("{} unreadable", group(self.unreadable)));
        }
        if !aside.is_empty() {
            line.push_str(&format!(" ({})", aside.join(", ")));
        }
        line.push_str(&format!(
            ": {} {}, {} {}",
            group(self.matches),
            plural(self.matches, "match", "matches"),
            group(self.contradictions),
            plural(self.contradictions, "contradiction", "contradictions")
        ));
        let mut by_severity = Vec::new();
        for (n, one, many) in [
            (self.errors, "error", "errors"),
            (self.warnings, "warning", "warnings"),
            (self.notes, "note", "notes"),
        ] {
            if n > 0 {
                by_severity.push(format!("{} {}", group(n), plural(n, one, many)));
            }
        }
        if !by_severity.is_empty() {
            line.push_str(&format!(" ({})", by_severity.join(", ")));
        }
        line
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// `1204` → `1,204`.
pub fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
