//! The human renderer: compiler-style diagnostics drawn by
//! codespan-reporting (the only module that uses it), a summary line per
//! article and a total line for a batch.

use crate::article::Article;
use crate::check::ArticleReport;
use crate::dsl::{Kind, RuleErrors, RuleSet};
use crate::report::diagnostic::{Diagnostic, Label, Level, Origin};
use crate::report::findings::{collect_findings, Finding};
use crate::report::{Chunk, ReportOptions, Reporter, Summary};
use crate::source::{FileId, SourceDb, Span};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{self, Files, SimpleFile};
use codespan_reporting::term::{self, termcolor};
use std::io::{self, Write};
use std::ops::Range;

/// The rule files and (optionally) the current article as one set of files
/// for codespan: rule files keep their ids, the article comes after them.
#[derive(Clone)]
pub struct ReportFiles<'a> {
    rules: &'a SourceDb,
    article: Option<SimpleFile<&'a str, &'a str>>,
    /// The article span the diagnostic being drawn is about: an article
    /// line longer than [`LONG_LINE`] is shown only around it.
    focus: Option<Span>,
}

/// Article lines longer than this (bytes) are shown as an excerpt around
/// the finding, [`CONTEXT`] bytes either side: a one-line article of
/// 100 KB would otherwise be printed whole for every finding.
const LONG_LINE: usize = 1_000;
const CONTEXT: usize = 200;

impl<'a> ReportFiles<'a> {
    pub fn new(rules: &'a SourceDb, article: Option<&'a Article>) -> ReportFiles<'a> {
        ReportFiles {
            rules,
            article: article.map(|a| SimpleFile::new(a.name.as_str(), a.source.as_str())),
            focus: None,
        }
    }

    /// The same files, drawing long article lines around `span` only.
    fn focused_on(&self, span: Option<Span>) -> ReportFiles<'a> {
        ReportFiles {
            focus: span,
            ..self.clone()
        }
    }

    /// The part of an article line to draw: the whole line, or for a long
    /// line the excerpt around the focus (on char boundaries).
    fn shown(&self, source: &str, line: Range<usize>) -> Range<usize> {
        let Some(focus) = self.focus else {
            return line;
        };
        let overlaps = focus.start <= line.end && line.start <= focus.end;
        if line.end - line.start <= LONG_LINE || !overlaps {
            return line;
        }
        let mut start = focus.start.saturating_sub(CONTEXT).max(line.start);
        let mut end = (focus.end + CONTEXT).min(line.end);
        while start > line.start && !source.is_char_boundary(start) {
            start -= 1;
        }
        while end < line.end && !source.is_char_boundary(end) {
            end += 1;
        }
        // Whole words at both ends of the excerpt.
        if start > line.start {
            if let Some(k) = source.get(start..focus.start).and_then(|b| b.find(' ')) {
                start += k + 1;
            }
        }
        if end < line.end {
            if let Some(k) = source.get(focus.end..end).and_then(|a| a.rfind(' ')) {
                end = focus.end + k;
            }
        }
        start..end
    }

    /// The codespan file id of a label's origin.
    pub fn file_id(&self, origin: Origin) -> FileId {
        match origin {
            Origin::Rules(id) => id,
            Origin::Article => self.rules.len(),
        }
    }

    fn article(&self, id: FileId) -> Result<&SimpleFile<&'a str, &'a str>, files::Error> {
        match &self.article {
            Some(a) if id == self.rules.len() => Ok(a),
            _ => Err(files::Error::FileMissing),
        }
    }
}

