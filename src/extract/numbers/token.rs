//! Tokens of a span: words, numerals and punctuation, with byte spans.
//!
//! A token is a run of letters and digits (digits may carry internal `,` `.`
//! `:` between digits, words internal apostrophes between letters), or one
//! other non-space character. `glued` says no whitespace precedes the token,
//! so "three-day" is `three` `-` `day` with the last two glued.

use crate::source::Span;
use std::borrow::Cow;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (and internal apostrophes) only.
    Word,
    /// ASCII digits with internal separators only.
    Num,
    /// Letters and digits mixed ("21st", "G20", "3pm").
    Mixed,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub kind: TokKind,
    /// No whitespace between this token and the one before.
    pub glued: bool,
}

impl<'a> Token<'a> {
    pub(crate) fn is_word(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.text.eq_ignore_ascii_case(w)
    }

    pub(crate) fn is_punct(&self, p: &[char]) -> bool {
        self.kind == TokKind::Punct && self.text.chars().next().is_some_and(|c| p.contains(&c))
    }

    /// The token lowercased; borrowed (no allocation) when it has no
    /// uppercase letter, as most words do.
    pub(crate) fn lower(&self) -> Cow<'a, str> {
        if self
            .text
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            Cow::Owned(self.text.to_lowercase())
        } else {
            Cow::Borrowed(self.text)
        }
    }

    pub(crate) fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The word token at `k`, lowercased; `None` past the end or for a
/// non-word token.
pub(crate) fn word_lower<'a>(toks: &[Token<'a>], k: usize) -> Option<Cow<'a, str>> {
    toks.get(k)
        .filter(|t| t.kind == TokKind::Word)
        .map(Token::lower)
}

/// Dashes that join ranges and compounds.
pub(crate) const DASHES: &[char] = &['-', '–', '—', '‐', '‑'];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Split `span` of `text` into tokens. A span that does not fit `text` gives
/// no tokens.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut glued = false;
    while let Some(&(start, c)) = chars.get(i) {
        if c.is_whitespace() {
            glued = false;
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while let Some(&(_, d)) = chars.get(j) {
                let prev = chars.get(j - 1).map(|p| p.1).unwrap_or(' ');
                let next = chars.get(j + 1).map(|p| p.1).unwrap_or(' ');
                let joins = d.is_alphanumeric()
                    || (matches!(d, ',' | '.' | ':')
                        && prev.is_ascii_digit()
                        && next.is_ascii_digit())
                    || (is_apostrophe(d) && prev.is_alphabetic() && next.is_alphabetic());
                if !joins {
                    break;
                }
                j += 1;
            }
        }
        let end = chars.get(j).map(|p| p.0).unwrap_or(s.len());
        let piece = s.get(start..end).unwrap_or("");
        let kind = if !c.is_alphanumeric() {
            TokKind::Punct
        } else if piece
            .chars()
            .all(|d| d.is_ascii_digit() || matches!(d, ',' | '.' | ':'))
        {
            TokKind::Num
        } else if piece.chars().all(|d| d.is_alphabetic() || is_apostrophe(d)) {
            TokKind::Word
        } else {
            TokKind::Mixed
        };
        out.push(Token {
            text: piece,
            span: Span::new(span.start + start, span.start + end),
            kind,
            glued,
        });
        glued = true;
        i = j;
    }
    out
}
