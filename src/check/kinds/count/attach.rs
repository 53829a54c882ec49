//! Whether a number counts what a cue names: the grammar of "three
//! summits", "met twice", "the death toll rose to 12", "six were killed",
//! "killed four people", "a three-day strike", and the look-alikes that are
//! not attached ("the two leaders met", "two days ago").

use crate::extract::numbers::token::DASHES;
use crate::extract::{Number, NumberKind};
use crate::source::Span;

/// Words allowed between a number and the noun it counts ("three prior
/// meetings", "two historic summits").
const MAX_MODIFIERS: usize = 2;

/// Words allowed between a verb cue and a frequency ("met with Kim twice").
const MAX_VERB_GAP: usize = 4;

/// Whether the number opens a hyphenated compound whose other half is the
/// cue ("a three-day strike" for `cue "day"`): it counts the cue. A
/// compound on another word ("a three-day summit" for `cue "summits"`)
/// stays a modifier.
pub(super) fn compound_head(text: &str, n: &Number, cue: Span) -> bool {
    // "a 24-year-old" is an age: the compound runs on past the cue.
    let runs_on = text
        .get(cue.end..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| DASHES.contains(&c));
    n.kind == NumberKind::Modifier
        && !runs_on
        && text
            .get(n.span.end..cue.start)
            .is_some_and(|gap| gap.chars().count() == 1 && gap.chars().all(|c| DASHES.contains(&c)))
}

/// Whether the number counts what the cue names: the cue inside the number
/// ("three times"), a noun cue right after the number ("three prior
/// meetings"), or a frequency right after a verb cue ("met twice").
pub(super) fn attached(text: &str, n: &Number, cue: Span, unit: bool) -> bool {
    if n.span.overlaps(cue) {
        return true;
    }
    if n.span.end <= cue.start {
        let gap = text.get(n.span.end..cue.start).unwrap_or("");
        let cue_text = text.get(cue.range()).unwrap_or("");
        let after = text.get(cue.end..).unwrap_or("");
        // A difference follows a noun ("15 seats short"), not a verb
        // ("drowned off the coast").
        if time_offset(after) || (difference(after) && !cue_text.ends_with("ed")) {
            return false;
        }
        // "Of the 128 people killed, 81 were in Dailekh": people the
        // participle describes are counted even as the whole of a part.
        return (modifier_gap(gap)
            && (unit || counts_noun(n.value, cue_text) || counts_as_noun(cue_text, after)))
            || (part_before_whole(gap) && counts_noun(n.value, cue_text))
            || match subject_count(n.value, gap, cue_text) {
                Subject::Described => true,
                Subject::Counted => !part_of_whole(text, n.span),
                Subject::Not => false,
            };
    }
    if cue.end <= n.span.start {
        let gap = text.get(cue.end..n.span.start).unwrap_or("");
        return match n.kind {
            NumberKind::Times => verb_gap(gap),
            // "the death toll rose to 12", "a total of 88 meetings".
            _ => {
                let cue_text = text.get(cue.range()).unwrap_or("");
                (linking_gap(gap)
                    && !cue_text.ends_with("ed")
                    && !counts_something_else(text, n.span))
                    || (gap.trim().is_empty() && victims(cue_text, text, n.span))
                    || of_people(cue_text, gap, text, n.span)
            }
        };
    }
    false
}

/// Nouns for people: what a verb of harm harms, and what a participle
/// after a number may describe ("342 people injured").
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "residents",
    "civilians",
    "children",
    "adults",
    "men",
    "women",
    "villagers",
    "soldiers",
    "troops",
    "workers",
    "passengers",
    "fishermen",
    "miners",
    "students",
    "migrants",
    "protesters",
    "officers",
    "firefighters",
    "tourists",
    "others",
    "pedestrians",
    "patients",
    "crew",
    "members",
    "inmates",
    "refugees",
    "worshippers",
    "motorists",
    "drivers",
    "hikers",
    "climbers",
    "swimmers",
    "spectators",
    "guards",
];

