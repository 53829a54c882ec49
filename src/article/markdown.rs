//! Markdown blanking: front matter, code, HTML, and the syntax around prose
//! (heading and list markers, blockquote `>`, emphasis, link brackets and
//! URLs, images) become spaces; the words stay where they were.
//!
//! A deliberately small, line-based reader rather than a full CommonMark
//! parser: an article needs its prose with exact offsets, not a tree, and
//! anything it does not recognise is left as text.

use crate::article::blank::Blanker;
use crate::article::dateline;
use chrono::NaiveDate;

/// What the Markdown layer knows about the article.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct MarkdownMeta {
    pub(crate) date: Option<NaiveDate>,
    pub(crate) title: Option<String>,
}

/// Blank the Markdown syntax of `source` into `out`.
pub(crate) fn blank_markdown(source: &str, start: usize, out: &mut Blanker) -> MarkdownMeta {
    let mut meta = MarkdownMeta::default();
    let mut pos = start;
    if let Some(end) = front_matter(source, start, &mut meta) {
        out.blank(start..end);
        pos = end;
    }
    let mut fence: Option<(u8, usize)> = None;
    let mut para_start: Option<usize> = None;
    let mut first_block = true;
    for (line_start, line) in lines(source, pos) {
        let body = line.trim_end_matches(['\n', '\r']);
        let line_end = line_start + body.len();
        let indent = body.len() - body.trim_start_matches(' ').len();
        let rest = body.get(indent..).unwrap_or("");
        if let Some((ch, n)) = fence {
            out.blank(line_start..line_end);
            let run = rest.bytes().take_while(|&b| b == ch).count();
            if run >= n && rest.get(run..).is_some_and(|r| r.trim().is_empty()) {
                fence = None;
            }
            continue;
        }
        let opens = fence_open(rest).filter(|_| indent <= 3);
        if opens.is_some() || body.trim().is_empty() {
            if let Some(p) = para_start.take() {
                blank_inline(source, p..line_start, out);
            }
            if opens.is_some() {
                fence = opens;
                out.blank(line_start..line_end);
                first_block = false;
            }
            continue;
        }
        if first_block && meta.title.is_none() {
            meta.title = heading_title(rest);
        }
        first_block = false;
        blank_block_markers(source, line_start + indent, line_end, out);
        para_start.get_or_insert(line_start);
    }
    if let Some(p) = para_start {
        blank_inline(source, p..source.len(), out);
    }
    meta
}

/// Lines of `source` from `pos` on, with their start offsets.
fn lines(source: &str, pos: usize) -> impl Iterator<Item = (usize, &str)> {
    let rest = source.get(pos..).unwrap_or("");
    rest.split_inclusive('\n').scan(pos, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    })
}

/// YAML front matter (`---` … `---` or `...`) at `start`: its end offset;
/// `date:` and `title:` are read into `meta`.
fn front_matter(source: &str, start: usize, meta: &mut MarkdownMeta) -> Option<usize> {
    let mut it = lines(source, start);
    let (_, first) = it.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut date = None;
    let mut title = None;
    for (at, line) in it {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            meta.date = date;
            meta.title = title;
            return Some(at + line.len());
        }
        if let Some((key, value)) = t.split_once(':') {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            match key.trim() {
                "date" => date = dateline::date_at(value).map(|(d, _)| d),
                "title" if !value.is_empty() => title = Some(value.to_string()),
                _ => {}
            }
        }
    }
    None
}

/// A fence opening (```` ``` ```` or `~~~`, three or more) at the start of
/// `rest`: the fence char and run length.
fn fence_open(rest: &str) -> Option<(u8, usize)> {
    let ch = *rest.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let n = rest.bytes().take_while(|&b| b == ch).count();
    // A backtick fence's info string may not contain backticks.
    let info_ok = ch == b'~' || !rest.get(n..).is_some_and(|r| r.contains('`'));
    (n >= 3 && info_ok).then_some((ch, n))
}

