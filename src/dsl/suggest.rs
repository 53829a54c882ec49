//! "Did you mean …?": the closest known word to a misspelt one.

/// The candidate closest to `word` (Damerau–Levenshtein, ignoring case), if
/// it is close enough to be a plain typo: one edit for short words, two for
/// up to eight letters, three beyond, and never more than a third of the word.
pub(crate) fn suggest<'c, S: AsRef<str>>(word: &str, candidates: &'c [S]) -> Option<&'c str> {
    let lower = word.to_lowercase();
    let limit = match word.chars().count() {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    candidates
        .iter()
        .map(|c| {
            let c = c.as_ref();
            (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c)
        })
        .filter(|(d, c)| *d <= limit && d * 3 <= c.chars().count().max(lower.chars().count()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
