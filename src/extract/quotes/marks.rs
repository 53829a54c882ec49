//! Finding quotation marks and pairing them into passages.
//!
//! Curly double (`“…”`, `„…”`), straight double (`"…"`), curly single
//! (`‘…’`), straight single (`'…'`) and guillemets (`«…»`). A mark between
//! two letters or digits is an apostrophe (`Trump’s`, `we’ll`, `Benzinga‘s`);
//! an opening single mark must follow the start of the text, a space, an
//! opening bracket, a dash or another opening quote, and must be followed by
//! a letter or punctuation (not a space and not a digit: `'90s`); a closing
//! one must follow a non-space and precede a space, punctuation or the end
//! (`leaders’ meeting` only closes a single quote that is open, and not
//! even then when another closing mark follows on the line: `‘the leaders’
//! talks went well’`). `rock 'n' roll` is not a quotation. Quotes of the other family nest one level
//! inside a quotation and stay in it.
//!
//! A quotation left open ends at a paragraph break (a blank line, or a line
//! break before an opening mark), at a new opening mark of its own family, or
//! at the end of the sentence span it started in, whichever comes first;
//! trailing whitespace is left out.

use crate::source::Span;

/// How far past the end of its sentence a quotation is followed to find its
/// closing mark: enough for a long multi-sentence quotation, small enough
/// that a call stays cheap whatever the text.
const MAX_LOOKAHEAD: usize = 8_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    family: Family,
    role: Role,
    /// Straight marks: `"` or `'`.
    straight: bool,
}

/// A passage found by the scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Passage {
    /// Opening mark to closing mark (or to where an open quotation ends).
    pub(crate) span: Span,
    pub(crate) inner: Span,
    pub(crate) closed: bool,
}

/// Whether `c` may stand before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '<'
                        | '-'
                        | '\u{2013}'
                        | '\u{2014}'
                        | '/'
                        | '“'
                        | '‘'
                        | '"'
                        | '\''
                        | '«'
                        | '„'
                        | '|'
                        | ':'
                )
        }
    }
}

/// Whether `c` may stand after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || (c.is_ascii_punctuation() && c != '_') || "”’»…–—".contains(c)
        }
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// What the mark `c` is, given its neighbours; `None` for apostrophes and
/// marks that are neither plainly opening nor closing.
fn classify(prev: Option<char>, c: char, next: Option<char>) -> Option<Mark> {
    let (family, straight) = match c {
        '“' | '”' | '„' => (Family::Double, false),
        '"' => (Family::Double, true),
        '‘' | '’' => (Family::Single, false),
        '\'' => (Family::Single, true),
        '«' | '»' => (Family::Guillemet, false),
        _ => return None,
    };
    if family == Family::Single && is_word_char(prev) && is_word_char(next) {
        return None;
    }
    let can_open = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
    let can_close = prev.is_some_and(|p| !p.is_whitespace());
    let role = match c {
        '“' | '„' | '«' => Role::Open,
        '”' | '»' => Role::Close,
        '"' if can_open => Role::Open,
        '"' if can_close => Role::Close,
        '‘' | '\'' if can_open && !next.is_some_and(|n| n.is_ascii_digit()) => Role::Open,
        '’' | '\'' if can_close && closes_before(next) => Role::Close,
        _ => return None,
    };
    Some(Mark {
        family,
        role,
        straight,
    })
}

/// An open outer quotation.
#[derive(Debug, Clone, Copy)]
struct Open {
    at: usize,
    len: usize,
    family: Family,
}

