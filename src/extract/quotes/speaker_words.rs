//! The words around a quotation, and the runs of them that can name a
//! speaker: capitalised words with possessives and lowercase title words
//! inside ("North Korea's Kim Jong Un", "North Korean leader Kim Jong Un"),
//! or a personal pronoun.

use crate::extract::names::{name_words, NameWord};
use crate::source::Span;

/// Words allowed between the speaker and the verb.
pub(super) const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "reportedly",
    "publicly",
    "recently",
    "previously",
    "earlier",
    "again",
    "further",
    "once",
    "repeatedly",
    "subsequently",
    "simply",
    "has",
    "had",
    "have",
    "was",
    "is",
    "quoted",
    "as",
    "once",
    "openly",
    "privately",
    "bluntly",
    "separately",
];

/// Lowercase words of a title that may sit inside a speaker's name run
/// ("North Korean leader Kim Jong Un", "South Korea's foreign minister Cho
/// Hyun"), when a capitalised word follows them.
const TITLE_WORDS: &[&str] = &[
    "leader",
    "president",
    "minister",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "envoy",
    "chief",
    "official",
    "adviser",
    "advisor",
    "chairman",
    "chairwoman",
    "premier",
    "governor",
    "senator",
    "lawmaker",
    "director",
    "foreign",
    "prime",
    "vice",
    "deputy",
    "former",
    "supreme",
    "top",
    "defense",
    "defence",
    "unification",
    "national",
    "security",
    "state",
    "general",
    "counterpart",
    "sister",
    "brother",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "executive",
    "officer",
    "head",
    "boss",
    "coach",
    "manager",
    "captain",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "player",
    "founder",
    "owner",
    "partner",
    "member",
    "mayor",
    "councillor",
    "councilor",
    "commissioner",
    "inspector",
    "commander",
    "colonel",
    "judge",
    "lawyer",
    "attorney",
    "prosecutor",
    "analyst",
    "economist",
    "strategist",
    "professor",
    "researcher",
    "scientist",
    "hydrologist",
    "seismologist",
    "meteorologist",
    "geologist",
    "expert",
    "correspondent",
    "editor",
    "chancellor",
    "representative",
    "negotiator",
    "organiser",
    "organizer",
    "union",
    "army",
    "police",
];
const MAX_TITLE_WORDS: usize = 3;

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// Words after a determiner in a common-noun speaker ("the board").
const MAX_NOUN_WORDS: usize = 3;

/// Words that end a common-noun speaker ("said the board on Monday").
const NOUN_PHRASE_ENDS: &[&str] = &[
    "on", "in", "at", "of", "to", "for", "after", "before", "while", "as", "when", "and", "but",
    "that", "who", "which", "with", "from", "by",
];

/// The words of a stretch of text, with their lowercase forms.
pub(super) struct Words<'a> {
    text: &'a str,
    words: Vec<NameWord>,
}

