//! What else a figure may be: an amount labelled as something other than
//! the fact ("7.6 million zlotys in compensation", "a closing price of
//! $46.26", "its 2% target"), an amount asked for or offered and turned
//! down, a share of another name, a part ("in Dailekh alone"), one more of
//! a kind ("another 11,300 houses"), or a figure only hoped or forecast.
//! None of these is the fact's count, so none contradicts it.

use crate::check::compile::CompiledFact;
use crate::check::context::ArticleCtx;
use crate::check::kinds::words_of;
use crate::source::Span;

/// Whether an amount is labelled as something other than an `about` anchor
/// by "in" right after it: "7.6 million zlotys in compensation" is
/// compensation, not the fine ("10.5 million zlotys in fines" would be).
/// `end` is where the number and its cue end.
pub(super) fn amount_of_another(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    end: usize,
) -> bool {
    const LABELS: &[&str] = &[
        "compensation",
        "damages",
        "costs",
        "fees",
        "aid",
        "funding",
        "bonuses",
        "salary",
        "wages",
        "revenue",
        "profit",
        "losses",
        "sales",
        "investment",
        "loans",
        "debt",
        "assets",
        "spending",
        "savings",
        "donations",
        "grants",
        "subsidies",
        "taxes",
        "interest",
        "fines",
        "penalties",
    ];
    let after = ctx.text.get(end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // "18 million zlotys in fines and compensation": a sum of two things.
    let mut next = words_of(rest).skip(1);
    if next.next().is_some_and(|w| w.eq_ignore_ascii_case("and"))
        && next
            .next()
            .is_some_and(|w| LABELS.iter().any(|l| w.eq_ignore_ascii_case(l)))
    {
        return true;
    }
    if !LABELS.iter().any(|l| word.eq_ignore_ascii_case(l)) {
        return false;
    }
    let start = end + " in ".len();
    let label = Span::new(start, start + word.len());
    !fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, sentence))
        .any(|h| h.span.overlaps(label))
}

/// Whether the words of the clause before a number ask for it rather than
/// state it: "prosecutors had sought 15 million zlotys", "had asked the
/// court for a fine of 15 million zlotys", "the union demanded a 12 percent
/// raise". (Not "proposed": "his proposed 100 per
/// cent tariffs" may be the very figure the fact is about.)
/// Where in `before` (a clause up to a number) the number is asked for
/// rather than stated, as the byte offset of the asking word: "prosecutors
/// had sought 15 million zlotys", "had asked the court for a fine of 15
/// million zlotys", "the union demanded a 12 percent raise". (Not
/// "proposed": "his proposed 100 per cent tariffs" may be the very figure
/// the fact is about.)
pub(super) fn asking_at(before: &str) -> Option<usize> {
    const ASKING: &[&str] = &[
        "sought",
        "seek",
        "seeks",
        "seeking",
        "requested",
        "request",
        "requests",
        "requesting",
        "demanded",
        "demanding",
    ];
    const ASKED: &[&str] = &["asked", "asks", "asking"];
    let is = |w: &str, list: &[&str]| list.iter().any(|a| w.eq_ignore_ascii_case(a));
    let mut asked_at = None;
    let mut offset = 0;
    for piece in before.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is(word, ASKING) {
            return Some(offset);
        }
        // "had asked the court for a fine of 15 million zlotys".
        if is(word, ASKED) && asked_at.is_none() {
            asked_at = Some(offset);
        } else if word.eq_ignore_ascii_case("for") && asked_at.is_some() {
            return asked_at;
        }
        offset += piece.len();
    }
    None
}

/// Whether the number sits in a relative clause (", who …", ", which …")
/// whose antecedent is not one of the fact's `about` anchors: in "Okafor
/// defeated Lindqvist, who took 31 percent", 31 percent is Lindqvist's
/// share, not Okafor's; in "Okafor, who won 54 percent, …" it is hers.
pub(super) fn describes_another_name(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    clause: Span,
    number: Span,
) -> bool {
    let before = ctx.text.get(clause.start..number.start).unwrap_or("");
    let Some(at) = [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|p| before.rfind(p))
        .max()
    else {
        return false;
    };
    // The number must be inside that relative clause (no comma since).
    if before.get(at + 1..).is_some_and(|r| r.contains(',')) {
        return false;
    }
    let comma = clause.start + at;
    !fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, sentence))
        .any(|h| h.span.end == comma)
}

