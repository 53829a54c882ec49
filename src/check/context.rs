//! One article, prepared for judging: its sentences, every phrase hit (one
//! scan), and extractor results computed lazily, once per sentence.

use crate::article::clause::split_clauses;
use crate::article::segment::sentence_spans;
use crate::check::compile::CompiledAnchor;
use crate::check::polarity::Polarity;
use crate::extract::negation::{self, ClauseNegation};
use crate::extract::{self, DateMention, Number, Quotation};
use crate::phrase::{FoldedText, PhraseHit, PhraseId, PhraseSet};
use crate::source::Span;
use chrono::NaiveDate;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

/// A phrase hit placed in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    pub sentence: usize,
}

pub(crate) struct ArticleCtx<'a> {
    pub text: &'a str,
    pub sentences: Vec<Span>,
    /// Each sentence's clauses, split when first asked for.
    clauses: Vec<OnceCell<Vec<Span>>>,
    /// Hits grouped by phrase id, each phrase's in text order; where each
    /// phrase's group is.
    hits: Vec<Hit>,
    groups: Groups,
    reference: Option<NaiveDate>,
    /// Each anchor's hits (by `CompiledAnchor::id`), once sentences are known.
    anchors: Vec<OnceCell<Vec<Hit>>>,
    anchor_count: usize,
    numbers: Vec<OnceCell<Vec<Number>>>,
    dates: Vec<OnceCell<Vec<DateMention>>>,
    /// Per sentence, its date of another time (see `occasion::old_date`),
    /// read under the same reference as `dates`.
    old_dates: Vec<OnceCell<Option<Span>>>,
    /// Per sentence, whether it is a link to another story.
    links: Vec<bool>,
    /// The polarity of each phrase hit asked about, by span.
    polarities: RefCell<HashMap<Span, Polarity>>,
    quotes: Vec<OnceCell<Vec<Quotation>>>,
    /// Per sentence, the negation marks of each of its clauses.
    negations: Vec<OnceCell<Vec<ClauseNegation>>>,
}

