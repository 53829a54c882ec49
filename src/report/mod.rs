//! Reports: diagnostics and the renderers, one file per output format.
//! Only this module writes output.
//!
//! Every renderer implements [`Reporter`]. Rendering an article is pure and
//! may run on any thread ([`Reporter::render_article`] returns a [`Chunk`]);
//! the chunks are then written in input order ([`Reporter::write_chunk`]),
//! so the output is the same whatever the number of threads.

pub mod diagnostic;
pub mod findings;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;
pub mod summary;

use crate::article::{Article, LoadError};
use crate::check::ArticleReport;
use crate::dsl::RuleSet;
use std::io::{self, Write};

pub use summary::Summary;

/// What one article (or one unreadable input) renders to, before it is
/// written in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Chunk {
    /// Bytes to write as they are (may hold colour escapes).
    Text(Vec<u8>),
    /// A JSON object kept until the end (json, sarif) or written as one
    /// line (jsonl).
    Value(serde_json::Value),
    /// Nothing to write.
    Empty,
}

/// One output format.
pub trait Reporter: Sync {
    /// Render one checked (or skipped) article. Pure: called in parallel.
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk;

    /// Render an input that could not be read (the CLI also reports it on
    /// stderr). Pure: called in parallel.
    fn render_unreadable(&self, error: &LoadError) -> Chunk {
        let _ = error;
        Chunk::Empty
    }

    /// Write one rendered chunk, in input order. By default text chunks are
    /// written as they are and values ignored.
    fn write_chunk(&mut self, out: &mut dyn Write, chunk: Chunk) -> io::Result<()> {
        match chunk {
            Chunk::Text(bytes) => out.write_all(&bytes),
            Chunk::Value(_) | Chunk::Empty => Ok(()),
        }
    }

    /// Write whatever closes the report (a total line, a buffered document).
    /// By default nothing.
    fn finish(
        &mut self,
        out: &mut dyn Write,
        summary: &Summary,
        rules: &RuleSet,
    ) -> io::Result<()> {
        let _ = (out, summary, rules);
        Ok(())
    }
}

/// The output formats of `factlint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
}

/// Options shared by the renderers.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions {
    /// Also report matches (human: `note[match]`).
    pub show_matches: bool,
    /// Colour escapes in human output.
    pub color: bool,
}

/// The renderer for `format`.
pub fn reporter_for(format: Format, options: ReportOptions) -> Box<dyn Reporter> {
    match format {
        Format::Human => Box::new(human::HumanReporter::new(options)),
        Format::Json => Box::new(json::JsonReporter::default()),
        Format::Jsonl => Box::new(jsonl::JsonlReporter),
        Format::Sarif => Box::new(sarif::SarifReporter::default()),
        Format::Github => Box::new(github::GithubReporter::new(options)),
    }
}

/// The path an unreadable input was named by, and the reason alone.
pub(crate) fn load_error_parts(error: &LoadError) -> (String, String) {
    let path = match error {
        // A JSONL record's place is its line.
        LoadError::Json {
            path,
            line,
            message,
        } => return (format!("{path}:{line}"), message.clone()),
        LoadError::Io { path, .. }
        | LoadError::InvalidUtf8 { path, .. }
        | LoadError::Binary { path, .. }
        | LoadError::TooLarge { path, .. } => path.as_str(),
    };
    let full = error.to_string();
    let reason = full
        .strip_prefix(path)
        .map(|rest| rest.trim_start_matches(':').trim_start().to_string())
        .unwrap_or_else(|| full.clone());
    (path.to_string(), reason)
}

#[cfg(test)]
pub(crate) mod tests;
