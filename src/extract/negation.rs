//! Negation cues and their scope (the clause).
//!
//! Cues: `not`, `n't` (didn't, won't, can’t), `cannot`, `no`, `never`,
//! `neither`, `nor`, `without`, `yet to`, `deny`/`denied`/`denies`/`denying`,
//! `refuse(d|s) to`/`refusing to`. Two additions to the spec's list, for
//! the same reason the spec has `refused to`: the negative pronouns
//! `nothing`, `nobody`, `none` ("nothing has been signed" negates "signed"
//! as plainly as "no deal has been signed"), and `failed to`, `declined to`,
//! `unable to` (with their other verb forms): "the summits failed to produce
//! an agreement" does not say an agreement was produced. Likewise the noun
//! `refusal to` ("her refusal to resign") and `ruled out` (with its other
//! verb forms: "ruled out calling a snap election"), and `rather than` and
//! `instead of` ("walked away rather than take a hostile bid").
//!
//! Not cues, because they do not deny what follows:
//! - `not only`, `not just`, `not merely` (… but also);
//! - `whether or not`, `if not` ("this year, if not sooner");
//! - `no doubt`, `none other`;
//! - `No.` before a number ("No. 1");
//! - litotes: a negation directly before `averse`, `opposed`, `against`,
//!   `unwilling`, `reluctant` (optionally with `be`/`been` between): "Trump
//!   not averse to meeting Kim" says he is willing, so it does not negate
//!   "meeting". Both words are skipped.
//! - `nor` right after another cue in the clause continues that negation
//!   ("neither begun talks nor contact"): it does not cancel it.
//! - a cue right after `and` or `or` opens a conjunct of its own ("no
//!   passwords were taken and no card details were accessed"): it does not
//!   cancel a cue before it.
//!
//! Scope: a cue governs the rest of its clause, but `but`, `;`, a comma
//! opening a participial phrase and a conjunction opening a clause of its
//! own (`until`, `because`, `unless`, `although`, `though`, `whereas`) end
//! its reach ("did not sign but met", "nothing but praise", "did not
//! respond, saying it had rejected the letter", "will not reopen it until
//! the appeal is decided").
//! Words are matched whole, so "North", "Noh", "know" and "nothingness" are
//! never cues.

use crate::extract::NegationCue;
use crate::source::Span;
use std::borrow::Cow;

#[cfg(test)]
#[path = "negation_tests.rs"]
mod tests;

/// A word of a clause (letters, digits and inner apostrophes), lowercased
/// with typographic apostrophes made straight.
#[derive(Debug, Clone)]
struct Token<'a> {
    span: Span,
    lower: Cow<'a, str>,
}

/// What a position in a clause holds, for negation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Cue(Span),
    /// `but` or `;`: cues before it do not reach past it.
    Barrier(usize),
}

fn tokens(text: &str, clause: Span) -> Vec<Token<'_>> {
    let Some(slice) = text.get(clause.range()) else {
        return Vec::new();
    };
    let bytes = slice.as_bytes();
    let alnum_at = |i: usize| match bytes.get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => slice
            .get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric),
        None => false,
    };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev_alnum = false;
    let mut i = 0;
    // Bytes, decoding only non-ASCII chars: most text is ASCII.
    while let Some(&b) = bytes.get(i) {
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match slice.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let alnum = if b.is_ascii() {
            b.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        let inner_apostrophe = matches!(c, '\'' | '\u{2019}') && prev_alnum && alnum_at(i + len);
        if alnum || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(token(slice, clause.start, s, i));
        }
        prev_alnum = alnum;
        i += len;
    }
    if let Some(s) = start {
        out.push(token(slice, clause.start, s, slice.len()));
    }
    out
}

fn token(slice: &str, base: usize, start: usize, end: usize) -> Token<'_> {
    let word = slice.get(start..end).unwrap_or_default();
    // Most words are lowercase ASCII already: borrow them.
    let lower = if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else if word.contains('\u{2019}') {
        Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
    } else {
        Cow::Owned(word.to_lowercase())
    };
    Token {
        span: Span::new(base + start, base + end),
        lower,
    }
}

