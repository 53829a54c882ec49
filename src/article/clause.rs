//! Clauses: a sentence split at `;`, at `:` (not inside a time such as
//! 10:30), at spaced dashes (` – `, ` — `, ` - `, ` -- `), and at a comma
//! followed by a coordinating or contrasting conjunction ("…, but …"). Other
//! commas (appositives, introductory phrases) do not split.
//!
//! `;` and `:` stay with the clause before them, a dash belongs to neither
//! clause, and the conjunction opens the clause after the comma.

use crate::article::segment::{next_marked, trim_span, ByteSet, MULTIBYTE_PUNCT};
use crate::source::Span;

/// Conjunctions that open a new clause after a comma.
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "or", "yet", "so", "while", "whereas", "although", "though",
];

/// Split the sentence `span` of `text` into clauses (in order, trimmed,
/// covering its words).
pub(crate) fn split_clauses(text: &str, span: Span) -> Vec<Span> {
    let Some(s) = text.get(span.range()) else {
        return Vec::new();
    };
    let mut clauses = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // Only `;`, `:`, dashes and commas split: jump between them.
    const MARKED: ByteSet = ByteSet::of(&[b';', b':', b'-', b',', MULTIBYTE_PUNCT]);
    while let Some(i) = next_marked(s, from, &MARKED) {
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let after = i + c.len_utf8();
        from = after;
        let prev = s.get(..i).and_then(|r| r.chars().next_back());
        match c {
            ';' => {
                push(text, span.start, start, after, &mut clauses);
                start = after;
            }
            ':' => {
                let next = s.get(after..).and_then(|r| r.chars().next());
                let time = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                let url = s.get(after..).is_some_and(|r| r.starts_with("//"));
                if !time && !url {
                    push(text, span.start, start, after, &mut clauses);
                    start = after;
                }
            }
            '-' | '–' | '—' => {
                if let Some(end) = spaced_dash(s, i, prev) {
                    push(text, span.start, start, i, &mut clauses);
                    start = end;
                }
            }
            ',' => {
                let rest = s.get(after..).unwrap_or("");
                let word = rest.trim_start();
                let len = word
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(word.len());
                let w = word.get(..len).unwrap_or("");
                // "so-called", "or’s" are not conjunctions.
                let joined = word
                    .get(len..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| matches!(c, '-' | '‐' | '‑' | '\'' | '’'));
                if word.len() < rest.len()
                    && !joined
                    && CONJUNCTIONS.iter().any(|k| w.eq_ignore_ascii_case(k))
                {
                    push(text, span.start, start, after, &mut clauses);
                    start = after;
                }
            }
            _ => {}
        }
    }
    push(text, span.start, start, s.len(), &mut clauses);
    clauses
}

/// For a dash at `i` after `prev`: if it is a spaced dash (a space before,
/// one or two dashes, a space after), the offset after it.
fn spaced_dash(s: &str, i: usize, prev: Option<char>) -> Option<usize> {
    if !prev.is_some_and(char::is_whitespace) {
        return None;
    }
    let rest = s.get(i..)?;
    let dashes = if rest.starts_with("--") {
        2
    } else {
        rest.chars().next()?.len_utf8()
    };
    let after = rest.get(dashes..)?;
    after
        .starts_with(|c: char| c.is_whitespace())
        .then_some(i + dashes)
}

fn push(text: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    if let Some(span) = trim_span(text, Span::new(base + start, base + end)) {
        out.push(span);
    }
}

#[cfg(test)]
#[path = "clause_tests.rs"]
mod tests;