/// Whether a number right after a verb of harm counts its victims: "killed
/// four people", "injured 12 residents", "killed four." The object of a
/// verb of harm is how many were harmed, where the object of another verb
/// is not what the verb counts ("met two envoys"). The number must name
/// people (up to two words between: "killed four young children"), so
/// "killed 4,000 cattle" counts nothing.
fn victims(cue: &str, text: &str, number: Span) -> bool {
    if !is_harm_verb(cue) {
        return false;
    }
    let after = text.get(number.end..).unwrap_or("");
    if after.starts_with(['.', ',', ';']) || after.trim().is_empty() {
        return true;
    }
    after
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| PEOPLE.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// The word after `at`, without the punctuation around it, lowercased.
pub(super) fn word_after(text: &str, at: usize) -> String {
    text.get(at..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// "the bodies of four miners", "the deaths of 12 people": a plural noun cue,
/// "of", and a number of people.
fn of_people(cue: &str, gap: &str, text: &str, number: Span) -> bool {
    let plural = cue.ends_with('s') && !cue.contains(' ');
    let next = word_after(text, number.end);
    plural && gap.trim().eq_ignore_ascii_case("of") && PEOPLE.contains(&next.as_str())
}

pub(super) fn is_harm_verb(word: &str) -> bool {
    const HARM: &[&str] = &[
        "killed", "kills", "killing", "kill", "injured", "injures", "injuring", "wounded",
        "wounds", "wounding",
    ];
    HARM.iter().any(|h| word.eq_ignore_ascii_case(h))
}

/// A noun cue tied to a number after it by a linking verb: "the death toll
/// rose to 12", "the toll stood at 12", "meetings numbered three".
fn linking_gap(gap: &str) -> bool {
    const LINKS: &[&str] = &[
        "is",
        "was",
        "were",
        "are",
        "now",
        "rose",
        "risen",
        "has",
        "had",
        "have",
        "climbed",
        "reached",
        "stands",
        "stood",
        "jumped",
        "increased",
        "totals",
        "totalled",
        "totaled",
        "numbered",
        "to",
        "at",
    ];
    const PREPOSITIONS: &[&str] = &["from", "in", "of", "for", "after"];
    let Some(words) = plain_words(gap, false) else {
        return false;
    };
    // The linking words end the gap; before them, at most a short
    // prepositional phrase ("the death toll from the earthquake rose to",
    // "the death toll from a powerful earthquake in western Nepal rose to").
    let (phrase, link) = split_trailing(&words, LINKS);
    (1..=3).contains(&link.len())
        && link.iter().any(|w| w != "to" && w != "at")
        && (phrase.is_empty()
            || (phrase.len() <= 7
                && phrase
                    .first()
                    .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))))
}

/// Whether the number is followed by a noun of its own ("was two hours
/// long", "rose to 12 people"): then it counts that, not the cue.
fn counts_something_else(text: &str, number: Span) -> bool {
    let next = text
        .get(number.end..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    next.chars().next().is_some_and(char::is_alphabetic) && plural_noun(next)
        || next.eq_ignore_ascii_case("people")
}

/// Plurals without an -s that name people.
const IRREGULAR_PLURALS: &[&str] = &["people", "men", "women", "children", "staff", "police"];

/// Whether a cue read after a number is a noun that number can count: a
/// plural for two or more ("three summits"; not "the two met"), and not a
/// verb for one.
fn counts_noun(value: u64, cue: &str) -> bool {
    const VERBS: &[&str] = &[
        "met", "meet", "held", "spoke", "saw", "sat", "went", "came", "took", "made",
    ];
    let words: Vec<String> = cue.split_whitespace().map(str::to_lowercase).collect();
    if value >= 2 {
        // "three summits", "three prior meetings", "12 people were killed".
        words
            .iter()
            .any(|w| w.ends_with('s') || IRREGULAR_PLURALS.contains(&w.as_str()))
    } else {
        words
            .first()
            .is_some_and(|w| !(w.ends_with("ed") || VERBS.contains(&w.as_str())))
    }
}

/// Whether a number counts the subject of a verb cue that says what happened
/// to each of them: a passive ("six people were killed", "300 residents
/// have been evacuated") or a verb of dying ("four fishermen drowned"). A
/// verb that several do together says nothing of the count ("the two
/// leaders met"), so only these forms count, and only with the noun right
/// after the number (with at most two modifiers) or none ("six were
/// killed").
/// What a number before a verb cue is to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// The subject the verb counts: "six people were killed".
    Counted,
    /// People a participle right after them describes: "342 people
    /// injured".
    Described,
    Not,
}

/// Whether a number counts the subject of a verb cue that says what happened
/// to each of them: a passive ("six people were killed", "300 residents
/// have been evacuated"), a verb of dying ("four fishermen drowned") or of
/// voting by people ("seven members voted for the cut", "three voted
/// against"). A verb that several do together says nothing of the count
/// ("the two leaders met"), so only these forms count, and only with the
/// noun right after the number (with at most two modifiers) or none ("six
/// were killed").
fn subject_count(value: u64, gap: &str, cue: &str) -> Subject {
    const BE: &[&str] = &["were", "was", "are", "is", "been", "be"];
    const HAVE: &[&str] = &["have", "has", "had"];
    const AUXILIARIES: &[&str] = &[
        "were", "was", "are", "is", "been", "be", "have", "has", "had",
    ];
    const DYING: &[&str] = &["died", "drowned", "perished"];
    const VOTING: &[&str] = &[
        "voted",
        "voted for",
        "voted against",
        "voted in favour",
        "voted in favor",
        "voted to",
        "voting",
        "abstained",
        "backed",
        "supported",
        "opposed",
    ];
    // Who votes: a vote of "four parties" is no count of votes.
    const VOTERS: &[&str] = &[
        "members",
        "deputies",
        "lawmakers",
        "legislators",
        "senators",
        "representatives",
        "mps",
        "councillors",
        "councilors",
        "shareholders",
        "delegates",
        "judges",
        "jurors",
        "voters",
        "people",
        "ministers",
        "directors",
        "governors",
        "residents",
        "workers",
        "employees",
    ];
    let Some(words) = plain_words(gap, true) else {
        return Subject::Not;
    };
    let cue = cue.trim();
    let dying = DYING.iter().any(|d| cue.eq_ignore_ascii_case(d));
    // "eight members voting in favour", "two voted against": the verb in
    // the gap, the side in the cue.
    let side = ["in favour", "in favor", "against", "for"]
        .iter()
        .any(|d| cue.eq_ignore_ascii_case(d));
    let (words, voted) = match words.split_last() {
        Some((last, rest)) if side && (last == "voting" || last == "voted") => {
            (rest.to_vec(), true)
        }
        _ => (words, false),
    };
    let voting = voted || VOTING.iter().any(|d| cue.eq_ignore_ascii_case(d));
    let participle = !cue.contains(' ') && (cue.ends_with("ed") || cue == "hurt" || cue == "slain");
    let nominal = NOMINAL_ADJECTIVES
        .iter()
        .any(|a| cue.eq_ignore_ascii_case(a));
    if !(dying || voting || participle || nominal) {
        return Subject::Not;
    }
    // "two were found dead": "found" joins a subject to an adjective.
    let words: Vec<String> = match words.split_last() {
        Some((last, rest)) if nominal && last == "found" => rest.to_vec(),
        _ => words,
    };
    let (noun_phrase, aux_words) = split_trailing(&words, AUXILIARIES);
    let passive = aux_words.iter().any(|w| BE.contains(&w.as_str()));
    let active = aux_words.iter().all(|w| HAVE.contains(&w.as_str()));
    let voice_fits = if dying || voting { active } else { passive };
    let yes = |b: bool| if b { Subject::Counted } else { Subject::Not };
    // "Six were killed": the number stands alone as the subject.
    let Some((noun, modifiers)) = noun_phrase.split_last() else {
        return yes(voice_fits);
    };
    let modifiers_fit =
        modifiers.len() <= MAX_MODIFIERS && modifiers.iter().all(|w| modifier_word(w));
    // "left 342 people injured", "12 residents missing": the participle or
    // adjective right after people describes them, with no verb between.
    let describes_people = aux_words.is_empty()
        && !voting
        && !dying
        && PEOPLE.contains(&noun.as_str())
        && modifiers_fit;
    if describes_people && value >= 2 {
        return Subject::Described;
    }
    if voting {
        return yes(voice_fits && VOTERS.contains(&noun.as_str()) && modifiers_fit);
    }
    let voice_fits = voice_fits || (nominal && passive);
    let counted = if value >= 2 {
        plural_noun(noun) || IRREGULAR_PLURALS.contains(&noun.as_str()) || noun.ends_with("men")
    } else {
        !noun.ends_with('s') && noun.chars().all(char::is_alphabetic)
    };
    yes(voice_fits && counted && modifiers_fit)
}

/// Whether the number is the whole a part is taken from ("many of the 300
/// residents", "two of the six victims").
pub(super) fn part_of_whole(text: &str, number: Span) -> bool {
    // "of the 300", "of the roughly 4,120".
    let before = text.get(..number.start).unwrap_or("").trim_end();
    let last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let is = |i: usize, w: &str| last.get(i).is_some_and(|x| x.eq_ignore_ascii_case(w));
    is(0, "of") || is(1, "of") || (is(2, "of") && is(1, "the"))
}

/// Whether the words after a number and its noun make a time offset ("two
/// days ago", "three weeks later"): it dates something, it counts nothing.
/// Whether the words after a number's noun make it a difference ("15
/// seats short of a majority", "three points ahead", "125 basis points off
/// the peak"): it measures a gap, not the count.
fn difference(after: &str) -> bool {
    const GAPS: &[&str] = &["short", "shy", "ahead", "behind", "off", "adrift", "clear"];
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    GAPS.iter().any(|g| next.eq_ignore_ascii_case(g))
}

/// Whether the gap between a number and a noun cue is "of the M" (with a
/// qualifier): "cancelled 2,946 of the roughly 4,120 trains" counts 2,946
/// of them, as a part.
fn part_before_whole(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    let is_number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ',');
    match words.as_slice() {
        ["of", "the", number] => is_number(number),
        ["of", "the", qualifier, number] => {
            is_number(number)
                && ["roughly", "about", "some", "nearly", "almost", "around"].contains(qualifier)
        }
        _ => false,
    }
}