/// Offsets of the clause's scope barriers besides `but`: `;`, and a comma
/// that opens a participial phrase ("did not respond, saying it had
/// rejected the letter": the saying is not denied).
fn barriers(text: &str, clause: Span) -> Vec<usize> {
    let Some(s) = text.get(clause.range()) else {
        return Vec::new();
    };
    let mut out: Vec<usize> = s
        .match_indices(';')
        .map(|(i, _)| clause.start + i)
        .collect();
    for (i, _) in s.match_indices(',') {
        let next = s
            .get(i + 1..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("");
        let participle = next.len() > 4
            && next.ends_with("ing")
            && next.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_PARTICIPLES.contains(&next);
        if participle {
            out.push(clause.start + i);
        }
    }
    out
}

/// Whether `s` may hold a negation cue: a cue word, a word starting like
/// one of the verb cues, or `n't`. A cheap test that lets most clauses skip
/// tokenising; it may say yes wrongly ("failure"), never no wrongly. A cue
/// added to [`marks`] must pass it (`every_cue_word_passes_the_quick_test`).
fn may_hold_cue(s: &str) -> bool {
    const WORDS: &[&[u8]] = &[
        b"no", b"not", b"none", b"nothing", b"nobody", b"nor", b"never", b"neither", b"cannot",
        b"without", b"yet", b"rule", b"ruled", b"rules", b"ruling", b"rather", b"instead",
    ];
    const STARTS: &[&[u8]] = &[b"deny", b"deni", b"refus", b"fail", b"declin", b"unable"];
    let bytes = s.as_bytes();
    let contraction = |form: &str| memchr::memmem::find(bytes, form.as_bytes()).is_some();
    if contraction("n't") || contraction("n’t") {
        return true;
    }
    bytes.split(|b| !b.is_ascii_alphanumeric()).any(|w| {
        let starts = |p: &[u8]| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
        WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)) || STARTS.iter().any(|p| starts(p))
    })
}

/// Words ending in "-ing" after a comma that do not open a participial
/// phrase: prepositions ("did not, according to aides, sign") and nouns.
const NOT_PARTICIPLES: &[&str] = &[
    "according",
    "including",
    "regarding",
    "concerning",
    "considering",
    "excluding",
    "following",
    "notwithstanding",
    "pending",
    "during",
    "nothing",
    "something",
    "anything",
    "everything",
    "morning",
    "evening",
    "meeting",
    "spring",
    "string",
    "thing",
    "things",
];

/// "not only/just/merely" (… but also), "whether or not", "if not".
fn not_a_denial(before2: Option<&str>, before: Option<&str>, after: Option<&str>) -> bool {
    matches!(after, Some("only" | "just" | "merely"))
        || before == Some("if")
        || (before == Some("or") && before2 == Some("whether"))
}

const LITOTES: &[&str] = &["averse", "opposed", "against", "unwilling", "reluctant"];