/// Whether a span lies inside a hit of one of the fact's `about` anchors or
/// cues in the sentence: a word of the fact's own.
fn fact_word(fact: &CompiledFact, ctx: &ArticleCtx, sentence: usize, word: Span) -> bool {
    crate::check::kinds::fact_hits(fact, ctx, sentence).any(|h| h.span.overlaps(word))
}

/// Nouns that name a quantity of their own: a figure they label ("a
/// closing price of $46.26", "the enterprise value is closer to $8.3
/// billion", "its 2% target", "a bond yield that fell 5 basis points") is
/// that quantity, unless the noun is one of the fact's own words.
const QUANTITY_NOUNS: &[&str] = &[
    "price",
    "prices",
    "value",
    "valuation",
    "rate",
    "rates",
    "target",
    "targets",
    "yield",
    "yields",
    "cost",
    "costs",
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "loss",
    "losses",
    "salary",
    "wage",
    "wages",
    "budget",
    "deficit",
    "surplus",
    "debt",
    "estimate",
    "forecast",
    "forecasts",
    "average",
    "total",
    "sum",
    "level",
    "peak",
    "record",
    "ceiling",
    "floor",
    "threshold",
    "limit",
    "capacity",
    "score",
    "margin",
    "share",
    "stake",
    "premium",
    "discount",
    "offer",
    "bid",
    "fine",
    "fee",
    "fees",
    "tax",
    "taxes",
    "bill",
    "income",
    "earnings",
    "turnover",
    "growth",
    "inflation",
    "unemployment",
    "population",
    "age",
];

/// Words that tie a labelling noun to the figure after it ("price of",
/// "value is", "yield fell", "rate to").
const LABEL_LINKS: &[&str] = &[
    "of", "at", "to", "is", "was", "were", "are", "be", "been", "stood", "stands", "rose", "fell",
    "dropped", "climbed", "jumped", "slipped", "eased", "reached", "hit", "by", "from", "closer",
    "close", "about", "around", "nearly", "almost", "roughly", "some", "now",
];

/// Verbs of change that tie a quantity noun to a figure of its own ("the
/// bond yield fell 5 basis points").
const CHANGE_LINKS: &[&str] = &[
    "rose", "fell", "dropped", "climbed", "jumped", "slipped", "eased", "gained", "lost", "added",
    "shed", "is", "was", "were", "stood", "stands",
];

