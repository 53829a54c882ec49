//! Semi-global word alignment of a passage against a statement.
//!
//! The whole passage is aligned against a window of the statement that may
//! start and end anywhere. Scores: a matching word +2; a changed, added or
//! dropped word −1. Passage words before the statement's first word (when
//! the window starts at statement word 0) or after its last word (when it
//! ends at the last word) cost nothing: the article may quote more than is
//! known. The best-scoring alignment is kept, so a window is only widened
//! when the matches it gains pay for the words it drops.

use super::{is_stopword, WordChange, Wording};
use std::ops::Range;

/// Passages or statements longer than this are never compared.
pub(crate) const MAX_WORDS: usize = 2_000;
/// Nor are pairs whose alignment table would exceed this many cells.
const MAX_CELLS: usize = 1_000_000;

/// Aligned words needed before words beyond the statement's ends are free.
const MIN_OVERLAP_WITH_FREE: usize = 4;

const MATCH: i32 = 2;
const EDIT: i32 = -1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Row 0: the window starts here.
    Start,
    /// Column 0: a passage word before the statement's first word.
    FreePrefix,
    /// Passage word `i-1` against statement word `j-1`.
    Diagonal,
    /// Passage word `i-1` not in the statement.
    Added,
    /// Statement word `j-1` not in the passage.
    Dropped,
}

/// One operation of the final alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Match(usize, usize),
    Change(usize, usize),
    Add(usize),
    Drop(usize),
    Free,
}

pub(crate) fn compare_aligned(p: &[&str], s: &[&str]) -> Wording {
    let (n, m) = (p.len(), s.len());
    if n < 2 || m == 0 || n > MAX_WORDS || m > MAX_WORDS || (n + 1) * (m + 1) > MAX_CELLS {
        return Wording::Unrelated;
    }
    let ops = best_alignment(p, s);
    judge(p, &ops)
}

/// Fill the table and trace back the best alignment, in passage order.
// The tables are `(n + 1) * (m + 1)`; every index is `i * width + j` with
// `i <= n`, `j <= m`, and `p[i - 1]`/`s[j - 1]` only for `i, j >= 1` (the
// trace back stops at `Start`/`FreePrefix`, which row 0 and column 0 hold).
#[allow(clippy::indexing_slicing)]
fn best_alignment(p: &[&str], s: &[&str]) -> Vec<Op> {
    let (n, m) = (p.len(), s.len());
    let width = m + 1;
    let mut score = vec![0i32; (n + 1) * width];
    let mut step = vec![Step::Start; (n + 1) * width];
    for i in 1..=n {
        step[i * width] = Step::FreePrefix;
        for j in 1..=m {
            let same = p[i - 1] == s[j - 1];
            let diagonal = score[(i - 1) * width + j - 1] + if same { MATCH } else { EDIT };
            let added = score[(i - 1) * width + j] + EDIT;
            let dropped = score[i * width + j - 1] + EDIT;
            let (best, how) = if diagonal >= added && diagonal >= dropped {
                (diagonal, Step::Diagonal)
            } else if added >= dropped {
                (added, Step::Added)
            } else {
                (dropped, Step::Dropped)
            };
            score[i * width + j] = best;
            step[i * width + j] = how;
        }
    }
    // End either with the whole passage consumed (any window end), or at
    // the statement's last word with the rest of the passage free.
    let mut end = (n, 0);
    let mut best = score[n * width];
    for j in 1..=m {
        // On a tie, prefer the longer window: a last passage word in place
        // of the next statement word is a change, not an addition.
        if score[n * width + j] >= best {
            best = score[n * width + j];
            end = (n, j);
        }
    }
    for i in 0..n {
        if score[i * width + m] > best {
            best = score[i * width + m];
            end = (i, m);
        }
    }
    let (mut i, mut j) = end;
    let mut ops = vec![Op::Free; n - i];
    loop {
        match step[i * width + j] {
            Step::Start => break,
            Step::FreePrefix => {
                ops.extend(std::iter::repeat_n(Op::Free, i));
                break;
            }
            Step::Diagonal => {
                ops.push(if p[i - 1] == s[j - 1] {
                    Op::Match(i - 1, j - 1)
                } else {
                    Op::Change(i - 1, j - 1)
                });
                i -= 1;
                j -= 1;
            }
            Step::Added => {
                ops.push(Op::Add(i - 1));
                i -= 1;
            }
            Step::Dropped => {
                ops.push(Op::Drop(j - 1));
                j -= 1;
            }
        }
    }
    ops.reverse();
    ops
}

fn judge(p: &[&str], ops: &[Op]) -> Wording {
    let free = ops.iter().filter(|o| matches!(o, Op::Free)).count();
    let aligned = p.len() - free;
    let matched: Vec<(usize, usize)> = ops
        .iter()
        .filter_map(|o| match o {
            Op::Match(i, j) => Some((*i, *j)),
            _ => None,
        })
        .collect();
    let content = matched
        .iter()
        .filter(|(i, _)| p.get(*i).is_some_and(|w| !is_stopword(w)))
        .count();
    // Words beyond the statement's ends are forgiven only when a good part
    // of the passage is the statement: "President Trump" at the start of one
    // does not make a long passage ending in "President Trump" a quote of it.
    if free > 0 && (aligned < MIN_OVERLAP_WITH_FREE || 2 * aligned < free) {
        return Wording::Unrelated;
    }
    let changes = changes(ops);
    if changes.is_empty() {
        // Only matches and free words: exact on the overlap.
        return match (matched.first(), matched.last()) {
            (Some(first), Some(last)) if matched.len() >= 2 && content >= 1 => Wording::Exact {
                start: first.1,
                end: last.1 + 1,
            },
            _ => Wording::Unrelated,
        };
    }
    // Four words or more: two content words found, and two passage words
    // in a row found in a row (scattered single words are chance).
    let long = aligned >= 4;
    let needed_content = if long { 2 } else { 1 };
    let in_a_row = ops
        .windows(2)
        .any(|w| matches!(w, [Op::Match(..), Op::Match(..)]));
    if 2 * matched.len() >= aligned && content >= needed_content && (in_a_row || !long) {
        Wording::Differs(changes)
    } else {
        Wording::Unrelated
    }
}

/// Merge adjacent edits into Added / Dropped / Changed ranges.
fn changes(ops: &[Op]) -> Vec<WordChange> {
    let mut out = Vec::new();
    let mut passage: Option<Range<usize>> = None;
    let mut statement: Option<Range<usize>> = None;
    let widen = |r: &mut Option<Range<usize>>, k: usize| {
        *r = Some(match r.take() {
            Some(r) => r.start.min(k)..r.end.max(k + 1),
            None => k..k + 1,
        });
    };
    for op in ops {
        match *op {
            Op::Change(i, j) => {
                widen(&mut passage, i);
                widen(&mut statement, j);
            }
            Op::Add(i) => widen(&mut passage, i),
            Op::Drop(j) => widen(&mut statement, j),
            Op::Match(..) | Op::Free => {
                if let Some(change) = group(passage.take(), statement.take()) {
                    out.push(change);
                }
            }
        }
    }
    if let Some(change) = group(passage, statement) {
        out.push(change);
    }
    out
}

fn group(passage: Option<Range<usize>>, statement: Option<Range<usize>>) -> Option<WordChange> {
    match (passage, statement) {
        (Some(passage), Some(statement)) => Some(WordChange::Changed { passage, statement }),
        (Some(passage), None) => Some(WordChange::Added { passage }),
        (None, Some(statement)) => Some(WordChange::Dropped { statement }),
        (None, None) => None,
    }
}
