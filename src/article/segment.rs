//! Sentences and clauses.
//!
//! Paragraphs (runs of non-blank lines) are split into sentences at terminal
//! punctuation followed by a word that does not start in lowercase, unless
//! the period belongs to an abbreviation ("U.S.", "Mr.", "Oct. 18", "J. R.
//! Smith"), a decimal, or a quotation is still open. A single newline ends a
//! sentence after terminal punctuation or a heading-like line, but not in
//! hard-wrapped prose (the next line starts in lowercase, or the block is
//! wrapped at a fixed width and the line is not short). Each sentence is then
//! split into clauses ([`crate::article::clause`]).

use crate::article::clause::split_clauses;
use crate::article::marks::Marks;
use crate::article::sentence_end::{is_attribution, period_ends_sentence};
use crate::article::Sentence;
use crate::source::Span;

/// Split text into sentences, each with its clauses.
pub fn segment(text: &str) -> Vec<Sentence> {
    sentence_spans(text)
        .into_iter()
        .map(|span| Sentence {
            span,
            clauses: split_clauses(text, span),
        })
        .collect()
}

/// The sentences of [`segment`] without their clauses (which the checker
/// splits only for the sentences it looks into).
pub(crate) fn sentence_spans(text: &str) -> Vec<Span> {
    let mut sentences = Vec::new();
    for block in blocks(text) {
        let mut start = block.start;
        for cut in block_cuts(text, block) {
            sentences.extend(trim_span(text, Span::new(start, cut)));
            start = cut;
        }
        sentences.extend(trim_span(text, Span::new(start, block.end)));
    }
    sentences
}

/// `span` without surrounding whitespace, or `None` if nothing is left.
pub(crate) fn trim_span(text: &str, span: Span) -> Option<Span> {
    let s = text.get(span.range())?;
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    (!trimmed.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + trimmed.len()))
}

/// Paragraphs: maximal runs of lines that are not blank.
fn blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    while at < text.len() {
        // Each line with its newline (the last may have none).
        let end = text
            .as_bytes()
            .get(at..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
            .map_or(text.len(), |k| at + k + 1);
        if text.get(at..end).unwrap_or("").trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, at));
            }
        } else {
            start.get_or_insert(at);
        }
        at = end;
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// Closing marks that may follow terminal punctuation inside the sentence.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Which quotations are open while scanning a paragraph.
#[derive(Debug, Default, Clone, Copy)]
struct Quotes {
    double: bool,
    single: bool,
}

impl Quotes {
    fn open(self) -> bool {
        self.double || self.single
    }

    /// Update for the quote char `c` between `prev` and `next`.
    fn update(&mut self, prev: Option<char>, c: char, next: Option<char>) {
        let prev_word = prev.is_some_and(|p| p.is_alphanumeric());
        let next_word = next.is_some_and(|n| n.is_alphanumeric());
        let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p));
        match c {
            '“' => self.double = true,
            '”' => self.double = false,
            '"' => {
                if prev_space {
                    self.double = true;
                } else if self.double {
                    self.double = false;
                } else {
                    self.double = !next.is_none_or(char::is_whitespace);
                }
            }
            // An apostrophe inside a word ("he’d") is neither.
            '‘' | '\'' | '’' if prev_word && next_word => {}
            '‘' if !prev_word => self.single = true,
            '\'' if prev_space && next_word => self.single = true,
            '’' | '\'' if self.single && !next_word && !prev_space => self.single = false,
            _ => {}
        }
    }
}

