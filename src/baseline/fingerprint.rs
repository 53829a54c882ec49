//! Where a finding sits, in words rather than offsets.
//!
//! A fingerprint is the evidence's words, widened to whole words, plus up to
//! [`CONTEXT_WORDS`] words either side that belong to the same sentence and
//! paragraph, joined by single spaces. Editing another sentence, moving the
//! paragraph or re-wrapping lines leaves it unchanged; editing the sentence
//! around the finding changes it (the finding is then reported as new, which
//! is the safe side).

use crate::source::Span;

/// Words of context kept on each side of the evidence.
pub(crate) const CONTEXT_WORDS: usize = 6;

/// The fingerprint of `span` in `text` (an article's prose text).
pub(crate) fn fingerprint(text: &str, span: Span) -> String {
    let (start, end) = widen_to_words(text, span);
    let core: Vec<&str> = text
        .get(start..end)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let before = words_before(text.get(..start).unwrap_or(""));
    let after = match core.last() {
        Some(last) if ends_sentence(last) => Vec::new(),
        _ => words_after(text.get(end..).unwrap_or("")),
    };
    let mut words = before;
    words.extend(core);
    words.extend(after);
    words.join(" ")
}

/// Extend a byte span to the whitespace around it (never splitting a char).
fn widen_to_words(text: &str, span: Span) -> (usize, usize) {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let start = text
        .get(..start)
        .and_then(|head| head.rfind(char::is_whitespace))
        .map_or(0, |i| i + next_char_len(text, i));
    let end = text
        .get(end..)
        .and_then(|tail| tail.find(char::is_whitespace).map(|i| end + i))
        .unwrap_or(text.len());
    // If the span was not on char boundaries, fall back to the whole text's
    // edges rather than panic; the fingerprint is then only less specific.
    if text.get(start..end).is_some() {
        (start, end)
    } else {
        (0, text.len())
    }
}

fn next_char_len(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

/// Up to [`CONTEXT_WORDS`] words ending `head`, stopping at a sentence end or
/// a blank line.
fn words_before(head: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut rest = head;
    while words.len() < CONTEXT_WORDS {
        let trimmed = rest.trim_end();
        if trimmed.is_empty() || is_paragraph_break(&rest[trimmed.len()..]) {
            break;
        }
        let word_start = trimmed
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + next_char_len(trimmed, i));
        let word = &trimmed[word_start..];
        if ends_sentence(word) {
            break;
        }
        words.push(word);
        rest = &trimmed[..word_start];
    }
    words.reverse();
    words
}

/// Up to [`CONTEXT_WORDS`] words starting `tail`, up to and including the
/// word that ends the sentence, never past a blank line.
fn words_after(tail: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut rest = tail;
    while words.len() < CONTEXT_WORDS {
        let trimmed = rest.trim_start();
        if trimmed.is_empty() || is_paragraph_break(&rest[..rest.len() - trimmed.len()]) {
            break;
        }
        let word_end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let word = &trimmed[..word_end];
        words.push(word);
        if ends_sentence(word) {
            break;
        }
        rest = &trimmed[word_end..];
    }
    words
}

fn is_paragraph_break(gap: &str) -> bool {
    gap.matches('\n').count() >= 2
}

/// `Korea.`, `now?"`, `(again!)`: terminal punctuation, then closing marks.
fn ends_sentence(word: &str) -> bool {
    let core = word.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    core.ends_with(['.', '!', '?', '…'])
}
