//! Tokens of the rules language: whitespace and comments, identifiers,
//! strings with escapes, integers, dates and punctuation, as nom parsers.
//!
//! Positions are kept as "bytes left" while parsing and turned into offsets
//! by [`Cx::offset`]. Errors that do not stop parsing (a bad escape, an
//! impossible date, a number beyond 64 bits) are recorded in the [`Cx`] and
//! the parser goes on with a placeholder value.

use crate::dsl::ast::Spanned;
use crate::dsl::error::RuleError;
use crate::source::Span;
use chrono::NaiveDate;
use nom::error::{ErrorKind, ParseError};
use nom::{Err, IResult};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// A parse error: where (bytes left), what was expected, or a specific problem.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PErr {
    pub(crate) rest: usize,
    pub(crate) expected: Vec<&'static str>,
    pub(crate) problem: Option<Box<(RuleError, Span)>>,
}

impl PErr {
    pub(crate) fn at(rest: &str, expected: &'static str) -> PErr {
        PErr {
            rest: rest.len(),
            expected: vec![expected],
            problem: None,
        }
    }

    pub(crate) fn problem(rest: &str, error: RuleError, span: Span) -> PErr {
        PErr {
            rest: rest.len(),
            expected: Vec::new(),
            problem: Some(Box::new((error, span))),
        }
    }
}

impl<'a> ParseError<&'a str> for PErr {
    fn from_error_kind(input: &'a str, _: ErrorKind) -> PErr {
        PErr {
            rest: input.len(),
            expected: Vec::new(),
            problem: None,
        }
    }

    fn append(_: &'a str, _: ErrorKind, other: PErr) -> PErr {
        other
    }

    /// Keep the farthest error; at the same place, merge what was expected.
    fn or(mut self, other: PErr) -> PErr {
        if other.rest < self.rest {
            return other;
        }
        if self.rest < other.rest || self.problem.is_some() {
            return self;
        }
        if other.problem.is_some() {
            return other;
        }
        for e in other.expected {
            if !self.expected.contains(&e) {
                self.expected.push(e);
            }
        }
        self
    }
}

pub(crate) type Res<'a, T> = IResult<&'a str, T, PErr>;

/// Parsing context: the text's length and what was found on the side.
#[derive(Debug)]
pub(crate) struct Cx {
    len: usize,
    pub(crate) comments: RefCell<BTreeMap<usize, Spanned<String>>>,
    pub(crate) errors: RefCell<Vec<(RuleError, Span)>>,
    /// Code and span of every recorded error (a token read twice by two
    /// `alt` branches is reported once).
    recorded: RefCell<std::collections::HashSet<(&'static str, Span)>>,
}

impl Cx {
    pub(crate) fn new(src: &str) -> Cx {
        Cx {
            len: src.len(),
            comments: RefCell::new(BTreeMap::new()),
            errors: RefCell::new(Vec::new()),
            recorded: RefCell::new(std::collections::HashSet::new()),
        }
    }

    /// Byte offset of the start of `rest` in the whole text.
    pub(crate) fn offset(&self, rest: &str) -> usize {
        self.len.saturating_sub(rest.len())
    }

    pub(crate) fn offset_of_rest(&self, rest: usize) -> usize {
        self.len.saturating_sub(rest)
    }

    pub(crate) fn span(&self, from: &str, to: &str) -> Span {
        Span::new(self.offset(from), self.offset(to).max(self.offset(from)))
    }

    fn record(&self, error: RuleError, span: Span) {
        if self.recorded.borrow_mut().insert((error.code(), span)) {
            self.errors.borrow_mut().push((error, span));
        }
    }
}

/// Skip whitespace and comments (recording the comments).
pub(crate) fn ws<'a>(cx: &Cx, mut i: &'a str) -> &'a str {
    loop {
        let trimmed = i.trim_start();
        if let Some(body) = trimmed.strip_prefix('#') {
            let end = body.find('\n').unwrap_or(body.len());
            let text = &trimmed[..end + 1];
            let start = cx.offset(trimmed);
            let rest = &body[end..];
            cx.comments.borrow_mut().entry(start).or_insert_with(|| {
                let text = text.trim_end();
                Spanned::new(text.to_string(), Span::new(start, start + text.len()))
            });
            i = rest;
        } else {
            return trimmed;
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Length in bytes of the identifier at the start of `i` (0 if none).
pub(crate) fn ident_len(i: &str) -> usize {
    match i.chars().next() {
        Some(c) if is_ident_start(c) => i.find(|c: char| !is_ident_char(c)).unwrap_or(i.len()),
        _ => 0,
    }
}

/// `[A-Za-z_][A-Za-z0-9_-]*`
pub(crate) fn ident<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<String>> {
    let i = ws(cx, i);
    let n = ident_len(i);
    if n == 0 {
        return Err(Err::Error(PErr::at(i, "identifier")));
    }
    let (word, rest) = i.split_at(n);
    Ok((rest, Spanned::new(word.to_string(), cx.span(i, rest))))
}

/// One keyword (an identifier spelt exactly so). Consumes nothing on failure.
pub(crate) fn keyword<'a, 'c>(
    cx: &'c Cx,
    kw: &'static str,
    label: &'static str,
) -> impl Fn(&'a str) -> Res<'a, Span> + 'c {
    move |i: &'a str| {
        let i = ws(cx, i);
        let n = ident_len(i);
        if n > 0 && &i[..n] == kw {
            let rest = &i[n..];
            Ok((rest, cx.span(i, rest)))
        } else {
            Err(Err::Error(PErr::at(i, label)))
        }
    }
}

/// One punctuation symbol (`{`, `}`, `:`, `,`, `|`, `=`, `..`).
pub(crate) fn sym<'a, 'c>(
    cx: &'c Cx,
    s: &'static str,
    label: &'static str,
) -> impl Fn(&'a str) -> Res<'a, Span> + 'c {
    move |i: &'a str| {
        let i = ws(cx, i);
        match i.strip_prefix(s) {
            Some(rest) => Ok((rest, cx.span(i, rest))),
            None => Err(Err::Error(PErr::at(i, label))),
        }
    }
}

