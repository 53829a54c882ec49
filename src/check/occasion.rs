//! Whose occasion a phrase hit or a value is about, for `event`, `forbid`,
//! `count` and `place`: a statement about another actor or another time is
//! not the fact's, so it cannot contradict it.

use crate::check::compile::{CompiledAnchor, CompiledEntity};
use crate::check::context::ArticleCtx;
use crate::check::kinds::SENTENCE_OPENERS;
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
    if set_apart_by_unlike(ctx, sentence, phrase) || where_of_another(ctx, about, sentence, phrase)
    {
        return true;
    }
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

/// Whether a sentence is about another named subject: the story has proper
/// names (entities or anchors written with a capital), the sentence names
/// none of them (nor a capitalised phrase of the rules that is not an
/// `among` place), and it names someone or something else ("Helvara agreed in
/// September to pay $39 a share, or $4.1 billion, for Quillon Bio, a 55%
/// premium", in a story about Nordvik and Corvane; "Elsewhere: Stade
/// Lorrain's move for Mikkel Sørensen has collapsed after he failed a
/// medical"). A capitalised word is a name when it is none of the words
/// that open sentences and, at a sentence's start, when the article also
/// writes it capitalised mid-sentence.
pub(crate) fn another_subject(
    ctx: &ArticleCtx,
    (about, places, entities): (&[CompiledAnchor], &[CompiledAnchor], &[CompiledEntity]),
    (names, among_names): (&[crate::phrase::PhraseId], &[crate::phrase::PhraseId]),
    sentence: usize,
) -> bool {
    let capitalised =
        |h: &&crate::check::context::Hit| ctx.slice(h.span).contains(char::is_uppercase);
    if !entities.iter().any(|e| e.proper) {
        return false;
    }
    let mut story_hits: Vec<Span> = entities
        .iter()
        .flat_map(|e| ctx.anchor_hits_in(&e.anchor, sentence))
        .chain(about.iter().flat_map(|a| ctx.anchor_hits_in(a, sentence)))
        .filter(capitalised)
        .map(|h| h.span)
        .collect();
    // A capitalised name the story's rules use (a place fact's "Nsanje", a
    // cue's "National Assembly") names the story too; an `among` place
    // ("Thunder Bay" for a crash at Sioux Lookout) is one of its
    // alternatives, and names nothing of it.
    let span = ctx.sentence_span(sentence);
    let story_name_here = names.iter().any(|&p| {
        let hits = ctx.phrase_hits(p);
        let from = hits.partition_point(|h| h.span.start < span.start);
        hits.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|h| h.span.start < span.end)
            .any(|h| ctx.slice(h.span).contains(char::is_uppercase))
    });
    if !story_hits.is_empty() || story_name_here {
        return false;
    }
    // Every hit of a story word, capitalised or not, is no other name; nor
    // are a place fact's own places ("in Seoul in 2018, Hanoi in 2019").
    story_hits.extend(
        entities
            .iter()
            .flat_map(|e| ctx.anchor_hits_in(&e.anchor, sentence))
            .chain(about.iter().flat_map(|a| ctx.anchor_hits_in(a, sentence)))
            .chain(places.iter().flat_map(|a| ctx.anchor_hits_in(a, sentence)))
            .map(|h| h.span),
    );
    const SAYING: &[&str] = &[
        "said",
        "says",
        "told",
        "reported",
        "added",
        "confirmed",
        "announced",
        "according",
    ];
    let text = ctx.slice(span);
    let words: Vec<(usize, &str)> = text
        .split_inclusive(char::is_whitespace)
        .scan(span.start, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w))
        })
        .collect();
    let bare = |w: &str| -> String {
        let t = w
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        t.strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .unwrap_or(t)
            .to_string()
    };
    let mut first = true;
    let mut other = false;
    for (k, &(start, w)) in words.iter().enumerate() {
        let word = bare(w);
        let word = word.as_str();
        let opening = first;
        first = w.trim_end().ends_with([':', '|']);
        if !word.starts_with(char::is_uppercase) || !word.chars().any(char::is_lowercase) {
            continue;
        }
        // Not names of another subject: "MPs" (an acronym's plural), a
        // nationality ("Portuguese rail workers"), a source ("the NDRRMA
        // said", "according to Reuters"). (A place is a name: "A court in
        // Szczecin fined a dredging company" is another court's.)
        let acronym = word.len() > 1
            && word
                .get(..word.len() - 1)
                .is_some_and(|h| h.chars().all(|c| c.is_uppercase()));
        let demonym = ["ese", "ian", "ish", "ean", "ans"]
            .iter()
            .any(|e| word.ends_with(e));
        // A run of capitalised words is one name, judged by its first word;
        // a sentence opener before it is no part of it ("In Mozambique").
        let in_run = k > 0
            && !opening
            && words.get(k - 1).is_some_and(|(_, p)| {
                p.starts_with(char::is_uppercase)
                    && !p.trim_end().ends_with([',', '.', ':', ';'])
                    && !SENTENCE_OPENERS
                        .iter()
                        .any(|o| bare(p).eq_ignore_ascii_case(o))
            });
        if in_run {
            continue;
        }
        let source = words
            .iter()
            .skip(k + 1)
            .take(10)
            .map(|(_, w)| bare(w))
            .take_while(|n| {
                n.starts_with(char::is_uppercase)
                    || n.starts_with('(')
                    || ["and", "of", "for", "&"].contains(&n.as_str())
            })
            .count();
        let says = words
            .get(k + 1 + source)
            .is_some_and(|(_, n)| SAYING.iter().any(|v| bare(n).eq_ignore_ascii_case(v)));
        if acronym || demonym || says {
            continue;
        }
        let calendar = crate::extract::dates::calendar::weekday_of(word).is_some()
            || crate::extract::dates::calendar::month_of(word).is_some();
        if calendar
            || SENTENCE_OPENERS
                .iter()
                .any(|o| word.eq_ignore_ascii_case(o))
        {
            continue;
        }
        let here = Span::new(start, start + w.trim_end().len().max(1));
        if story_hits.iter().any(|h| h.overlaps(here)) {
            continue;
        }
        if opening && !proper_in_article(ctx.text, word) {
            continue;
        }
        // A name the story's rules use ("National Assembly" as a cue, an
        // `among` place): no other subject.
        let story_name = names.iter().chain(among_names).any(|&p| {
            let hits = ctx.phrase_hits(p);
            let i = hits.partition_point(|h| h.span.end <= here.start);
            hits.get(i).is_some_and(|h| h.span.overlaps(here))
        });
        if story_name {
            continue;
        }
        other = true;
    }
    other
}

