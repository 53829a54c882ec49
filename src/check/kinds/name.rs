#![doc = include_str!("name.md")]

use crate::check::compile::{CompiledAnchor, CompiledEntity};
use crate::check::context::ArticleCtx;
use crate::check::kinds::SENTENCE_OPENERS;
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;
use crate::extract::names;
use crate::source::Span;

pub(crate) const DOC: &str = include_str!("name.md");

/// Single-word names shorter than this get no near-miss search.
const MIN_SINGLE_WORD_LETTERS: usize = 6;

/// A name fact, with what its judging needs of the names worked out once,
/// when the rules are compiled.
#[derive(Debug, Clone)]
pub(crate) struct Name {
    /// The entity's id.
    pub entity: String,
    pub names: Vec<String>,
    pub phrases: CompiledAnchor,
    /// The names near misses are sought for, with their word counts.
    targets: Vec<(String, usize)>,
    /// Every name, folded: a candidate spelt like one is no near miss.
    accepted: Vec<String>,
    /// Every word of the names, folded: a near miss right after one of them
    /// ("Mayor Thibodeau", "Augustin Thibodeau") is still this entity.
    own_words: Vec<String>,
}

impl Name {
    pub(crate) fn new(entity: String, names: Vec<String>, phrases: CompiledAnchor) -> Name {
        let targets = names
            .iter()
            .map(|n| (n.clone(), n.split_whitespace().count()))
            .filter(|(n, words)| {
                *words >= 2
                    || n.chars().filter(|c| c.is_alphabetic()).count() >= MIN_SINGLE_WORD_LETTERS
            })
            .collect();
        let accepted = names.iter().map(|n| names::fold_name(n)).collect();
        let own_words = names
            .iter()
            .flat_map(|n| n.split_whitespace())
            .map(names::fold_name)
            .collect();
        Name {
            entity,
            names,
            phrases,
            targets,
            accepted,
            own_words,
        }
    }
}

