//! The JSONL renderer: one line per article (the object of the JSON
//! renderer's `articles[]`) as soon as it is checked, then a last line
//! `{"summary": {...}}`.

use crate::article::{Article, LoadError};
use crate::check::ArticleReport;
use crate::dsl::RuleSet;
use crate::report::json::{article_value, summary_value, unreadable_value};
use crate::report::{Chunk, Reporter, Summary};
use serde_json::json;
use std::io::{self, Write};

/// The JSONL renderer.
#[derive(Debug, Default)]
pub struct JsonlReporter;

impl Reporter for JsonlReporter {
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk {
        Chunk::Value(article_value(article, report, rules))
    }

    fn render_unreadable(&self, error: &LoadError) -> Chunk {
        Chunk::Value(unreadable_value(error))
    }

    fn write_chunk(&mut self, out: &mut dyn Write, chunk: Chunk) -> io::Result<()> {
        if let Chunk::Value(v) = chunk {
            serde_json::to_writer(&mut *out, &v)?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        summary: &Summary,
        _rules: &RuleSet,
    ) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &json!({ "summary": summary_value(summary) }))?;
        writeln!(out)
    }
}
