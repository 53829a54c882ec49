//! Reading suppression comments out of an article's original text.
//!
//! Two forms, same body `factlint: DIRECTIVE ID[, ID…]`:
//! - an HTML comment anywhere: `<!-- factlint: ignore prior_meetings -->`;
//! - a line of its own in square brackets: `[factlint: ignore prior_meetings]`.
//!
//! `ignore` covers the text after the comment up to the end of its paragraph
//! (when the comment ends its paragraph or stands alone, the next paragraph);
//! `ignore-file` covers the whole article.

use super::{Suppression, SuppressionError, SuppressionScope};
use crate::source::Span;

const PREFIX: &str = "factlint:";

/// One comment in the `factlint:` form, before its body is read.
struct Comment {
    /// The whole comment, delimiters included.
    span: Span,
    /// The text after `factlint:` up to the closing delimiter.
    body: Span,
}

/// Every comment in `factlint:` form, valid or not, in text order.
fn find_comments(source: &str) -> Vec<Comment> {
    let mut comments = Vec::new();
    // Every comment of ours holds the prefix; most articles have none, and
    // one memchr-fast search settles that.
    if memchr::memmem::find(source.as_bytes(), PREFIX.as_bytes()).is_none() {
        return comments;
    }
    // Every HTML comment, ours or not: a bracketed line inside one is
    // commented out.
    let mut html = Vec::new();
    let mut from = 0;
    while let Some(open) = source.get(from..).and_then(|s| s.find("<!--")) {
        let start = from + open;
        let inner_start = start + "<!--".len();
        let Some(close) = source.get(inner_start..).and_then(|s| s.find("-->")) else {
            break;
        };
        let inner_end = inner_start + close;
        let end = inner_end + "-->".len();
        html.push(Span::new(start, end));
        if let Some(body) = body_after_prefix(source, inner_start, inner_end) {
            comments.push(Comment {
                span: Span::new(start, end),
                body,
            });
        }
        from = end;
    }
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') && trimmed.ends_with(']') && trimmed.len() >= 2 {
            let start = line_start + (line.len() - line.trim_start().len());
            let end = start + trimmed.len();
            let inside = html.iter().any(|c| c.overlaps(Span::new(start, end)));
            if !inside {
                if let Some(body) = body_after_prefix(source, start + 1, end - 1) {
                    comments.push(Comment {
                        span: Span::new(start, end),
                        body,
                    });
                }
            }
        }
        line_start += line.len();
    }
    comments.sort_by_key(|c| c.span);
    comments
}

/// If `source[start..end]`, trimmed, starts with `factlint:`, the span of
/// what follows it.
fn body_after_prefix(source: &str, start: usize, end: usize) -> Option<Span> {
    let inner = source.get(start..end)?;
    let lead = inner.len() - inner.trim_start().len();
    let rest = inner.trim_start().strip_prefix(PREFIX)?;
    let body_start = start + lead + PREFIX.len();
    Some(Span::new(body_start, body_start + rest.len()))
}

/// The spans of every `factlint:` comment (both forms, valid or not), for
/// the article loader to blank so they are never read as prose.
pub fn comment_spans(source: &str) -> Vec<Span> {
    find_comments(source).into_iter().map(|c| c.span).collect()
}

/// The suppressions of an article and the errors in its `factlint:`
/// comments (unknown directive, no fact named, a malformed id). A comment
/// with a malformed id still suppresses the ids that are well formed.
pub fn parse_suppressions_with_errors(source: &str) -> (Vec<Suppression>, Vec<SuppressionError>) {
    let mut suppressions = Vec::new();
    let mut errors = Vec::new();
    for comment in find_comments(source) {
        if let Some(s) = parse_comment(source, &comment, &mut errors) {
            suppressions.push(s);
        }
    }
    (suppressions, errors)
}