/// Whether the figure at `number` is labelled by a quantity noun that is
/// not one of the fact's words: the noun before it, joined by at most three
/// linking words ("closing price of", "value is closer to"), or the noun
/// right after it and its unit words ("a 2% target", "a $4.1 billion
/// valuation", "$1.1 billion of cash"). With `verbs_only`, only a noun a
/// verb of change ties to it counts ("the yield fell 5 basis points").
pub(super) fn labelled_as_other(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    (clause, number): (Span, Span),
    verbs_only: bool,
) -> bool {
    let money = ctx.slice(number).contains(['$', '€', '£', '¥'])
        || ctx
            .text
            .get(number.end..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                ["dollars", "euros", "pounds", "zlotys", "yen", "francs"]
                    .iter()
                    .any(|c| {
                        w.trim_matches(|c: char| !c.is_alphabetic())
                            .eq_ignore_ascii_case(c)
                    })
            });
    const UNIT_WORDS: &[&str] = &[
        "per", "cent", "percent", "million", "billion", "trillion", "thousand", "dollars",
        "dollar", "euros", "euro", "pounds", "points", "point", "basis", "a", "share",
    ];
    let is_noun = |w: &str| QUANTITY_NOUNS.iter().any(|q| w.eq_ignore_ascii_case(q));
    let other = |w: Span| !fact_word(fact, ctx, sentence, w);
    // Before: NOUN (link){1,3} FIGURE, within the clause.
    let before = Span::new(clause.start.min(number.start), number.start);
    let words: Vec<Span> = word_spans(ctx.text, before);
    let links = words
        .iter()
        .rev()
        .take_while(|w| {
            let t = ctx.slice(**w);
            LABEL_LINKS.iter().any(|l| t.eq_ignore_ascii_case(l))
        })
        .count();
    let by_verb = words.iter().rev().take(links).any(|w| {
        CHANGE_LINKS
            .iter()
            .any(|l| ctx.slice(*w).eq_ignore_ascii_case(l))
    });
    let labelled_before = (1..=3).contains(&links)
        && (by_verb || !verbs_only)
        && words
            .len()
            .checked_sub(links + 1)
            .and_then(|i| words.get(i))
            .is_some_and(|&w| is_noun(ctx.slice(w)) && other(w));
    if verbs_only {
        return labelled_before;
    }
    // After: FIGURE (unit words) NOUN.
    let after = Span::new(number.end, clause.end.max(number.end));
    let mut next = word_spans(ctx.text, after)
        .into_iter()
        .take(6)
        .skip_while(|w| {
            let t = ctx.slice(*w);
            UNIT_WORDS.iter().any(|u| t.eq_ignore_ascii_case(u))
        });
    let unbroken = |w: Span| {
        !ctx.text
            .get(number.end..w.start)
            .unwrap_or("")
            .contains([',', ';', ':', '(', ')'])
    };
    let labelled_after = match next.next() {
        // "$1.1 billion of cash": an amount of something. (Not a share:
        // "54 percent of the vote" is the share.)
        Some(of) if ctx.slice(of).eq_ignore_ascii_case("of") && money => next
            .find(|w| !["the", "a", "an", "its", "their"].contains(&ctx.slice(*w)))
            .is_some_and(|w| unbroken(w) && other(w)),
        Some(w) => unbroken(w) && is_noun(ctx.slice(w)) && other(w),
        None => false,
    };
    labelled_before || labelled_after
}

