//! The grammar of rule files as nom parsers, with recovery at item level.
//!
//! Each item starts with a keyword; after it the parser commits (`cut`), so
//! an error inside a fact is reported there and not as "unknown keyword".
//! When an item fails, recovery skips to the next line that starts an item
//! or past the item's balanced `}` and goes on, so one bad fact does not
//! hide errors in the next.

use crate::dsl::ast::{
    Anchor, Entity, Fact, FactKind, Field, Include, Item, RuleFileAst, Severity, Spanned, Story,
    StoryField, Verdict,
};
use crate::dsl::error::RuleError;
use crate::dsl::fields::{backticked, fields_of};
use crate::dsl::lexical::{
    date, ident, ident_len, integer, keyword, record, string, sym, ws, Cx, PErr, Res,
};
use crate::dsl::suggest::suggest;
use crate::source::Span;
use chrono::NaiveDate;
use nom::branch::alt;
use nom::combinator::{cut, map};
use nom::sequence::preceded;
use nom::{Err, Parser};

/// The item keywords.
pub(crate) const ITEM_KEYWORDS: [&str; 4] = ["story", "entity", "fact", "include"];
/// The fact kinds.
pub(crate) const KINDS: [&str; 7] = ["count", "date", "place", "event", "quote", "name", "forbid"];

/// What parsing one file gives.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub(crate) ast: RuleFileAst,
    pub(crate) errors: Vec<(RuleError, Span)>,
    /// Ids of entities whose item failed to parse (not "undefined" later).
    pub(crate) broken_entities: Vec<String>,
}

/// Parse a whole file; never fails.
pub(crate) fn parse_file(src: &str) -> Parsed {
    let cx = Cx::new(src);
    let mut parsed = Parsed::default();
    // A byte-order mark some editors write is not part of the text.
    let mut i = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    loop {
        let start = ws(&cx, i);
        if start.is_empty() {
            break;
        }
        match item(&cx, start) {
            Ok((rest, it)) => {
                parsed.ast.items.push(it);
                i = rest;
            }
            Err(Err::Error(e)) | Err(Err::Failure(e)) => {
                let at = cx.offset_of_rest(e.rest);
                parsed.errors.push(explain(src, &cx, e, at));
                let from = cx.offset(start);
                if let Some(id) = broken_entity_id(start) {
                    parsed.broken_entities.push(id);
                }
                let resume = recover(src, from, at);
                parsed.ast.items.push(Item::Error(Span::new(from, resume)));
                i = src.get(resume..).unwrap_or("");
            }
            Err(Err::Incomplete(_)) => break,
        }
    }
    parsed.ast.comments = cx.comments.take().into_values().collect();
    let mut errors = cx.errors.take();
    errors.append(&mut parsed.errors);
    errors.sort_by_key(|(_, s)| (s.start, s.end));
    errors.dedup();
    parsed.errors = errors;
    parsed
}

/// `entity ID` at the start of a failed item: its id.
fn broken_entity_id(i: &str) -> Option<String> {
    let rest = i.strip_prefix("entity")?;
    let rest = rest.trim_start();
    let n = ident_len(rest);
    (n > 0).then(|| rest[..n].to_string())
}

/// Turn a parse error into a rule error with its span.
fn explain(src: &str, cx: &Cx, e: PErr, at: usize) -> (RuleError, Span) {
    if let Some(problem) = e.problem {
        return *problem;
    }
    let rest = src.get(at..).unwrap_or("");
    let (found, len) = describe(rest);
    let _ = cx;
    // A misspelt keyword where only keywords fit: say which.
    let words: Vec<&str> = e
        .expected
        .iter()
        .filter_map(|x| x.strip_prefix('`')?.strip_suffix('`'))
        .filter(|w| ident_len(w) == w.len())
        .collect();
    let word = &rest[..ident_len(rest)];
    let suggestion = if word.is_empty() || words.len() != e.expected.len() {
        None
    } else {
        suggest(word, &words).map(str::to_string)
    };
    (
        RuleError::Syntax {
            expected: e.expected,
            found,
            suggestion,
        },
        Span::new(at, at + len),
    )
}

