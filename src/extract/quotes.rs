//! Quotations and their speakers.

use crate::extract::Quotation;
use crate::source::Span;

/// Every quotation that starts in `sentence` of `text`, with its speaker.
pub fn extract_quotes(text: &str, sentence: Span) -> Vec<Quotation> {
    let _ = (text, sentence);
    Vec::new()
}