/// Sentence cut offsets inside one paragraph (each cut is where the next
/// sentence may start; whitespace is trimmed later).
fn block_cuts(text: &str, block: Span) -> Vec<usize> {
    let Some(s) = text.get(block.range()) else {
        return Vec::new();
    };
    // Read only when a line break inside the paragraph asks.
    let mut wrap = None;
    let mut cuts = Vec::new();
    let mut quotes = Quotes::default();
    let mut line_start = 0;
    let mut i = 0;
    // Only newlines, terminal marks and quotes matter: jump between them.
    let mut marks = Marks::new(
        s.as_bytes(),
        [
            [b'\n', b'.', MULTIBYTE_PUNCT],
            [b'!', b'?', b'"'],
            [b'\''; 3],
        ],
    );
    while let Some(at) = marks.next_from(i) {
        let Some(c) = s.get(at..).and_then(|r| r.chars().next()) else {
            break;
        };
        let after = at + c.len_utf8();
        i = after;
        match c {
            '\n' => {
                let line = s.get(line_start..at).unwrap_or("");
                let rest = s.get(after..).unwrap_or("");
                if line_breaks_sentence(line, rest, || {
                    &*wrap.get_or_insert_with(|| WrapInfo::of(s))
                }) {
                    cuts.push(block.start + after);
                    quotes = Quotes::default();
                }
                line_start = after;
            }
            c if is_terminal(c) => {
                let (run_end, ends) = sentence_end(s, at, &mut quotes);
                if ends {
                    cuts.push(block.start + run_end);
                }
                // The terminal marks and closers of the run are read.
                i = run_end.max(after);
            }
            '“' | '”' | '"' | '‘' | '’' | '\'' => {
                let prev = s.get(..at).and_then(|r| r.chars().next_back());
                let next = s.get(after..).and_then(|r| r.chars().next());
                quotes.update(prev, c, next);
            }
            _ => {}
        }
    }
    cuts.dedup();
    cuts
}

/// The lead byte of `…`, `“`, `”`, `‘`, `’`, `–` and `—` (U+2000–U+2FFF).
pub(crate) const MULTIBYTE_PUNCT: u8 = 0xE2;

/// A set of bytes, looked up in one step.
pub(crate) struct ByteSet([bool; 256]);

// A `u8` always indexes a 256-entry table.
#[allow(clippy::indexing_slicing)]
impl ByteSet {
    pub(crate) const fn of(bytes: &[u8]) -> ByteSet {
        let mut table = [false; 256];
        let mut i = 0;
        while i < bytes.len() {
            table[bytes[i] as usize] = true;
            i += 1;
        }
        ByteSet(table)
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b)]
    }
}

/// The first offset at or after `from` whose byte is in `marked`. Scanning
/// bytes, not chars, is what makes segmenting fast; a caller marking
/// [`MULTIBYTE_PUNCT`] decodes the char there and skips it if it is not one
/// it wants.
pub(crate) fn next_marked(s: &str, from: usize, marked: &ByteSet) -> Option<usize> {
    let rest = s.as_bytes().get(from..)?;
    rest.iter()
        .position(|&b| marked.contains(b))
        .map(|k| from + k)
}

/// For terminal punctuation at `i`: the end of the run of terminal marks
/// and closing quotes starting there, and whether a sentence ends after it.
/// Closing quotes passed over update `quotes`.
fn sentence_end(s: &str, i: usize, quotes: &mut Quotes) -> (usize, bool) {
    let j = terminal_run(s, i, quotes);
    (j, ends_after(s, i, j, *quotes))
}

/// The end of the run of terminal marks and closers at `i`; updates `quotes`.
fn terminal_run(s: &str, i: usize, quotes: &mut Quotes) -> usize {
    let before = s.get(..i).unwrap_or("");
    let mut j = i;
    let mut prev = before.chars().next_back();
    let rest = s.get(i..).unwrap_or("");
    for (k, c) in rest.char_indices() {
        if is_closer(c) {
            let next = rest.get(k + c.len_utf8()..).and_then(|r| r.chars().next());
            quotes.update(prev, c, next);
        } else if !is_terminal(c) {
            break;
        }
        prev = Some(c);
        j = i + k + c.len_utf8();
    }
    j
}

