#![doc = include_str!("quote.md")]

use crate::check::compile::CompiledEntity;
use crate::check::context::{ArticleCtx, Hit};
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;
use crate::extract::wording::{self, Word, WordChange, Wording};
use crate::extract::Quotation;

pub(crate) const DOC: &str = include_str!("quote.md");

/// Shorter exact passages attributed to someone else are a shared turn of
/// phrase ("good memories"), not a misattribution.
const MIN_MISATTRIBUTED_WORDS: usize = 4;

/// Shorter passages count only in a sentence that names the statement's
/// speaker ("Kim … recalled “fond memories”").
const MIN_UNATTRIBUTED_WORDS: usize = 4;

/// Longest excerpt shown in `found`/`expected`.
const MAX_SHOWN: usize = 80;

pub(crate) struct Statement<'a> {
    pub words: &'a [Word],
    pub text: &'a str,
    pub by: Option<&'a str>,
}

pub(crate) fn judge(
    statement: &Statement,
    entities: &[CompiledEntity],
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    let mut out = Vec::new();
    for &s in scope {
        let quotes = ctx.quotes(s);
        if quotes.is_empty() {
            continue;
        }
        // Once per sentence, not per quotation: a sentence may hold
        // thousands of both.
        let entity_hits: Vec<&[Hit]> = entities
            .iter()
            .map(|e| ctx.anchor_hits_in(&e.anchor, s))
            .collect();
        for q in quotes {
            let passage = wording::words(ctx.text, q.inner);
            if passage.len() < 2 {
                continue;
            }
            let speaker = speaker_of(q, entities, &entity_hits);
            // Two or three words are a turn of phrase anyone might use; they
            // are the statement's only where its speaker is in the sentence.
            if passage.len() < MIN_UNATTRIBUTED_WORDS
                && !mentions_speaker(statement, entities, &entity_hits)
            {
                continue;
            }
            let other = speaker.filter(|id| Some(*id) != statement.by);
            let found = format!("\"{}\"", shorten(ctx.slice(q.inner).trim()));
            match wording::compare(&passage, statement.words) {
                Wording::Exact { .. } => {
                    if other.is_some() && passage.len() < MIN_MISATTRIBUTED_WORDS {
                        continue;
                    }
                    let (verdict, note) = match (other, statement.by) {
                        (Some(who), Some(by)) => (
                            Verdict::Contradiction,
                            Some(format!(
                                "attributed to `{who}`, but the statement is `{by}`'s"
                            )),
                        ),
                        _ => (Verdict::Match, None),
                    };
                    out.push(Evidence {
                        verdict,
                        span: q.inner,
                        found,
                        expected: shorten(statement.text),
                        note,
                    });
                }
                // Other words from another named person ("…," Saucier-Lund
                // said) are that person's own statement, not a misquote.
                Wording::Differs(changes)
                    if other.is_none() && !named_outsider(q, speaker, entities, ctx) =>
                {
                    out.push(Evidence {
                        verdict: Verdict::Contradiction,
                        span: q.inner,
                        found,
                        expected: shorten(statement.text),
                        note: Some(describe(&changes, &passage, statement, ctx.text)),
                    });
                }
                _ => {}
            }
        }
    }
    out
}

/// Whether the quotation is attributed by name to someone who is none of
/// the story's entities: a capitalised speaker ("Saucier-Lund", "Ray
/// Thibodeau") sharing no word with any entity's names ("Kang" may be
/// "Kang Kyung-wha"), not a pronoun or a description ("he", "the
/// governor", "a spokesman"), which may stand for the statement's speaker.
fn named_outsider(
    q: &Quotation,
    entity: Option<&str>,
    entities: &[CompiledEntity],
    ctx: &ArticleCtx,
) -> bool {
    const NOT_NAMES: &[&str] = &[
        "he", "she", "they", "we", "i", "it", "the", "a", "an", "this", "that", "his", "her",
        "their", "its", "one", "another",
    ];
    let Some(speaker) = q.speaker else {
        return false;
    };
    let words: Vec<String> = ctx
        .slice(speaker)
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let capitalised = ctx
        .slice(speaker)
        .trim_start()
        .starts_with(char::is_uppercase);
    let known = words
        .iter()
        .any(|w| entities.iter().any(|e| e.words.contains(w)));
    entity.is_none()
        && capitalised
        && !known
        && words
            .first()
            .is_some_and(|w| !NOT_NAMES.contains(&w.as_str()))
}

