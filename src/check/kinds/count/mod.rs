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
    without_earlier_stages(ctx, expected, &mut out);
    out.sort_by_key(|e| e.span);
    out
}

/// A figure a rising count had reached before ("Overnight, the death toll
/// rose to 112"), below the count, in an article that states the count
/// elsewhere: an earlier stage of it (live pages keep them), not another
/// figure.
fn without_earlier_stages(ctx: &ArticleCtx, expected: u64, found: &mut Vec<Evidence>) {
    const RISING: &[&str] = &[
        "rose to",
        "risen to",
        "climbed to",
        "increased to",
        "jumped to",
        "grew to",
        "mounted to",
        "reached",
        "had reached",
        "has reached",
    ];
    if !found.iter().any(|e| e.verdict == Verdict::Match) {
        return;
    }
    found.retain(|e| {
        let below = e.found.parse::<u64>().is_ok_and(|v| v < expected);
        let lead = ctx.text.get(..e.span.start).unwrap_or("").trim_end();
        let rising = RISING.iter().any(|r| {
            lead.len() >= r.len()
                && lead
                    .get(lead.len() - r.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(r))
        });
        e.verdict == Verdict::Match || !(below && (rising || stage_by(ctx, e.span)))
    });
}

/// Whether the sentence dates the figure as a stage reached by some time
/// before it: "Turnout by 4 p.m. was 47%", "By the time schools closed on
/// October 13, the district had counted 301 cases", "by Monday".
fn stage_by(ctx: &ArticleCtx, number: Span) -> bool {
    const THEN: &[&str] = &[
        "then",
        "noon",
        "midday",
        "midnight",
        "nightfall",
        "dawn",
        "mid-morning",
        "mid-afternoon",
        "late",
        "early",
        "last",
    ];
    // After "by the": not "killed by the storm".
    const TIMES: &[&str] = &[
        "time",
        "end",
        "close",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "night",
    ];
    let sentence = ctx.sentence_span(ctx.sentence_at(number.start));
    // The framing "by" stands within a sentence's opening stretch of the
    // figure; a window keeps a long sentence cheap.
    let from = crate::check::kinds::boundary_after(
        ctx.text,
        number.start.saturating_sub(240).max(sentence.start),
    );
    let lead = ctx.text.get(from..number.start).unwrap_or("");
    let words: Vec<&str> = crate::check::kinds::words_of(lead).collect();
    let is = |w: Option<&&str>, list: &[&str]| {
        w.is_some_and(|w| list.iter().any(|t| w.eq_ignore_ascii_case(t)))
    };
    (0..words.len()).any(|k| {
        let then = words.get(k + 1);
        is(words.get(k), &["by"])
            && (is(then, THEN)
                || (is(then, &["the"]) && is(words.get(k + 2), TIMES))
                || then.is_some_and(|t| {
                    crate::extract::dates::calendar::weekday_of(t).is_some()
                        || crate::extract::dates::calendar::month_of(t).is_some()
                })
                // A clock time or a day of a month, not an amount ("rose by
                // 3%"): "by 4 p.m.", "by 13 October".
                || (then.is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
                    && words.get(k + 2).is_some_and(|u| {
                        ["p.m", "a.m", "pm", "am", "o'clock", "GMT", "UTC"]
                            .iter()
                            .any(|c| u.eq_ignore_ascii_case(c))
                            || crate::extract::dates::calendar::month_of(u).is_some()
                    })))
    })
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
    // A unit cue ("€", "%") counts only figures in its unit.
    if unit::is_unit_cue(cue) && !unit::unit_kind(n) && !cue_at.overlaps(n.span) {
        return None;
    }
    if !(head || attached(ctx.text, n, cue_at, unit::unit_kind(n))) {
        return None;
    }
    let before = ctx.text.get(clause.start..n.span.start).unwrap_or("");
    let equal = n.value == expected || unit::rounds_to(ctx.slice(n.span), n.value, expected);
    let reading = qualifier::reading(ctx.text, n.span);
    let verdict = qualifier::judge(reading, n.value, expected, equal)?;
    // A figure more than ten times off is another quantity ("97 miners
    // have died in mining emergencies this year", "around 200 strikers" at
    // one protest of thousands), not the count misstated.
    if verdict == Verdict::Contradiction && unit::far_apart(n.value, expected) {
        return None;
    }
    // "three days of mourning": a span of time of something else.
    if label::span_of_other(fact, ctx, s, cue, cue_at) {
        return None;
    }
    // Figures that are something else: asked for, offered and turned down,
    // labelled otherwise, a share of another name, one more or a part.
    // What the fact's own subject asked for is the fact ("The State had
    // asked for 20 years" for a count of the prosecution's demand).
    let asked = label::asking_at(before).is_some_and(|at| {
        let asking = clause.start + at;
        !fact
            .about
            .iter()
            .flat_map(|a| ctx.anchor_hits_in(a, s))
            .any(|h| clause.start <= h.span.start && h.span.end <= asking)
    });
    if asked
        || label::describes_another_name(fact, ctx, s, clause, n.span)
        || label::rejected_offer(fact, ctx, s, clause, n.span)
        || label::more_or_part(fact, ctx, s, clause, n.span)
        || label::remainder(ctx.text, n.span)
        || label::unconfirmed_kind(fact, ctx, s, n.span, cue_at)
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
            || label::labelled_as_other(fact, ctx, s, (clause, n.span), false)
            || label::market_price(ctx, clause, n.span))
    {
        return None;
    }
    // Whatever the cue, a quantity a verb of change ties to the figure is
    // the figure's own: "the bond yield fell 5 basis points".
    if label::labelled_as_other(fact, ctx, s, (clause, n.span), true) {
        return None;
    }
    if verdict == Verdict::Contradiction
        && (label::unasserted(before)
            || clause_of_another_name(fact, ctx, s, clause)
            || label::another_set(ctx.text, n.span, cue_at)
            || label::harmed_subset(fact, ctx, s, clause, n.span)
            || label::earlier_occasion(ctx.text.get(clause.start..n.span.start).unwrap_or(""))
            || last_years_of_another(fact, ctx, s, n.span)
            || earlier_value(before)
            || told_of_another_time(ctx, &fact.about, s, n.span))
    {
        return None;
    }
    Some(verdict)
}

