#![doc = include_str!("../count.md")]

mod attach;
mod label;
mod qualifier;
mod unit;

use crate::check::compile::{CompiledFact, CompiledPhrase};
use crate::check::context::ArticleCtx;
use crate::check::occasion::{another_time, told_of_another_time};
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;
use crate::extract::Number;
use crate::source::Span;
use attach::{attached, compound_head, is_harm_verb};

pub(crate) const DOC: &str = include_str!("../count.md");

pub(crate) fn judge(
    fact: &CompiledFact,
    expected: u64,
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    let mut out: Vec<(usize, Evidence)> = Vec::new();
    for &s in scope {
        if !fact
            .cues
            .iter()
            .any(|c| ctx.phrase_hits(c.id).iter().any(|h| h.sentence == s))
        {
            continue;
        }
        let numbers = ctx.numbers(s);
        if numbers.is_empty() {
            continue;
        }
        let mut seen: Vec<Span> = Vec::new();
        let mut found: Vec<Evidence> = Vec::new();
        for cue in &fact.cues {
            for hit in ctx.phrase_hits(cue.id) {
                if hit.sentence != s {
                    continue;
                }
                let clause = ctx.clause_of(s, hit.span);
                for n in numbers {
                    if !clause.contains(n.span) || seen.contains(&n.span) {
                        continue;
                    }
                    let Some(verdict) =
                        judge_number(fact, expected, ctx, (s, clause), n, cue, hit.span)
                    else {
                        continue;
                    };
                    seen.push(n.span);
                    found.push(Evidence {
                        verdict,
                        span: n.span,
                        found: n.value.to_string(),
                        expected: expected.to_string(),
                        note: None,
                    });
                }
            }
        }
        // A sentence that states the count and another number of the same
        // kind counts something else with it ("held three summits, and
        // Trump met Xi twice"; "fined it 10.5 million zlotys and ordered it
        // to pay 7.6 million zlotys in compensation").
        let states_it = found.iter().any(|e| e.verdict == Verdict::Match);
        out.extend(
            found
                .into_iter()
                .filter(|e| e.verdict == Verdict::Match || !states_it)
                .map(|e| (s, e)),
        );
    }
    let mut out = without_window_asides(fact, ctx, out);
    out.sort_by_key(|e| e.span);
    out
}

/// What the number `n`, in the clause of a hit of `cue` in sentence `s`,
/// says of the count: a match, a contradiction, or nothing.
fn judge_number(
    fact: &CompiledFact,
    expected: u64,
    ctx: &ArticleCtx,
    (s, clause): (usize, Span),
    n: &Number,
    cue: &CompiledPhrase,
    cue_at: Span,
) -> Option<Verdict> {
    let head = compound_head(ctx.text, n, cue_at);
    if !(unit::countable(n, fact, ctx) || head) {
        return None;
    }
    let unit_only = unit::unit_kind(n) && unit::is_unit_cue(cue);
    if !(head || attached(ctx.text, n, cue_at, unit::unit_kind(n))) {
        return None;
    }
    let before = ctx.text.get(clause.start..n.span.start).unwrap_or("");
    let equal = n.value == expected || unit::rounds_to(ctx.slice(n.span), n.value, expected);
    let reading = qualifier::reading(ctx.text, n.span);
    let verdict = qualifier::judge(reading, n.value, expected, equal)?;
    // Figures that are something else: asked for, offered and turned down,
    // labelled otherwise, a share of another name, one more or a part.
    if label::asked_for(before)
        || label::describes_another_name(fact, ctx, s, clause, n.span)
        || label::rejected_offer(fact, ctx, s, clause, n.span)
        || label::more_or_part(fact, ctx, s, clause, n.span)
        || label::amount_of_another(fact, ctx, s, n.span.end.max(cue_at.end))
    {
        return None;
    }
    // Victims of another occasion: "The flood of April 2011 … killed two
    // people".
    if cue_at.end <= n.span.start && is_harm_verb(ctx.slice(cue_at)) && another_time(ctx, s) {
        return None;
    }
    // A figure tied to the fact by its unit alone ("$", "%", "million")
    // says nothing of what it counts: it must stand with one of the fact's
    // own words in its stretch of the clause, be of the fact's order of
    // size, and carry no label of its own ("a closing price of $46.26").
    if unit_only
        && (!near_fact_word(fact, ctx, s, clause, n.span)
            || unit::far_apart(n.value, expected)
            || label::labelled_as_other(fact, ctx, s, clause, n.span)
            || label::market_price(ctx, clause, n.span))
    {
        return None;
    }
    if verdict == Verdict::Contradiction
        && (label::unasserted(before)
            || earlier_value(before)
            || told_of_another_time(ctx, &fact.about, s, n.span))
    {
        return None;
    }
    Some(verdict)
}

