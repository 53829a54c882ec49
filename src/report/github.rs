//! The GitHub Actions renderer: one workflow command per contradiction
//! (`::error file=…,line=…::message`), escaped as the runner expects.

use crate::article::Article;
use crate::check::ArticleReport;
use crate::dsl::{RuleSet, Verdict};
use crate::report::diagnostic::Level;
use crate::report::findings::collect_findings;
use crate::report::{Chunk, ReportOptions, Reporter};
use crate::source::SourceFile;
use std::fmt::Write as _;

/// The GitHub renderer (`--show-matches` adds `::notice` lines).
#[derive(Debug)]
pub struct GithubReporter {
    options: ReportOptions,
}

impl GithubReporter {
    pub fn new(options: ReportOptions) -> GithubReporter {
        GithubReporter { options }
    }
}

/// Escape a command's message: `%`, `\r`, `\n`.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s, false);
    out
}

/// Escape a property value: as data, plus `:` and `,`.
pub fn escape_property(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s, true);
    out
}

/// Append `s` to `out` escaped, as a property value when `property`, in one
/// pass: runs of plain text are copied whole.
fn push_escaped(out: &mut String, s: &str, property: bool) {
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'%' => "%25",
            b'\r' => "%0D",
            b'\n' => "%0A",
            b':' if property => "%3A",
            b',' if property => "%2C",
            _ => continue,
        };
        // `i` is an ASCII byte, so both ends are char boundaries.
        out.push_str(s.get(plain..i).unwrap_or_default());
        out.push_str(escape);
        plain = i + 1;
    }
    out.push_str(s.get(plain..).unwrap_or_default());
}

impl Reporter for GithubReporter {
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk {
        // Lines are indexed only for an article with findings.
        let mut file: Option<SourceFile> = None;
        let mut out = String::new();
        for f in collect_findings(report, rules, self.options.show_matches) {
            let file = file.get_or_insert_with(|| {
                SourceFile::new(article.name.as_str(), article.source.as_str())
            });
            let command = match (f.evidence.verdict, f.level) {
                (Verdict::Match, _) => "notice",
                (_, Level::Error) => "error",
                (_, Level::Warning) => "warning",
                _ => "notice",
            };
            let (line, col) = file.line_col(f.evidence.span.start);
            let (end_line, end_col) = file.line_col(f.evidence.span.end);
            let title = if f.evidence.verdict == Verdict::Match {
                format!("match ({})", f.fact.id)
            } else {
                format!("{} ({})", f.fact.kind.keyword(), f.fact.id)
            };
            let mut message = format!(
                "{}: says {}, expects {}",
                f.fact.claim, f.evidence.found, f.evidence.expected
            );
            if let Some(note) = &f.evidence.note {
                let _ = write!(message, " ({note})");
            }
            let _ = write!(out, "::{command} file=");
            push_escaped(&mut out, &article.name, true);
            let _ = write!(
                out,
                ",line={line},col={col},endLine={end_line},endColumn={end_col},title="
            );
            push_escaped(&mut out, &title, true);
            out.push_str("::");
            push_escaped(&mut out, &message, false);
            out.push('\n');
        }
        Chunk::Text(out.into_bytes())
    }
}
