//! Judging: every fact of a compiled rule set against one article.
//!
//! [`Checker::new`] compiles all facts once (one phrase automaton for every
//! anchor, cue, phrase, place and entity name); [`Checker::check`] scans an
//! article once and judges only sentences with hits. No I/O, never fails.

pub mod verdict;

use crate::article::Article;
use crate::dsl::RuleSet;
use chrono::NaiveDate;

pub use verdict::{ArticleReport, Evidence, FactResult, StoryStatus};

/// Options that change how an article is read.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Reference date for articles that carry none (`--date`).
    pub date: Option<NaiveDate>,
}

/// A rule set compiled for checking.
#[derive(Debug)]
pub struct Checker<'r> {
    rules: &'r RuleSet,
}

impl<'r> Checker<'r> {
    pub fn new(rules: &'r RuleSet) -> Checker<'r> {
        Checker { rules }
    }

    pub fn rules(&self) -> &'r RuleSet {
        self.rules
    }

    /// Judge every fact of every story whose `about` the article meets.
    pub fn check(&self, article: &Article, options: &CheckOptions) -> ArticleReport {
        let _ = (article, options);
        ArticleReport {
            stories: Vec::new(),
            facts: Vec::new(),
        }
    }

    /// Judge one fact on a one-sentence article (an `example`): the story's
    /// `about` does not apply, its `dateline` does.
    pub fn check_example(&self, fact: usize, text: &str) -> FactResult {
        let _ = text;
        FactResult {
            fact,
            verdict: crate::dsl::Verdict::Absent,
            evidence: Vec::new(),
        }
    }
}

/// The documentation of a fact kind (`count`, `date`, …): what it checks,
/// what matches, what contradicts, what is not evidence, an example.
pub fn explain_kind(keyword: &str) -> Option<&'static str> {
    let _ = keyword;
    None
}
