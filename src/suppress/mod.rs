//! In-article suppressions: an editor silences a fact where the article is
//! right and the rule is not (a disputed figure, a quote the story corrects).
//!
//! ```text
//! <!-- factlint: ignore prior_meetings, kim_memories -->
//! [factlint: ignore prior_meetings]
//! <!-- factlint: ignore-file kang_name -->
//! ```
//!
//! [`parse_suppressions`] reads them from an article's original text,
//! [`validate_suppressions`] reports ids that name no fact, and [`apply`]
//! drops the evidence they cover and reports suppressions that silenced
//! nothing. The comments are not prose: the loader blanks the spans of
//! [`comment_spans`] in the article's text.

mod parse;

use crate::baseline::retain_evidence;
use crate::check::ArticleReport;
use crate::dsl::RuleSet;
use crate::source::Span;

pub use parse::{comment_spans, parse_expectations, parse_suppressions_with_errors, Expectation};

/// What a suppression covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuppressionScope {
    /// `ignore`: the paragraph after the comment.
    Paragraph,
    /// `ignore-file`: the whole article.
    File,
}

/// One `factlint: ignore …` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The fact ids it silences, as written.
    pub facts: Vec<String>,
    /// The span of each id in `facts` (same order).
    pub fact_spans: Vec<Span>,
    /// The comment itself, delimiters included.
    pub comment: Span,
    /// The text it covers: from the first word after the comment to the end
    /// of that paragraph (the next blank line or the end), or the whole text
    /// for `ignore-file`.
    pub scope: Span,
    pub kind: SuppressionScope,
}

/// A fact id of a suppression that silenced nothing in this article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnusedSuppression {
    pub fact: String,
    /// The id in the comment (the primary label).
    pub span: Span,
    /// The whole comment.
    pub comment: Span,
}

impl UnusedSuppression {
    pub fn message(&self) -> String {
        format!("unused suppression: `{}` has no evidence here", self.fact)
    }

    pub fn help(&self) -> &'static str {
        "remove it from the comment"
    }
}

/// A mistake in a `factlint:` comment. Spans are in the article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SuppressionError {
    #[error("unknown suppression `factlint: {directive}`")]
    UnknownDirective { directive: String, span: Span },
    #[error("`factlint:` comment without `ignore` or `ignore-file`")]
    MissingDirective { span: Span },
    #[error("`factlint: {directive}` names no fact")]
    MissingFacts { directive: String, span: Span },
    #[error("`{id}` is not a fact id")]
    BadId { id: String, span: Span },
    #[error("no fact `{id}` to ignore")]
    UnknownFact {
        id: String,
        span: Span,
        /// A fact id it was probably meant to be.
        suggestion: Option<String>,
    },
}

impl SuppressionError {
    /// Where the mistake is (the primary label).
    pub fn span(&self) -> Span {
        match self {
            SuppressionError::UnknownDirective { span, .. }
            | SuppressionError::MissingDirective { span }
            | SuppressionError::MissingFacts { span, .. }
            | SuppressionError::BadId { span, .. }
            | SuppressionError::UnknownFact { span, .. } => *span,
        }
    }

    /// What to do about it.
    pub fn help(&self) -> Option<String> {
        match self {
            SuppressionError::UnknownDirective { .. }
            | SuppressionError::MissingDirective { .. } => {
                Some("write `factlint: ignore ID` or `factlint: ignore-file ID`".into())
            }
            SuppressionError::MissingFacts { directive, .. } => Some(format!(
                "name the facts to silence: `factlint: {directive} FACT_ID, FACT_ID`"
            )),
            SuppressionError::BadId { .. } => {
                Some("fact ids are letters, digits, `_` and `-`, separated by commas".into())
            }
            SuppressionError::UnknownFact { suggestion, .. } => {
                suggestion.as_ref().map(|s| format!("did you mean `{s}`?"))
            }
        }
    }
}

/// The suppressions in an article's original text, in text order. Comments
/// with mistakes are skipped; [`parse_suppressions_with_errors`] reports them.
pub fn parse_suppressions(source: &str) -> Vec<Suppression> {
    parse_suppressions_with_errors(source).0
}

/// One [`SuppressionError::UnknownFact`] per suppressed id that is not a
/// fact of `rules`, with a suggestion when one id is close.
pub fn validate_suppressions(
    suppressions: &[Suppression],
    rules: &RuleSet,
) -> Vec<SuppressionError> {
    let mut errors = Vec::new();
    for s in suppressions {
        for (id, span) in s.facts.iter().zip(&s.fact_spans) {
            if rules.fact(id).is_none() {
                errors.push(SuppressionError::UnknownFact {
                    id: id.clone(),
                    span: *span,
                    suggestion: suggest_fact(id, rules),
                });
            }
        }
    }
    errors
}

/// A copy of `report` without the evidence that a suppression covers (a
/// suppressed fact, its span inside the suppression's scope; matches and
/// contradictions alike), verdicts recomputed; and every suppressed id that
/// silenced nothing. Ids that name no fact are left to
/// [`validate_suppressions`] and are not reported as unused.
pub fn apply(
    report: &ArticleReport,
    rules: &RuleSet,
    suppressions: &[Suppression],
) -> (ArticleReport, Vec<UnusedSuppression>) {
    // used[s][i]: id `i` of suppression `s` silenced some evidence.
    let mut used: Vec<Vec<bool>> = suppressions
        .iter()
        .map(|s| vec![false; s.facts.len()])
        .collect();
    let filtered = retain_evidence(report, |fact, evidence| {
        let Some(def) = rules.facts.get(fact) else {
            return true;
        };
        let mut keep = true;
        for (s, flags) in suppressions.iter().zip(used.iter_mut()) {
            if !s.scope.contains(evidence.span) {
                continue;
            }
            for (id, flag) in s.facts.iter().zip(flags.iter_mut()) {
                if *id == def.id {
                    *flag = true;
                    keep = false;
                }
            }
        }
        keep
    });
    let mut unused = Vec::new();
    for (s, flags) in suppressions.iter().zip(&used) {
        for ((id, span), flag) in s.facts.iter().zip(&s.fact_spans).zip(flags) {
            if !flag && rules.fact(id).is_some() {
                unused.push(UnusedSuppression {
                    fact: id.clone(),
                    span: *span,
                    comment: s.comment,
                });
            }
        }
    }
    (filtered, unused)
}

/// The fact id closest to `id` (case-insensitive edit distance at most a
/// third of its length, at least 1), if any.
fn suggest_fact(id: &str, rules: &RuleSet) -> Option<String> {
    let limit = (id.chars().count() / 3).max(1);
    rules
        .facts
        .iter()
        .map(|f| {
            (
                edit_distance(&id.to_lowercase(), &f.id.to_lowercase()),
                &f.id,
            )
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f.clone())
}

/// Levenshtein distance in chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX - 1);
            let cost = diagonal + usize::from(ca != *cb);
            let here = cost.min(up + 1).min(left + 1);
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = here;
            }
            left = here;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests;