/// The text of an ATX heading line (`# Title`), for the article's title.
fn heading_title(rest: &str) -> Option<String> {
    let text = rest.strip_prefix("# ")?;
    let text = text.trim().trim_end_matches('#').trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// Blank block-level markers at the start of a line: blockquote `>`,
/// heading `#`s (and closing `#`s), list markers, task boxes; and whole
/// lines that are thematic breaks, setext underlines, table rules or link
/// reference definitions.
fn blank_block_markers(source: &str, mut i: usize, end: usize, out: &mut Blanker) {
    let line = |i: usize| source.get(i..end).unwrap_or("");
    // Blockquote markers, possibly nested.
    while line(i).starts_with('>') {
        out.blank(i..i + 1);
        i += 1;
        i += line(i).len() - line(i).trim_start_matches(' ').len();
    }
    let rest = line(i);
    let trimmed = rest.trim_end();
    // Thematic breaks, setext underlines and table rules: whole line.
    let rule_chars = trimmed.chars().filter(|c| !c.is_whitespace());
    let is_rule = trimmed.len() >= 3
        && trimmed.chars().all(|c| " -*_=|:".contains(c))
        && rule_chars
            .clone()
            .any(|c| c == '-' || c == '=' || c == '*' || c == '_');
    if is_rule {
        out.blank(i..end);
        return;
    }
    // Link reference definitions: `[label]: url`.
    if rest.starts_with('[') {
        if let Some(close) = rest.find("]:") {
            if !rest.get(1..close).unwrap_or("").contains(']') {
                out.blank(i..end);
                return;
            }
        }
    }
    // Headings: `#`..`######` then a space or the end of the line.
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes)
        && rest
            .get(hashes..)
            .is_none_or(|r| r.is_empty() || r.starts_with(' '))
    {
        out.blank(i..i + hashes);
        let closing = trimmed.trim_end_matches('#');
        if closing.len() < trimmed.len() && closing.ends_with(' ') && closing.len() > hashes {
            out.blank(i + closing.len()..i + trimmed.len());
        }
        return;
    }
    // List markers: `-`, `*`, `+`, or `1.` / `1)`, then a space.
    let marker = match rest.as_bytes().first() {
        Some(b'-' | b'*' | b'+') => 1,
        Some(b'0'..=b'9') => {
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            match rest.as_bytes().get(n) {
                Some(b'.' | b')') if n <= 9 => n + 1,
                _ => 0,
            }
        }
        _ => 0,
    };
    if marker > 0 && rest.get(marker..).is_some_and(|r| r.starts_with(' ')) {
        out.blank(i..i + marker);
        let after = rest.get(marker + 1..).unwrap_or("");
        if after.starts_with("[ ] ") || after.starts_with("[x] ") || after.starts_with("[X] ") {
            out.blank(i + marker + 1..i + marker + 4);
        }
    }
}

