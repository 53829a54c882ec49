//! Compiling a rule set once: every phrase of every fact and entity goes into
//! one [`PhraseSet`]; anchors, cues and kind phrases become lists of phrase
//! ids; quote statements are split into words once.

use crate::check::kinds::name::Name;
use crate::dsl::{AnchorDef, Kind, RuleSet};
use crate::extract::wording::{self, Word};
use crate::phrase::{PhraseId, PhraseSet};
use crate::source::Span;
use std::collections::HashMap;

/// The phrases of one anchor (an entity's names, or one literal phrase).
#[derive(Debug, Clone, Default)]
pub(crate) struct CompiledAnchor {
    /// The same for every anchor with the same phrases: the key of the
    /// per-article cache of its hits.
    pub id: usize,
    pub phrases: Vec<PhraseId>,
}

/// A phrase with the text it was written as (for messages).
#[derive(Debug, Clone)]
pub(crate) struct CompiledPhrase {
    pub id: PhraseId,
    pub text: String,
}

/// One fact, ready to judge.
#[derive(Debug, Clone)]
pub(crate) struct CompiledFact {
    /// Index into `RuleSet::facts`.
    pub index: usize,
    pub story: usize,
    pub about: Vec<CompiledAnchor>,
    pub cues: Vec<CompiledPhrase>,
    pub window: usize,
    pub kind: CompiledKind,
}

#[derive(Debug, Clone)]
pub(crate) enum CompiledKind {
    Count {
        expected: u64,
    },
    Date {
        start: chrono::NaiveDate,
        end: chrono::NaiveDate,
    },
    Place {
        /// The place's canonical name, as reports show it.
        label: String,
        place: CompiledAnchor,
        among: Vec<CompiledAnchor>,
    },
    Event {
        holds: Vec<CompiledPhrase>,
        denies: Vec<CompiledPhrase>,
    },
    Quote {
        statement: Vec<Word>,
        statement_text: String,
        by: Option<String>,
    },
    Name(Name),
    Forbid {
        phrases: Vec<CompiledPhrase>,
    },
}

/// An entity's names, compiled (for speakers and names).
#[derive(Debug, Clone)]
pub(crate) struct CompiledEntity {
    pub id: String,
    pub anchor: CompiledAnchor,
    /// Every word of its names, lowercased ("kang", "kyung-wha").
    pub words: Vec<String>,
    /// Whether one of its names is written with a capital: a proper name
    /// ("Nordvik"), not a word of the story ("strike*").
    pub proper: bool,
}

/// Everything a [`crate::check::Checker`] needs, built once.
#[derive(Debug)]
pub(crate) struct CompiledRules {
    pub phrases: PhraseSet,
    /// How many distinct anchors there are (ids `0..anchors`).
    pub anchors: usize,
    pub story_about: Vec<Vec<CompiledAnchor>>,
    /// Each story's entities (indexed like `story_about`).
    pub story_entities: Vec<Vec<CompiledEntity>>,
    /// How many facts each story has (indexed like `story_about`).
    pub story_facts: Vec<usize>,
    /// Each story's own phrases written with a capital (names in its facts'
    /// anchors, cues and places: "National Assembly"), sorted.
    pub story_names: Vec<Vec<PhraseId>>,
    /// Each story's `among` places written with a capital: names the rules
    /// use, but for the story's alternatives, not the story. Sorted.
    pub story_among_names: Vec<Vec<PhraseId>>,
    pub facts: Vec<CompiledFact>,
}

/// Interns phrase strings so each distinct phrase is compiled once.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, PhraseId>,
    list: Vec<String>,
    anchors: HashMap<Vec<PhraseId>, usize>,
}

impl Interner {
    fn intern(&mut self, phrase: &str) -> PhraseId {
        if let Some(&id) = self.ids.get(phrase) {
            return id;
        }
        let id = self.list.len();
        self.list.push(phrase.to_string());
        self.ids.insert(phrase.to_string(), id);
        id
    }

    fn anchor(&mut self, anchor: &AnchorDef) -> CompiledAnchor {
        let phrases: Vec<PhraseId> = anchor.phrases.iter().map(|p| self.intern(p)).collect();
        self.anchor_of(phrases)
    }

    fn anchor_of(&mut self, phrases: Vec<PhraseId>) -> CompiledAnchor {
        let next = self.anchors.len();
        let id = *self.anchors.entry(phrases.clone()).or_insert(next);
        CompiledAnchor { id, phrases }
    }