/// Whether the evidence is in the main clause of a sentence that opens
/// "Unlike <a story name or anchor>, …": what follows is set against the
/// story's own ("Unlike Ngwenya, former supply chain chief Mahlalela was
/// acquitted on all counts"; "Unlike Skarv, its Kobra rocket exploded").
pub(crate) fn contrasted_with_story(
    ctx: &ArticleCtx,
    (about, entities): (&[CompiledAnchor], &[CompiledEntity]),
    sentence: usize,
    evidence: Span,
) -> bool {
    let span = ctx.sentence_span(sentence);
    let text = ctx.slice(span);
    let opens = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("unlike "));
    let Some(comma) = text.find(',') else {
        return false;
    };
    let opener = Span::new(span.start, span.start + comma);
    // The name is what "Unlike" sets apart, not a possessor of it ("Unlike
    // Trump's first term, there have been direct communications" sets
    // apart a time).
    let story_named = entities
        .iter()
        .flat_map(|e| ctx.anchor_hits_in(&e.anchor, sentence))
        .chain(about.iter().flat_map(|a| ctx.anchor_hits_in(a, sentence)))
        .any(|h| {
            let possessive = ctx
                .text
                .get(h.span.end..)
                .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
            opener.contains(h.span) && !possessive
        });
    opens && story_named && evidence.start > opener.end
}

/// Whether a capitalised word is a name in this article: it also stands
/// capitalised in the middle of a sentence ("Officials said" is no name;
/// "Helvara" is, where "rival Helvara" appears too).
fn proper_in_article(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text.get(..i).unwrap_or("");
        let mut rev = before.chars().rev();
        rev.next() == Some(' ') && rev.next().is_some_and(|c| c.is_lowercase() || c == ',')
    })
}

