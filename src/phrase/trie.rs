//! A byte trie of folded patterns, walked from one start position at a
//! time (an anchored search). [`crate::phrase::PhraseSet`] starts a walk
//! only where a phrase may begin (a word start, or a punctuation char), so
//! the text is not searched for matches inside words that word boundaries
//! would reject anyway.
//!
//! Bytes are first mapped to classes (the distinct bytes of the patterns,
//! and one class for every other byte), so a state's transitions are a short
//! row. Small tries keep every row in one dense table; past
//! [`DENSE_MAX_CELLS`] each state keeps only its edges.

/// Up to this many cells (states × classes) the transitions are one dense
/// table of `u32`s (16 MB); above, each state lists its edges.
const DENSE_MAX_CELLS: usize = 1 << 22;

/// The state every failed transition leads to.
const DEAD: u32 = 0;
/// A state id's flag: a pattern ends in that state.
const ENDS: u32 = 1 << 31;

/// States are numbered so that a state's id is the offset of its row in the
/// dense table (`index × classes`), with [`ENDS`] set where a pattern ends:
/// a step is one table read.
#[derive(Debug, Clone)]
enum Edges {
    /// `id + class` → next id.
    Dense(Vec<u32>),
    /// Each state's `(class, next id)` edges: state `i`'s (its id divided by
    /// `classes`) are `edges[starts[i]..starts[i + 1]]`.
    Sparse {
        starts: Vec<u32>,
        edges: Vec<(u16, u32)>,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Byte → class; class 0 is every byte no pattern contains.
    class: [u16; 256],
    classes: u32,
    edges: Edges,
    /// Per state index, the index of the pattern that ends there (patterns
    /// are distinct, so at most one does).
    pattern: Vec<u32>,
    /// The root's transitions by byte, read once per position tried.
    root: [u32; 256],
    /// The distinct first bytes of the patterns, in byte order.
    first: Vec<u8>,
    /// Per byte, [`WORD_BYTE`], [`STARTS`] and [`NON_ASCII`] flags.
    kind: [u8; 256],
}

/// An ASCII letter or digit.
pub(crate) const WORD_BYTE: u8 = 1;
/// Some pattern starts with this byte.
pub(crate) const STARTS: u8 = 2;
/// Not ASCII: the char must be decoded.
pub(crate) const NON_ASCII: u8 = 4;

impl Default for Trie {
    fn default() -> Trie {
        Trie::new(&[] as &[&str])
    }
}

impl Trie {
    /// A trie of `patterns` (distinct; pattern `i` is reported as `i`).
    /// Past about two billion states (far beyond any rule set) the ids would
    /// not fit: such a trie matches nothing.
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Trie {
        Trie::with_dense_limit(patterns, DENSE_MAX_CELLS)
    }

    /// [`Trie::new`], with dense transitions only up to `dense_max` cells.
    fn with_dense_limit<S: AsRef<[u8]>>(patterns: &[S], dense_max: usize) -> Trie {
        let mut class = [0u16; 256];
        let mut classes = 1u32;
        for p in patterns {
            for &b in p.as_ref() {
                if let Some(c) = class.get_mut(usize::from(b)) {
                    if *c == 0 {
                        *c = u16::try_from(classes).unwrap_or(0);
                        classes += 1;
                    }
                }
            }
        }
        // Build with per-state edge lists by state index (0 = dead, 1 = root).
        let mut lists: Vec<Vec<(u16, usize)>> = vec![Vec::new(), Vec::new()];
        let mut pattern = vec![u32::MAX, u32::MAX];
        for (index, p) in patterns.iter().enumerate() {
            let mut state = 1usize;
            for &b in p.as_ref() {
                let c = class.get(usize::from(b)).copied().unwrap_or(0);
                let found = lists
                    .get(state)
                    .and_then(|l| l.iter().find(|&&(k, _)| k == c))
                    .map(|&(_, next)| next);
                state = match found {
                    Some(next) => next,
                    None => {
                        let next = lists.len();
                        if let Some(l) = lists.get_mut(state) {
                            l.push((c, next));
                        }
                        lists.push(Vec::new());
                        pattern.push(u32::MAX);
                        next
                    }
                };
            }
            if let Some(slot) = pattern.get_mut(state) {
                *slot = u32::try_from(index).unwrap_or(u32::MAX);
            }
        }
        let cells = lists.len().saturating_mul(classes as usize);
        let fits = u32::try_from(cells).is_ok_and(|n| n < ENDS);
        let id = |state: usize| -> u32 {
            let flag = if pattern.get(state).is_some_and(|&p| p != u32::MAX) {
                ENDS
            } else {
                0
            };
            u32::try_from(state * classes as usize).unwrap_or(DEAD) | flag
        };
        let edges = if !fits {
            Edges::Dense(Vec::new())
        } else if cells <= dense_max {
            let mut table = vec![DEAD; cells];
            for (state, list) in lists.iter().enumerate() {
                for &(c, next) in list {
                    let cell = state * classes as usize + usize::from(c);
                    if let Some(cell) = table.get_mut(cell) {
                        *cell = id(next);
                    }
                }
            }
            Edges::Dense(table)
        } else {
            let mut starts = Vec::with_capacity(lists.len() + 1);
            let mut edges = Vec::new();
            for list in &lists {
                starts.push(u32::try_from(edges.len()).unwrap_or(u32::MAX));
                edges.extend(list.iter().map(|&(c, next)| (c, id(next))));
            }
            starts.push(u32::try_from(edges.len()).unwrap_or(u32::MAX));
            Edges::Sparse { starts, edges }
        };
        let root = if fits { id(1) } else { DEAD };
        let mut trie = Trie {
            class,
            classes,
            edges,
            pattern,
            root: [DEAD; 256],
            first: Vec::new(),
            kind: [0; 256],
        };
        for b in 0..=u8::MAX {
            let next = if root == DEAD {
                DEAD
            } else {
                trie.next(root, b)
            };
            if let Some(cell) = trie.root.get_mut(usize::from(b)) {
                *cell = next;
            }
            if next != DEAD {
                trie.first.push(b);
            }
            let kind = if b.is_ascii_alphanumeric() {
                WORD_BYTE
            } else {
                0
            } | if next != DEAD { STARTS } else { 0 }
                | if b.is_ascii() { 0 } else { NON_ASCII };
            if let Some(cell) = trie.kind.get_mut(usize::from(b)) {
                *cell = kind;
            }
        }
        trie
    }

