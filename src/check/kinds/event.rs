#![doc = include_str!("event.md")]

use crate::check::compile::{CompiledAnchor, CompiledEntity, CompiledPhrase};
use crate::check::context::ArticleCtx;
use crate::check::occasion::{
    another_time, other_actor, subject_after_anchor, told_of_another_time,
};
use crate::check::polarity::{polarity_of, Polarity};
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;

pub(crate) const DOC: &str = include_str!("event.md");

pub(crate) fn judge(
    (about, entities): (&[CompiledAnchor], &[CompiledEntity]),
    (holds, denies): (&[CompiledPhrase], &[CompiledPhrase]),
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    // Built per piece of evidence: most facts find none in most articles.
    let expected = || match (holds.first(), denies.first()) {
        (Some(h), _) => h.text.clone(),
        (None, Some(d)) => format!("not {}", d.text),
        (None, None) => String::new(),
    };
    // (sentence, evidence)
    let mut found: Vec<(usize, Evidence)> = Vec::new();
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
                // The opposite said of another actor or another time is
                // not the fact's.
                if holding == negated
                    && (other_actor(ctx, about, hit.sentence, hit.span)
                        || subject_after_anchor(ctx, (about, entities), hit.sentence, hit.span)
                        || another_time(ctx, hit.sentence)
                        || told_of_another_time(ctx, about, hit.sentence, hit.span))
                {
                    continue;
                }
                let words = ctx.slice(hit.span);
                let (verdict, found_words) = match (holding, negated) {
                    (true, false) => (Verdict::Match, words.to_string()),
                    (true, true) => (Verdict::Contradiction, format!("not {words}")),
                    (false, true) => (Verdict::Match, format!("not {words}")),
                    (false, false) => (Verdict::Contradiction, words.to_string()),
                };
                found.push((
                    hit.sentence,
                    Evidence {
                        verdict,
                        span: hit.span,
                        found: found_words,
                        expected: expected(),
                        note: None,
                    },
                ));
            }
        }
    }
    // A sentence that states the event, its opposite and two different
    // dates ("failed an inspection in 2016 but passed in 2024") tells of
    // two occasions: it states the fact, and the opposite is about the
    // other occasion. Without two dates ("has not begun planning, though
    // preparations are under way") the opposite still contradicts.
    let contradicted: Vec<usize> = found
        .iter()
        .filter(|(_, e)| e.verdict == Verdict::Contradiction)
        .map(|(s, _)| *s)
        .collect();
    let stated: Vec<usize> = found
        .iter()
        .filter(|(s, e)| {
            e.verdict == Verdict::Match && contradicted.contains(s) && two_occasions(ctx, *s)
        })
        .map(|(s, _)| *s)
        .collect();
    let mut out: Vec<Evidence> = found
        .into_iter()
        .filter(|(s, e)| e.verdict == Verdict::Match || !stated.contains(s))
        .map(|(_, e)| e)
        .collect();
    out.sort_by_key(|e| e.span);
    out.dedup_by_key(|e| e.span);
    out
}

/// Whether a sentence names two different dates.
fn two_occasions(ctx: &ArticleCtx, sentence: usize) -> bool {
    let dates = ctx.dates(sentence);
    dates
        .iter()
        .any(|a| dates.iter().any(|b| (a.start, a.end) != (b.start, b.end)))
}