/// Blank inline syntax in one paragraph (`range` never crosses a blank line
/// or a code fence, so nothing pairs across paragraphs).
fn blank_inline(source: &str, range: std::ops::Range<usize>, out: &mut Blanker) {
    let Some(text) = source.get(range.clone()) else {
        return;
    };
    let base = range.start;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let at = base + i;
        if out.is_space(at) && b != b' ' {
            i += 1;
            continue;
        }
        match b {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.blank(at..at + 1);
                i += 2;
            }
            b'`' => {
                let n = bytes
                    .get(i..)
                    .map_or(0, |r| r.iter().take_while(|&&c| c == b'`').count());
                match closing_ticks(bytes, i + n, n) {
                    Some(end) => {
                        out.blank(at..base + end);
                        i = end;
                    }
                    None => i += n,
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => match link_end(bytes, i + 1) {
                Some((_, end)) => {
                    out.blank(at..base + end);
                    i = end;
                }
                None => i += 1,
            },
            b'[' => {
                if let Some((close, end)) = link_end(bytes, i) {
                    out.blank(at..at + 1);
                    out.blank(base + close..base + end);
                }
                i += 1;
            }
            b'<' => i += blank_html(bytes, i, base, out),
            b'&' => {
                let n = entity_len(bytes.get(i..).unwrap_or(&[]));
                if n > 0 {
                    out.blank(at..at + n);
                }
                i += n.max(1);
            }
            b'*' | b'~' => {
                out.blank(at..at + 1);
                i += 1;
            }
            b'_' => {
                let prev = i.checked_sub(1).and_then(|j| bytes.get(j));
                let next = bytes.get(i + 1);
                let inner_word = prev.is_some_and(u8::is_ascii_alphanumeric)
                    && next.is_some_and(u8::is_ascii_alphanumeric);
                if !inner_word {
                    out.blank(at..at + 1);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// The length of an HTML entity (`&nbsp;`, `&#8217;`, `&#x2019;`) at the
/// start of `rest`, or 0.
fn entity_len(rest: &[u8]) -> usize {
    let body = rest.get(1..).unwrap_or(&[]);
    let (skip, ok): (usize, fn(&u8) -> bool) = match body {
        [b'#', b'x' | b'X', ..] => (2, u8::is_ascii_hexdigit),
        [b'#', ..] => (1, u8::is_ascii_digit),
        _ => (0, u8::is_ascii_alphanumeric),
    };
    let n = body.iter().skip(skip).take_while(|c| ok(c)).count();
    let (min, max) = if skip == 0 { (2, 31) } else { (1, 7) };
    let starts_letter = skip > 0 || body.first().is_some_and(u8::is_ascii_alphabetic);
    if (min..=max).contains(&n) && starts_letter && body.get(skip + n) == Some(&b';') {
        1 + skip + n + 1
    } else {
        0
    }
}

/// The end of a run of exactly `n` backticks closing a code span that
/// starts at `from`.
fn closing_ticks(bytes: &[u8], from: usize, n: usize) -> Option<usize> {
    let mut i = from;
    let end = bytes.len().min(from.saturating_add(INLINE_WINDOW));
    while i < end {
        if bytes.get(i) == Some(&b'`') {
            let run = bytes.get(i..)?.iter().take_while(|&&c| c == b'`').count();
            if run == n {
                return Some(i + run);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    None
}

/// For `[` at `open`: a link `[text](url)` or `[text][ref]`. Returns the
/// offset of the closing `]` and the end of the whole link.
fn link_end(bytes: &[u8], open: usize) -> Option<(usize, usize)> {
    let close = matching(bytes, open, b'[', b']')?;
    match bytes.get(close + 1) {
        Some(b'(') => Some((close, matching(bytes, close + 1, b'(', b')')? + 1)),
        Some(b'[') => Some((close, matching(bytes, close + 1, b'[', b']')? + 1)),
        _ => None,
    }
}

/// How far a closing bracket or backtick run is sought: links and code
/// spans are short, and a bound keeps unmatched openers from making the
/// scan quadratic.
const INLINE_WINDOW: usize = 4096;

/// The offset of the bracket closing the one at `open` (nesting counted).
fn matching(bytes: &[u8], open: usize, left: u8, right: u8) -> Option<usize> {
    let mut depth = 0usize;
    let window = bytes.get(open..)?;
    let window = window.get(..INLINE_WINDOW).unwrap_or(window);
    for (j, &c) in window.iter().enumerate() {
        if c == left {
            depth += 1;
        } else if c == right {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(open + j);
            }
        }
    }
    None
}

/// An HTML comment or tag (or autolink) at `i`: blank it and return how
/// many bytes it took (1 when it is just a `<`).
fn blank_html(bytes: &[u8], i: usize, base: usize, out: &mut Blanker) -> usize {
    let rest = bytes.get(i..).unwrap_or(&[]);
    let end = if rest.starts_with(b"<!--") {
        Some(memchr::memmem::find(rest, b"-->").map_or(rest.len(), |j| j + 3))
    } else {
        let name_start = usize::from(rest.get(1) == Some(&b'/')) + 1;
        let starts_name = rest.get(name_start).is_some_and(u8::is_ascii_alphabetic);
        let close = rest
            .iter()
            .skip(1)
            .position(|&c| c == b'>' || c == b'<' || c == b'\n')
            .map(|j| j + 1);
        match close {
            Some(j) if starts_name && rest.get(j) == Some(&b'>') => Some(j + 1),
            _ => None,
        }
    };
    match end {
        Some(n) => {
            out.blank(base + i..base + i + n);
            n
        }
        None => 1,
    }
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