/// Whether the phrase is inside a ", where …" clause on a name that is none
/// of the fact's anchors: it happened there, to someone else ("That sets
/// Slovenia apart from Romania, where the court annulled an election").
fn where_of_another(
    ctx: &ArticleCtx,
    about: &[CompiledAnchor],
    sentence: usize,
    phrase: Span,
) -> bool {
    let span = ctx.sentence_span(sentence);
    let lead = ctx.text.get(span.start..phrase.start).unwrap_or("");
    let Some(at) = lead.rfind(", where ") else {
        return false;
    };
    if lead.get(at + 2..).is_some_and(|r| r.contains(',')) {
        return false;
    }
    let comma = span.start + at;
    !about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, sentence))
        .any(|h| h.span.end == comma)
}

/// Whether the phrase is inside an opening "Unlike …," phrase: what it
/// names is set against the sentence's subject ("Unlike the illegal mines
/// that dot the valley, El Roble held all its permits").
fn set_apart_by_unlike(ctx: &ArticleCtx, sentence: usize, phrase: Span) -> bool {
    let span = ctx.sentence_span(sentence);
    let lead = ctx.text.get(span.start..phrase.start).unwrap_or("");
    let opens = lead
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("unlike "));
    opens && !lead.contains(',')
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
    ctx.old_date(sentence, || read_old_date(ctx, sentence))
}

fn read_old_date(ctx: &ArticleCtx, sentence: usize) -> Option<Span> {
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
///
/// A clause of time on an old date tells of that time too, whatever else
/// the sentence says: "Unlike in March 2020, when the bank slashed rates in
/// an emergency move, Thursday's cut was expected"; "came in 1977, when the
/// dam failed".
pub(crate) fn told_of_another_time(
    ctx: &ArticleCtx,
    about: &[CompiledAnchor],
    sentence: usize,
    at: Span,
) -> bool {
    let own = |old: Span| {
        about
            .iter()
            .flat_map(|a| ctx.anchor_hits_in(a, sentence))
            .any(|h| h.span.overlaps(old))
    };
    if let Some(old) = old_date(ctx, sentence) {
        if old.start < at.start && !own(old) {
            return true;
        }
    }
    when_of_old_date(ctx, sentence, at).is_some_and(|old| !own(old))
}

/// The old date (over a year before the reference) that a ", when …"
/// clause holding `at` hangs on: "in 1977, when the dam failed", up to the
/// clause's next comma.
fn when_of_old_date(ctx: &ArticleCtx, sentence: usize, at: Span) -> Option<Span> {
    const YEAR_AND_A_DAY: i64 = 366;
    let reference = ctx.reference()?;
    let span = ctx.sentence_span(sentence);
    let before = ctx.text.get(span.start..at.start)?;
    let when = before.rfind(", when ")?;
    if before.get(when + 1..)?.contains(',') {
        return None;
    }
    let hinge = span.start + when;
    ctx.dates(sentence)
        .iter()
        .find(|d| {
            d.span.end <= hinge
                && ctx
                    .text
                    .get(d.span.end..hinge)
                    .is_some_and(|g| g.trim().is_empty())
                && (reference - d.end).num_days() > YEAR_AND_A_DAY
        })
        .map(|d| d.span)
}

/// Whether the phrase has a subject of its own, after the fact's anchors:
/// every anchor of the sentence comes before the phrase's stretch (its
/// clause, or from a conjunction of time or cause inside it), and words
/// before the phrase in that stretch name another subject ("Radončić is
/// Turia's second arrival after left-back Iker Goñi joined on loan";
/// "inflation dropped to 3%, and food prices rose 4.1%"). An anchor in the
/// stretch or after the phrase may be the phrase's own ("the outreach went
/// unanswered"; "welcomed a letter …, so the outreach went unanswered").
pub(crate) fn subject_after_anchor(
    ctx: &ArticleCtx,
    (about, entities): (&[CompiledAnchor], &[CompiledEntity]),
    sentence: usize,
    phrase: Span,
) -> bool {
    const OPENERS: &[&str] = &[
        "after", "before", "when", "while", "because", "since", "as", "until", "once",
    ];
    let clause = ctx.clause_of(sentence, phrase);
    let lead = ctx.text.get(clause.start..phrase.start).unwrap_or("");
    let mut start = clause.start;
    let mut offset = 0;
    for w in lead.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        offset += w.len();
        if OPENERS.iter().any(|o| word.eq_ignore_ascii_case(o)) {
            start = clause.start + offset;
        }
    }
    let hits: Vec<Span> = about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, sentence))
        .map(|h| h.span)
        .collect();
    // A story entity as the subject may be the fact's own actor in other
    // words ("North Korea received the letter, and Pyongyang accepted it").
    let stretch = Span::new(start, phrase.start.max(start));
    let entity_subject = entities.iter().any(|e| {
        ctx.anchor_hits_in(&e.anchor, sentence)
            .iter()
            .any(|h| stretch.contains(h.span))
    });
    !hits.is_empty()
        && hits.iter().all(|h| h.end <= start)
        && !entity_subject
        && new_subject(ctx.text.get(start..phrase.start).unwrap_or(""))
}

