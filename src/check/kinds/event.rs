#![doc = include_str!("event.md")]

use crate::check::compile::CompiledPhrase;
use crate::check::context::ArticleCtx;
use crate::check::polarity::{polarity_of, Polarity};
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;

pub(crate) const DOC: &str = include_str!("event.md");

pub(crate) fn judge(
    holds: &[CompiledPhrase],
    denies: &[CompiledPhrase],
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    // Built per piece of evidence: most facts find none in most articles.
    let expected = || match (holds.first(), denies.first()) {
        (Some(h), _) => h.text.clone(),
        (None, Some(d)) => format!("not {}", d.text),
        (None, None) => String::new(),
    };
    let mut out = Vec::new();
    for (phrases, holding) in [(holds, true), (denies, false)] {
        for phrase in phrases {
            for hit in ctx.phrase_hits(phrase.id) {
                if scope.binary_search(&hit.sentence).is_err() {
                    continue;
                }
                let negated = match polarity_of(ctx, hit.sentence, hit.span) {
                    Polarity::Unasserted => continue,
                    Polarity::Negated => true,
                    Polarity::Affirmed => false,
                };
                let words = ctx.slice(hit.span);
                let (verdict, found) = match (holding, negated) {
                    (true, false) => (Verdict::Match, words.to_string()),
                    (true, true) => (Verdict::Contradiction, format!("not {words}")),
                    (false, true) => (Verdict::Match, format!("not {words}")),
                    (false, false) => (Verdict::Contradiction, words.to_string()),
                };
                out.push(Evidence {
                    verdict,
                    span: hit.span,
                    found,
                    expected: expected(),
                    note: None,
                });
            }
        }
    }
    out.sort_by_key(|e| e.span);
    out.dedup_by_key(|e| e.span);
    out
}