/// Whether one of the fact's `about` anchors, or a cue that is not a unit,
/// stands in the number's stretch of the clause (between commas): "$8.4
/// billion for Corvane", "inflation eased to 4%", but not "cut its base
/// rate to 4.25%, … as inflation eases".
fn near_fact_word(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    s: usize,
    clause: Span,
    number: Span,
) -> bool {
    let text = ctx.slice(clause);
    let offset = |i: usize| clause.start + i;
    let lead = text
        .get(..number.start.saturating_sub(clause.start))
        .unwrap_or("");
    let mut from = lead
        .rfind([',', ';', '('])
        .map_or(clause.start, |i| offset(i + 1));
    // A relative clause belongs with the name before it: "Okafor, who won
    // 54 percent".
    let relative = ctx.text.get(from..).is_some_and(|r| {
        let w = r.trim_start();
        ["who ", "which ", "whose "]
            .iter()
            .any(|p| w.starts_with(p))
    });
    if relative {
        from = lead
            .get(..from.saturating_sub(clause.start + 1))
            .and_then(|t| t.rfind([',', ';', '(']))
            .map_or(clause.start, |i| offset(i + 1));
    }
    let to = text
        .get(number.end.saturating_sub(clause.start)..)
        .and_then(|t| t.find([',', ';', ')']))
        .map_or(clause.end, |i| number.end + i);
    let stretch = Span::new(from, to.max(from));
    let anchor = fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, s))
        .any(|h| stretch.contains(h.span));
    let cue = fact
        .cues
        .iter()
        .filter(|c| !unit::is_unit_cue(c))
        .flat_map(|c| ctx.phrase_hits(c.id))
        .any(|h| h.sentence == s && stretch.contains(h.span));
    anchor || cue
}

/// Whether the figure is where a change started ("fell to 3% from 3.4%",
/// "rose from 12 to 18"): an earlier value, not the count.
fn earlier_value(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("from"))
}

/// Contradictions in a sentence that the window alone brings into scope
/// (it names none of the fact's anchors itself), when the sentence the
/// window opens with states the count: what follows it ("81 were in
/// Dailekh. Jajarkot has recorded 29 deaths", "after nine hours" of someone
/// else) elaborates on the fact, it does not restate it.
fn without_window_asides(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    found: Vec<(usize, Evidence)>,
) -> Vec<Evidence> {
    if fact.window <= 1 {
        return found.into_iter().map(|(_, e)| e).collect();
    }
    let names_all = |s: usize| {
        fact.about
            .iter()
            .all(|a| !ctx.anchor_hits_in(a, s).is_empty())
    };
    let matched: Vec<usize> = found
        .iter()
        .filter(|(_, e)| e.verdict == Verdict::Match)
        .map(|(s, _)| *s)
        .collect();
    found
        .into_iter()
        .filter(|(s, e)| {
            e.verdict == Verdict::Match
                || names_all(*s)
                || !matched.iter().any(|m| m < s && *m + fact.window > *s)
        })
        .map(|(_, e)| e)
        .collect()
}