impl<'f> Files<'f> for ReportFiles<'_> {
    type FileId = FileId;
    type Name = &'f str;
    type Source = &'f str;

    fn name(&'f self, id: FileId) -> Result<&'f str, files::Error> {
        if id < self.rules.len() {
            return self.rules.name(id);
        }
        Ok(self.article(id)?.name())
    }

    fn source(&'f self, id: FileId) -> Result<&'f str, files::Error> {
        if id < self.rules.len() {
            return self.rules.source(id);
        }
        Ok(self.article(id)?.source())
    }

    fn line_index(&'f self, id: FileId, byte_index: usize) -> Result<usize, files::Error> {
        if id < self.rules.len() {
            return self.rules.line_index(id, byte_index);
        }
        self.article(id)?.line_index((), byte_index)
    }

    fn line_range(&'f self, id: FileId, line_index: usize) -> Result<Range<usize>, files::Error> {
        if id < self.rules.len() {
            return self.rules.line_range(id, line_index);
        }
        let article = self.article(id)?;
        let line = article.line_range((), line_index)?;
        Ok(self.shown(article.source(), line))
    }

    /// Columns count from the start of the whole line, excerpted or not.
    fn column_number(
        &'f self,
        id: FileId,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, files::Error> {
        if id < self.rules.len() {
            return self.rules.column_number(id, line_index, byte_index);
        }
        let article = self.article(id)?;
        article.column_number((), line_index, byte_index)
    }
}

/// The diagnostic of one finding: the article span (primary, "says …") and
/// the fact's header in the rule file (secondary, "expects …").
pub fn finding_diagnostic(finding: &Finding<'_>) -> Diagnostic {
    let Finding {
        fact,
        evidence,
        level,
    } = *finding;
    let contradiction = evidence.verdict == crate::dsl::Verdict::Contradiction;
    let code = if contradiction {
        fact.kind.keyword()
    } else {
        "match"
    };
    let (message, label) = match (&fact.kind, contradiction) {
        (Kind::Quote { .. }, true) => {
            let misattributed = evidence
                .note
                .as_deref()
                .is_some_and(|n| n.starts_with("attributed"));
            let message = if misattributed {
                format!("misattributed quote: {}", fact.claim)
            } else {
                format!("misquote of {}", fact.claim)
            };
            (message, format!("quoted as {}", evidence.found))
        }
        (Kind::Quote { .. }, false) => (fact.claim.clone(), format!("quotes {}", evidence.found)),
        (Kind::Name { entity }, true) => (
            format!(
                "\"{}\" is not how `{}` is spelt",
                evidence.found, entity.label
            ),
            format!("near miss of \"{}\"", evidence.expected),
        ),
        _ => (fact.claim.clone(), format!("says {}", evidence.found)),
    };
    let mut d = Diagnostic::new(level, message)
        .with_code(code)
        .with_label(Label::primary(Origin::Article, evidence.span, label))
        .with_label(Label::secondary(
            Origin::Rules(fact.file),
            fact.header_span,
            match fact.kind {
                Kind::Quote { .. } => "expects the statement as written here".to_string(),
                _ => format!("expects {}", evidence.expected),
            },
        ));
    if let Some(note) = &evidence.note {
        d = d.with_note(format!("note: {note}"));
    }
    let help = match (&fact.kind, contradiction) {
        (Kind::Name { entity }, true) => format!(
            "help: write \"{}\", or add this spelling as a variant of `{}`",
            evidence.expected, entity.label
        ),
        _ => format!(
            "help: run `factlint explain {}` for the fact's scope and examples",
            fact.id
        ),
    };
    d.with_note(help)
}

fn to_codespan(d: &Diagnostic, files: &ReportFiles<'_>) -> cs::Diagnostic<FileId> {
    let severity = match d.level {
        Level::Error => cs::Severity::Error,
        Level::Warning => cs::Severity::Warning,
        Level::Note => cs::Severity::Note,
        Level::Help => cs::Severity::Help,
    };
    let labels = d
        .labels
        .iter()
        .map(|l| {
            let style = if l.primary {
                cs::LabelStyle::Primary
            } else {
                cs::LabelStyle::Secondary
            };
            cs::Label::new(style, files.file_id(l.origin), l.span.range())
                .with_message(l.message.clone())
        })
        .collect();
    let mut out = cs::Diagnostic::new(severity)
        .with_message(d.message.clone())
        .with_labels(labels)
        .with_notes(d.notes.clone());
    if let Some(code) = &d.code {
        out = out.with_code(code.clone());
    }
    out
}

/// Draw diagnostics into bytes (with colour escapes when `color`).
pub fn render_diagnostics(
    diagnostics: &[Diagnostic],
    files: &ReportFiles<'_>,
    color: bool,
) -> Vec<u8> {
    let mut buffer = if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let config = term::Config::default();
    for d in diagnostics {
        let focus = d
            .labels
            .iter()
            .find(|l| l.origin == Origin::Article)
            .map(|l| l.span);
        let files = files.focused_on(focus);
        let cs = to_codespan(d, &files);
        if term::emit_to_write_style(&mut buffer, &config, &files, &cs).is_err() {
            // A label outside its file: say so rather than lose the finding.
            let _ = writeln!(buffer, "{}: {}", level_word(d.level), d.message);
        }
    }
    buffer.into_inner()
}

fn level_word(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
        Level::Help => "help",
    }
}

/// Rule-file errors, drawn like any diagnostic, then `N errors in M files;
/// nothing was checked`.
pub fn render_rule_errors(errors: &RuleErrors, color: bool) -> Vec<u8> {
    let files = ReportFiles::new(&errors.sources, None);
    let mut out = render_diagnostics(&errors.diagnostics, &files, color);
    let n = errors
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Error)
        .count();
    let m = errors.files;
    let _ = writeln!(
        out,
        "{} {} in {} {}; nothing was checked",
        super::summary::group(n),
        if n == 1 { "error" } else { "errors" },
        super::summary::group(m),
        if m == 1 { "file" } else { "files" }
    );
    out
}

/// The human renderer.
#[derive(Debug)]
pub struct HumanReporter {
    options: ReportOptions,
}

impl HumanReporter {
    pub fn new(options: ReportOptions) -> HumanReporter {
        HumanReporter { options }
    }
}

/// `not about trump, kim` from the stories' `about` anchors.
fn skipped_reason(rules: &RuleSet) -> String {
    let stories: Vec<String> = rules
        .stories
        .iter()
        .filter(|s| !s.about.is_empty())
        .map(|s| {
            s.about
                .iter()
                .map(|a| a.label.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    if stories.is_empty() {
        "no story applies".to_string()
    } else {
        format!("not about {}", stories.join("; nor "))
    }
}

impl Reporter for HumanReporter {
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk {
        if report.is_skipped() {
            return Chunk::Text(
                format!("{}: skipped ({})\n", article.name, skipped_reason(rules)).into_bytes(),
            );
        }
        let diagnostics: Vec<Diagnostic> =
            collect_findings(report, rules, self.options.show_matches)
                .iter()
                .map(finding_diagnostic)
                .collect();
        let files = ReportFiles::new(&rules.sources, Some(article));
        let mut out = render_diagnostics(&diagnostics, &files, self.options.color);
        let summary = Summary::of_article(report, rules);
        let _ = writeln!(out, "{}: {}", article.name, summary.article_line());
        Chunk::Text(out)
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        summary: &Summary,
        _rules: &RuleSet,
    ) -> io::Result<()> {
        if summary.inputs() > 1 {
            writeln!(out, "{}", summary.total_line())?;
        }
        Ok(())
    }
}
