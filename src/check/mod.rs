//! Judging: every fact of a compiled rule set against one article.
//!
//! [`Checker::new`] compiles all facts once (one phrase trie for every
//! anchor, cue, phrase, place and entity name); [`Checker::check`] scans an
//! article once and judges only in-scope sentences. No I/O, never fails.

mod claimed;
mod compile;
mod context;
mod kinds;
mod occasion;
mod polarity;
mod scope;
pub mod verdict;

use crate::article::Article;
use crate::dsl::{RuleSet, Verdict};
use chrono::NaiveDate;
use compile::{compile_rules, CompiledRules};
use context::ArticleCtx;

pub use verdict::{ArticleReport, Evidence, FactResult, StoryStatus};

/// Options that change how an article is read.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Reference date for articles that carry none (`--date`).
    pub date: Option<NaiveDate>,
    /// The last resort for relative dates when neither the article, `date`
    /// nor the story's `dateline` gives one (the CLI passes today's date).
    pub today: Option<NaiveDate>,
}

/// A rule set compiled for checking. Cheap to share between threads.
#[derive(Debug)]
pub struct Checker<'r> {
    rules: &'r RuleSet,
    compiled: CompiledRules,
}

impl<'r> Checker<'r> {
    pub fn new(rules: &'r RuleSet) -> Checker<'r> {
        Checker {
            rules,
            compiled: compile_rules(rules),
        }
    }

    pub fn rules(&self) -> &'r RuleSet {
        self.rules
    }

    /// Judge every fact of every story whose `about` the article meets.
    pub fn check(&self, article: &Article, options: &CheckOptions) -> ArticleReport {
        let mut ctx =
            ArticleCtx::scan(&article.text, &self.compiled.phrases, self.compiled.anchors);
        let stories: Vec<StoryStatus> = self
            .compiled
            .story_about
            .iter()
            .map(|about| {
                if about.iter().all(|a| ctx.anchor_present(a)) {
                    StoryStatus::Checked
                } else {
                    StoryStatus::Skipped
                }
            })
            .collect();
        if stories.contains(&StoryStatus::Checked) {
            ctx.segment();
        }
        let checked =
            |fact: &&compile::CompiledFact| stories.get(fact.story) == Some(&StoryStatus::Checked);
        let capacity = (self.compiled.story_facts.iter().zip(&stories))
            .filter(|(_, status)| **status == StoryStatus::Checked)
            .map(|(n, _)| n)
            .sum();
        let mut facts = Vec::with_capacity(capacity);
        let mut scope = Vec::new();
        for fact in self.compiled.facts.iter().filter(checked) {
            let story_date = self.rules.stories.get(fact.story).and_then(|s| s.dateline);
            ctx.set_reference(
                article
                    .date
                    .or(options.date)
                    .or(story_date)
                    .or(options.today),
            );
            facts.push(self.judge(fact, &ctx, &mut scope));
        }
        claimed::set_aside_claimed(&mut facts, |i| self.compiled.facts.get(i));
        ArticleReport { stories, facts }
    }

    /// Judge one fact on a one-sentence article (an `example`): the story's
    /// `about` does not apply, its `dateline` does.
    pub fn check_example(&self, fact: usize, text: &str, options: &CheckOptions) -> FactResult {
        let Some(compiled) = self.compiled.facts.get(fact) else {
            return FactResult {
                fact,
                verdict: Verdict::Absent,
                evidence: Vec::new(),
            };
        };
        let mut ctx = ArticleCtx::scan(text, &self.compiled.phrases, self.compiled.anchors);
        ctx.segment();
        let story_date = self
            .rules
            .stories
            .get(compiled.story)
            .and_then(|s| s.dateline);
        ctx.set_reference(options.date.or(story_date).or(options.today));
        self.judge(compiled, &ctx, &mut Vec::new())
    }

    /// Judge one fact; `scope` is a buffer reused across facts.
    fn judge(
        &self,
        fact: &compile::CompiledFact,
        ctx: &ArticleCtx,
        scope: &mut Vec<usize>,
    ) -> FactResult {
        scope::scope_sentences(fact, ctx, scope);
        // A link to another story tells that story's figures, dates,
        // places and events; its quotes and names are the article's words.
        if !matches!(
            fact.kind,
            compile::CompiledKind::Quote { .. } | compile::CompiledKind::Name(_)
        ) {
            scope.retain(|&s| !ctx.is_link(s));
        }
        // Every kind judges in-scope sentences only: nothing in scope, no
        // evidence (most facts of a large rule set, in most articles).
        if scope.is_empty() {
            return FactResult {
                fact: fact.index,
                verdict: Verdict::Absent,
                evidence: Vec::new(),
            };
        }
        let entities = self
            .compiled
            .story_entities
            .get(fact.story)
            .map_or(&[][..], Vec::as_slice);
        let mut evidence = kinds::judge_fact(fact, entities, ctx, scope);
        // A sentence about another named subject, which names none of the
        // story's names, contradicts nothing of the story.
        if !matches!(
            fact.kind,
            compile::CompiledKind::Quote { .. } | compile::CompiledKind::Name(_)
        ) {
            let names = self
                .compiled
                .story_names
                .get(fact.story)
                .map_or(&[][..], Vec::as_slice);
            let among_names = self
                .compiled
                .story_among_names
                .get(fact.story)
                .map_or(&[][..], Vec::as_slice);
            let places: Vec<compile::CompiledAnchor> = match &fact.kind {
                compile::CompiledKind::Place { place, among, .. } => {
                    std::iter::once(place).chain(among).cloned().collect()
                }
                _ => Vec::new(),
            };
            evidence.retain(|e| {
                let sentence = ctx.sentence_at(e.span.start);
                e.verdict != Verdict::Contradiction
                    || !(occasion::contrasted_with_story(
                        ctx,
                        (&fact.about, entities),
                        sentence,
                        e.span,
                    ) || occasion::another_subject(
                        ctx,
                        (&fact.about, &places, entities),
                        (names, among_names),
                        sentence,
                    ))
            });
        }
        evidence.sort_by_key(|e| (e.span, e.verdict));
        evidence.dedup();
        let verdict = verdict::verdict_of(&evidence);
        FactResult {
            fact: fact.index,
            verdict,
            evidence,
        }
    }
}

/// The documentation of a fact kind (`count`, `date`, …): what it checks,
/// what matches, what contradicts, what is not evidence, an example.
pub fn explain_kind(keyword: &str) -> Option<&'static str> {
    kinds::doc(keyword)
}
