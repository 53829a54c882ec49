//! Negation cues and their scope (the clause).

use crate::extract::NegationCue;
use crate::source::Span;

/// The negation cues of a clause, in order.
pub fn negation_cues(text: &str, clause: Span) -> Vec<NegationCue> {
    let _ = (text, clause);
    Vec::new()
}

/// Whether `phrase` (inside `clause`) is negated: an odd number of cues
/// earlier in the clause, none of them inside the phrase itself.
pub fn is_negated(text: &str, clause: Span, phrase: Span) -> bool {
    let _ = (text, clause, phrase);
    false
}
