//! Building an [`Article`]'s analysable text: the source with markup, front
//! matter, the date header and a leading dateline blanked to spaces (same
//! length, same char boundaries, same line breaks), and the article's date
//! and title read on the way.

use crate::article::blank::{blank_in_place, Blanker};
use crate::article::dateline;
use crate::article::load::TextKind;
use crate::article::markdown;
use crate::article::Article;

/// See [`crate::article::load::article_from_text`].
pub(crate) fn build_article(name: &str, source: String, kind: TextKind) -> Article {
    let mut out = Blanker::new(&source);
    let mut start = 0;
    if source.starts_with('\u{feff}') {
        out.blank(0..3);
        start = 3;
    }
    let mut meta = markdown::MarkdownMeta::default();
    if kind == TextKind::Markdown {
        meta = markdown::blank_markdown(&source, start, &mut out);
    }
    // `factlint: ignore …` comments are instructions, not prose.
    for span in crate::suppress::comment_spans(&source) {
        out.blank(span.range());
    }
    let mut text = out.finish();
    let lead = blank_lead(&mut text);
    Article {
        name: name.to_string(),
        date: meta.date.or(lead),
        title: meta.title,
        text,
        source,
    }
}

/// Blank a leading `date` header, then a leading dateline line or a wire
/// dateline, in the already blanked text; return the date read (the
/// header's first).
fn blank_lead(text: &mut String) -> Option<chrono::NaiveDate> {
    let mut pos = first_non_space(text, 0);
    let mut header_date = None;
    if let Some((len, date)) = text.get(pos..).and_then(dateline::header_at) {
        blank_range(text, pos, pos + len);
        header_date = Some(date);
        let line_end = line_end(text, pos);
        let rest_blank = text
            .get(pos + len..line_end)
            .is_some_and(|r| r.trim().is_empty());
        if !rest_blank {
            // Prose follows on the header's own line: no dateline after it.
            return header_date;
        }
        pos = first_non_space(text, pos + len);
    }
    let end = line_end(text, pos);
    let line_date = text.get(pos..end).and_then(dateline::dateline_line);
    if let Some(date) = line_date {
        blank_range(text, pos, end);
        return header_date.or(Some(date));
    }
    // A wire dateline opens the first paragraph, which may follow a
    // headline or two.
    let mut line = pos;
    for _ in 0..3 {
        if let Some((len, date)) = text.get(line..).and_then(dateline::wire_dateline_at) {
            blank_range(text, line, line + len);
            return header_date.or(date);
        }
        line = first_non_space(text, line_end(text, line));
        if line >= text.len() {
            break;
        }
    }
    header_date.or_else(|| published_line(text))
}

/// Lines before the prose that may carry the date of a scraped page
/// ("Published: Thursday, December 11, 2025 20:15 NST" under a headline and
/// a byline).
const MAX_LEAD_LINES: usize = 8;
/// A lead line longer than this is prose.
const MAX_LEAD_LINE: usize = 120;

/// The date of a `Published:`/`Updated:` line among the article's first
/// lines (blanked: it is no prose), if no header or dateline gave one.
fn published_line(text: &mut String) -> Option<chrono::NaiveDate> {
    let mut line = first_non_space(text, 0);
    for _ in 0..MAX_LEAD_LINES {
        let end = line_end(text, line);
        if end - line > MAX_LEAD_LINE || line >= text.len() {
            return None;
        }
        if let Some((len, date)) = text.get(line..end).and_then(dateline::header_at) {
            blank_range(text, line, line + len);
            return Some(date);
        }
        line = first_non_space(text, end);
    }
    None
}

fn first_non_space(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or("");
    from + (rest.len() - rest.trim_start().len())
}

fn line_end(text: &str, from: usize) -> usize {
    text.get(from..)
        .and_then(|r| r.find('\n'))
        .map_or(text.len(), |j| from + j)
}

/// Blank `start..end` of a `String` in place (ranges come from char
/// boundaries found by `str` searches).
fn blank_range(text: &mut String, start: usize, end: usize) {
    blank_in_place(text, start..end);
}

#[cfg(test)]
#[path = "normalize_tests.rs"]
mod tests;