fn time_offset(after: &str) -> bool {
    const OFFSETS: &[&str] = &["ago", "later", "earlier", "beforehand", "hence"];
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    OFFSETS.iter().any(|o| next.eq_ignore_ascii_case(o))
        || after.trim_start().to_lowercase().starts_with("from now")
}

/// Adjectives and participles that news English uses as plural nouns after
/// a number: "six dead", "14 injured", "two killed in crash".
const NOMINAL_ADJECTIVES: &[&str] = &[
    "dead",
    "injured",
    "wounded",
    "missing",
    "hurt",
    "killed",
    "displaced",
    "homeless",
];

/// Whether a cue right after a number is one of [`NOMINAL_ADJECTIVES`]
/// standing as the noun ("left six dead", "six dead and 14 injured"), not
/// describing one ("two dead trees", "two injured workers"): the word after
/// it must not be a noun, so only punctuation, the end, or a word that
/// starts a new phrase may follow.
fn counts_as_noun(cue: &str, after: &str) -> bool {
    const PHRASE_STARTS: &[&str] = &[
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "after",
        "as",
        "when",
        "from",
        "by",
        "since",
        "including",
        "while",
        "with",
        "during",
        "following",
        "so",
        "were",
        "was",
        "are",
        "have",
        "had",
        "has",
        "remain",
        "remained",
        "this",
        "last",
    ];
    if !NOMINAL_ADJECTIVES
        .iter()
        .any(|a| cue.eq_ignore_ascii_case(a))
    {
        return false;
    }
    let next = after.trim_start();
    let word: &str = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // Punctuation or the end right after the cue; or a word starting a new
    // phrase, with no punctuation between.
    word.is_empty() && !next.starts_with(|c: char| c.is_alphanumeric())
        || (next.starts_with(word) && PHRASE_STARTS.iter().any(|p| word.eq_ignore_ascii_case(p)))
}