impl<'a> Words<'a> {
    pub(super) fn new(text: &'a str, span: Span) -> Words<'a> {
        Words {
            text,
            words: name_words(text, span),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    pub(super) fn span(&self, i: usize) -> Option<Span> {
        self.words.get(i).map(|w| w.span)
    }

    pub(super) fn lower(&self, i: usize) -> String {
        self.span(i)
            .map(|s| s.slice(self.text).to_lowercase())
            .unwrap_or_default()
    }

    pub(super) fn is(&self, i: usize, list: &[&str]) -> bool {
        list.contains(&self.lower(i).as_str())
    }

    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.span(i)
            .and_then(|s| s.slice(self.text).chars().next())
            .is_some_and(char::is_uppercase)
            && !self.is(i, PRONOUNS)
    }

    /// Whether words `i` and `i + 1` are separated by spaces only (after a
    /// possessive `'s`).
    /// `Havbrekk's lawyer Ingrid Berentsen`: after a possessive ending the
    /// run of words `..last`, up to three lowercase words describing a
    /// person, then a name. Returns the name and the index past it.
    pub(super) fn described_name(&self, last: usize) -> Option<(Span, usize)> {
        if !self.words.get(last.checked_sub(1)?)?.possessive {
            return None;
        }
        let first = (last..last + 4).find(|&i| self.capitalised(i))?;
        if (last..first).any(|i| !self.adjacent(i.saturating_sub(1))) || !self.adjacent(first - 1) {
            return None;
        }
        let name = self.run_forward(first)?;
        let past = (first..self.len())
            .take_while(|&i| self.span(i).is_some_and(|s| s.end <= name.end))
            .count()
            + first;
        Some((name, past))
    }

    /// Whether word `i` is followed by an age set off by commas ("X, 81,
    /// said"): word `i + 1` is a number of one to three digits with a comma
    /// on each side.
    pub(super) fn age_after(&self, i: usize) -> bool {
        let (Some(a), Some(n), Some(b)) = (
            self.words.get(i),
            self.words.get(i + 1),
            self.words.get(i + 2),
        ) else {
            return false;
        };
        let gap = |x: Span, y: Span| self.text.get(x.end..y.start).unwrap_or("").trim() == ",";
        let age = n.span.slice(self.text);
        (1..=3).contains(&age.len())
            && age.bytes().all(|c| c.is_ascii_digit())
            && gap(a.span, n.span)
            && gap(n.span, b.span)
    }

    pub(super) fn adjacent(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.words.get(i), self.words.get(i + 1)) else {
            return false;
        };
        let gap = self.text.get(a.span.end..b.span.start).unwrap_or("");
        let gap = if a.possessive {
            gap.trim_start_matches(['\'', '’'])
                .strip_prefix('s')
                .unwrap_or(gap)
        } else {
            gap
        };
        !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
    }

    /// The speaker ending at word `last`: a pronoun, or the run of
    /// capitalised words ending there.
    pub(super) fn run_back(&self, last: usize) -> Option<Span> {
        if self.is(last, PRONOUNS) {
            return self.span(last);
        }
        if !self.capitalised(last) {
            return None;
        }
        let mut first = last;
        loop {
            if first > 0 && self.capitalised(first - 1) && self.adjacent(first - 1) {
                first -= 1;
                continue;
            }
            // "North Korean leader Kim Jong Un": lowercase title words
            // between capitalised ones.
            let mut k = first;
            while k > 0
                && k + MAX_TITLE_WORDS > first
                && self.is(k - 1, TITLE_WORDS)
                && self.adjacent(k - 1)
            {
                k -= 1;
            }
            if k < first && k > 0 && self.capitalised(k - 1) && self.adjacent(k - 1) {
                first = k - 1;
                continue;
            }
            break;
        }
        Some(self.span(first)?.cover(self.span(last)?))
    }

    /// A common-noun speaker starting at word `first`: a determiner and one
    /// to [`MAX_NOUN_WORDS`] lowercase words ("the board", "the health
    /// ministry"), stopping before a speech verb, an adverb or a
    /// preposition. Returns the span and the index of its last word. The
    /// checker counts it only where it is one of the story's entities.
    pub(super) fn noun_phrase_forward(
        &self,
        first: usize,
        verbs: &[&str],
    ) -> Option<(Span, usize)> {
        if !self.is(first, &["the", "a", "an"]) || !self.adjacent(first) {
            return None;
        }
        let mut last = first;
        while last < first + MAX_NOUN_WORDS
            && self.span(last + 1).is_some()
            && !self.capitalised(last + 1)
            && !self.is(last + 1, verbs)
            && !self.is(last + 1, BETWEEN)
            && !self.is(last + 1, NOUN_PHRASE_ENDS)
            && (last == first || self.adjacent(last))
        {
            last += 1;
        }
        if last == first {
            return None;
        }
        Some((self.span(first)?.cover(self.span(last)?), last))
    }

    /// The speaker starting at word `first`.
    pub(super) fn run_forward(&self, first: usize) -> Option<Span> {
        if self.is(first, PRONOUNS) {
            return self.span(first);
        }
        if !self.capitalised(first) {
            return None;
        }
        let mut last = first;
        loop {
            if self.capitalised(last + 1) && self.adjacent(last) {
                last += 1;
                continue;
            }
            let mut k = last;
            while k < last + MAX_TITLE_WORDS && self.is(k + 1, TITLE_WORDS) && self.adjacent(k) {
                k += 1;
            }
            if k > last && self.capitalised(k + 1) && self.adjacent(k) {
                last = k + 1;
                continue;
            }
            break;
        }
        // "says Robledillo mayor", "Kim's sister said": title words after
        // the run that no name follows make it a description of a role, no
        // name of the speaker.
        let mut k = last;
        while k < last + MAX_TITLE_WORDS && self.is(k + 1, TITLE_WORDS) && self.adjacent(k) {
            k += 1;
        }
        if k > last && !self.capitalised(k + 1) {
            return None;
        }
        Some(self.span(first)?.cover(self.span(last)?))
    }

    /// The speaker before the verb at `verb`, skipping adverbs.
    pub(super) fn subject_of(&self, verb: usize) -> Option<usize> {
        let mut i = verb.checked_sub(1)?;
        while self.is(i, BETWEEN) && self.adjacent(i) {
            i = i.checked_sub(1)?;
        }
        self.adjacent(i).then_some(i)
    }
}