/// Every quotation whose opening mark lies in `sentence`, in order.
pub(crate) fn scan(text: &str, sentence: Span) -> Vec<Passage> {
    let start = sentence.start.min(text.len());
    let sentence = Span::new(start, sentence.end.clamp(start, text.len()));
    let Some(rest) = text.get(sentence.start..) else {
        return Vec::new();
    };
    let mut prev = text
        .get(..sentence.start)
        .and_then(|s| s.chars().next_back());
    let mut out = Vec::new();
    let mut outer: Option<Open> = None;
    let mut nested: Option<Family> = None;
    let mut iter = rest.char_indices().peekable();
    while let Some((offset, c)) = iter.next() {
        let at = sentence.start + offset;
        let next = iter.peek().map(|&(_, n)| n);
        if at >= sentence.end && (outer.is_none() || at >= sentence.end + MAX_LOOKAHEAD) {
            break;
        }
        if c == '\n' {
            if let Some(o) = outer {
                if paragraph_break(&text[at..]) {
                    out.push(unclosed(text, o, at, sentence));
                    outer = None;
                    nested = None;
                }
            }
            prev = Some(c);
            continue;
        }
        let mark = classify(prev, c, next);
        prev = Some(c);
        let Some(mark) = mark else { continue };
        // rock 'n' roll
        if mark.role == Role::Open
            && mark.family == Family::Single
            && rest_is_n_quote(&rest[offset..])
        {
            continue;
        }
        // "‘the leaders’ talks went well’": a plural possessive, when a
        // later mark closes the quotation.
        if mark.role == Role::Close
            && mark.family == Family::Single
            && outer.is_some_and(|o| o.family == Family::Single)
            && is_plural_possessive(prev_of(text, at), &rest[offset..])
        {
            continue;
        }
        match outer {
            None => {
                if mark.role == Role::Open && at < sentence.end {
                    outer = Some(Open {
                        at,
                        len: c.len_utf8(),
                        family: mark.family,
                    });
                }
            }
            Some(o) if mark.family == o.family => {
                if mark.role == Role::Close || mark.straight {
                    let end = at + c.len_utf8();
                    out.push(Passage {
                        span: Span::new(o.at, end),
                        inner: Span::new(o.at + o.len, at),
                        closed: true,
                    });
                    outer = None;
                    nested = None;
                } else {
                    // A new opening mark of the same family: the open one
                    // was never closed.
                    out.push(unclosed(text, o, at, sentence));
                    nested = None;
                    outer = (at < sentence.end).then_some(Open {
                        at,
                        len: c.len_utf8(),
                        family: mark.family,
                    });
                }
            }
            Some(_) => match (nested, mark.role) {
                (Some(f), Role::Close) if f == mark.family => nested = None,
                (None, Role::Open) => nested = Some(mark.family),
                _ => {}
            },
        }
    }
    if let Some(o) = outer {
        out.push(unclosed(text, o, text.len(), sentence));
    }
    out
}

/// How far ahead a plural possessive looks for the real closing mark.
const POSSESSIVE_LOOKAHEAD: usize = 300;

/// The character before byte `at`.
fn prev_of(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

/// Whether the single mark at the start of `rest`, after `prev`, reads as a
/// plural possessive (`leaders’ talks`): it follows an `s`, a space and a
/// lowercase word follow it, and another closing single mark follows on the
/// same line within [`POSSESSIVE_LOOKAHEAD`] bytes, before any opening
/// single mark.
fn is_plural_possessive(prev: Option<char>, rest: &str) -> bool {
    let mut chars = rest.chars();
    let _mark = chars.next();
    if prev != Some('s')
        || chars.next() != Some(' ')
        || !chars.next().is_some_and(char::is_lowercase)
    {
        return false;
    }
    let mut before = prev;
    let mut ahead = rest.char_indices().skip(1).peekable();
    while let Some((i, c)) = ahead.next() {
        if i > POSSESSIVE_LOOKAHEAD || c == '\n' {
            break;
        }
        let next = ahead.peek().map(|&(_, n)| n);
        let mark = classify(before, c, next);
        if mark.is_some_and(|m| m.family == Family::Single && m.role == Role::Open) {
            break;
        }
        if matches!(c, '’' | '\'')
            && classify(before, c, next).is_some_and(|m| m.role == Role::Close)
            && !(before == Some('s') && next == Some(' '))
        {
            return true;
        }
        before = Some(c);
    }
    false
}

/// `'n'` / `‘n’` as in "rock 'n' roll".
fn rest_is_n_quote(rest: &str) -> bool {
    let mut chars = rest.chars();
    let _open = chars.next();
    chars.next() == Some('n')
        && matches!(chars.next(), Some('\'' | '’'))
        && chars.next().is_none_or(char::is_whitespace)
}

/// Whether the line break at the start of `from` ends a paragraph: a blank
/// line follows, or the next line starts with an opening mark.
fn paragraph_break(from: &str) -> bool {
    let next_line = from.get(1..).unwrap_or("");
    let trimmed = next_line.trim_start_matches([' ', '\t', '\r']);
    trimmed.is_empty() || trimmed.starts_with(['\n', '“', '„', '«', '‘', '"'])
}

/// A quotation opened at `o` and never closed before `limit`.
fn unclosed(text: &str, o: Open, limit: usize, sentence: Span) -> Passage {
    let content_start = o.at + o.len;
    let end = limit.min(sentence.end.max(content_start));
    let trimmed = text
        .get(content_start..end)
        .map_or(content_start, |s| content_start + s.trim_end().len());
    Passage {
        span: Span::new(o.at, trimmed),
        inner: Span::new(content_start, trimmed),
        closed: false,
    }
}
