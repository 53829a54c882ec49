//! The grammar of rule files as nom parsers, with recovery at item level.
//!
//! Each item starts with a keyword; after it the parser commits (`cut`), so
//! an error inside a fact is reported there and not as "unknown keyword".
//! When an item fails, recovery skips to the next line that starts an item
//! or past the item's balanced `}` and goes on, so one bad fact does not
//! hide errors in the next.

mod fact;

use crate::dsl::ast::{Entity, Include, Item, RuleFileAst, Spanned, Story, StoryField};
use crate::dsl::error::RuleError;
use crate::dsl::lexical::{date, ident, ident_len, keyword, string, sym, ws, Cx, PErr, Res};
use crate::dsl::recover::{broken_entity_id, explain, recover};
use crate::dsl::suggest::suggest;
use crate::source::Span;
use fact::{anchors, anchors_span, fact};
use nom::branch::alt;
use nom::combinator::{cut, map};
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
                parsed.errors.push(explain(src, e, at));
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

/// When nothing matched and the text there is a word: an unknown keyword.
pub(crate) fn classify(
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

#[cfg(test)]
mod tests;