/// Whether the sentence opens on a year gone by (see [`label::last_years`])
/// that is none of the fact's own words (a fact `about "last year"` is about
/// that year).
fn last_years_of_another(fact: &CompiledFact, ctx: &ArticleCtx, s: usize, number: Span) -> bool {
    let sentence = ctx.sentence_span(s);
    let lead = ctx.text.get(sentence.start..number.start).unwrap_or("");
    if !label::last_years(lead) {
        return false;
    }
    let opening = Span::new(sentence.start, (sentence.start + 30).min(number.start));
    !crate::check::kinds::fact_hits(fact, ctx, s).any(|h| {
        let words = ctx.slice(h.span).to_lowercase();
        h.span.overlaps(opening) && (words.contains("year") || words.contains("season"))
    })
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
    // "Fine: 10.5 million zlotys": a label before a colon names the figure.
    let sentence = ctx.sentence_span(s);
    let labelled = from == clause.start
        && ctx
            .text
            .get(sentence.start..clause.start)
            .is_some_and(|t| t.trim_end().trim_end_matches('*').ends_with(':'));
    if labelled {
        from = sentence.start;
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

/// Whether the figure's clause is about another named subject than the
/// fact's: it names none of the fact's anchors, which another clause of the
/// sentence names, and opens on a capitalised name ("Kvaløy won 16 of
/// their 30 league games; Vestkyst lost 14 times").
fn clause_of_another_name(fact: &CompiledFact, ctx: &ArticleCtx, s: usize, clause: Span) -> bool {
    let hits: Vec<Span> = fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, s))
        .map(|h| h.span)
        .collect();
    if hits.is_empty() || hits.iter().any(|h| clause.contains(*h)) {
        return false;
    }
    const CONNECTIVES: &[&str] = &["and", "but", "while", "whereas", "yet", "so", "or"];
    let first = crate::check::kinds::words_of(ctx.slice(clause))
        .find(|w| !CONNECTIVES.iter().any(|c| w.eq_ignore_ascii_case(c)))
        .unwrap_or("");
    const OPENERS: &[&str] = &[
        "The", "A", "An", "It", "He", "She", "They", "We", "This", "That",
    ];
    first.starts_with(char::is_uppercase) && !OPENERS.contains(&first)
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
/// window opens with states the count, or when the sentence names someone
/// before the figure: what follows the count ("81 were in Dailekh.
/// Jajarkot has recorded 29 deaths") elaborates on it, and a named
/// person's figure ("Danmaya Budha was rescued after nine hours") is
/// theirs.
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
    // A sentence the window alone brings in that names someone ("62-year-
    // old Danmaya Budha was rescued after nine hours"): the figure is
    // theirs.
    // A person's name: a run of two or three capitalised words (not the
    // sentence's first), none of them a word of an organisation's name.
    let names_someone = |s: usize, at: Span| {
        const ORGANISATION: &[&str] = &[
            "authority",
            "ministry",
            "agency",
            "office",
            "centre",
            "center",
            "department",
            "council",
            "service",
            "bank",
            "police",
            "army",
            "commission",
            "committee",
            "association",
            "union",
            "university",
            "hospital",
            "company",
            "group",
            "news",
            "press",
            "institute",
            "board",
            "court",
            "management",
            "national",
            "federal",
            "state",
        ];
        let sentence = ctx.sentence_span(s);
        let before = ctx.text.get(sentence.start..at.start).unwrap_or("");
        let mut run: Vec<&str> = Vec::new();
        let mut person = false;
        let mut close = |run: &mut Vec<&str>| {
            let org = run.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                ORGANISATION.iter().any(|o| w.eq_ignore_ascii_case(o))
            });
            person |= (2..=3).contains(&run.len()) && !org;
            run.clear();
        };
        for w in before.split_whitespace().skip(1) {
            if w.starts_with(char::is_uppercase) {
                run.push(w);
                if w.ends_with([',', '.', ';', ':', ')']) {
                    close(&mut run);
                }
            } else {
                close(&mut run);
            }
        }
        close(&mut run);
        person
    };
    found
        .into_iter()
        .filter(|(s, e)| {
            e.verdict == Verdict::Match
                || names_all(*s)
                || !(names_someone(*s, e.span)
                    || matched.iter().any(|m| m < s && *m + fact.window > *s))
        })
        .map(|(_, e)| e)
        .collect()
}
