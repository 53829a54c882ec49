//! The rules language: parse, validate, include, format.
//!
//! Parsing never fails: [`parse`] returns the tree it could build and every
//! error it found. [`load_rules`] reads rule files (and their includes),
//! validates them and returns a [`RuleSet`] only if there is no error at all.

pub mod ast;
pub mod error;
mod fields;
mod fmt;
mod include;
mod lexical;
pub mod model;
mod parse;
mod paths;
mod recover;
mod resolve;
mod suggest;
mod validate;

use crate::report::diagnostic::Diagnostic;
use crate::source::{FileId, SourceDb, Span};
use std::collections::HashSet;
use std::path::PathBuf;

pub use ast::{RuleFileAst, Severity, Verdict};
pub use error::RuleError;
pub use model::{AnchorDef, EntityDef, ExampleDef, FactDef, Kind, RuleSet, StoryDef};

/// Every error found while loading rule files, as rendered-ready diagnostics
/// (labels point into `sources`).
#[derive(Debug, Clone, Default)]
pub struct RuleErrors {
    pub sources: SourceDb,
    pub diagnostics: Vec<Diagnostic>,
    /// How many rule files were read.
    pub files: usize,
}

/// Parse one rule file's text. Never panics, never fails. The diagnostics
/// (labels in file 0) cover the grammar and what the file alone can show
/// (fields of each kind, duplicates); entity references and ids are
/// checked by [`load_rules`], which sees includes.
pub fn parse(src: &str) -> (RuleFileAst, Vec<Diagnostic>) {
    let parsed = parse::parse_file(src);
    let mut found: Vec<validate::Found> = parsed
        .errors
        .iter()
        .map(|(e, s)| (e.clone(), 0, *s))
        .collect();
    found.extend(validate::check_file(&parsed.ast, 0));
    (parsed.ast, to_diagnostics(Vec::new(), found))
}

/// Load, parse and validate rule files and directories (`*.facts`,
/// recursively). Files included by another loaded file are not roots.
pub fn load_rules(paths: &[PathBuf]) -> Result<RuleSet, RuleErrors> {
    let mut loaded = include::load(paths);
    let mut found = std::mem::take(&mut loaded.found);
    for (id, file) in loaded.files.iter().enumerate() {
        found.extend(validate::check_file(&file.parsed.ast, id));
    }
    let mut facts_done: HashSet<FileId> = HashSet::new();
    let mut all_facts = Vec::new();
    for root in &loaded.roots {
        let scope = loaded.scope(*root);
        let files: Vec<&include::LoadedFile> = scope
            .iter()
            .map(|(f, _)| *f)
            .collect::<HashSet<_>>()
            .into_iter()
            .filter_map(|f| loaded.files.get(f))
            .collect();
        // Entities of a broken entity item or of an include that could not
        // be read are not reported again as undefined.
        let broken: HashSet<String> = files
            .iter()
            .flat_map(|f| f.parsed.broken_entities.iter().cloned())
            .collect();
        let complete = files.iter().all(|f| f.includes_ok);
        found.extend(validate::check_scope(
            &scope,
            &loaded.sources,
            &broken,
            complete,
        ));
        let mut this_root = HashSet::new();
        for (file, item) in scope {
            if let ast::Item::Fact(fact) = item {
                if facts_done.contains(&file) && !this_root.contains(&file) {
                    continue;
                }
                this_root.insert(file);
                all_facts.push((file, fact));
            }
        }
        facts_done.extend(this_root);
    }
    found.extend(validate::check_fact_ids(all_facts));
    let loose = std::mem::take(&mut loaded.loose);
    if found.is_empty() && loose.is_empty() {
        return Ok(resolve::resolve(loaded));
    }
    let files = loaded.sources.len();
    Err(RuleErrors {
        diagnostics: to_diagnostics(loose, found),
        sources: loaded.sources,
        files,
    })
}

/// Expand rule paths (files, and directories searched recursively for
/// `*.facts`) into a sorted list of files. A missing path is an error.
pub fn rule_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, RuleErrors> {
    let (listed, errors) = paths::expand(paths);
    if errors.is_empty() {
        return Ok(listed.into_iter().map(|l| l.path).collect());
    }
    Err(RuleErrors {
        sources: SourceDb::new(),
        diagnostics: to_diagnostics(errors, Vec::new()),
        files: 0,
    })
}

/// Format one rule file's text in the canonical layout (comments kept).
/// Fails with the file's parse errors.
pub fn format_source(name: &str, src: &str) -> Result<String, RuleErrors> {
    let parsed = parse::parse_file(src);
    if parsed.errors.is_empty() {
        return Ok(fmt::format_ast(&parsed.ast, src));
    }
    let mut sources = SourceDb::new();
    let id = sources.add(name, src);
    let found = parsed.errors.into_iter().map(|(e, s)| (e, id, s)).collect();
    Err(RuleErrors {
        sources,
        diagnostics: to_diagnostics(Vec::new(), found),
        files: 1,
    })
}

/// Sorted by file and place, exact duplicates dropped (a file included by
/// two roots is checked twice).
fn to_diagnostics(loose: Vec<RuleError>, mut found: Vec<validate::Found>) -> Vec<Diagnostic> {
    found.sort_by_key(|(_, file, span): &(RuleError, FileId, Span)| (*file, span.start, span.end));
    let mut out: Vec<Diagnostic> = loose.iter().map(|e| e.to_diagnostic(None)).collect();
    let mut seen = HashSet::new();
    for (error, file, span) in found {
        if seen.insert((error.code(), error.message(), file, span)) {
            out.push(error.to_diagnostic(Some((file, span))));
        }
    }
    out
}