/// How to name the token at the start of `rest`, and its length.
fn describe(rest: &str) -> (String, usize) {
    let n = ident_len(rest);
    if n > 0 {
        return (format!("`{}`", &rest[..n]), n);
    }
    match rest.chars().next() {
        None => ("end of file".to_string(), 0),
        Some('"') => {
            let n = rest[1..].find(['"', '\n']).map(|p| p + 2).unwrap_or(1);
            ("string".to_string(), n.min(rest.len()))
        }
        Some(c) if c.is_ascii_digit() => {
            let n = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            (format!("`{}`", &rest[..n]), n)
        }
        Some(c) => (format!("`{c}`"), c.len_utf8()),
    }
}

/// Where to go on after an item that started at `from` failed at `at`:
/// past the item's balanced `}`, or at the next line that starts an item.
fn recover(src: &str, from: usize, at: usize) -> usize {
    let bytes = src.as_bytes();
    let mut depth = 0i64;
    let mut k = from;
    let mut in_string = false;
    let mut at_line_start = false;
    while k < bytes.len() {
        let b = bytes[k];
        if k > at && at_line_start && !in_string {
            let line = &src[k..];
            let word = &line[..ident_len(line)];
            if ITEM_KEYWORDS.contains(&word) {
                return k;
            }
        }
        if b == b'\n' {
            in_string = false;
            at_line_start = true;
            k += 1;
            continue;
        }
        if at_line_start && (b == b' ' || b == b'\t' || b == b'\r') {
            k += 1;
            continue;
        }
        at_line_start = false;
        if in_string {
            match b {
                b'\\' => k += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'#' => {
                    while k < bytes.len() && bytes[k] != b'\n' {
                        k += 1;
                    }
                    continue;
                }
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth <= 0 && k >= at {
                        return k + 1;
                    }
                }
                _ => {}
            }
        }
        k += 1;
    }
    src.len().max(from + 1).min(src.len())
}

/// When nothing matched and the text there is a word: an unknown keyword.
fn classify(
    i: &str,
    cx: &Cx,
    e: Err<PErr>,
    make: impl FnOnce(String, Span) -> RuleError,
) -> Err<PErr> {
    let Err::Error(err) = e else { return e };
    let here = ws(cx, i);
    if err.problem.is_some() || err.rest != here.len() {
        return Err::Error(err);
    }
    let n = ident_len(here);
    if n == 0 {
        return Err::Error(err);
    }
    let word = here[..n].to_string();
    let span = Span::new(cx.offset(here), cx.offset(here) + n);
    Err::Failure(PErr::problem(here, make(word, span), span))
}

fn item<'a>(cx: &Cx, i: &'a str) -> Res<'a, Item> {
    alt((
        map(|i| story(cx, i), Item::Story),
        map(|i| entity(cx, i), Item::Entity),
        map(|i| fact(cx, i), Item::Fact),
        map(|i| include(cx, i), Item::Include),
    ))
    .parse(i)
    .map_err(|e| {
        classify(i, cx, e, |found, _| RuleError::UnknownKeyword {
            suggestion: suggest(&found, &ITEM_KEYWORDS).map(str::to_string),
            found,
        })
    })
}

fn include<'a>(cx: &Cx, i: &'a str) -> Res<'a, Include> {
    let (rest, kw) = keyword(cx, "include", "`include`")(i)?;
    let (rest, path) = cut(|i| string(cx, i)).parse(rest)?;
    let span = kw.cover(path.span);
    Ok((rest, Include { path, span }))
}

fn story<'a>(cx: &Cx, i: &'a str) -> Res<'a, Story> {
    let (rest, kw) = keyword(cx, "story", "`story`")(i)?;
    let (mut rest, title) = cut(|i| string(cx, i)).parse(rest)?;
    let mut span = kw.cover(title.span);
    let mut fields = Vec::new();
    if let Ok((r, _)) = sym(cx, "{", "`{`")(rest) {
        rest = r;
        loop {
            if let Ok((r, close)) = sym(cx, "}", "`}`")(rest) {
                span = span.cover(close);
                rest = r;
                break;
            }
            let (r, f) = story_field(cx, rest)?;
            fields.push(f);
            rest = r;
        }
    }
    Ok((
        rest,
        Story {
            title,
            fields,
            span,
        },
    ))
}

