//! The SARIF 2.1.0 renderer: one run whose `tool.driver.rules` are the
//! facts and whose results are the contradictions, each with the article
//! location and, as a related location, the fact in its rule file. Columns
//! count Unicode code points (`columnKind`). Buffered, written once.

use crate::article::Article;
use crate::check::ArticleReport;
use crate::dsl::{RuleSet, Verdict};
use crate::report::diagnostic::Level;
use crate::report::findings::collect_findings;
use crate::report::{Chunk, Reporter, Summary};
use crate::source::{SourceFile, Span};
use serde_json::{json, Value};
use std::io::{self, Write};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF renderer: keeps results until [`Reporter::finish`].
#[derive(Debug, Default)]
pub struct SarifReporter {
    results: Vec<Value>,
}

/// A path as a relative URI reference (`/` separators; `%`, space, `#`
/// and `?` escaped).
pub fn path_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '\\' => out.push('/'),
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

fn region(file: &SourceFile, span: Span) -> Value {
    let (start_line, start_column) = file.line_col(span.start);
    let (end_line, end_column) = file.line_col(span.end);
    json!({
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
    })
}

fn level_str(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note | Level::Help => "note",
    }
}

impl Reporter for SarifReporter {
    fn render_article(&self, article: &Article, report: &ArticleReport, rules: &RuleSet) -> Chunk {
        let file = SourceFile::new(article.name.as_str(), article.source.as_str());
        let results: Vec<Value> = collect_findings(report, rules, false)
            .into_iter()
            .filter(|f| f.evidence.verdict == Verdict::Contradiction)
            .map(|f| {
                let rule_index = rules.facts.iter().position(|x| x.id == f.fact.id);
                let mut related = Vec::new();
                if let Some(rule_file) = rules.sources.get(f.fact.file) {
                    related.push(json!({
                        "id": 1,
                        "message": { "text": format!("expects {}", f.evidence.expected) },
                        "physicalLocation": {
                            "artifactLocation": { "uri": path_uri(rule_file.name()) },
                            "region": region(rule_file, f.fact.header_span),
                        }
                    }));
                }
                let mut text = format!(
                    "{}: says {}, expects {}",
                    f.fact.claim, f.evidence.found, f.evidence.expected
                );
                if let Some(note) = &f.evidence.note {
                    text.push_str(&format!(" ({note})"));
                }
                let mut result = json!({
                    "ruleId": f.fact.id,
                    "level": level_str(f.level),
                    "kind": "fail",
                    "message": { "text": text },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": { "uri": path_uri(&article.name) },
                            "region": region(&file, f.evidence.span),
                        }
                    }],
                    "relatedLocations": related,
                });
                if let (Some(i), Some(obj)) = (rule_index, result.as_object_mut()) {
                    obj.insert("ruleIndex".into(), json!(i));
                }
                result
            })
            .collect();
        Chunk::Value(Value::Array(results))
    }

    fn write_chunk(&mut self, _out: &mut dyn Write, chunk: Chunk) -> io::Result<()> {
        if let Chunk::Value(Value::Array(results)) = chunk {
            self.results.extend(results);
        }
        Ok(())
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        _summary: &Summary,
        rules: &RuleSet,
    ) -> io::Result<()> {
        let driver_rules: Vec<Value> = rules
            .facts
            .iter()
            .map(|f| {
                json!({
                    "id": f.id,
                    "shortDescription": { "text": f.claim },
                    "defaultConfiguration": { "level": f.severity.as_str() },
                    "properties": { "kind": f.kind.keyword() },
                })
            })
            .collect();
        let log = json!({
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {
                    "driver": {
                        "name": "factlint",
                        "version": env!("CARGO_PKG_VERSION"),
                        "rules": driver_rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }]
        });
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}
