//! Scope: which sentences a fact is judged on.
//!
//! A sentence is in scope when every `about` anchor matches inside it, or
//! inside the run of `window` consecutive sentences ending at it. A fact
//! without `about` (quote, name) is judged on every sentence.

use crate::check::compile::CompiledFact;
use crate::check::context::ArticleCtx;

/// Indices of the in-scope sentences, in order, written into `scope` (a
/// buffer the caller reuses across facts). Costs time in proportion to the
/// anchors' hits, not to the article's length. Inlined into its one caller,
/// `Checker::judge`, run for every fact of every checked article: whether
/// the compiler chose to otherwise moved a 1,000-fact run by 2%.
#[inline(always)]
pub(crate) fn scope_sentences(fact: &CompiledFact, ctx: &ArticleCtx, scope: &mut Vec<usize>) {
    scope.clear();
    let n = ctx.sentences.len();
    let Some((first, rest)) = fact.about.split_first() else {
        scope.extend(0..n);
        return;
    };
    // The sentences the first anchor covers: each hit's sentence and the
    // `window - 1` sentences after it.
    for hit in ctx.anchor_hits(first) {
        let from = scope
            .last()
            .map_or(hit.sentence, |&l| (l + 1).max(hit.sentence));
        let to = (hit.sentence + fact.window).min(n);
        scope.extend(from..to);
    }
    // Of those, the ones every other anchor covers too: a hit in the
    // window ending at the sentence.
    for anchor in rest {
        if scope.is_empty() {
            break;
        }
        let hits = ctx.anchor_hits(anchor);
        scope.retain(|&s| {
            let earliest = (s + 1).saturating_sub(fact.window);
            let i = hits.partition_point(|h| h.sentence < earliest);
            hits.get(i).is_some_and(|h| h.sentence <= s)
        });
    }
}
