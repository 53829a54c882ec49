//! What the checker finds: evidence, a verdict per fact, a report per article.

use crate::dsl::ast::Verdict;
use crate::source::Span;
use serde::Serialize;

/// One piece of evidence for or against a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// `Match` or `Contradiction`.
    pub verdict: Verdict,
    /// The article words that are the evidence (byte range of the source).
    pub span: Span,
    /// What the article says, short: "2", "2025-11-11", "Busan",
    /// "\"fond memories\"", "Kang Kyung-hwa", "rejected (negated)".
    pub found: String,
    /// What the fact expects, short: "3", "2025-10-31 .. 2025-11-01".
    pub expected: String,
    /// A further explanation, e.g. "`fond` for `good`" or
    /// "attributed to `lee`, not `kim`".
    pub note: Option<String>,
}

/// The verdict of one fact on one article, with all its evidence in text
/// order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactResult {
    /// Index into `RuleSet::facts`.
    pub fact: usize,
    pub verdict: Verdict,
    pub evidence: Vec<Evidence>,
}

/// The verdict of a fact from its evidence: a contradiction if any piece
/// contradicts, else a match if any matches, else absent.
pub(crate) fn verdict_of(evidence: &[Evidence]) -> Verdict {
    if evidence.iter().any(|e| e.verdict == Verdict::Contradiction) {
        Verdict::Contradiction
    } else if evidence.iter().any(|e| e.verdict == Verdict::Match) {
        Verdict::Match
    } else {
        Verdict::Absent
    }
}

/// Whether an article was judged against one story (rule file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StoryStatus {
    Checked,
    /// The article does not mention every anchor of the story's `about`.
    Skipped,
}

/// Everything found in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleReport {
    /// Per story, in `RuleSet::stories` order.
    pub stories: Vec<StoryStatus>,
    /// One result per fact of every checked story, in `RuleSet::facts` order.
    pub facts: Vec<FactResult>,
}

impl ArticleReport {
    /// `true` when no story was checked.
    pub fn is_skipped(&self) -> bool {
        !self.stories.contains(&StoryStatus::Checked)
    }
}