/// Whether the sentence ends after the terminal run `i..j`: only when a
/// space on the same line follows (a newline is judged by the line rules),
/// no quotation is open, the next word does not start in lowercase, and a
/// single period is not an abbreviation's.
fn ends_after(s: &str, i: usize, j: usize, quotes: Quotes) -> bool {
    let before = s.get(..i).unwrap_or("");
    let after = s.get(j..).unwrap_or("");
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    let next_word = after.get(spaces..).unwrap_or("");
    if spaces == 0 || next_word.is_empty() || next_word.starts_with(['\n', '\r']) {
        return false;
    }
    if quotes.open() || next_word.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let run = s.get(i..j).unwrap_or("");
    let quoted_question = run.contains(['!', '?']) && run.contains(['”', '"', '’', '\'']);
    if quoted_question && is_attribution(next_word) {
        return false;
    }
    let single_period =
        run.starts_with('.') && !run.starts_with("..") && !run.chars().skip(1).any(is_terminal);
    !single_period || period_ends_sentence(before, next_word)
}

/// What a paragraph's lines look like: hard-wrapped prose or one line per
/// sentence/heading.
struct WrapInfo {
    /// The block looks wrapped at a fixed width.
    wrapped: bool,
    /// The longest line, in chars.
    max_len: usize,
}

impl WrapInfo {
    fn of(block: &str) -> WrapInfo {
        let lines: Vec<&str> = block.lines().map(str::trim_end).collect();
        let max_len = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let inner = lines.len().saturating_sub(1);
        let open_ended = lines
            .iter()
            .take(inner)
            .filter(|l| !ends_terminal(l))
            .count();
        let long = lines
            .iter()
            .take(inner)
            .filter(|l| l.chars().count() * 10 >= max_len * 6)
            .count();
        // Wrapped at a fixed width: lines of 40 to 100 chars, most of them
        // near the longest, most of them stopping mid-sentence.
        let wrapped = inner >= 1
            && (40..=100).contains(&max_len)
            && open_ended * 2 >= inner
            && long * 3 >= inner * 2;
        WrapInfo { wrapped, max_len }
    }
}

/// Whether a line ends with terminal punctuation (closers allowed after it).
fn ends_terminal(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// Whether the newline after `line` ends a sentence; `rest` is the text
/// after the newline; `wrap` reads the paragraph's line shape when needed.
fn line_breaks_sentence<'w>(line: &str, rest: &str, wrap: impl FnOnce() -> &'w WrapInfo) -> bool {
    let Some(first) = rest.trim_start().chars().next() else {
        return true;
    };
    // A list item starts on its own line: the line before ends whatever it
    // says ("- Belarus has released seven prisoners" / "- Poland has freed
    // four").
    if is_list_item(rest.trim_start()) {
        return true;
    }
    if first.is_lowercase() {
        return false;
    }
    let trimmed = line.trim_end();
    if ends_terminal(trimmed) {
        let body = trimmed.trim_end_matches(is_closer);
        let before = body.get(..body.len().saturating_sub(1)).unwrap_or("");
        let is_period = body.ends_with('.') && !body.ends_with("..");
        return !is_period || period_ends_sentence(before, rest.trim_start()) || {
            // A line ending "U.S." before a capitalised line in one-line-per-
            // paragraph text is still the end of the sentence.
            let w = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            w.contains('.') && !wrap().wrapped
        };
    }
    // Heading-like line (no terminal punctuation) before a capital, a quote
    // or a digit: a break, unless the paragraph is hard-wrapped and this line
    // runs to the wrap width.
    let opens = first.is_uppercase() || first.is_ascii_digit() || "“‘\"'«".contains(first);
    opens && {
        let wrap = wrap();
        !wrap.wrapped || trimmed.chars().count() * 10 < wrap.max_len * 6
    }
}

/// Whether a line opens with a list marker, a space and a word that is not
/// lowercase: "- Poland has freed four", "• 14:35". ("- which began in June"
/// is a dash of hard-wrapped prose.)
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('-' | '*' | '+' | '•' | '–' | '—' | '·'))
        && chars.next().is_some_and(|c| c == ' ' || c == '\t')
        && chars
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| !c.is_lowercase())
}

#[cfg(test)]
#[path = "segment_tests.rs"]
mod tests;
