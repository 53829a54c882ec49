//! Finding the next byte of a small set (the marks a splitter stops at):
//! `memchr`'s three-byte searches, one per three marks, run side by side,
//! each remembering where it found its next mark.

/// The marks of a haystack at or after a position that only grows.
#[derive(Debug)]
pub(crate) struct Marks<'h, const GROUPS: usize> {
    hay: &'h [u8],
    groups: [[u8; 3]; GROUPS],
    /// Per group, its next mark found (`None`: no more), valid for
    /// positions up to it.
    next: [Option<usize>; GROUPS],
}

impl<'h, const GROUPS: usize> Marks<'h, GROUPS> {
    /// Marks in groups of three (repeat a byte to fill a group).
    pub(crate) fn new(hay: &'h [u8], groups: [[u8; 3]; GROUPS]) -> Marks<'h, GROUPS> {
        let next = groups.map(|[a, b, c]| memchr::memchr3(a, b, c, hay));
        Marks { hay, groups, next }
    }

    /// The first offset at or after `from` holding a mark. `from` must not
    /// be smaller than in the call before.
    pub(crate) fn next_from(&mut self, from: usize) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (next, &[a, b, c]) in self.next.iter_mut().zip(&self.groups) {
            if next.is_some_and(|at| at < from) {
                *next = self
                    .hay
                    .get(from..)
                    .and_then(|rest| memchr::memchr3(a, b, c, rest))
                    .map(|k| from + k);
            }
            if let Some(at) = *next {
                best = Some(best.map_or(at, |b| b.min(at)));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_mark_in_order() {
        let hay = b"a.b\nc'd!e?f\"g.";
        let mut marks = Marks::new(hay, [[b'\n', b'.', b'.'], [b'!', b'?', b'"'], [b'\''; 3]]);
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = marks.next_from(from) {
            found.push(at);
            from = at + 1;
        }
        assert_eq!(found, [1, 3, 5, 7, 9, 11, 13]);
        assert_eq!(marks.next_from(hay.len()), None);
    }

    #[test]
    fn a_later_start_skips_marks() {
        let hay = b"..x..";
        let mut marks = Marks::new(hay, [[b'.'; 3]]);
        assert_eq!(marks.next_from(0), Some(0));
        assert_eq!(marks.next_from(2), Some(3));
        assert_eq!(marks.next_from(5), None);
    }
}
