//! One file per fact kind. Each opens with the documentation that
//! `factlint explain` prints ([`doc`]); [`judge_fact`] is the registry: an
//! exhaustive match, so a new kind does not compile until it is judged.

mod count;
mod date;
mod event;
mod forbid;
mod name;
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
        CompiledKind::Date { start, end } => date::judge(fact, (*start, *end), ctx, scope),
        CompiledKind::Place {
            label,
            place,
            among,
        } => place::judge(fact, (label, place), among, ctx, scope),
        CompiledKind::Event { holds, denies } => {
            event::judge(&fact.about, (holds, denies), ctx, scope)
        }
        CompiledKind::Forbid { phrases } => forbid::judge(&fact.about, phrases, ctx, scope),
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
        CompiledKind::Name {
            entity,
            names,
            phrases,
        } => name::judge(
            &name::Name {
                entity,
                names,
                phrases,
            },
            entities,
            ctx,
            scope,
        ),
    }
}