fn marks(text: &str, clause: Span) -> Vec<Mark> {
    // Barriers only matter after a cue: a clause without one has no marks.
    if !text.get(clause.range()).is_some_and(may_hold_cue) {
        return Vec::new();
    }
    let toks = tokens(text, clause);
    let word = |i: usize| toks.get(i).map(|t| &*t.lower);
    let mut out = Vec::new();
    // Cues since the last barrier (for `nor`).
    let mut open_cues = 0usize;
    let mut skip = 0usize;
    for (i, tok) in toks.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let w = &*tok.lower;
        // "but", and conjunctions that open a clause of their own ("will not
        // reopen it until the appeal is decided").
        if matches!(
            w,
            "but" | "until" | "because" | "unless" | "although" | "though" | "whereas"
        ) {
            out.push(Mark::Barrier(tok.span.start));
            open_cues = 0;
            continue;
        }
        let negator = w == "not" || w == "cannot" || w.ends_with("n't") || w == "never";
        let cue = match w {
            _ if negator => {
                // Litotes: "not averse", "never been opposed".
                let gap = usize::from(matches!(word(i + 1), Some("be" | "been")));
                if word(i + 1 + gap).is_some_and(|n| LITOTES.contains(&n)) {
                    skip = 1 + gap;
                    None
                } else if w == "not"
                    && not_a_denial(
                        word(i.wrapping_sub(2)),
                        word(i.wrapping_sub(1)),
                        word(i + 1),
                    )
                {
                    None
                } else {
                    Some(tok.span)
                }
            }
            "no" => {
                let after = text.get(tok.span.end..).unwrap_or("");
                let numbered = after.starts_with('.')
                    && after[1..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit());
                if numbered || word(i + 1) == Some("doubt") {
                    None
                } else {
                    Some(tok.span)
                }
            }
            "none" => (word(i + 1) != Some("other")).then_some(tok.span),
            "nothing" | "nobody" | "neither" | "without" | "deny" | "denies" | "denied"
            | "denying" => Some(tok.span),
            "nor" => (open_cues % 2 == 0).then_some(tok.span),
            "yet" | "refusal" if word(i + 1) == Some("to") => toks.get(i + 1).map(|n| {
                skip = 1;
                tok.span.cover(n.span)
            }),
            // "walked away rather than take a hostile bid".
            "rather" if word(i + 1) == Some("than") => toks.get(i + 1).map(|n| {
                skip = 1;
                tok.span.cover(n.span)
            }),
            "instead" if word(i + 1) == Some("of") => toks.get(i + 1).map(|n| {
                skip = 1;
                tok.span.cover(n.span)
            }),
            "rule" | "ruled" | "rules" | "ruling" if word(i + 1) == Some("out") => {
                toks.get(i + 1).map(|n| {
                    skip = 1;
                    tok.span.cover(n.span)
                })
            }
            "refuse" | "refused" | "refuses" | "refusing" | "fail" | "failed" | "fails"
            | "failing" | "decline" | "declined" | "declines" | "declining" | "unable"
                if word(i + 1) == Some("to")
                    // "declined to 5 per cent" is a fall, not a refusal.
                    && !word(i + 2).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) =>
            {
                toks.get(i + 1).map(|n| {
                    skip = 1;
                    tok.span.cover(n.span)
                })
            }
            _ => None,
        };
        if let Some(span) = cue {
            // "no passwords were taken and no card details were accessed":
            // a cue after "and" or "or" opens a conjunct of its own, and
            // does not cancel the one before.
            if open_cues > 0 && matches!(word(i.wrapping_sub(1)), Some("and" | "or")) {
                if let Some(conj) = toks.get(i.wrapping_sub(1)) {
                    out.push(Mark::Barrier(conj.span.start));
                    open_cues = 0;
                }
            }
            out.push(Mark::Cue(span));
            open_cues += 1;
        }
    }
    for at in barriers(text, clause) {
        out.push(Mark::Barrier(at));
    }
    out.sort_by_key(|m| match m {
        Mark::Cue(s) => s.start,
        Mark::Barrier(at) => *at,
    });
    out
}

/// The negation cues of a clause, in order.
pub fn negation_cues(text: &str, clause: Span) -> Vec<NegationCue> {
    marks(text, clause)
        .into_iter()
        .filter_map(|m| match m {
            Mark::Cue(span) => Some(NegationCue { span }),
            Mark::Barrier(_) => None,
        })
        .collect()
}

/// Whether `phrase` (inside `clause`) is negated: an odd number of cues
/// earlier in the clause, none of them inside the phrase itself, and no
/// `but` or `;` between them and the phrase.
pub fn is_negated(text: &str, clause: Span, phrase: Span) -> bool {
    ClauseNegation::of(text, clause).negates(phrase)
}

/// The negation cues and barriers of one clause, read once and then asked
/// about any number of phrases in it (see [`is_negated`]).
#[derive(Debug, Clone, Default)]
pub struct ClauseNegation {
    marks: Vec<Mark>,
}

impl ClauseNegation {
    pub fn of(text: &str, clause: Span) -> ClauseNegation {
        ClauseNegation {
            marks: marks(text, clause),
        }
    }

    /// Whether `phrase`, inside this clause, is negated.
    pub fn negates(&self, phrase: Span) -> bool {
        let mut count = 0usize;
        for mark in &self.marks {
            match *mark {
                Mark::Barrier(at) if at < phrase.start => count = 0,
                Mark::Cue(span) if span.end <= phrase.start => count += 1,
                _ => {}
            }
        }
        count % 2 == 1
    }
}
