//! Recovery after a failed item, and turning parse errors into rule
//! errors: what was found, what was expected, a suggestion.

use crate::dsl::error::RuleError;
use crate::dsl::lexical::{ident_len, PErr};
use crate::dsl::parse::ITEM_KEYWORDS;
use crate::dsl::suggest::suggest;
use crate::source::Span;

/// `entity ID` at the start of a failed item: its id.
pub(crate) fn broken_entity_id(i: &str) -> Option<String> {
    let rest = i.strip_prefix("entity")?;
    let rest = rest.trim_start();
    let n = ident_len(rest);
    (n > 0).then(|| rest[..n].to_string())
}

/// Turn a parse error into a rule error with its span.
pub(crate) fn explain(src: &str, e: PErr, at: usize) -> (RuleError, Span) {
    if let Some(problem) = e.problem {
        return *problem;
    }
    let rest = src.get(at..).unwrap_or("");
    let (found, len) = describe(rest);
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
pub(crate) fn recover(src: &str, from: usize, at: usize) -> usize {
    let bytes = src.as_bytes();
    let mut depth = 0i64;
    let mut k = from;
    let mut in_string = false;
    let mut at_line_start = false;
    while let Some(&b) = bytes.get(k) {
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
                    while bytes.get(k).is_some_and(|&c| c != b'\n') {
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
