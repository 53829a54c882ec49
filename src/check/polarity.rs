//! Polarity of a phrase in its clause, shared by `event` and `forbid`:
//! negated or not, and whether the clause asserts anything at all.

use crate::check::context::ArticleCtx;
use crate::source::Span;

/// How a phrase is used where it occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Polarity {
    Affirmed,
    Negated,
    /// A question, a condition or a possibility: "if North Korea accepts",
    /// "Will Pyongyang answer?", "North Korea may reject it". Not evidence
    /// either way.
    Unasserted,
}

/// Words that, earlier in the clause, make it hypothetical.
const HYPOTHETICAL: &[&str] = &[
    "if", "whether", "unless", "could", "might", "may", "would", "should", "possibly", "perhaps",
    "maybe",
];

/// "May" capitalised is the month ("In May, North Korea rejected…").
fn hypothetical(word: &str) -> bool {
    HYPOTHETICAL.iter().any(|h| word.eq_ignore_ascii_case(h))
        && !(word.eq_ignore_ascii_case("may") && word != "may")
}

pub(crate) fn polarity_of(ctx: &ArticleCtx, sentence: usize, phrase: Span) -> Polarity {
    let sentence_span = ctx.sentence_span(sentence);
    if ctx.slice(sentence_span).trim_end().ends_with('?') {
        return Polarity::Unasserted;
    }
    let clause = ctx.clause_of(sentence, phrase);
    let before = ctx.text.get(clause.start..phrase.start).unwrap_or("");
    if before
        .split(|c: char| !c.is_alphanumeric())
        .any(hypothetical)
    {
        return Polarity::Unasserted;
    }
    if ctx.negated(sentence, phrase) {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    }
}