/// Whether the figure is a market price: after "to" or "at" in a clause
/// about shares or trading ("Corvane shares jumped 41% to $65.20",
/// "closed Monday at $65.40", "in premarket trading at $65.30").
pub(super) fn market_price(ctx: &ArticleCtx, clause: Span, number: Span) -> bool {
    const MARKET: &[&str] = &[
        "shares", "stock", "stocks", "trading", "traded", "trades", "closed", "opened",
    ];
    let before = ctx.text.get(clause.start..number.start).unwrap_or("");
    let last = words_of(before).last().unwrap_or("");
    (last.eq_ignore_ascii_case("to") || last.eq_ignore_ascii_case("at"))
        && words_of(before).any(|w| MARKET.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Whether the figure is the amount of an offer that was turned down: an
/// offer noun right around it ("a 25 million euro offer", "a €25m bid",
/// "a $52-a-share approach", "approach at $52 a share") in a clause that
/// turns it down ("rejected", "turned down", "rebuffed"), unless the offer
/// is the fact's own word (a fact about the rejected offer).
pub(super) fn rejected_offer(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    clause: Span,
    number: Span,
) -> bool {
    const OFFERS: &[&str] = &[
        "offer",
        "offers",
        "bid",
        "bids",
        "approach",
        "approaches",
        "proposal",
        "proposals",
    ];
    const REFUSALS: &[&str] = &[
        "rejected",
        "rejects",
        "reject",
        "rebuffed",
        "spurned",
        "refused",
        "declined",
        "dismissed",
        "snubbed",
    ];
    let words = word_spans(ctx.text, clause);
    let Some(at) = words.iter().position(|w| w.start >= number.end) else {
        return false;
    };
    let near = words
        .get(at.saturating_sub(6)..(at + 4).min(words.len()))
        .unwrap_or_default();
    let offer = near.iter().find(|w| {
        let t = ctx.slice(**w);
        OFFERS.iter().any(|o| t.eq_ignore_ascii_case(o))
    });
    let Some(&offer) = offer else { return false };
    let text = ctx.slice(clause).to_lowercase();
    let refused = words_of(&text).any(|w| REFUSALS.contains(&w)) || text.contains("turned down");
    refused && !fact_word(fact, ctx, sentence, offer)
}

/// Whether the figure is one more of a kind ("another 11,300 houses", "an
/// additional 200"), or a part singled out ("2,870 houses
/// in Dailekh alone"): not the whole the fact counts. An amount the fact's
/// own words label ("another €4m in add-ons") is the fact's.
pub(super) fn more_or_part(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    clause: Span,
    number: Span,
) -> bool {
    let before = ctx.text.get(clause.start..number.start).unwrap_or("");
    let tail: Vec<&str> = words_of(before).collect();
    let last = |k: usize| tail.len().checked_sub(k).and_then(|i| tail.get(i)).copied();
    let eq = |w: Option<&str>, x: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(x));
    // Not "a further": "fined it a further 10.5 million zlotys" adds the
    // fine to what came before; the figure is still the fine's.
    let more = eq(last(1), "another")
        || (eq(last(1), "additional") && (eq(last(2), "an") || eq(last(2), "another")));
    let after = ctx.text.get(number.end..clause.end).unwrap_or("");
    let stretch = after.split([',', ';', ':']).next().unwrap_or("");
    let alone = words_of(stretch).any(|w| w.eq_ignore_ascii_case("alone"));
    // "a further €4m in add-ons": labelled by an `about` anchor after "in".
    let labelled_own = stretch.find(" in ").is_some_and(|i| {
        let at = number.end + i + " in ".len();
        fact.about
            .iter()
            .flat_map(|a| ctx.anchor_hits_in(a, sentence))
            .any(|h| h.span.start == at)
    });
    (more && !labelled_own) || alone
}

/// Whether the figure is what remains, not what was: "scored 12 minutes
/// from time", "two laps before the end", "with 10 minutes left", "with
/// three games to play". The end-marking words ("from time", "before the
/// end") tell it alone; "left", "remaining" and "to go" only after "with",
/// since "12 workers left" tells who went.
pub(super) fn remainder(text: &str, number: Span) -> bool {
    const TO_THE_END: &[&[&str]] = &[
        &["from", "time"],
        &["from", "full", "time"],
        &["from", "the", "end"],
        &["from", "the", "final", "whistle"],
        &["before", "the", "end"],
        &["before", "full", "time"],
        &["before", "the", "final", "whistle"],
    ];
    const LEFT: &[&[&str]] = &[&["left"], &["remaining"], &["to", "go"], &["to", "play"]];
    let after = text.get(number.end..).unwrap_or("");
    let stretch = after.split([',', ';', ':', '.', '(']).next().unwrap_or("");
    let words: Vec<String> = stretch
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    // The unit ("minutes", "more laps") comes first.
    let from = |k: usize, phrases: &[&[&str]]| {
        phrases.iter().any(|p| {
            words
                .get(k..k + p.len())
                .is_some_and(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b))
        })
    };
    // Read back from the figure, a few words at most (the text before it
    // may be megabytes).
    let with = text
        .get(..number.start)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take(4)
        .find(|w| !["just", "only", "barely", "still"].contains(&w.to_lowercase().as_str()))
        .is_some_and(|w| w.eq_ignore_ascii_case("with"));
    (1..=2).any(|k| from(k, TO_THE_END) || (with && from(k, LEFT)))
}

