//! Evidence one fact claims is not another fact's contradiction.
//!
//! A rule file states several figures, dates and places of one story, and
//! an article states them side by side: "$68 a share, or $9.4 billion";
//! "an initial €28m, with up to €4m more in add-ons". Where a number, date
//! or place is a match for one fact of a story, it is that fact's value,
//! and it does not contradict another fact of the same story that happens
//! to see it too. A count that equals another count fact's figure is that
//! fact's figure even where that fact did not look (its cue or scope
//! missed the sentence), when the figure is distinctive (10 or more: small
//! numbers recur for unrelated things).

use crate::check::compile::{CompiledFact, CompiledKind};
use crate::check::verdict::{verdict_of, FactResult};
use crate::dsl::Verdict;
use crate::source::Span;

/// Counts below this are too common to be told apart by value alone.
const DISTINCTIVE: u64 = 10;

/// The kinds whose evidence is a value another fact may also state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Count,
    Date,
    Place,
}

fn class(fact: &CompiledFact) -> Option<Class> {
    match fact.kind {
        CompiledKind::Count { .. } => Some(Class::Count),
        CompiledKind::Date { .. } => Some(Class::Date),
        CompiledKind::Place { .. } => Some(Class::Place),
        _ => None,
    }
}

/// Drop, from each result, contradictions that another fact of the same
/// story claims; `fact_of` gives a result's compiled fact.
pub(crate) fn set_aside_claimed<'f>(
    results: &mut [FactResult],
    fact_of: impl Fn(usize) -> Option<&'f CompiledFact>,
) {
    if !results.iter().any(|r| r.verdict == Verdict::Contradiction) {
        return;
    }
    // (story, class, fact, span) of every match.
    let mut matched: Vec<(usize, Class, usize, Span)> = Vec::new();
    // (story, fact, figure) of every distinctive count fact.
    let mut figures: Vec<(usize, usize, u64)> = Vec::new();
    for r in results.iter() {
        let Some(fact) = fact_of(r.fact) else {
            continue;
        };
        let Some(c) = class(fact) else { continue };
        if let CompiledKind::Count { expected } = fact.kind {
            if expected >= DISTINCTIVE {
                figures.push((fact.story, r.fact, expected));
            }
        }
        for e in r.evidence.iter().filter(|e| e.verdict == Verdict::Match) {
            matched.push((fact.story, c, r.fact, e.span));
        }
    }
    for r in results.iter_mut() {
        if r.verdict != Verdict::Contradiction {
            continue;
        }
        let Some(fact) = fact_of(r.fact) else {
            continue;
        };
        let Some(c) = class(fact) else { continue };
        let (story, id) = (fact.story, r.fact);
        let before = r.evidence.len();
        r.evidence.retain(|e| {
            if e.verdict != Verdict::Contradiction {
                return true;
            }
            let claimed = matched
                .iter()
                .any(|&(s, k, f, span)| s == story && k == c && f != id && span == e.span);
            let figure = c == Class::Count
                && e.found.parse::<u64>().is_ok_and(|v| {
                    figures
                        .iter()
                        .any(|&(s, f, x)| s == story && f != id && x == v)
                });
            !(claimed || figure)
        });
        if r.evidence.len() != before {
            r.verdict = verdict_of(&r.evidence);
        }
    }
}