    fn phrases(&mut self, phrases: &[String]) -> Vec<CompiledPhrase> {
        phrases
            .iter()
            .map(|p| CompiledPhrase {
                id: self.intern(p),
                text: p.clone(),
            })
            .collect()
    }
}

/// Compile every fact of `rules`.
pub(crate) fn compile_rules(rules: &RuleSet) -> CompiledRules {
    let mut interner = Interner::default();
    let story_about = rules
        .stories
        .iter()
        .map(|s| s.about.iter().map(|a| interner.anchor(a)).collect())
        .collect();
    let mut story_entities: Vec<Vec<CompiledEntity>> = vec![Vec::new(); rules.stories.len()];
    for e in &rules.entities {
        let phrases = e.names.iter().map(|n| interner.intern(n)).collect();
        let entity = CompiledEntity {
            id: e.id.clone(),
            anchor: interner.anchor_of(phrases),
            words: e
                .names
                .iter()
                .flat_map(|n| n.split_whitespace())
                .map(str::to_lowercase)
                .collect(),
            proper: e.names.iter().any(|n| n.contains(char::is_uppercase)),
        };
        if let Some(list) = story_entities.get_mut(e.story) {
            list.push(entity);
        }
    }
    let facts: Vec<CompiledFact> = rules
        .facts
        .iter()
        .enumerate()
        .map(|(index, fact)| {
            let kind = match &fact.kind {
                Kind::Count { expected } => CompiledKind::Count {
                    expected: *expected,
                },
                Kind::Date { start, end } => CompiledKind::Date {
                    start: *start,
                    end: *end,
                },
                Kind::Place { place, among } => CompiledKind::Place {
                    label: place.phrases.first().cloned().unwrap_or_default(),
                    place: interner.anchor(place),
                    among: among.iter().map(|a| interner.anchor(a)).collect(),
                },
                Kind::Event { holds, denies } => CompiledKind::Event {
                    holds: interner.phrases(holds),
                    denies: interner.phrases(denies),
                },
                Kind::Quote { text, by } => CompiledKind::Quote {
                    statement: wording::words(text, Span::new(0, text.len())),
                    statement_text: text.clone(),
                    by: by.entity.clone(),
                },
                Kind::Name { entity } => CompiledKind::Name(Name::new(
                    entity.label.clone(),
                    entity.phrases.clone(),
                    interner.anchor(entity),
                )),
                Kind::Forbid { phrases } => CompiledKind::Forbid {
                    phrases: interner.phrases(phrases),
                },
            };
            CompiledFact {
                index,
                story: fact.story,
                about: fact.about.iter().map(|a| interner.anchor(a)).collect(),
                cues: interner.phrases(&fact.cues),
                window: fact.window.max(1),
                kind,
            }
        })
        .collect();
    let mut story_names: Vec<Vec<PhraseId>> = vec![Vec::new(); rules.stories.len()];
    let mut story_among_names: Vec<Vec<PhraseId>> = vec![Vec::new(); rules.stories.len()];
    let capitalised = |id: &PhraseId| {
        interner
            .list
            .get(*id)
            .is_some_and(|p| p.contains(char::is_uppercase))
    };
    for fact in &facts {
        let fact: &CompiledFact = fact;
        let mut own: Vec<PhraseId> = fact
            .about
            .iter()
            .flat_map(|a| a.phrases.iter().copied())
            .chain(fact.cues.iter().map(|c| c.id))
            .collect();
        let mut others: Vec<PhraseId> = Vec::new();
        if let CompiledKind::Place { place, among, .. } = &fact.kind {
            own.extend(place.phrases.iter());
            others.extend(among.iter().flat_map(|a| &a.phrases));
        }
        own.retain(capitalised);
        others.retain(capitalised);
        if let Some(list) = story_names.get_mut(fact.story) {
            list.extend(own);
        }
        if let Some(list) = story_among_names.get_mut(fact.story) {
            list.extend(others);
        }
    }
    for list in story_names.iter_mut().chain(&mut story_among_names) {
        list.sort_unstable();
        list.dedup();
    }
    let mut story_facts = vec![0; rules.stories.len()];
    for fact in &rules.facts {
        if let Some(n) = story_facts.get_mut(fact.story) {
            *n += 1;
        }
    }
    CompiledRules {
        anchors: interner.anchors.len(),
        story_facts,
        story_names,
        story_among_names,
        phrases: PhraseSet::new(&interner.list),
        story_about,
        story_entities,
        facts,
    }
}