/// `entities` are the story's: spellings that are another entity's names
/// are no near misses.
pub(crate) fn judge(
    name: &Name,
    entities: &[CompiledEntity],
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    let canonical = name.names.first().cloned().unwrap_or_default();
    // One match per spelling (its first occurrence): a name said twenty
    // times is one finding, not twenty.
    let mut spellings: Vec<String> = Vec::new();
    let mut out: Vec<Evidence> = ctx
        .anchor_hits(&name.phrases)
        .iter()
        .filter(|h| scope.binary_search(&h.sentence).is_ok())
        .filter(|h| {
            let folded = names::fold_name(ctx.slice(h.span));
            let first = !spellings.contains(&folded);
            if first {
                spellings.push(folded);
            }
            first
        })
        .map(|h| Evidence {
            verdict: Verdict::Match,
            span: h.span,
            found: ctx.slice(h.span).to_string(),
            expected: canonical.clone(),
            note: None,
        })
        .collect();
    if name.targets.is_empty() {
        return out;
    }
    // Near misses, and the spellings found to be another person's: "Ray
    // Thibodeau" makes every "Thibodeau" of the article his.
    let mut misses: Vec<(Span, String, String, bool)> = Vec::new();
    for &s in scope {
        // Once per sentence, not per candidate (a sentence may hold
        // thousands of both).
        let mut elsewhere: Vec<Span> = entities
            .iter()
            .filter(|e| e.id != name.entity)
            .flat_map(|e| ctx.anchor_hits_in(&e.anchor, s))
            .map(|h| h.span)
            .collect();
        elsewhere.sort_unstable();
        let known_elsewhere = |span: Span| elsewhere.binary_search(&span).is_ok();
        let spelt: Vec<Span> = ctx
            .anchor_hits_in(&name.phrases, s)
            .iter()
            .map(|h| h.span)
            .collect();
        let sentence = ctx.sentence_span(s);
        for run in names::name_runs(ctx.text, sentence) {
            // Runs do not share words, so a flagged span can only overlap
            // candidates of its own run (kept per run: linear in runs).
            let mut flagged: Vec<Span> = Vec::new();
            for (target, words) in &name.targets {
                let lo = words.saturating_sub(1).max(1);
                let hi = words + 1;
                for len in lo..=hi {
                    for (i, window) in run.words.windows(len).enumerate() {
                        let (Some(first), Some(last)) = (window.first(), window.last()) else {
                            continue;
                        };
                        let span = Span::new(first.start, last.end);
                        let candidate = ctx.slice(span);
                        let folded = names::fold_name(candidate);
                        if name.accepted.contains(&folded) {
                            // The name written without its marks
                            // ("Sorensen" for "Sørensen") is the name.
                            if !spellings.contains(&folded)
                                && !known_elsewhere(span)
                                && !spelt.iter().any(|h| h.overlaps(span))
                            {
                                spellings.push(folded);
                                out.push(Evidence {
                                    verdict: Verdict::Match,
                                    span,
                                    found: candidate.to_string(),
                                    expected: canonical.clone(),
                                    note: None,
                                });
                            }
                            continue;
                        }
                        if flagged.iter().any(|f| f.overlaps(span))
                            || known_elsewhere(span)
                            || !names::is_near_miss(candidate, target)
                        {
                            continue;
                        }
                        // Only for a lone word: a longer candidate carries
                        // its own given name. Another name beside it ("Ray
                        // Thibodeau", "Ola Lindquist", "Danmaya Budha",
                        // "Thibodeau's Marine Supply") makes it another
                        // person's.
                        let beside = |j: Option<usize>| {
                            j.and_then(|j| run.words.get(j)).is_some_and(|b| {
                                other_given_name(ctx.slice(*b), &name.own_words)
                                    && (b.start > sentence.start || !opens_sentence(ctx.slice(*b)))
                            })
                        };
                        let other_person =
                            len == 1 && (beside(i.checked_sub(1)) || beside(Some(i + len)));
                        flagged.push(span);
                        misses.push((span, folded, target.clone(), other_person));
                    }
                }
            }
        }
    }
    let others: Vec<&String> = misses
        .iter()
        .filter(|m| m.3)
        .map(|(_, folded, _, _)| folded)
        .collect();
    for (span, folded, target, other_person) in &misses {
        if *other_person || others.contains(&folded) {
            continue;
        }
        out.push(Evidence {
            verdict: Verdict::Contradiction,
            span: *span,
            found: ctx.slice(*span).to_string(),
            expected: canonical.clone(),
            note: (*target != canonical).then(|| format!("near miss of the variant \"{target}\"")),
        });
    }
    out.sort_by_key(|e| e.span);
    out
}

/// Whether a capitalised word at the start of a sentence is one that opens
/// sentences anyway ("The", "In", "Yesterday"), so says nothing of a name.
fn opens_sentence(word: &str) -> bool {
    let lower = word.to_lowercase();
    SENTENCE_OPENERS.contains(&lower.as_str())
}

/// Whether `word`, beside a lone near miss in a run of capitalised words,
/// is another person's name ("Ray Thibodeau" is not Mayor Augustin
/// Thibodeaux misspelt; "Danmaya Budha" is not Dhanmaya): not a word of the
/// entity's names, not a title ("Mayor", "Dr."). The first word of a
/// sentence is capitalised anyway, so the caller asks about it only when it
/// is no word that opens sentences.
fn other_given_name(word: &str, own_words: &[String]) -> bool {
    const TITLES: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "judge",
        "justice",
        "mayor",
        "governor",
        "gov",
        "president",
        "minister",
        "senator",
        "sen",
        "rep",
        "representative",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "capt",
        "sergeant",
        "sgt",
        "lieutenant",
        "lt",
        "chief",
        "officer",
        "sheriff",
        "detective",
        "inspector",
        "commissioner",
        "secretary",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "ceo",
        "ambassador",
        "speaker",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "father",
        "rev",
        "reverend",
        "rabbi",
        "imam",
        "bishop",
        "pastor",
        "coach",
        "hydrologist",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "prosecutor",
        "attorney",
    ];
    let folded = names::fold_name(word.trim_end_matches('.'));
    !word.ends_with('.')
        && !own_words.contains(&folded)
        && !TITLES.contains(&folded.as_str())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}