impl<'a> ArticleCtx<'a> {
    /// Scan `text` once for every phrase. Sentences are segmented only when
    /// [`ArticleCtx::segment`] is called (a skipped article needs none).
    pub fn scan(text: &'a str, phrases: &PhraseSet, anchor_count: usize) -> ArticleCtx<'a> {
        let folded = FoldedText::new(text);
        let mut raw: Vec<PhraseHit> = Vec::with_capacity(text.len() / 32);
        phrases.hits_into(&folded, &mut raw);
        let (hits, groups) = group_by_phrase(raw, phrases.len());
        ArticleCtx {
            text,
            sentences: Vec::new(),
            clauses: Vec::new(),
            hits,
            groups,
            reference: None,
            anchors: Vec::new(),
            anchor_count,
            numbers: Vec::new(),
            dates: Vec::new(),
            old_dates: Vec::new(),
            links: Vec::new(),
            polarities: RefCell::default(),
            quotes: Vec::new(),
            negations: Vec::new(),
        }
    }

    /// Split into sentences and place every hit in its sentence.
    pub fn segment(&mut self) {
        self.sentences = sentence_spans(self.text);
        let n = self.sentences.len();
        self.clauses = (0..n).map(|_| OnceCell::new()).collect();
        self.anchors = (0..self.anchor_count).map(|_| OnceCell::new()).collect();
        self.numbers = (0..n).map(|_| OnceCell::new()).collect();
        self.dates = (0..n).map(|_| OnceCell::new()).collect();
        self.old_dates = (0..n).map(|_| OnceCell::new()).collect();
        self.links = (0..n).map(|s| self.link_sentence(s)).collect();
        self.quotes = (0..n).map(|_| OnceCell::new()).collect();
        self.negations = (0..n).map(|_| OnceCell::new()).collect();
        let index = SentenceIndex::new(&self.sentences, self.text.len());
        for hit in &mut self.hits {
            hit.sentence = index.sentence_of(hit.span.start);
        }
    }

    /// Set the reference date relative dates resolve against. Dates read
    /// under another reference (another story's `dateline`) are forgotten.
    pub fn set_reference(&mut self, reference: Option<NaiveDate>) {
        if reference != self.reference {
            self.reference = reference;
            self.dates = (0..self.sentences.len()).map(|_| OnceCell::new()).collect();
            self.old_dates = (0..self.sentences.len()).map(|_| OnceCell::new()).collect();
        }
    }

    /// The polarity of the phrase hit at `span`, computed once.
    pub fn polarity(&self, span: Span, compute: impl FnOnce() -> Polarity) -> Polarity {
        if let Some(&p) = self.polarities.borrow().get(&span) {
            return p;
        }
        let p = compute();
        self.polarities.borrow_mut().insert(span, p);
        p
    }

    /// The sentence's date of another time, computed once per reference.
    pub fn old_date(
        &self,
        sentence: usize,
        compute: impl FnOnce() -> Option<Span>,
    ) -> Option<Span> {
        match self.old_dates.get(sentence) {
            Some(cell) => *cell.get_or_init(compute),
            None => compute(),
        }
    }

    /// The date relative dates resolve against, if any.
    pub fn reference(&self) -> Option<NaiveDate> {
        self.reference
    }

    /// Whether any of the anchor's phrases occurs anywhere.
    pub fn anchor_present(&self, anchor: &CompiledAnchor) -> bool {
        anchor
            .phrases
            .iter()
            .any(|&p| !self.phrase_hits(p).is_empty())
    }

    /// All hits of one phrase, in text order.
    pub fn phrase_hits(&self, phrase: PhraseId) -> &[Hit] {
        let range = match &self.groups {
            Groups::Starts(starts) => starts
                .get(phrase)
                .zip(starts.get(phrase + 1))
                .map(|(&lo, &hi)| (lo, hi)),
            Groups::Phrases(phrases) => Some((
                phrases.partition_point(|&p| p < phrase),
                phrases.partition_point(|&p| p <= phrase),
            )),
        };
        match range {
            Some((lo, hi)) => self.hits.get(lo..hi).unwrap_or_default(),
            None => &[],
        }
    }

    /// All hits of an anchor's phrases, in text order, without duplicates
    /// and without hits inside a longer hit of the same anchor ("Kim" inside
    /// "Kim Jong Un"). Computed once per article and anchor.
    pub fn anchor_hits(&self, anchor: &CompiledAnchor) -> &[Hit] {
        let compute = || {
            collapse(
                anchor
                    .phrases
                    .iter()
                    .flat_map(|&p| self.phrase_hits(p).iter().copied())
                    .collect(),
            )
        };
        match self.anchors.get(anchor.id) {
            Some(cell) => cell.get_or_init(compute),
            None => &[],
        }
    }

    /// Hits of an anchor inside one sentence.
    pub fn anchor_hits_in(&self, anchor: &CompiledAnchor, sentence: usize) -> &[Hit] {
        let hits = self.anchor_hits(anchor);
        let lo = hits.partition_point(|h| h.sentence < sentence);
        let hi = hits.partition_point(|h| h.sentence <= sentence);
        hits.get(lo..hi).unwrap_or_default()
    }

    /// Whether the sentence is a link to another story ("Also Read | …",
    /// "Read more: …", "Related: …"): its figures, dates, places and events
    /// are that story's. (Its quotes and names are still the article's
    /// words.)
    pub fn is_link(&self, sentence: usize) -> bool {
        self.links.get(sentence).copied().unwrap_or(false)
    }

    fn link_sentence(&self, sentence: usize) -> bool {
        const LINKS: &[&str] = &[
            "also read",
            "read also",
            "read more",
            "related:",
            "related |",
            "see also",
            "recommended:",
            "more on this",
        ];
        let text = self.slice(self.sentence_span(sentence));
        LINKS.iter().any(|l| {
            text.get(..l.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(l))
        })
    }

    /// The index of the sentence holding `offset`.
    pub fn sentence_at(&self, offset: usize) -> usize {
        sentence_of(&self.sentences, offset)
    }

    pub fn sentence_span(&self, sentence: usize) -> Span {
        self.sentences.get(sentence).copied().unwrap_or_default()
    }

    /// The clauses of `sentence`, split once.
    fn clauses(&self, sentence: usize) -> &[Span] {
        match self.clauses.get(sentence) {
            Some(cell) => {
                cell.get_or_init(|| split_clauses(self.text, self.sentence_span(sentence)))
            }
            None => &[],
        }
    }

    /// The clause of `sentence` containing `span` (the sentence itself if no
    /// clause does).
    pub fn clause_of(&self, sentence: usize, span: Span) -> Span {
        let Some(&whole) = self.sentences.get(sentence) else {
            return span;
        };
        let clauses = self.clauses(sentence);
        clause_index(clauses, span)
            .and_then(|i| clauses.get(i).copied())
            .unwrap_or(whole)
    }

    /// Whether `phrase` is negated in its clause of `sentence`. Each
    /// clause's negation cues are read once, however many phrases ask.
    pub fn negated(&self, sentence: usize, phrase: Span) -> bool {
        let clauses = self.clauses(sentence);
        let cached = clause_index(clauses, phrase).and_then(|i| {
            self.negations
                .get(sentence)?
                .get_or_init(|| {
                    clauses
                        .iter()
                        .map(|&c| ClauseNegation::of(self.text, c))
                        .collect()
                })
                .get(i)
        });
        match cached {
            Some(clause) => clause.negates(phrase),
            None => negation::is_negated(self.text, self.clause_of(sentence, phrase), phrase),
        }
    }

    pub fn numbers(&self, sentence: usize) -> &[Number] {
        let span = self.sentence_span(sentence);
        match self.numbers.get(sentence) {
            Some(cell) => cell.get_or_init(|| extract::numbers::extract_numbers(self.text, span)),
            None => &[],
        }
    }

    pub fn dates(&self, sentence: usize) -> &[DateMention] {
        let span = self.sentence_span(sentence);
        let Some(reference) = self.reference else {
            return &[];
        };
        match self.dates.get(sentence) {
            Some(cell) => cell.get_or_init(|| {
                if !extract::dates::may_hold_date(span.slice(self.text)) {
                    return Vec::new();
                }
                let numbers = self.numbers(sentence);
                extract::dates::extract_dates_with(self.text, span, reference, numbers)
            }),
            None => &[],
        }
    }

    pub fn quotes(&self, sentence: usize) -> &[Quotation] {
        let span = self.sentence_span(sentence);
        match self.quotes.get(sentence) {
            Some(cell) => cell.get_or_init(|| extract::quotes::extract_quotes(self.text, span)),
            None => &[],
        }
    }

    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }
}