    /// The distinct first bytes of the patterns.
    pub(crate) fn first_bytes(&self) -> &[u8] {
        &self.first
    }

    /// The state after reading `b` in state `id` ([`DEAD`] if no pattern
    /// goes on that way).
    fn next(&self, id: u32, b: u8) -> u32 {
        let c = self.class.get(usize::from(b)).copied().unwrap_or(0);
        let row = (id & !ENDS) as usize;
        match &self.edges {
            Edges::Dense(table) => table.get(row + usize::from(c)).copied().unwrap_or(DEAD),
            Edges::Sparse { starts, edges } => {
                let s = row / self.classes as usize;
                let lo = starts.get(s).copied().unwrap_or(0) as usize;
                let hi = starts.get(s + 1).copied().unwrap_or(0) as usize;
                edges
                    .get(lo..hi)
                    .and_then(|l| l.iter().find(|&&(k, _)| k == c))
                    .map_or(DEAD, |&(_, next)| next)
            }
        }
    }

    /// The [`WORD_BYTE`], [`STARTS`] and [`NON_ASCII`] flags of `b`.
    #[inline(always)]
    // A `u8` always indexes a 256-entry table.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn kind(&self, b: u8) -> u8 {
        self.kind[usize::from(b)]
    }

    /// Every pattern that matches `hay` from offset `start`, shortest
    /// first: `f(pattern, end)`.
    #[inline(always)]
    pub(crate) fn walk(&self, hay: &[u8], start: usize, f: impl FnMut(usize, usize)) {
        let first = hay.get(start).copied().unwrap_or(0);
        let state = self.root.get(usize::from(first)).copied().unwrap_or(DEAD);
        if state != DEAD {
            self.walk_from(state, hay, start + 1, f);
        }
    }

    // Inlined into the scan loop: a call per word start costs more than the
    // walk itself.
    #[inline(always)]
    fn walk_from(&self, state: u32, hay: &[u8], from: usize, mut f: impl FnMut(usize, usize)) {
        let rest = hay.get(from..).unwrap_or_default();
        match &self.edges {
            Edges::Dense(table) => {
                let mut state = state;
                let mut end = from;
                loop {
                    if state & ENDS != 0 {
                        self.found(state, end, &mut f);
                    }
                    let Some(&b) = rest.get(end - from) else {
                        return;
                    };
                    let c = self.class.get(usize::from(b)).copied().unwrap_or(0);
                    let cell = (state & !ENDS) as usize + usize::from(c);
                    state = table.get(cell).copied().unwrap_or(DEAD);
                    if state == DEAD {
                        return;
                    }
                    end += 1;
                }
            }
            Edges::Sparse { .. } => {
                let mut state = state;
                let mut end = from;
                loop {
                    if state & ENDS != 0 {
                        self.found(state, end, &mut f);
                    }
                    let Some(&b) = rest.get(end - from) else {
                        return;
                    };
                    state = self.next(state, b);
                    if state == DEAD {
                        return;
                    }
                    end += 1;
                }
            }
        }
    }

    /// Report the pattern ending in `state` at `end`.
    fn found(&self, state: u32, end: usize, f: &mut impl FnMut(usize, usize)) {
        let index = (state & !ENDS) / self.classes;
        if let Some(&p) = self.pattern.get(index as usize) {
            f(p as usize, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walks(trie: &Trie, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for start in 0..hay.len() {
            trie.walk(hay, start, |p, end| out.push((start, p, end)));
        }
        out
    }

    #[test]
    fn dense_and_sparse_tries_walk_alike() {
        let patterns = ["a", "ab", "abc", "b", "bca", "c a", "é"];
        let dense = Trie::new(&patterns);
        let sparse = Trie::with_dense_limit(&patterns, 0);
        assert!(matches!(dense.edges, Edges::Dense(_)));
        assert!(matches!(sparse.edges, Edges::Sparse { .. }));
        let hay = "abca abc a é bc".as_bytes();
        let found = walks(&dense, hay);
        assert_eq!(found, walks(&sparse, hay));
        // At 0: a, ab, abc; at 1: b, bca; at 3: a.
        let expected = [(0, 0, 1), (0, 1, 2), (0, 2, 3), (1, 3, 2), (1, 4, 4)];
        assert!(found.starts_with(&expected), "{found:?}");
        assert_eq!(dense.first_bytes(), b"abc\xC3");
    }

    #[test]
    fn an_empty_trie_matches_nothing() {
        let trie = Trie::default();
        assert!(walks(&trie, b"anything").is_empty());
        assert!(trie.first_bytes().is_empty());
    }
}
