#![doc = include_str!("place.md")]

use crate::check::compile::{CompiledAnchor, CompiledEntity, CompiledFact};
use crate::check::context::ArticleCtx;
use crate::check::kinds::{is_reporting_verb, text_between, time_connective_between, words_of};
use crate::check::occasion::{other_occurrence, told_of_another_time};
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;
use crate::source::Span;

pub(crate) const DOC: &str = include_str!("place.md");

pub(crate) fn judge(
    (fact, entities): (&CompiledFact, &[CompiledEntity]),
    (place_label, place): (&str, &CompiledAnchor),
    among: &[CompiledAnchor],
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    let mut out = Vec::new();
    for &s in scope {
        let in_cue_clause = |span: Span| {
            fact.cues.is_empty()
                || fact
                    .cues
                    .iter()
                    .flat_map(|c| ctx.phrase_hits(c.id))
                    .any(|h| h.sentence == s && ctx.clause_of(s, h.span).contains(span))
        };
        let mut named = ctx
            .anchor_hits_in(place, s)
            .iter()
            .filter(|h| in_cue_clause(h.span))
            .peekable();
        if named.peek().is_some() {
            out.extend(named.map(|h| Evidence {
                verdict: Verdict::Match,
                span: h.span,
                found: ctx.slice(h.span).to_string(),
                expected: place_label.to_string(),
                note: None,
            }));
            continue;
        }
        // The nearest locative `among` place to an about anchor (the
        // anchors' spans are gathered only once there is a candidate).
        let mut anchors: Option<Vec<Span>> = None;
        let mut best: Option<(usize, Span)> = None;
        for other in among {
            for h in ctx.anchor_hits_in(other, s) {
                if !in_cue_clause(h.span)
                    || !locative(ctx.text, h.span)
                    || based_of_another(fact, ctx, s, h.span)
                {
                    continue;
                }
                let anchors = anchors.get_or_insert_with(|| {
                    fact.about
                        .iter()
                        .flat_map(|a| ctx.anchor_hits_in(a, s))
                        .map(|h| h.span)
                        .collect()
                });
                // "Before the summit, the prime minister met her
                // counterpart in Rome"; "The summit, first proposed in
                // Brussels, …": a comma between every anchor and the place
                // puts the place in another phrase.
                let related = |a: &&Span| {
                    (same_phrase(ctx.text, **a, h.span) || relative_on(ctx.text, **a, h.span))
                        && !placed_elsewhere(ctx.text, **a, h.span)
                };
                if !anchors.is_empty() && !anchors.iter().any(|a| related(&a)) {
                    continue;
                }
                let distance = anchors
                    .iter()
                    .filter(related)
                    .map(|a| gap(*a, h.span))
                    .min()
                    .unwrap_or(0);
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, h.span));
                }
            }
        }
        // A place of another time the sentence sets first ("In November
        // 2023, a quake centred in Jajarkot killed 153").
        let best = best.filter(|(_, span)| {
            !told_of_another_time(ctx, &fact.about, s, *span)
                && !of_another_occurrence(fact, entities, ctx, s, *span)
        });
        if let Some((_, span)) = best {
            out.push(Evidence {
                verdict: Verdict::Contradiction,
                span,
                found: ctx.slice(span).to_string(),
                expected: place_label.to_string(),
                note: None,
            });
        }
    }
    out
}

/// Whether the `about` anchor nearest before the place is marked as another
/// occurrence ("Earlier rounds of talks took place in Lisbon", "Smaller
/// protests were planned in Porto").
fn of_another_occurrence(
    fact: &CompiledFact,
    entities: &[CompiledEntity],
    ctx: &ArticleCtx,
    s: usize,
    place: Span,
) -> bool {
    let anchors = || fact.about.iter().flat_map(|a| ctx.anchor_hits_in(a, s));
    let Some(nearest) = anchors()
        .filter(|h| h.span.end <= place.start)
        .max_by_key(|h| h.span.end)
    else {
        return false;
    };
    let own = |w: Span| {
        anchors().any(|h| h.span.overlaps(w))
            || entities.iter().any(|e| {
                ctx.anchor_hits_in(&e.anchor, s)
                    .iter()
                    .any(|h| h.span.overlaps(w))
            })
    };
    other_occurrence(ctx, nearest.span, own, |_| true)
}

/// Whether no comma separates two spans of a sentence.
fn same_phrase(text: &str, a: Span, b: Span) -> bool {
    !text_between(text, a, b).unwrap_or("").contains(',')
}

/// Whether the place is in a relative clause on the anchor, set off by one
/// comma: "Nordvik, which is headquartered in Oslo", "Kim, who was in
/// Hanoi".
fn relative_on(text: &str, anchor: Span, place: Span) -> bool {
    let Some(between) = text.get(anchor.end..place.start) else {
        return false;
    };
    let Some(rest) = between.strip_prefix(", ") else {
        return false;
    };
    ["which ", "who ", "whose "]
        .iter()
        .any(|p| rest.starts_with(p))
        && !rest.contains(',')
}

/// Whether the place belongs to something else than the anchor: told
/// before it, the place of another event placed relative to the anchor's
/// ("shares fell in Oslo after a Polish court fined the company", "rallying
/// supporters in Košany ahead of the vote"); told after it, a place someone
/// comes or speaks from ("will follow the hearing from the company's
/// headquarters in Bergen").
fn placed_elsewhere(text: &str, anchor: Span, place: Span) -> bool {
    let Some(between) = text_between(text, anchor, place) else {
        return false;
    };
    if place.end <= anchor.start {
        time_connective_between(between)
    } else {
        words_of(between).any(|w| w.eq_ignore_ascii_case("from"))
    }
}

