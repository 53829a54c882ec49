//! Quotations and their speakers.
//!
//! [`extract_quotes`] finds every quotation that opens in a sentence span
//! (see `marks` for which marks count and where an unclosed quotation
//! ends) and, for each, the words naming its speaker (see `speaker`). A
//! quotation split by its attribution (`“A,” Trump said. “B”`) gives two
//! quotations; the second one, when nothing else attributes it, takes the
//! speaker of the first if it follows that attribution directly in the same
//! paragraph, as news style reads it.
//!
//! Headline teasers such as `‘I hold fond memories…’: Kim open to talks`
//! give their quotations no speaker: the colon does not say who spoke.

mod marks;
mod speaker;
mod speaker_words;

use crate::extract::Quotation;
use crate::source::Span;
use marks::Passage;

#[cfg(test)]
mod tests;

/// How far back before a sentence we look for a quotation whose speaker a
/// following quotation may take.
const MAX_LOOKBACK: usize = 2_000;

/// Every quotation that starts in `sentence` of `text`, with its speaker.
pub fn extract_quotes(text: &str, sentence: Span) -> Vec<Quotation> {
    let passages = marks::scan(text, sentence);
    let mut previous = passages
        .first()
        .and_then(|first| previous_in_line(text, sentence, first.span.start));
    let mut out = Vec::with_capacity(passages.len());
    for passage in passages {
        let line = line_start(text, passage.span.start);
        let from = [
            Some(line),
            Some(sentence.start),
            previous.map(|p| p.span.end),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(sentence.start);
        let after = if passage.closed {
            speaker::tail(text, passage.span.end, passage.inner).speaker
        } else {
            None
        };
        let before = speaker::head(text, from, passage.span.start);
        let speaker = match (after, before) {
            (Some(a), Some(b)) if !a.slice(text).eq_ignore_ascii_case(b.slice(text)) => None,
            (Some(a), _) => Some(a),
            (None, Some(b)) => Some(b),
            (None, None) => previous.and_then(|p| continued(text, p, passage, line)),
        };
        out.push(Quotation {
            span: passage.span,
            inner: passage.inner,
            speaker,
        });
        previous = Some(passage);
    }
    out
}

fn line_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// The last closed quotation on the same line before `sentence`.
fn previous_in_line(text: &str, sentence: Span, first_open: usize) -> Option<Passage> {
    let from = line_start(text, first_open).max(sentence.start.saturating_sub(MAX_LOOKBACK));
    let from = (from..=sentence.start).find(|&i| text.is_char_boundary(i))?;
    marks::scan(text, Span::new(from, sentence.start))
        .into_iter()
        .rev()
        .find(|p| p.closed && p.span.end <= sentence.start)
}

/// The speaker of `previous` when `passage` continues it: `previous` is on
/// the same line, its attribution ends a sentence, and nothing but space
/// stands between that sentence and `passage`.
fn continued(text: &str, previous: Passage, passage: Passage, line: usize) -> Option<Span> {
    if previous.span.start < line || !previous.closed {
        return None;
    }
    let tail = speaker::tail(text, previous.span.end, previous.inner);
    let end = tail.sentence_end?;
    let gap = text.get(end..passage.span.start)?;
    if gap.chars().all(char::is_whitespace) && !gap.contains('\n') {
        tail.speaker
    } else {
        None
    }
}