/// Whether the words before a phrase open with a subject that is new to the
/// sentence: a name ("left-back Iker Goñi"), or a noun phrase with no
/// determiner ("and food prices"). "the earthworks" may be the levee again,
/// so a determiner or pronoun first leaves the subject open.
fn new_subject(before: &str) -> bool {
    const CONNECTIVES: &[&str] = &["and", "but", "or", "so", "yet", "then", "while", "as"];
    // Not possessives: "its former captain" is someone of the anchor's, not
    // the anchor.
    const DETERMINERS: &[&str] = &[
        "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "which", "who",
    ];
    let mut words = before
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .skip_while(|w| CONNECTIVES.iter().any(|c| w.eq_ignore_ascii_case(c)))
        .peekable();
    let Some(first) = words.peek().copied() else {
        return false;
    };
    if DETERMINERS.iter().any(|d| first.eq_ignore_ascii_case(d)) {
        return false;
    }
    let named = before
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase));
    named || own_subject(before)
}

/// Whether the noun at `noun` (an anchor or cue hit) is marked as another
/// occurrence of its kind than the fact's: "Earlier strikes", "previous
/// rounds of talks", "other protests", "the June stoppage" (a month outside
/// the fact's dates, `months` telling which months are the fact's), or a
/// possessor who is no name of the story's ("the Fed's next meeting"). A
/// marker that is itself a word of the fact (`own`) marks nothing: a fact
/// about "the next meeting" is about the next one.
pub(crate) fn other_occurrence(
    ctx: &ArticleCtx,
    noun: Span,
    own: impl Fn(Span) -> bool,
    months: impl Fn(u32) -> bool,
) -> bool {
    const MARKERS: &[&str] = &[
        "earlier", "previous", "prior", "past", "other", "former", "last", "another", "similar",
        "separate", "smaller", "larger", "rival",
    ];
    // Words that may stand between a marker and the noun.
    const JOINS: &[&str] = &[
        "of", "the", "a", "an", "rounds", "round", "series", "wave", "next",
    ];
    let lead = ctx.text.get(..noun.start).unwrap_or("");
    let mut end = lead.trim_end().len();
    for _ in 0..4 {
        let head = lead.get(..end).unwrap_or("");
        let start = head.rfind(char::is_whitespace).map_or(0, |k| k + 1);
        let word = head.get(start..).unwrap_or("");
        if word.is_empty() || word.ends_with([',', '.', ';', ':', ')']) {
            return false;
        }
        let span = Span::new(start, end);
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        // A possessor who is someone ("the Fed's"), not a day ("Tuesday's
        // quake" is the quake told by its day).
        let possessor = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .is_some_and(|name| {
                name.starts_with(char::is_uppercase)
                    && crate::extract::dates::calendar::weekday_of(name).is_none()
                    && crate::extract::dates::calendar::month_of(name).is_none()
            });
        if !own(span) {
            if MARKERS.iter().any(|m| bare.eq_ignore_ascii_case(m)) || possessor {
                return true;
            }
            if let Some((month, _, _)) = crate::extract::dates::calendar::month_of(bare) {
                return !months(month);
            }
            if !JOINS.iter().any(|j| bare.eq_ignore_ascii_case(j)) {
                return false;
            }
        }
        end = head.get(..start).unwrap_or("").trim_end().len();
    }
    false
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
