//! Capitalised word runs, and near misses of names.

use crate::extract::NameRun;
use crate::source::Span;

/// Runs of capitalised words in `span` of `text`.
pub fn name_runs(text: &str, span: Span) -> Vec<NameRun> {
    let _ = (text, span);
    Vec::new()
}

/// Lowercase, diacritics removed: the form names are compared in.
pub fn fold_name(name: &str) -> String {
    name.to_lowercase()
}

/// Whether `candidate` is a near miss of `name` (one letter added, dropped or
/// changed, a swapped pair, a hyphen or a space; diacritics ignored) and not
/// equal to it.
pub fn is_near_miss(candidate: &str, name: &str) -> bool {
    let _ = (candidate, name);
    false
}
