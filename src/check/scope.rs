//! Scope: which sentences a fact is judged on.
//!
//! A sentence is in scope when every `about` anchor matches inside it, or
//! inside the run of `window` consecutive sentences ending at it. A fact
//! without `about` (quote, name) is judged on every sentence.

use crate::check::compile::CompiledFact;
use crate::check::context::ArticleCtx;

/// Indices of the in-scope sentences, in order.
pub(crate) fn scope_sentences(fact: &CompiledFact, ctx: &ArticleCtx) -> Vec<usize> {
    let n = ctx.sentences.len();
    if fact.about.is_empty() {
        return (0..n).collect();
    }
    if !fact.about.iter().all(|a| ctx.anchor_present(a)) {
        return Vec::new();
    }
    // For each anchor, the sentences where it occurs.
    let mut covered = vec![0usize; n];
    for anchor in &fact.about {
        let mut present = vec![false; n];
        for hit in ctx.anchor_hits(anchor) {
            if let Some(p) = present.get_mut(hit.sentence) {
                *p = true;
            }
        }
        // Sentence i is covered by this anchor when it occurs in
        // [i + 1 - window, i].
        let mut last_seen: Option<usize> = None;
        for (i, (c, &here)) in covered.iter_mut().zip(&present).enumerate() {
            if here {
                last_seen = Some(i);
            }
            if last_seen.is_some_and(|s| i - s < fact.window) {
                *c += 1;
            }
        }
    }
    covered
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == fact.about.len())
        .map(|(i, _)| i)
        .collect()
}