fn gap(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The "-based" or "-headquartered" that makes the place before it a base
/// ("Stockholm-based"), if `after` (the text after the place) opens with one.
fn based_marker(after: &str) -> Option<&'static str> {
    ["-based", "-headquartered", "\u{2011}based"]
        .into_iter()
        .find(|m| after.starts_with(m))
}

/// Whether a "<place>-based" place describes a noun that is none of the
/// fact's anchors: "Utrecht-based internet provider Noordnet" (another
/// company), "a data centre run by the Rotterdam-based firm" (the firm, not
/// the data centre). "Stockholm-based Nordvik" is Nordvik's.
fn based_of_another(fact: &CompiledFact, ctx: &ArticleCtx, s: usize, place: Span) -> bool {
    let after = ctx.text.get(place.end..).unwrap_or("");
    let Some(marker) = based_marker(after) else {
        return false;
    };
    let start = place.end + marker.len();
    let sentence = ctx.sentence_span(s);
    let to = crate::check::kinds::boundary_after(ctx.text, (start + 120).min(sentence.end));
    let rest = ctx.text.get(start..to).unwrap_or("");
    // The noun phrase it describes: up to punctuation, at most five words.
    let punctuation = rest
        .find([',', '.', ';', ':', '(', ')'])
        .unwrap_or(rest.len());
    let sixth_space = rest
        .char_indices()
        .filter(|&(i, c)| c == ' ' && i > 0)
        .nth(5)
        .map_or(rest.len(), |(i, _)| i);
    let described = Span::new(start, start + punctuation.min(sixth_space));
    !fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, s))
        .any(|h| described.contains(h.span))
}

/// Whether a place name is used as a location: preceded by a locative
/// preposition, and not the first word of a longer proper name or a
/// possessive.
fn locative(text: &str, place: Span) -> bool {
    const BEFORE: &[&str] = &[
        "in",
        "at",
        "to",
        "near",
        "outside",
        "inside",
        "city of",
        "town of",
        "held in",
        "hosted by",
        "hosts",
        "visit",
        "visiting",
        "visited",
    ];
    let after = text.get(place.end..).unwrap_or("");
    // "officials in Caster said": where the speakers are, not the event.
    let next_word = after
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next());
    if next_word.is_some_and(is_reporting_verb) {
        return false;
    }
    // "Stockholm-based Nordvik", "the Bergen-headquartered company".
    if based_marker(after).is_some() {
        return true;
    }
    let mut rest = after.chars();
    match rest.next() {
        // "Seoul's", "Seoul’s": a possessive is not a location.
        Some('\'' | '’') => return false,
        // "Seoul National University": the first word of a longer name.
        Some(' ') if rest.next().is_some_and(|c| c.is_uppercase()) => return false,
        _ => {}
    }
    let before = text.get(..place.start).unwrap_or("").trim_end();
    let mut words = before.rsplit(char::is_whitespace);
    let last = words.next().unwrap_or("");
    let second_last = words.next();
    // "taken to the hospital in Ubaté", "flown to a hospital in Surkhet":
    // where an institution of the place is, not where the event was.
    const INSTITUTIONS: &[&str] = &[
        "hospital",
        "hospitals",
        "clinic",
        "morgue",
        "school",
        "church",
        "mosque",
        "temple",
        "university",
        "airport",
        "hotel",
        "prison",
        "jail",
        "embassy",
        "consulate",
    ];
    if last.eq_ignore_ascii_case("in")
        && second_last.is_some_and(|w| INSTITUTIONS.iter().any(|i| w.eq_ignore_ascii_case(i)))
    {
        return false;
    }
    // Not "from": "the suggestion from Seoul" is the government speaking.
    BEFORE.iter().any(|p| match p.split_once(' ') {
        None => p.eq_ignore_ascii_case(last),
        Some((a, b)) => {
            second_last.is_some_and(|w| a.eq_ignore_ascii_case(w)) && b.eq_ignore_ascii_case(last)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, word: &str) -> Span {
        let i = text.find(word).unwrap();
        Span::new(i, i + word.len())
    }

    #[test]
    fn locative_places() {
        let t = "The summit in Busan opens.";
        assert!(locative(t, at(t, "Busan")));
        let t = "held in the southeastern city of Busan.";
        assert!(locative(t, at(t, "Busan")));
        let t = "The suggestion from Seoul that the summit";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "Seoul said on Friday";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "at Seoul National University";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "in Seoul’s view";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "officials in Seoul said on Friday";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "police in Seoul told reporters";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "held in Seoul, officials said";
        assert!(locative(t, at(t, "Seoul")));
        let t = "IN Seoul, and In Busan";
        assert!(locative(t, at(t, "Seoul")));
        assert!(locative(t, at(t, "Busan")));
        let t = "talks in the City Of Busan";
        assert!(locative(t, at(t, "Busan")));
        let t = "Seoul";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "the inn Seoul";
        assert!(!locative(t, at(t, "Seoul")));
        let t = "Stockholm-based Nordvik";
        assert!(locative(t, at(t, "Stockholm")));
        let t = "taken to the hospital in Ubaté";
        assert!(!locative(t, at(t, "Ubaté")));
    }
}