fn story_field<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<StoryField>> {
    let about = |i: &'a str| {
        let (rest, kw) = keyword(cx, "about", "`about`")(i)?;
        let (rest, anchors) = cut(|i| anchors(cx, i)).parse(rest)?;
        let span = kw.cover(anchors_span(&anchors, kw));
        Ok((rest, Spanned::new(StoryField::About(anchors), span)))
    };
    let dateline = |i: &'a str| {
        let (rest, kw) = keyword(cx, "dateline", "`dateline`")(i)?;
        let (rest, d) = cut(|i| date(cx, i)).parse(rest)?;
        let value = Spanned::new(d.value.unwrap_or_default(), d.span);
        Ok((
            rest,
            Spanned::new(StoryField::Dateline(value), kw.cover(d.span)),
        ))
    };
    alt((about, dateline)).parse(i).map_err(|e| {
        let e = classify(i, cx, e, |found, _| RuleError::UnknownField {
            suggestion: suggest(&found, &["about", "dateline"]).map(str::to_string),
            found,
            allowed: vec!["`about`", "`dateline`"],
        });
        match e {
            Err::Error(mut err) => {
                err.expected.push("`}`");
                Err::Failure(err)
            }
            other => other,
        }
    })
}

fn entity<'a>(cx: &Cx, i: &'a str) -> Res<'a, Entity> {
    let (rest, kw) = keyword(cx, "entity", "`entity`")(i)?;
    let (rest, id) = cut(|i| ident(cx, i)).parse(rest)?;
    let (rest, _) = cut(sym(cx, "=", "`=`")).parse(rest)?;
    let (mut rest, first) = cut(|i| string(cx, i)).parse(rest)?;
    let mut names = vec![first];
    while let Ok((r, _)) = sym(cx, "|", "`|`")(rest) {
        let (r, name) = cut(|i| string(cx, i)).parse(r)?;
        names.push(name);
        rest = r;
    }
    let end = names.last().map(|n| n.span).unwrap_or(kw);
    let span = kw.cover(end);
    Ok((rest, Entity { id, names, span }))
}

fn fact<'a>(cx: &Cx, i: &'a str) -> Res<'a, Fact> {
    let (rest, kw) = keyword(cx, "fact", "`fact`")(i)?;
    let (rest, id) = cut(|i| ident(cx, i)).parse(rest)?;
    let (rest, _) = cut(sym(cx, ":", "`:`")).parse(rest)?;
    let (rest, kind) = kind(cx, rest)?;
    let (mut rest, _) = cut(sym(cx, "{", "`{`")).parse(rest)?;
    let mut fields = Vec::new();
    let keyword_name = kind.value.keyword();
    loop {
        if let Ok((r, close)) = sym(cx, "}", "`}`")(rest) {
            let fact = Fact {
                id,
                kind,
                fields,
                span: kw.cover(close),
            };
            return Ok((r, fact));
        }
        match field(cx, rest) {
            Ok((r, f)) => {
                fields.push(f);
                rest = r;
            }
            Err(e) => {
                let e = classify(rest, cx, e, |found, _| {
                    let names = fields_of(keyword_name);
                    RuleError::UnknownField {
                        suggestion: suggest(&found, &names).map(str::to_string),
                        allowed: names.iter().map(|n| backticked(n)).collect(),
                        found,
                    }
                });
                return Err(match e {
                    Err::Error(mut err) => {
                        err.expected.push("`}`");
                        Err::Failure(err)
                    }
                    other => other,
                });
            }
        }
    }
}

