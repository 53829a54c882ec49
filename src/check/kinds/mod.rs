//! One file per fact kind. Each opens with the documentation that
//! `factlint explain` prints ([`doc`]); [`judge_fact`] is the registry: an
//! exhaustive match, so a new kind does not compile until it is judged.

mod count;
mod date;
mod event;
mod forbid;
pub(crate) mod name;
mod place;
mod quote;

use crate::check::compile::{CompiledEntity, CompiledFact, CompiledKind};
use crate::check::context::ArticleCtx;
use crate::check::verdict::Evidence;
use crate::source::Span;

/// The documentation of a kind, by keyword.
pub(crate) fn doc(keyword: &str) -> Option<&'static str> {
    Some(match keyword {
        "count" => count::DOC,
        "date" => date::DOC,
        "place" => place::DOC,
        "event" => event::DOC,
        "quote" => quote::DOC,
        "name" => name::DOC,
        "forbid" => forbid::DOC,
        _ => return None,
    })
}

/// Whether a word is a reporting verb ("said", "told", "reported"): a date
/// or place attached to one is when or where something was said, not when
/// or where the event happened.
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    const REPORTING: &[&str] = &[
        "said",
        "says",
        "told",
        "tells",
        "reported",
        "reports",
        "announced",
        "added",
        "stated",
        "wrote",
        "confirmed",
        "tweeted",
        "posted",
    ];
    REPORTING.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// Words that open sentences anyway, so a capital on them says nothing of
/// a name ("The", "In", "Yesterday", "Meanwhile"), lowercased.
pub(crate) const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "from",
    "to",
    "with",
    "by",
    "as",
    "after",
    "before",
    "when",
    "while",
    "since",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "though",
    "although",
    "because",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "meanwhile",
    "also",
    "however",
    "still",
    "now",
    "then",
    "here",
    "there",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "only",
    "even",
    "why",
    "how",
    "what",
    "who",
    "where",
    "earlier",
    "later",
    "last",
    "next",
    "according",
    "asked",
    "unlike",
    "like",
    "under",
    "over",
    "during",
    "despite",
    "until",
    "once",
    "instead",
    "elsewhere",
    "separately",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "about",
    "nearly",
    "more",
    "less",
    "one",
    "two",
    "three",
    "four",
    "five",
    "photo",
    "credit",
    "update",
    "updated",
    "read",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// The nearest char boundary of `text` at or after `at`: where a window of
/// a few words around a hit may start or end.
pub(crate) fn boundary_after(text: &str, at: usize) -> usize {
    (at..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len())
}

/// The hits of the fact's own words in sentence `s`: its `about` anchors,
/// then its cues.
pub(crate) fn fact_hits<'a>(
    fact: &'a CompiledFact,
    ctx: &'a ArticleCtx,
    s: usize,
) -> impl Iterator<Item = &'a crate::check::context::Hit> + 'a {
    fact.about
        .iter()
        .flat_map(move |a| ctx.anchor_hits_in(a, s))
        .chain(
            fact.cues
                .iter()
                .flat_map(move |c| ctx.phrase_hits(c.id))
                .filter(move |h| h.sentence == s),
        )
}

/// The words of `text` without the punctuation around them ("after,",
/// "(before" → "after", "before"); words joined by a hyphen stay one.
pub(crate) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Whether the words between something told first and an anchor after it
/// hold a connective of time ("after", "following", "before", "since",
/// "until", "ahead of"): what is told first belongs to another event,
/// placed relative to the anchor's ("shares fell on Thursday in Oslo after
/// the ruling"). Shared by `date` and `place`.
pub(crate) fn time_connective_between(between: &str) -> bool {
    const CONNECTIVES: &[&str] = &["after", "following", "before", "since", "until"];
    let mut previous = "";
    words_of(between).any(|w| {
        let ahead_of = previous.eq_ignore_ascii_case("ahead") && w.eq_ignore_ascii_case("of");
        previous = w;
        ahead_of || CONNECTIVES.iter().any(|c| w.eq_ignore_ascii_case(c))
    })
}

/// The text between two spans that do not overlap, in either order.
pub(crate) fn text_between(text: &str, a: Span, b: Span) -> Option<&str> {
    if a.end <= b.start {
        text.get(a.end..b.start)
    } else if b.end <= a.start {
        text.get(b.end..a.start)
    } else {
        None
    }
}

/// All evidence for one fact in the in-scope sentences. `entities` are the
/// fact's story's.
pub(crate) fn judge_fact(
    fact: &CompiledFact,
    entities: &[CompiledEntity],
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    match &fact.kind {
        CompiledKind::Count { expected } => count::judge(fact, *expected, ctx, scope),
        CompiledKind::Date { start, end } => {
            date::judge((fact, entities), (*start, *end), ctx, scope)
        }
        CompiledKind::Place {
            label,
            place,
            among,
        } => place::judge((fact, entities), (label, place), among, ctx, scope),
        CompiledKind::Event { holds, denies } => {
            event::judge((&fact.about, entities), (holds, denies), ctx, scope)
        }
        CompiledKind::Forbid { phrases } => {
            forbid::judge((&fact.about, entities), phrases, ctx, scope)
        }
        CompiledKind::Quote {
            statement,
            statement_text,
            by,
        } => quote::judge(
            &quote::Statement {
                words: statement,
                text: statement_text,
                by: by.as_deref(),
            },
            entities,
            ctx,
            scope,
        ),
        CompiledKind::Name(name) => name::judge(name, entities, ctx, scope),
    }
}