/// Whether a gap word looks like a plural noun ("leaders", "officials"),
/// which the number would count instead of the cue.
pub(super) fn plural_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    w.len() > 3 && w.ends_with('s') && !["ous", "ss", "us", "is"].iter().any(|e| w.ends_with(e))
}

/// Up to two plain words, no punctuation, and none of them a word that
/// starts a new phrase ("of", "in", "and", …).
fn modifier_gap(gap: &str) -> bool {
    plain_words(gap, true)
        .is_some_and(|words| words.len() <= MAX_MODIFIERS && words.iter().all(|w| modifier_word(w)))
}

/// A (lowercase) word that may stand between a number and what it counts:
/// not one that starts a new phrase, and not a plural noun of its own.
fn modifier_word(word: &str) -> bool {
    const BREAKERS: &[&str] = &[
        "of", "in", "on", "at", "and", "or", "but", "the", "a", "an", "to", "for", "with", "by",
        "from", "than", "as", "who", "which", "that", "were", "was", "are", "is", "have", "had",
        "has", "people",
    ];
    !BREAKERS.contains(&word) && !plural_noun(word)
}

/// The lowercased words of a gap holding only words and spaces (and
/// hyphens, when `hyphens`); `None` when it holds other punctuation.
fn plain_words(gap: &str, hyphens: bool) -> Option<Vec<String>> {
    gap.chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || (hyphens && c == '-'))
        .then(|| gap.split_whitespace().map(str::to_lowercase).collect())
}