fn parse_comment(
    source: &str,
    comment: &Comment,
    errors: &mut Vec<SuppressionError>,
) -> Option<Suppression> {
    let body = comment.body.slice(source);
    let lead = body.len() - body.trim_start().len();
    let directive_start = comment.body.start + lead;
    let rest = body.trim_start();
    let directive_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let directive = rest.get(..directive_len).unwrap_or("");
    let directive_span = Span::new(directive_start, directive_start + directive_len);
    let kind = match directive {
        "ignore" => SuppressionScope::Paragraph,
        "ignore-file" => SuppressionScope::File,
        // Test annotations (`factlint test --articles`), not suppressions.
        "expect" => return None,
        "" => {
            errors.push(SuppressionError::MissingDirective { span: comment.span });
            return None;
        }
        _ => {
            errors.push(SuppressionError::UnknownDirective {
                directive: directive.to_string(),
                span: directive_span,
            });
            return None;
        }
    };
    let (facts, fact_spans) = parse_ids(source, directive_span.end, comment.body.end, errors);
    if facts.is_empty() {
        if !errors.iter().any(|e| comment.span.contains(e.span())) {
            errors.push(SuppressionError::MissingFacts {
                directive: directive.to_string(),
                span: comment.span,
            });
        }
        return None;
    }
    let scope = match kind {
        SuppressionScope::File => Span::new(0, source.len()),
        SuppressionScope::Paragraph => paragraph_after(source, comment.span.end),
    };
    Some(Suppression {
        facts,
        fact_spans,
        comment: comment.span,
        scope,
        kind,
    })
}

/// The comma-separated ids in `source[start..end]`, with their spans.
fn parse_ids(
    source: &str,
    start: usize,
    end: usize,
    errors: &mut Vec<SuppressionError>,
) -> (Vec<String>, Vec<Span>) {
    let mut facts = Vec::new();
    let mut spans = Vec::new();
    let list = source.get(start..end).unwrap_or("");
    let mut offset = start;
    for piece in list.split(',') {
        let lead = piece.len() - piece.trim_start().len();
        let id = piece.trim();
        let span = Span::new(offset + lead, offset + lead + id.len());
        offset += piece.len() + 1;
        if id.is_empty() {
            continue;
        }
        if is_ident(id) {
            facts.push(id.to_string());
            spans.push(span);
        } else {
            errors.push(SuppressionError::BadId {
                id: id.to_string(),
                span,
            });
        }
    }
    (facts, spans)
}

/// `[A-Za-z_][A-Za-z0-9_-]*`, the rules language's identifiers.
fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// From `from`, skip whitespace; the scope runs from there to the end of
/// that paragraph (the line before the next blank line, or the end).
fn paragraph_after(source: &str, from: usize) -> Span {
    let tail = source.get(from..).unwrap_or("");
    let start = from + (tail.len() - tail.trim_start().len());
    let mut pos = start;
    for line in source.get(start..).unwrap_or("").split_inclusive('\n') {
        if line.trim().is_empty() && pos > start {
            // `pos` is the start of the blank line.
            return trim_end(source, Span::new(start, pos));
        }
        pos += line.len();
    }
    trim_end(source, Span::new(start, source.len()))
}

/// `span` without the whitespace (line ends included) at its end.
fn trim_end(source: &str, span: Span) -> Span {
    let text = span.slice(source);
    Span::new(span.start, span.start + text.trim_end().len())
}

/// One `factlint: expect FACT_ID VERDICT` annotation of a test article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    pub fact: String,
    pub verdict: crate::dsl::Verdict,
    /// The `FACT_ID VERDICT` words in the comment.
    pub span: Span,
}

/// The `expect` annotations of a test article (`[factlint: expect
/// prior_meetings contradiction, arrival match]`), and the spans of the
/// malformed ones.
pub fn parse_expectations(source: &str) -> (Vec<Expectation>, Vec<Span>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for comment in find_comments(source) {
        let body = comment.body.slice(source);
        let Some(rest) = body.trim_start().strip_prefix("expect") else {
            continue;
        };
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let mut at = comment.body.end - rest.len();
        for item in rest.split(',') {
            let lead = item.len() - item.trim_start().len();
            let span = Span::new(at + lead, at + item.trim_end().len());
            at += item.len() + 1;
            let words: Vec<&str> = item.split_whitespace().collect();
            match words.as_slice() {
                [fact, verdict] => match crate::dsl::Verdict::parse(verdict) {
                    Some(verdict) => out.push(Expectation {
                        fact: (*fact).to_string(),
                        verdict,
                        span,
                    }),
                    None => bad.push(span),
                },
                _ => bad.push(span),
            }
        }
    }
    (out, bad)
}
