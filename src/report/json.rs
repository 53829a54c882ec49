//! The JSON renderer: one document `{"version": 1, "articles": [...],
//! "summary": {...}}`, written once at the end. The article objects are
//! shared with the JSONL renderer; the schema is in `docs/json-schema.md`.

use crate::article::{Article, LoadError};
use crate::check::ArticleReport;
use crate::dsl::RuleSet;
use crate::report::{load_error_parts, Chunk, Reporter, Summary};
use crate::source::SourceFile;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// The version of the JSON and JSONL output.
pub const JSON_VERSION: u64 = 1;

/// The object of one article: its path, status and every fact judged (all
/// facts of the checked stories, `absent` included), with evidence.
pub fn article_value(article: &Article, report: &ArticleReport, rules: &RuleSet) -> Value {
    let status = if report.is_skipped() {
        "skipped"
    } else {
        "checked"
    };
    // Lines are indexed only for an article with evidence.
    let file = std::cell::OnceCell::new();
    let file =
        || file.get_or_init(|| SourceFile::new(article.name.as_str(), article.source.as_str()));
    let facts: Vec<Value> = report
        .facts
        .iter()
        .filter_map(|result| {
            let fact = rules.facts.get(result.fact)?;
            let evidence: Vec<Value> = result
                .evidence
                .iter()
                .map(|e| {
                    let (line, column) = file().line_col(e.span.start);
                    let mut obj = Map::new();
                    obj.insert("verdict".into(), json!(e.verdict.as_str()));
                    obj.insert("start".into(), json!(e.span.start));
                    obj.insert("end".into(), json!(e.span.end));
                    obj.insert("line".into(), json!(line));
                    obj.insert("column".into(), json!(column));
                    obj.insert("text".into(), json!(e.span.slice(&article.source)));
                    obj.insert("expected".into(), json!(e.expected));
                    obj.insert("found".into(), json!(e.found));
                    if let Some(note) = &e.note {
                        obj.insert("note".into(), json!(note));
                    }
                    Value::Object(obj)
                })
                .collect();
            Some(json!({
                "id": fact.id,
                "kind": fact.kind.keyword(),
                "verdict": result.verdict.as_str(),
                "severity": fact.severity.as_str(),
                "evidence": evidence,
            }))
        })
        .collect();
    json!({ "path": article.name, "status": status, "facts": facts })
}

/// The object of an input that could not be read.
pub fn unreadable_value(error: &LoadError) -> Value {
    let (path, reason) = load_error_parts(error);
    json!({ "path": path, "status": "error", "error": reason, "facts": [] })
}

/// The summary object.
pub fn summary_value(summary: &Summary) -> Value {
    json!({
        "articles": summary.checked + summary.skipped,
        "checked": summary.checked,
        "skipped": summary.skipped,
        "unreadable": summary.unreadable,
        "matches": summary.matches,
        "contradictions": summary.contradictions,
        "errors": summary.errors,
        "warnings": summary.warnings,
        "notes": summary.notes,
        "absent": summary.absent,
    })
}

/// The JSON renderer: keeps article objects until [`Reporter::finish`].
#[derive(Debug, Default)]
pub struct JsonReporter {
    articles: Vec<Value>,
}

impl Reporter for JsonReporter {
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk {
        Chunk::Value(article_value(article, report, rules))
    }

    fn render_unreadable(&self, error: &LoadError) -> Chunk {
        Chunk::Value(unreadable_value(error))
    }

    fn write_chunk(&mut self, _out: &mut dyn Write, chunk: Chunk) -> io::Result<()> {
        if let Chunk::Value(v) = chunk {
            self.articles.push(v);
        }
        Ok(())
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        summary: &Summary,
        _rules: &RuleSet,
    ) -> io::Result<()> {
        let doc = json!({
            "version": JSON_VERSION,
            "articles": std::mem::take(&mut self.articles),
            "summary": summary_value(summary),
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