/// Whether the figure counts a kind the fact does not: a word that leaves
/// it unconfirmed stands between the figure and its cue ("3,412 suspected
/// cholera cases" for a count of confirmed cases, "12 possible victims"),
/// right after the cue ("cases of suspected cholera") or, for a figure
/// after its cue, right before it ("suspected cases rose to 3,412"). A word
/// of the fact's own (`cue "suspected"`) keeps the figure the fact's.
pub(super) fn unconfirmed_kind(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    number: Span,
    cue_at: Span,
) -> bool {
    const HEDGES: &[&str] = &[
        "suspected",
        "probable",
        "possible",
        "presumed",
        "presumptive",
        "unconfirmed",
        "untested",
        "potential",
        "alleged",
    ];
    let hedge = |w: &Span| {
        HEDGES.iter().any(|h| ctx.slice(*w).eq_ignore_ascii_case(h))
            && !fact_word(fact, ctx, sentence, *w)
    };
    let words = |from: usize, to: usize| word_spans(ctx.text, Span::new(from, to.max(from)));
    // A few words either side of the cue are all it reads.
    let sentence_span = ctx.sentence_span(sentence);
    let near_before = crate::check::kinds::boundary_after(
        ctx.text,
        cue_at.start.saturating_sub(80).max(sentence_span.start),
    );
    let near_after =
        crate::check::kinds::boundary_after(ctx.text, (cue_at.end + 80).min(sentence_span.end));
    // "cases of suspected cholera"
    let after_cue = ctx.text.get(cue_at.end..).unwrap_or("");
    let of_hedge =
        after_cue.starts_with(" of ") && words(cue_at.end, near_after).get(1).is_some_and(hedge);
    if number.end <= cue_at.start {
        let between = words(number.end, cue_at.start);
        (between.len() <= 4 && between.iter().any(hedge)) || of_hedge
    } else {
        let lead = words(near_before, cue_at.start);
        lead.iter().rev().take(2).any(hedge) || of_hedge
    }
}

