//! Scope: which sentences a fact is judged on.
//!
//! A sentence is in scope when every `about` anchor matches inside it, or
//! inside the run of `window` consecutive sentences ending at it. A fact
//! without `about` (quote, name) is judged on every sentence.

use crate::check::compile::CompiledFact;
use crate::check::context::ArticleCtx;

/// Indices of the in-scope sentences, in order. Costs time in proportion to
/// the anchors' hits, not to the article's length.
pub(crate) fn scope_sentences(fact: &CompiledFact, ctx: &ArticleCtx) -> Vec<usize> {
    let n = ctx.sentences.len();
    if fact.about.is_empty() {
        return (0..n).collect();
    }
    let mut scope: Option<Vec<usize>> = None;
    for anchor in &fact.about {
        // The sentences this anchor covers: each hit's sentence and the
        // `window - 1` sentences after it.
        let mut covered: Vec<usize> = Vec::new();
        for hit in ctx.anchor_hits(anchor) {
            let from = covered
                .last()
                .map_or(hit.sentence, |&l| (l + 1).max(hit.sentence));
            let to = (hit.sentence + fact.window).min(n);
            covered.extend(from..to);
        }
        scope = Some(match scope {
            None => covered,
            Some(before) => before
                .into_iter()
                .filter(|s| covered.binary_search(s).is_ok())
                .collect(),
        });
        if scope.as_ref().is_some_and(Vec::is_empty) {
            break;
        }
    }
    scope.unwrap_or_default()
}
