//! The GitHub Actions renderer: one workflow command per contradiction
//! (`::error file=…,line=…::message`), escaped as the runner expects.

use crate::article::Article;
use crate::check::ArticleReport;
use crate::dsl::{RuleSet, Verdict};
use crate::report::diagnostic::Level;
use crate::report::findings::collect_findings;
use crate::report::{Chunk, ReportOptions, Reporter};
use crate::source::SourceFile;

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
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value: as data, plus `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for GithubReporter {
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk {
        let file = SourceFile::new(article.name.as_str(), article.source.as_str());
        let mut out = String::new();
        for f in collect_findings(report, rules, self.options.show_matches) {
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
                message.push_str(&format!(" ({note})"));
            }
            out.push_str(&format!(
                "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}\n",
                escape_property(&article.name),
                escape_property(&title),
                escape_data(&message),
            ));
        }
        Chunk::Text(out.into_bytes())
    }
}