/// Whether the sentence names the statement's speaker anywhere.
fn mentions_speaker(
    statement: &Statement,
    entities: &[CompiledEntity],
    entity_hits: &[&[Hit]],
) -> bool {
    let Some(by) = statement.by else {
        return false;
    };
    entities
        .iter()
        .zip(entity_hits)
        .any(|(e, hits)| e.id == by && !hits.is_empty())
}

/// The entity the sentence names as the quotation's speaker, if any: the
/// one named at the end of the speaker's phrase, its head. The words before
/// describe the speaker ("Nepal Army spokesperson Nirajan Khatiwada",
/// "Corvane CEO Daniel Okafor", "Havbrekk's lawyer Ingrid Berentsen"): an
/// entity named only there is not the speaker. `entity_hits` holds each
/// entity's hits in the quotation's sentence.
fn speaker_of<'e>(
    q: &Quotation,
    entities: &'e [CompiledEntity],
    entity_hits: &[&[Hit]],
) -> Option<&'e str> {
    let speaker = q.speaker?;
    entities
        .iter()
        .zip(entity_hits)
        .find(|(_, hits)| {
            hits.iter()
                .any(|h| h.span.overlaps(speaker) && h.span.end >= speaker.end)
        })
        .map(|(e, _)| e.id.as_str())
}

/// "the statement says "…good memories of…": `fond` for `good`, dropped `us`".
fn describe(changes: &[WordChange], passage: &[Word], statement: &Statement, text: &str) -> String {
    let p = |r: &std::ops::Range<usize>| join(passage, r.clone(), text);
    let s = |r: &std::ops::Range<usize>| join(statement.words, r.clone(), statement.text);
    let parts: Vec<String> = changes
        .iter()
        .map(|c| match c {
            WordChange::Added { passage } => format!("added `{}`", p(passage)),
            WordChange::Dropped { statement } => format!("dropped `{}`", s(statement)),
            WordChange::Changed { passage, statement } => {
                format!("`{}` for `{}`", p(passage), s(statement))
            }
        })
        .collect();
    let touched = changes.iter().filter_map(|c| match c {
        WordChange::Dropped { statement } | WordChange::Changed { statement, .. } => {
            Some(statement.clone())
        }
        WordChange::Added { .. } => None,
    });
    let (lo, hi) = touched.fold((usize::MAX, 0), |(lo, hi), r| {
        (lo.min(r.start), hi.max(r.end))
    });
    let context = if lo < hi {
        let from = lo.saturating_sub(2);
        let to = (hi + 2).min(statement.words.len());
        format!(
            "the statement says \"{}\": ",
            join(statement.words, from..to, statement.text)
        )
    } else {
        String::new()
    };
    format!("{context}{}", parts.join(", "))
}

/// The original text from the first to the last word of a range.
fn join(words: &[Word], range: std::ops::Range<usize>, text: &str) -> String {
    let (Some(first), Some(last)) = (
        words.get(range.start),
        words.get(range.end.saturating_sub(1)),
    ) else {
        return String::new();
    };
    shorten(text.get(first.span.start..last.span.end).unwrap_or(""))
}

fn shorten(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= MAX_SHOWN {
        return s;
    }
    let cut: String = s.chars().take(MAX_SHOWN - 1).collect();
    format!("{}…", cut.trim_end())
}