fn kind<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<FactKind>> {
    let count = |i: &'a str| {
        let (r, kw) = keyword(cx, "count", "`count`")(i)?;
        let (r, n) = cut(|i| integer(cx, i)).parse(r)?;
        Ok((r, Spanned::new(FactKind::Count(n.value), kw.cover(n.span))))
    };
    let date_kind = |i: &'a str| {
        let (r, kw) = keyword(cx, "date", "`date`")(i)?;
        let (r, start) = cut(|i| date(cx, i)).parse(r)?;
        let (r, end) = match sym(cx, "..", "`..`")(r) {
            Ok((r, _)) => {
                let (r, end) = cut(|i| date(cx, i)).parse(r)?;
                (r, Some(end))
            }
            Err(_) => (r, None),
        };
        if let (Some(s), Some(Spanned { value: Some(e), .. })) = (start.value, &end) {
            if *e < s {
                let span = start
                    .span
                    .cover(end.as_ref().map_or(start.span, |e| e.span));
                record(cx, RuleError::ReversedRange { start: s, end: *e }, span);
            }
        }
        let fix = |d: Spanned<Option<NaiveDate>>| Spanned::new(d.value.unwrap_or_default(), d.span);
        let span = kw.cover(end.as_ref().map_or(start.span, |e| e.span));
        Ok((
            r,
            Spanned::new(FactKind::Date(fix(start), end.map(fix)), span),
        ))
    };
    let place = |i: &'a str| {
        let (r, kw) = keyword(cx, "place", "`place`")(i)?;
        let (r, a) = cut(|i| anchor(cx, i)).parse(r)?;
        let span = kw.cover(a.span());
        Ok((r, Spanned::new(FactKind::Place(a), span)))
    };
    let event = |i: &'a str| {
        let (r, kw) = keyword(cx, "event", "`event`")(i)?;
        Ok((r, Spanned::new(FactKind::Event, kw)))
    };
    let quote = |i: &'a str| {
        let (r, kw) = keyword(cx, "quote", "`quote`")(i)?;
        let (r, s) = cut(|i| string(cx, i)).parse(r)?;
        let span = kw.cover(s.span);
        Ok((r, Spanned::new(FactKind::Quote(s), span)))
    };
    let name = |i: &'a str| {
        let (r, kw) = keyword(cx, "name", "`name`")(i)?;
        let (r, id) = cut(|i| ident(cx, i)).parse(r)?;
        let span = kw.cover(id.span);
        Ok((r, Spanned::new(FactKind::Name(id), span)))
    };
    let forbid = |i: &'a str| {
        let (r, kw) = keyword(cx, "forbid", "`forbid`")(i)?;
        Ok((r, Spanned::new(FactKind::Forbid, kw)))
    };
    alt((count, date_kind, place, event, quote, name, forbid))
        .parse(i)
        .map_err(|e| {
            let e = classify(i, cx, e, |found, _| RuleError::UnknownKind {
                suggestion: suggest(&found, &KINDS).map(str::to_string),
                found,
            });
            match e {
                Err::Error(err) => Err::Failure(err),
                other => other,
            }
        })
}

