//! Whose occasion a phrase hit is about, for `event` and `forbid`: a
//! statement about another actor or another time is not the fact's, so it
//! cannot contradict it.

use crate::check::compile::CompiledAnchor;
use crate::check::context::ArticleCtx;
use crate::extract::NumberKind;
use crate::source::Span;
use chrono::{Datelike, NaiveDate};

/// Whether the phrase tells of another actor: its sentence names one of the
/// fact's `about` anchors, but in another clause set against the phrase's
/// by a contrast ("but", "while", "whereas", "though", ";"), and the
/// phrase's clause has a subject of its own before it ("The levee is
/// holding, but a sandbag wall … gave way"; "Lukáč resigned last month;
/// Šimečková did not"). A clause that carries on the anchor's subject
/// ("… but then it held") is the anchor's, and clauses joined otherwise may
/// speak of one thing in other words ("welcomed a letter …, so the
/// outreach went unanswered").
pub(crate) fn other_actor(
    ctx: &ArticleCtx,
    about: &[CompiledAnchor],
    sentence: usize,
    phrase: Span,
) -> bool {
    let clause = ctx.clause_of(sentence, phrase);
    let mut contrasted = false;
    for anchor in about {
        for hit in ctx.anchor_hits_in(anchor, sentence) {
            if clause.contains(hit.span) || hit.span.overlaps(phrase) {
                return false;
            }
            contrasted |=
                crate::check::kinds::text_between(ctx.text, hit.span, phrase).is_some_and(contrast);
        }
    }
    contrasted && own_subject(ctx.text.get(clause.start..phrase.start).unwrap_or(""))
}

/// Whether the text between two clauses sets them against each other.
fn contrast(between: &str) -> bool {
    const CONTRAST: &[&str] = &["but", "while", "whereas", "though", "although", "yet"];
    between.contains(';')
        || between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CONTRAST.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether the words before a phrase in its clause hold a subject: any word
/// that is not a connective, a pronoun, an auxiliary or a negation.
fn own_subject(before: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "so",
        "yet",
        "then",
        "also",
        "still",
        "already",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "did",
        "do",
        "does",
        "not",
        "never",
        "no",
        "later",
        "now",
        "finally",
        "eventually",
        "since",
        "when",
        "after",
        "before",
        "as",
    ];
    before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            let negative = w.len() > 3
                && (w
                    .get(w.len() - 3..)
                    .is_some_and(|t| t.eq_ignore_ascii_case("n't"))
                    || w.ends_with("n’t"));
            !negative && !FUNCTION_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f))
        })
}

/// Whether the sentence tells of another time: it names a date more than a
/// year before the reference date ("the Hollis Creek dam failed in 1977";
/// "a 2019 case in which a captain faced criminal charges"), not as the
/// start of a span up to now ("since 2019"), and no date near it.
pub(crate) fn another_time(ctx: &ArticleCtx, sentence: usize) -> bool {
    old_date(ctx, sentence).is_some()
}

/// The first date of another time in the sentence (see [`another_time`]),
/// if the sentence tells of one.
pub(crate) fn old_date(ctx: &ArticleCtx, sentence: usize) -> Option<Span> {
    const YEAR_AND_A_DAY: i64 = 366;
    let reference = ctx.reference()?;
    // A date over a year back needs a year ("1977", "in 2011") or years
    // ("three years ago"): most sentences have neither, and reading their
    // dates costs far more than this look.
    let text = ctx.slice(ctx.sentence_span(sentence));
    let digits = text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    let years = text.contains("years");
    if !digits && !years {
        return None;
    }
    let last_year = i64::from(reference.year()) - 1;
    let old_year = ctx.numbers(sentence).iter().any(|n| {
        n.kind == NumberKind::Year && i64::try_from(n.value).is_ok_and(|y| y <= last_year)
    });
    if !old_year && !years {
        return None;
    }
    let before_reference = |d: NaiveDate| (reference - d).num_days();
    let dates = ctx.dates(sentence);
    if dates
        .iter()
        .any(|d| before_reference(d.end) <= YEAR_AND_A_DAY)
    {
        return None;
    }
    dates
        .iter()
        .find(|d| {
            let lead = ctx.text.get(..d.span.start).unwrap_or("").trim_end();
            let since = lead
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            before_reference(d.end) > YEAR_AND_A_DAY && !since
        })
        .map(|d| d.span)
}

/// Whether a value at `at` is told of another time: the sentence tells of
/// one (see [`another_time`]), and its old date comes first, framing what
/// follows ("In November 2023, a quake centred in Jajarkot killed 153";
/// "The 2015 Gorkha earthquake killed nearly 9,000"), and is not one of
/// the fact's own anchors (a fact `about "2018"` is about that time). A
/// date told after the value ("met twice in 2018 and 2019") may be the
/// fact's own period, and is left to the fact.
pub(crate) fn told_of_another_time(
    ctx: &ArticleCtx,
    about: &[CompiledAnchor],
    sentence: usize,
    at: Span,
) -> bool {
    let Some(old) = old_date(ctx, sentence) else {
        return false;
    };
    old.start < at.start
        && !about
            .iter()
            .flat_map(|a| ctx.anchor_hits_in(a, sentence))
            .any(|h| h.span.overlaps(old))
}

#[cfg(test)]
mod tests {
    use super::own_subject;

    #[test]
    fn a_clause_with_a_subject_of_its_own() {
        assert!(own_subject("but a sandbag wall along River Road"));
        assert!(own_subject("Pavel Lukáč"));
        assert!(own_subject("Most of those beaches"));
        assert!(!own_subject("and then it"));
        assert!(!own_subject(""));
        assert!(!own_subject("but has not"));
        assert!(!own_subject("which was later"));
    }
}