/// `words` split before its trailing run of words from `list`.
fn split_trailing<'w>(words: &'w [String], list: &[&str]) -> (&'w [String], &'w [String]) {
    let n = words
        .iter()
        .rev()
        .take_while(|w| list.contains(&w.as_str()))
        .count();
    words.split_at(words.len() - n)
}

/// A few words between a verb cue and a frequency, without punctuation.
fn verb_gap(gap: &str) -> bool {
    if gap
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')'))
    {
        return false;
    }
    gap.split_whitespace().count() <= MAX_VERB_GAP
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modifier_gap_allows_adjectives_only() {
        assert!(modifier_gap(" "));
        assert!(modifier_gap(" prior "));
        assert!(modifier_gap(" face-to-face "));
        assert!(!modifier_gap(" of them in "));
        assert!(!modifier_gap(" leaders "));
        assert!(!modifier_gap(", "));
        assert!(!modifier_gap(" very long winded "));
        assert!(modifier_gap(" previous "));
    }

    #[test]
    fn verbs_are_not_counted_nouns() {
        assert!(counts_noun(3, "summits"));
        assert!(counts_noun(3, "prior meetings"));
        assert!(!counts_noun(2, "met"));
        assert!(counts_noun(1, "meeting"));
        assert!(!counts_noun(1, "met"));
        assert!(!counts_noun(1, "talked"));
        assert!(counts_noun(12, "people were killed"));
    }

    #[test]
    fn linking_verbs_tie_a_noun_to_a_number() {
        assert!(linking_gap(" rose to "));
        assert!(linking_gap(" stood at "));
        assert!(!linking_gap(" of "));
        assert!(!linking_gap(" to "));
        assert!(!linking_gap(" "));
        assert!(!linking_gap(", officials said, "));
        assert!(!linking_gap(" in the past "));
        assert!(linking_gap(" from the earthquake rose to "));
        assert!(!linking_gap(" said the toll rose to "));
    }
}
