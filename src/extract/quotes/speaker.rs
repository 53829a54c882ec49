//! Who a quotation is attributed to, from the words around it.
//!
//! After the closing mark (unless the quotation ended its own sentence with
//! a full stop): `“…,” X said`, `“…,” said X`, `“…,” X told Korean
//! lawmakers`, `“…,” according to X`. Before the opening mark: `X said, “…”`,
//! `X said that “…”`, `X told reporters “…”`, `According to X, “…”`, `X said
//! in a speech that “…”` / `X told reporters on Friday: “…”` (a short
//! circumstance opening with a preposition or time word), and a
//! partial quotation in reported speech, `X said (that) he would “…”` (X; or
//! the pronoun when no X stands before the verb, as in `…, recently saying
//! he holds “fond memories”`), and after the closing mark a common noun
//! phrase (`“…,” the board said`, `“…,” said the health ministry.`: a
//! determiner and up to three lowercase words, which the checker counts only
//! when they name one of the story's entities). X is a run of capitalised words directly
//! before or after the verb (titles and possessives included: "US President
//! Donald Trump", "North Korea's Kim Jong Un", "North Korean leader Kim Jong
//! Un"), with adverbs such as
//! `also`, `later`, `reportedly` allowed between X and the verb; or a
//! personal pronoun, which the checker treats as unknown.
//!
//! Attribution that is not this plain gives no speaker: a wrong speaker is
//! worse than none. In particular `‘…’: Kim open to talks` (a headline's
//! colon) names no speaker, and `said Trump as quoted by CNN` names Trump,
//! not CNN. When the words before and after a quotation name different
//! speakers, there is no speaker.

use super::speaker_words::{Words, BETWEEN, PRONOUNS};
use crate::source::Span;

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "adding",
    "stated",
    "states",
    "noted",
    "notes",
    "wrote",
    "writes",
    "asked",
    "asks",
    "insisted",
    "insists",
    "warned",
    "warns",
    "told",
    "tells",
    "telling",
    "explained",
    "explains",
    "continued",
    "replied",
    "replies",
    "responded",
    "responds",
    "recalled",
    "recalls",
    "declared",
    "declares",
    "announced",
    "remarked",
    "argued",
    "argues",
    "claimed",
    "claims",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "acknowledged",
    "admitted",
    "conceded",
    "observed",
    "commented",
    "posted",
    "tweeted",
    "urged",
    "answered",
    "quipped",
    "joked",
    "exclaimed",
    "cautioned",
    "vowed",
    "pledged",
    "predicted",
];

/// Verbs that take the hearer as object: `X told reporters “…”`.
const TELLING_VERBS: &[&str] = &["told", "tells", "telling", "asked", "asks", "urged"];

/// Whether the `.` at `at` ends a sentence (not the stop of "U.S.").
fn is_full_stop(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let mut rev = before.chars().rev();
    let initialism = matches!(
        (rev.next(), rev.next()),
        (Some(l), Some('.' | ' ')) | (Some(l), None) if l.is_uppercase()
    );
    !initialism
}

/// What follows a closed quotation: its speaker, and where the attribution's
/// sentence ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tail {
    pub(crate) speaker: Option<Span>,
    /// Just past the sentence's final stop, when the attribution ends with one.
    pub(crate) sentence_end: Option<usize>,
}

/// Longest attribution looked at after a quotation, in bytes.
const MAX_TAIL: usize = 300;

pub(crate) fn tail(text: &str, close_end: usize, inner: Span) -> Tail {
    let none = Tail {
        speaker: None,
        sentence_end: None,
    };
    if inner.slice(text).trim_end().ends_with('.') {
        return none;
    }
    let after = text.get(close_end..).unwrap_or("");
    let skipped = after.len()
        - after
            .trim_start_matches([' ', ',', '—', '–', '\u{a0}'])
            .len();
    let start = close_end + skipped;
    let mut end = start;
    let mut sentence_end = None;
    for (i, c) in text.get(start..).unwrap_or("").char_indices() {
        end = start + i;
        if i > MAX_TAIL || c == '\n' || c == '!' || c == '?' || c == ';' || "“\"‘«".contains(c)
        {
            break;
        }
        if c == '.' && is_full_stop(text, end) {
            sentence_end = Some(end + 1);
            break;
        }
        end += c.len_utf8();
    }
    let words = Words::new(text, Span::new(start, end));
    if words.span(0).is_none_or(|s| s.start != start) {
        return none;
    }
    let speaker = if words.is(0, SPEECH_VERBS) && !words.is(0, TELLING_VERBS) {
        // “…,” said X; “…,” said the board
        words
            .adjacent(0)
            .then(|| words.run_forward(1))
            .flatten()
            .or_else(|| {
                let (x, last) = words.noun_phrase_forward(1, SPEECH_VERBS)?;
                // The phrase must end the attribution.
                (words.adjacent(0) && words.span(last + 1).is_none()).then_some(x)
            })
    } else if let Some((x, last)) = words.noun_phrase_forward(0, SPEECH_VERBS) {
        // “…,” the board said
        let mut v = last + 1;
        while words.is(v, BETWEEN) && words.adjacent(v - 1) {
            v += 1;
        }
        (words.adjacent(v - 1) && words.is(v, SPEECH_VERBS)).then_some(x)
    } else if words.lower(0) == "according" && words.lower(1) == "to" {
        words.adjacent(1).then(|| words.run_forward(2)).flatten()
    } else {
        // “…,” X said
        words.run_forward(0).and_then(|x| {
            let last = (0..words.len())
                .take_while(|&i| words.span(i).is_some_and(|s| s.end <= x.end))
                .count();
            // `“…,” Havbrekk's lawyer Ingrid Berentsen said`: the name.
            let (x, last) = words.described_name(last).unwrap_or((x, last));
            let mut v = last;
            // An age between commas: `“…,” Saucier-Lund, 81, said`.
            let aged = last > 0 && words.age_after(last - 1);
            if aged {
                v += 1;
            }
            while words.is(v, BETWEEN) && words.adjacent(v.saturating_sub(1)) {
                v += 1;
            }
            let joined = (aged && v == last + 1) || words.adjacent(v - 1);
            (last > 0 && joined && words.is(v, SPEECH_VERBS)).then_some(x)
        })
    };
    Tail {
        speaker,
        sentence_end,
    }
}