/// Whether a cue that is a unit of time is a span of something else: "three
/// days of mourning" for a count of days underground, "two weeks of talks".
/// The fact's own words after "of" keep it the fact's ("three days of
/// national mourning" for a fact about mourning).
pub(super) fn span_of_other(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    cue: &crate::check::compile::CompiledPhrase,
    cue_at: Span,
) -> bool {
    const TIME_UNITS: &[&str] = &[
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
        "night", "nights", "minute", "minutes",
    ];
    if !TIME_UNITS
        .iter()
        .any(|u| cue.text.trim().eq_ignore_ascii_case(u))
    {
        return false;
    }
    let after = ctx.text.get(cue_at.end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(" of ") else {
        return false;
    };
    let start = cue_at.end + " of ".len();
    let words = word_spans(
        ctx.text,
        Span::new(start, (start + rest.len()).min(start + 60)),
    );
    // The noun phrase after "of", up to a preposition or punctuation.
    let phrase: Vec<Span> = words
        .into_iter()
        .take_while(|w| {
            let gap = ctx.text.get(start..w.start).unwrap_or("");
            !gap.contains([',', '.', ';', ':'])
        })
        .take(3)
        .collect();
    !phrase.is_empty() && !phrase.iter().any(|w| fact_word(fact, ctx, sentence, *w))
}

/// Whether words between the figure and its noun cue mark another set of
/// the same kind: "five other villages", "Navalcerro and five smaller
/// villages", "the remaining 11 miners", "three more strikes".
pub(super) fn another_set(text: &str, number: Span, cue: Span) -> bool {
    const MARKERS: &[&str] = &[
        "other",
        "smaller",
        "larger",
        "remaining",
        "more",
        "further",
        "additional",
        "neighbouring",
        "neighboring",
        "nearby",
        "separate",
    ];
    let Some(gap) = text.get(number.end..cue.start) else {
        return false;
    };
    words_of(gap).any(|w| MARKERS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Whether the figure counts those harmed among the fact's whole: a word of
/// death, injury or rescue in its clause (or the clause a colon opens it
/// with) that is none of the fact's words ("Eight passengers and a flight
/// attendant were among the dead" for a count of passengers; "nine people
/// were killed: eight passengers and a flight attendant").
pub(super) fn harmed_subset(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    clause: Span,
    number: Span,
) -> bool {
    const FATES: &[&str] = &[
        "dead",
        "died",
        "killed",
        "victims",
        "injured",
        "hurt",
        "wounded",
        "missing",
        "bodies",
        "hospital",
        "hospitalised",
        "hospitalized",
        "survived",
        "survivors",
        "rescued",
    ];
    let span = ctx.sentence_span(sentence);
    let before = ctx.text.get(span.start..clause.start).unwrap_or("");
    // The clause before a colon frames this one.
    let from = if before.trim_end().ends_with(':') {
        before
            .trim_end()
            .trim_end_matches(':')
            .rfind([';', ':'])
            .map_or(span.start, |i| span.start + i + 1)
    } else {
        clause.start
    };
    let fate = |w: &Span| {
        let t = ctx.slice(*w);
        FATES.iter().any(|f| t.eq_ignore_ascii_case(f)) && !fact_word(fact, ctx, sentence, *w)
    };
    // In the frame before a colon, or after the figure with no other figure
    // between (the fate is this figure's group's, not the next one's).
    let framed = from < clause.start
        && word_spans(ctx.text, Span::new(from, clause.start))
            .iter()
            .any(fate);
    let after = word_spans(ctx.text, Span::new(number.end, clause.end.max(number.end)));
    let mut own_group = true;
    let later = after.iter().any(|w| {
        if ctx.slice(*w).starts_with(|c: char| c.is_ascii_digit()) {
            own_group = false;
        }
        own_group && fate(w)
    });
    framed || later
}

/// Whether the clause opens on an earlier occasion: "Earlier in the dispute
/// it rejected offers of 2 per cent", "Previously, …", "In the past, …".
pub(super) fn earlier_occasion(lead: &str) -> bool {
    let mut words = words_of(lead);
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    ["earlier", "previously", "formerly"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        || (first.eq_ignore_ascii_case("in") && second.eq_ignore_ascii_case("the") && {
            let third = words.next().unwrap_or("");
            third.eq_ignore_ascii_case("past")
        })
}

/// Whether the sentence opens on a year gone by, which frames all it says:
/// "Last year's outbreak, between January and May, … killed 57", "In last
/// year's outbreak … 31 people died", "Last season, …", "A year earlier,
/// …". `lead` is the sentence up to the figure.
pub(super) fn last_years(lead: &str) -> bool {
    let words: Vec<String> = words_of(lead)
        .take(4)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let from = usize::from(
        words
            .first()
            .is_some_and(|w| ["in", "during", "at", "by", "for"].contains(&w.as_str())),
    );
    let at = |k: usize| words.get(from + k).map_or("", String::as_str);
    let last = at(0) == "last" && ["year", "year's", "season", "season's"].contains(&at(1));
    let ago = at(0) == "a" && at(1) == "year" && ["earlier", "ago", "before"].contains(&at(2));
    let previous = ["the", "a"].contains(&at(0))
        && ["previous", "prior"].contains(&at(1))
        && ["year", "year's", "season", "season's"].contains(&at(2));
    last || ago || previous
}

/// Whether the clause before the figure makes it hypothetical or forecast
/// rather than stated: "could be bolder and go for a 50 basis point cut",
/// "if the toll reaches 200", "expects two more reductions next year".
pub(super) fn unasserted(before: &str) -> bool {
    const NOT_STATED: &[&str] = &[
        "if",
        "whether",
        "unless",
        "could",
        "might",
        "would",
        "should",
        "may",
        "expect",
        "expects",
        "expected",
        "forecast",
        "forecasts",
        "forecasting",
        "predict",
        "predicts",
        "predicted",
        "projected",
        "projects",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "plans",
        "aims",
        "aiming",
        "wants",
        "wanted",
        // Polls estimate: "Final opinion polls had put it on 25%".
        "poll",
        "polls",
        "polling",
        "survey",
        "surveys",
    ];
    // Only in the figure's own stretch: "If the FTC blocks it, Nordvik must
    // pay $470 million" states the fee; "expects a cut today, after
    // inflation fell to 2%" states the inflation.
    let stretch = before.rsplit([',', ';']).next().unwrap_or(before);
    // "May" capitalised is the month.
    words_of(stretch).any(|w| {
        NOT_STATED
            .iter()
            .any(|n| w == *n || (w != "May" && w.eq_ignore_ascii_case(n)))
    })
}

/// The spans of the words in `span` (letters, digits, apostrophes, hyphens).
fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let Some(s) = text.get(span.range()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inside = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                out.push(Span::new(span.start + b, span.start + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push(Span::new(span.start + b, span.end));
    }
    out
}
