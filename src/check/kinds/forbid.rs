#![doc = include_str!("forbid.md")]

use crate::check::compile::{CompiledAnchor, CompiledEntity, CompiledPhrase};
use crate::check::context::ArticleCtx;
use crate::check::occasion::{other_actor, subject_after_anchor, told_of_another_time};
use crate::check::polarity::{polarity_of, Polarity};
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;

pub(crate) const DOC: &str = include_str!("forbid.md");

pub(crate) fn judge(
    (about, entities): (&[CompiledAnchor], &[CompiledEntity]),
    phrases: &[CompiledPhrase],
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    let mut out = Vec::new();
    for phrase in phrases {
        for hit in ctx.phrase_hits(phrase.id) {
            if scope.binary_search(&hit.sentence).is_err() {
                continue;
            }
            let words = ctx.slice(hit.span);
            let (verdict, found) = match polarity_of(ctx, hit.sentence, hit.span) {
                Polarity::Unasserted => continue,
                Polarity::Negated => (Verdict::Match, format!("not {words}")),
                // Said of another actor, or of another time the sentence
                // sets first ("In 2021 a Zurich buyer announced 300 job
                // cuts"; "Unlike in March 2020, when the bank moved in an
                // emergency move"), it is not the fact's claim. A date
                // after it may be the claim's own: "never signed an
                // agreement" is contradicted by "signed one in 2018".
                Polarity::Affirmed
                    if other_actor(ctx, about, hit.sentence, hit.span)
                        || subject_after_anchor(ctx, (about, entities), hit.sentence, hit.span)
                        || told_of_another_time(ctx, about, hit.sentence, hit.span) =>
                {
                    continue
                }
                Polarity::Affirmed => (Verdict::Contradiction, words.to_string()),
            };
            out.push(Evidence {
                verdict,
                span: hit.span,
                found,
                expected: format!("not {}", phrase.text),
                note: None,
            });
        }
    }
    out.sort_by_key(|e| e.span);
    out.dedup_by_key(|e| e.span);
    out
}