/// The speaker named before an opening mark at `open`, looking no further
/// back than `from`.
pub(crate) fn head(text: &str, from: usize, open: usize) -> Option<Span> {
    let before = text.get(from..open)?;
    // Only the sentence the quotation is in.
    let cut = before
        .char_indices()
        .rfind(|&(i, c)| {
            c == '\n' || c == '!' || c == '?' || (c == '.' && is_full_stop(text, from + i))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let region = Span::new(from + cut, open);
    let words = Words::new(text, region);
    let k = words.len().checked_sub(1)?;
    let gap = text.get(words.span(k)?.end..open)?;
    if !gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–'))
    {
        return None;
    }
    let punctuated = gap.contains([',', ':']);
    direct(&words, k, punctuated).or_else(|| partial(&words, k))
}

/// Words that open a circumstance between a verb and its quotation:
/// `Kim said in a speech that “…”`, `Trump told reporters on Friday: “…”`.
const CIRCUMSTANCE: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "while",
    "from",
    "via",
    "through",
    "last",
    "this",
    "earlier",
    "later",
    "repeatedly",
];

/// The speech verb of `X said in a speech that “` / `X said on Friday, “`:
/// a circumstance of at most six words, all on one stretch (no commas
/// inside), ending with `that` or followed by a comma or colon.
fn verb_before_circumstance(words: &Words, k: usize, punctuated: bool) -> Option<usize> {
    if !(punctuated || words.lower(k) == "that") {
        return None;
    }
    let verb = (k.saturating_sub(7)..k)
        .rev()
        .find(|&v| words.is(v, SPEECH_VERBS))?;
    let hearer = usize::from(words.is(verb, TELLING_VERBS) && !words.is(verb + 1, CIRCUMSTANCE));
    let plain = words.is(verb + 1 + hearer, CIRCUMSTANCE)
        && (verb..k).all(|i| words.adjacent(i))
        && (verb + 1..=k).all(|i| !words.is(i, SPEECH_VERBS));
    plain.then_some(verb)
}

/// `X said, “`, `X said that “`, `X told reporters “`, `According to X, “`.
fn direct(words: &Words, k: usize, punctuated: bool) -> Option<Span> {
    if let Some(x) = words.run_back(k) {
        let first = (0..=k).find(|&i| words.span(i).is_some_and(|s| s.start >= x.start))?;
        if first >= 2 && words.lower(first - 2) == "according" && words.lower(first - 1) == "to" {
            return Some(x);
        }
    }
    let verb = if words.is(k, SPEECH_VERBS) {
        k
    } else if words.lower(k) == "that" && k > 0 && words.is(k - 1, SPEECH_VERBS) {
        k - 1
    } else if let Some(v) = (k.saturating_sub(3)..k)
        .rev()
        .find(|&v| words.is(v, TELLING_VERBS) && (v..k).all(|i| words.adjacent(i)))
    {
        // told (up to three words of hearer)
        v
    } else {
        verb_before_circumstance(words, k, punctuated)?
    };
    words.run_back(words.subject_of(verb)?)
}

/// `X said (that) he would “…”`: a partial quotation in reported speech.
fn partial(words: &Words, k: usize) -> Option<Span> {
    let lowest = k.saturating_sub(6);
    let verb = (lowest..k).rev().find(|&v| words.is(v, SPEECH_VERBS))?;
    let mut p = verb + 1;
    if words.lower(p) == "that" {
        p += 1;
    }
    if !words.is(p, PRONOUNS) || p > k {
        return None;
    }
    let plain = (verb..k).all(|i| words.adjacent(i))
        && (p + 1..=k).all(|i| !words.capitalised(i) && !words.is(i, SPEECH_VERBS));
    if !plain {
        return None;
    }
    words
        .subject_of(verb)
        .and_then(|s| words.run_back(s))
        .or_else(|| words.span(p))
}
