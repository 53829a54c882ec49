//! Baselines: adopt factlint on an archive and gate only new findings.
//!
//! `check --write-baseline FILE` records every contradiction found today with
//! [`Baseline::record`]; `check --baseline FILE` removes the recorded ones
//! from each report with [`Baseline::filter`], so only new contradictions are
//! reported. Findings are matched by article name, fact id, what the article
//! says (`found`) and a word fingerprint of the evidence and its sentence
//! (see `fingerprint`), never by line or byte offset, so edits elsewhere in
//! the article do not resurrect old findings. Matches are never recorded.
//!
//! The file is JSON, `{"version": 1, "entries": [...]}`, entries sorted,
//! one per contradiction (a finding recorded twice is two entries).

mod fingerprint;

use crate::article::Article;
use crate::check::{ArticleReport, Evidence, FactResult};
use crate::dsl::{RuleSet, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The baseline file format version this build reads and writes.
pub const BASELINE_VERSION: u32 = 1;

/// The recorded contradictions of a set of articles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    version: u32,
    entries: Vec<BaselineEntry>,
}

/// One recorded contradiction.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    /// The article's name (see [`article_key`]).
    pub article: String,
    /// The fact id.
    pub fact: String,
    /// What the article says ([`Evidence::found`]).
    pub found: String,
    /// The evidence's words with a few words of its sentence either side,
    /// whitespace-normalised.
    pub context: String,
}

/// Why a baseline file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("not a factlint baseline: {0}")]
    Json(#[from] serde_json::Error),
    #[error("not a factlint baseline: no `version` field")]
    MissingVersion,
    #[error("baseline version {found} is not supported (this factlint reads version {supported}); write it again with --write-baseline")]
    UnsupportedVersion { found: u64, supported: u32 },
}

impl Baseline {
    /// Add another baseline's entries (e.g. one recorded per article on
    /// another thread); [`Baseline::to_json`] sorts them.
    pub fn merge(&mut self, other: Baseline) {
        self.entries.extend(other.entries);
    }

    /// An empty baseline.
    pub fn new() -> Baseline {
        Baseline {
            version: BASELINE_VERSION,
            entries: Vec::new(),
        }
    }

    /// The entries, sorted.
    pub fn entries(&self) -> &[BaselineEntry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Record every contradicting piece of evidence of `report` (one entry
    /// each; matches are not recorded). Evidence of a fact index that is not
    /// in `rules` cannot be named and is skipped.
    pub fn record(&mut self, article: &Article, report: &ArticleReport, rules: &RuleSet) {
        let name = article_key(&article.name);
        for result in &report.facts {
            let Some(fact) = rules.facts.get(result.fact) else {
                continue;
            };
            for evidence in contradictions(result) {
                self.entries.push(BaselineEntry {
                    article: name.to_string(),
                    fact: fact.id.clone(),
                    found: evidence.found.clone(),
                    context: fingerprint::fingerprint(&article.text, evidence.span),
                });
            }
        }
        self.entries.sort();
    }

    /// The file contents: pretty JSON with a final newline, deterministic.
    pub fn to_json(&self) -> String {
        let mut sorted = self.clone();
        sorted.entries.sort();
        // Serialising plain strings and integers cannot fail.
        let mut json = serde_json::to_string_pretty(&sorted).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Read a baseline file's contents.
    pub fn from_json(json: &str) -> Result<Baseline, BaselineError> {
        let value: serde_json::Value = serde_json::from_str(json)?;
        let version = value.get("version").ok_or(BaselineError::MissingVersion)?;
        match version.as_u64() {
            Some(v) if v == u64::from(BASELINE_VERSION) => {}
            Some(found) => {
                return Err(BaselineError::UnsupportedVersion {
                    found,
                    supported: BASELINE_VERSION,
                })
            }
            None => return Err(BaselineError::MissingVersion),
        }
        let mut baseline: Baseline = serde_json::from_value(value)?;
        baseline.entries.sort();
        Ok(baseline)
    }

    /// A copy of `report` without the contradictions recorded in this
    /// baseline, fact verdicts recomputed. Each entry removes at most one
    /// finding: a finding recorded once and now found twice is new once.
    pub fn filter(
        &self,
        article: &Article,
        report: &ArticleReport,
        rules: &RuleSet,
    ) -> ArticleReport {
        let name = article_key(&article.name);
        let first = self
            .entries
            .partition_point(|e| e.article.as_str() < name.as_str());
        let mut budget: HashMap<(String, String, String), usize> = HashMap::new();
        let entries = self.entries.get(first..).unwrap_or_default();
        for entry in entries.iter().take_while(|e| e.article == name) {
            *budget
                .entry((
                    entry.fact.clone(),
                    entry.found.clone(),
                    entry.context.clone(),
                ))
                .or_insert(0) += 1;
        }
        if budget.is_empty() {
            return report.clone();
        }
        retain_evidence(report, |fact, evidence| {
            if evidence.verdict != Verdict::Contradiction {
                return true;
            }
            let Some(def) = rules.facts.get(fact) else {
                return true;
            };
            let key = (
                def.id.clone(),
                evidence.found.clone(),
                fingerprint::fingerprint(&article.text, evidence.span),
            );
            match budget.get_mut(&key) {
                Some(left) if *left > 0 => {
                    *left -= 1;
                    false
                }
                _ => true,
            }
        })
    }
}

/// The name an article is recorded under: its name as given, without a
/// leading `./`, `\` as `/`, and for a JSONL record (`FILE:LINE#id`) without
/// the line, so inserting records does not change the others' names.
pub fn article_key(name: &str) -> String {
    let name = name.replace('\\', "/");
    let name = name.strip_prefix("./").unwrap_or(&name);
    if let Some((head, id)) = name.split_once('#') {
        if let Some((file, line)) = head.rsplit_once(':') {
            if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) {
                return format!("{file}#{id}");
            }
        }
    }
    name.to_string()
}

fn contradictions(result: &FactResult) -> impl Iterator<Item = &Evidence> {
    result
        .evidence
        .iter()
        .filter(|e| e.verdict == Verdict::Contradiction)
}

/// A copy of `report` keeping the evidence for which `keep(fact index,
/// evidence)` holds, in order, each fact's verdict recomputed by the spec's
/// rule (any contradiction, else any match, else absent).
pub(crate) fn retain_evidence(
    report: &ArticleReport,
    mut keep: impl FnMut(usize, &Evidence) -> bool,
) -> ArticleReport {
    let facts = report
        .facts
        .iter()
        .map(|result| {
            let evidence: Vec<Evidence> = result
                .evidence
                .iter()
                .filter(|e| keep(result.fact, e))
                .cloned()
                .collect();
            let verdict = if evidence.len() == result.evidence.len() {
                result.verdict
            } else {
                verdict_of(&evidence)
            };
            FactResult {
                fact: result.fact,
                verdict,
                evidence,
            }
        })
        .collect();
    ArticleReport {
        stories: report.stories.clone(),
        facts,
    }
}

fn verdict_of(evidence: &[Evidence]) -> Verdict {
    if evidence.iter().any(|e| e.verdict == Verdict::Contradiction) {
        Verdict::Contradiction
    } else if evidence.iter().any(|e| e.verdict == Verdict::Match) {
        Verdict::Match
    } else {
        Verdict::Absent
    }
}

#[cfg(test)]
mod tests;