fn field<'a>(cx: &Cx, i: &'a str) -> Res<'a, Spanned<Field>> {
    let strings_field = |kw: &'static str, label: &'static str, make: fn(_) -> Field| {
        move |i: &'a str| {
            let (r, k) = keyword(cx, kw, label)(i)?;
            let (r, list) = cut(|i| strings(cx, i)).parse(r)?;
            let span = k.cover(list.last().map_or(k, |s: &Spanned<String>| s.span));
            Ok((r, Spanned::new(make(list), span)))
        }
    };
    let anchors_field = |kw: &'static str, label: &'static str, make: fn(_) -> Field| {
        move |i: &'a str| {
            let (r, k) = keyword(cx, kw, label)(i)?;
            let (r, list) = cut(|i| anchors(cx, i)).parse(r)?;
            let span = k.cover(anchors_span(&list, k));
            Ok((r, Spanned::new(make(list), span)))
        }
    };
    let claim = |i: &'a str| {
        let (r, k) = keyword(cx, "claim", "`claim`")(i)?;
        let (r, s) = cut(|i| string(cx, i)).parse(r)?;
        let span = k.cover(s.span);
        Ok((r, Spanned::new(Field::Claim(s), span)))
    };
    let by = |i: &'a str| {
        let (r, k) = keyword(cx, "by", "`by`")(i)?;
        let (r, id) = cut(|i| ident(cx, i)).parse(r)?;
        let span = k.cover(id.span);
        Ok((r, Spanned::new(Field::By(id), span)))
    };
    let window = |i: &'a str| {
        let (r, k) = keyword(cx, "window", "`window`")(i)?;
        let (r, n) = cut(|i| integer(cx, i)).parse(r)?;
        let span = k.cover(n.span);
        Ok((r, Spanned::new(Field::Window(n), span)))
    };
    let severity = |i: &'a str| {
        let (r, k) = keyword(cx, "severity", "`severity`")(i)?;
        let (r, level) = cut(alt((
            map(keyword(cx, "error", "`error`"), |s| {
                Spanned::new(Severity::Error, s)
            }),
            map(keyword(cx, "warning", "`warning`"), |s| {
                Spanned::new(Severity::Warning, s)
            }),
            map(keyword(cx, "note", "`note`"), |s| {
                Spanned::new(Severity::Note, s)
            }),
        )))
        .parse(r)?;
        let span = k.cover(level.span);
        Ok((r, Spanned::new(Field::Severity(level), span)))
    };
    let example = |i: &'a str| {
        let (r, k) = keyword(cx, "example", "`example`")(i)?;
        let (r, verdict) = cut(alt((
            map(keyword(cx, "match", "`match`"), |s| {
                Spanned::new(Verdict::Match, s)
            }),
            map(keyword(cx, "contradiction", "`contradiction`"), |s| {
                Spanned::new(Verdict::Contradiction, s)
            }),
            map(keyword(cx, "absent", "`absent`"), |s| {
                Spanned::new(Verdict::Absent, s)
            }),
        )))
        .parse(r)?;
        let (r, text) = cut(|i| string(cx, i)).parse(r)?;
        let span = k.cover(text.span);
        Ok((r, Spanned::new(Field::Example(verdict, text), span)))
    };
    alt((
        claim,
        anchors_field("about", "`about`", Field::About),
        strings_field("cue", "`cue`", Field::Cue),
        strings_field("holds", "`holds`", Field::Holds),
        strings_field("denies", "`denies`", Field::Denies),
        anchors_field("among", "`among`", Field::Among),
        by,
        strings_field("phrase", "`phrase`", Field::Phrase),
        window,
        severity,
        example,
    ))
    .parse(i)
}

fn anchor<'a>(cx: &Cx, i: &'a str) -> Res<'a, Anchor> {
    alt((
        map(|i| ident(cx, i), Anchor::Entity),
        map(|i| string(cx, i), Anchor::Phrase),
    ))
    .parse(i)
}

fn anchors_span(list: &[Anchor], fallback: Span) -> Span {
    list.last().map_or(fallback, Anchor::span)
}

/// `anchor { "," anchor }`: after a comma another anchor must follow.
fn anchors<'a>(cx: &Cx, i: &'a str) -> Res<'a, Vec<Anchor>> {
    let (mut rest, first) = anchor(cx, i)?;
    let mut out = vec![first];
    loop {
        match preceded(sym(cx, ",", "`,`"), cut(|i| anchor(cx, i))).parse(rest) {
            Ok((r, a)) => {
                out.push(a);
                rest = r;
            }
            Err(Err::Failure(e)) => return Err(Err::Failure(e)),
            Err(_) => return Ok((rest, out)),
        }
    }
}

/// `string { "," string }`
fn strings<'a>(cx: &Cx, i: &'a str) -> Res<'a, Vec<Spanned<String>>> {
    let (mut rest, first) = string(cx, i)?;
    let mut out = vec![first];
    loop {
        match preceded(sym(cx, ",", "`,`"), cut(|i| string(cx, i))).parse(rest) {
            Ok((r, s)) => {
                out.push(s);
                rest = r;
            }
            Err(Err::Failure(e)) => return Err(Err::Failure(e)),
            Err(_) => return Ok((rest, out)),
        }
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