/// Where each phrase's hits are in the grouped hits.
enum Groups {
    /// Phrase `id`'s hits are `starts[id]..starts[id + 1]` (`ids + 1`
    /// offsets).
    Starts(Vec<usize>),
    /// The phrase of each hit (sorted): a phrase's hits are the run of its
    /// id, found by binary search.
    Phrases(Vec<PhraseId>),
}

/// Above this many phrase ids per hit, hits are grouped by sorting them
/// rather than by counting: offsets for every phrase of a large rule set
/// cost more, per article, than sorting its few hits.
const IDS_PER_HIT_FOR_SORTING: usize = 16;

/// Group hits by phrase id, each phrase's hits arriving in text order (as
/// [`PhraseSet::hits_into`] gives them), so each group stays in text order:
/// with a counting sort when the rule set has few phrases for the hits, or
/// with a stable sort by phrase.
fn group_by_phrase(mut raw: Vec<PhraseHit>, ids: usize) -> (Vec<Hit>, Groups) {
    if ids > raw.len().saturating_mul(IDS_PER_HIT_FOR_SORTING) {
        raw.sort_by_key(|h| h.phrase);
        let phrases = raw.iter().map(|h| h.phrase).collect();
        let hits = raw
            .into_iter()
            .map(|h| Hit {
                span: h.span,
                sentence: 0,
            })
            .collect();
        return (hits, Groups::Phrases(phrases));
    }
    let (hits, starts) = count_by_phrase(raw, ids);
    (hits, Groups::Starts(starts))
}

