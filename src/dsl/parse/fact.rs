//! Facts: `fact ID ":" kind "{" { field } "}"`, their kinds, fields and
//! anchor and string lists.

use crate::dsl::ast::{Anchor, Fact, FactKind, Field, Severity, Spanned, Verdict};
use crate::dsl::error::RuleError;
use crate::dsl::fields::{backticked, fields_of};
use crate::dsl::lexical::{date, ident, integer, keyword, record, string, sym, Cx, Res};
use crate::dsl::parse::{classify, KINDS};
use crate::dsl::suggest::suggest;
use crate::source::Span;
use chrono::NaiveDate;
use nom::branch::alt;
use nom::combinator::{cut, map};
use nom::sequence::preceded;
use nom::{Err, Parser};

pub(crate) fn fact<'a>(cx: &Cx, i: &'a str) -> Res<'a, Fact> {
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

pub(crate) fn anchor<'a>(cx: &Cx, i: &'a str) -> Res<'a, Anchor> {
    alt((
        map(|i| ident(cx, i), Anchor::Entity),
        map(|i| string(cx, i), Anchor::Phrase),
    ))
    .parse(i)
}

pub(crate) fn anchors_span(list: &[Anchor], fallback: Span) -> Span {
    list.last().map_or(fallback, Anchor::span)
}

/// `anchor { "," anchor }`: after a comma another anchor must follow.
pub(crate) fn anchors<'a>(cx: &Cx, i: &'a str) -> Res<'a, Vec<Anchor>> {
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