/// A double-quoted string with escapes `\" \\ \n \t \u{HEX}`. A raw line
/// break ends an unterminated string. A bad escape is recorded and kept as
/// written.
pub(crate) fn string<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<String>> {
    let i = ws(cx, i);
    let Some(body) = i.strip_prefix('"') else {
        return Err(Err::Error(PErr::at(i, "string")));
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((k, c)) = chars.next() {
        match c {
            '"' => {
                let rest = &body[k + 1..];
                return Ok((rest, Spanned::new(out, cx.span(i, rest))));
            }
            '\n' | '\r' => break,
            '\\' => {
                let esc_start = cx.offset(&body[k..]);
                match chars.next() {
                    Some((_, '"')) => out.push('"'),
                    Some((_, '\\')) => out.push('\\'),
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((u, 'u')) => {
                        let tail = &body[u + 1..];
                        let parsed = unicode_escape(tail);
                        match parsed {
                            Some((ch, used)) => {
                                out.push(ch);
                                // skip the `{HEX}` part
                                for _ in 0..tail[..used].chars().count() {
                                    chars.next();
                                }
                            }
                            None => {
                                let end = tail
                                    .find(['}', '"', '\n'])
                                    .map(|p| if tail[p..].starts_with('}') { p + 1 } else { p })
                                    .unwrap_or(0);
                                let text = format!("\\u{}", &tail[..end]);
                                let span = Span::new(esc_start, esc_start + text.len());
                                cx.record(RuleError::BadEscape { escape: text }, span);
                                for _ in 0..tail[..end].chars().count() {
                                    chars.next();
                                }
                            }
                        }
                    }
                    Some((_, '\n')) | Some((_, '\r')) | None => break,
                    Some((_, other)) => {
                        let text = format!("\\{other}");
                        let span = Span::new(esc_start, esc_start + text.len());
                        cx.record(RuleError::BadEscape { escape: text }, span);
                        out.push(other);
                    }
                }
            }
            c => out.push(c),
        }
    }
    let line_end = i.find(['\n', '\r']).unwrap_or(i.len());
    let start = cx.offset(i);
    Err(Err::Failure(PErr::problem(
        i,
        RuleError::UnterminatedString,
        Span::new(start, start + line_end),
    )))
}

/// `{HEX}` after `\u`: the char and the bytes used.
fn unicode_escape(tail: &str) -> Option<(char, usize)> {
    let inner = tail.strip_prefix('{')?;
    let close = inner.find('}')?;
    let hex = &inner[..close];
    if hex.is_empty() || hex.len() > 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    Some((ch, close + 2))
}

/// A decimal integer. Beyond 64 bits: recorded, value `u64::MAX`.
pub(crate) fn integer<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<u64>> {
    let i = ws(cx, i);
    let n = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    if n == 0 {
        return Err(Err::Error(PErr::at(i, "integer")));
    }
    let (digits, rest) = i.split_at(n);
    let span = cx.span(i, rest);
    let value = match digits.parse::<u64>() {
        Ok(v) => v,
        Err(_) => {
            cx.record(
                RuleError::NumberTooLarge {
                    digits: digits.to_string(),
                },
                span,
            );
            u64::MAX
        }
    };
    Ok((rest, Spanned::new(value, span)))
}

/// A date `YYYY-MM-DD`; `None` (recorded) when it is not a real day.
pub(crate) fn date<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<Option<NaiveDate>>> {
    let i = ws(cx, i);
    let shape = i.as_bytes().get(..10).is_some_and(|b| {
        b.iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    });
    if !shape {
        return Err(Err::Error(PErr::at(i, "date (YYYY-MM-DD)")));
    }
    let (text, rest) = i.split_at(10);
    let span = cx.span(i, rest);
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    let value = match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    };
    if value.is_none() {
        cx.record(
            RuleError::ImpossibleDate {
                text: text.to_string(),
            },
            span,
        );
    }
    Ok((rest, Spanned::new(value, span)))
}

/// Record an error found while parsing that does not stop it.
pub(crate) fn record(cx: &Cx, error: RuleError, span: Span) {
    cx.record(error, span);
}