/// Group hits by phrase id with a counting sort: `ids` phrases. Returns the
/// hits and the start of each group (`ids + 1` offsets).
fn count_by_phrase(raw: Vec<PhraseHit>, ids: usize) -> (Vec<Hit>, Vec<usize>) {
    let mut starts = vec![0usize; ids + 1];
    for h in &raw {
        if let Some(n) = starts.get_mut(h.phrase + 1) {
            *n += 1;
        }
    }
    for i in 1..starts.len() {
        let before = starts.get(i - 1).copied().unwrap_or(0);
        if let Some(n) = starts.get_mut(i) {
            *n += before;
        }
    }
    let mut next = starts.clone();
    let mut hits = vec![
        Hit {
            span: Span::default(),
            sentence: 0,
        };
        raw.len()
    ];
    for h in raw {
        let Some(slot) = next.get_mut(h.phrase) else {
            continue;
        };
        if let Some(hit) = hits.get_mut(*slot) {
            *hit = Hit {
                span: h.span,
                sentence: 0,
            };
        }
        *slot += 1;
    }
    (hits, starts)
}

/// Hits in text order, without duplicates and without hits inside a longer
/// hit before them.
fn collapse(mut all: Vec<Hit>) -> Vec<Hit> {
    let key = |h: &Hit| (h.span.start, std::cmp::Reverse(h.span.end));
    // One phrase's hits come sorted already; sort only what is not.
    if !all.is_sorted_by_key(key) {
        all.sort_by_key(key);
    }
    all.dedup_by(|h, kept| kept.span.contains(h.span));
    all
}

/// Index of the clause (of a sentence's `clauses`) in which `span` starts.
fn clause_index(clauses: &[Span], span: Span) -> Option<usize> {
    clauses
        .iter()
        .position(|c| c.start <= span.start && span.start < c.end.max(c.start + 1))
}

/// Index of the sentence containing `offset` (or the nearest before it),
/// by binary search: what [`SentenceIndex`] answers faster for many
/// offsets.
fn sentence_of(sentences: &[Span], offset: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= offset)
        .saturating_sub(1)
}

/// The sentence containing an offset, for many offsets, without a binary
/// search each: the
/// text is cut into buckets of [`SentenceIndex::BUCKET`] bytes, each
/// knowing how many sentences start before it, and the few sentences
/// starting inside a bucket are stepped over.
struct SentenceIndex<'s> {
    sentences: &'s [Span],
    /// Per bucket, how many sentences start before the bucket.
    before: Vec<usize>,
}

impl<'s> SentenceIndex<'s> {
    const BUCKET: usize = 64;

    fn new(sentences: &'s [Span], len: usize) -> SentenceIndex<'s> {
        let buckets = len / Self::BUCKET + 1;
        let mut before = Vec::with_capacity(buckets);
        let mut k = 0;
        for b in 0..buckets {
            let at = b * Self::BUCKET;
            while sentences.get(k).is_some_and(|s| s.start < at) {
                k += 1;
            }
            before.push(k);
        }
        SentenceIndex { sentences, before }
    }

    /// Index of the sentence containing `offset` (or the nearest before it).
    fn sentence_of(&self, offset: usize) -> usize {
        let bucket = offset / Self::BUCKET;
        let mut k = match self.before.get(bucket) {
            Some(&k) => k,
            None => self.before.last().copied().unwrap_or(0),
        };
        while self.sentences.get(k).is_some_and(|s| s.start <= offset) {
            k += 1;
        }
        k.saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_index_agrees_with_a_binary_search() {
        let sentences = [
            Span::new(3, 40),
            Span::new(41, 200),
            Span::new(201, 202),
            Span::new(202, 203),
            Span::new(210, 330),
        ];
        let index = SentenceIndex::new(&sentences, 340);
        for offset in 0..400 {
            assert_eq!(
                index.sentence_of(offset),
                sentence_of(&sentences, offset),
                "{offset}"
            );
        }
        let empty = SentenceIndex::new(&[], 10);
        assert_eq!(empty.sentence_of(5), 0);
    }
}
