//! The validated rule set: what the checker compiles.
//!
//! Produced by [`crate::dsl::load_rules`] only when every rule file is free
//! of errors (a rule file with errors is never half-used). Entity references
//! are resolved: an [`AnchorDef`] carries the phrases it matches.

use crate::dsl::ast::{Severity, Verdict};
use crate::source::{FileId, SourceDb, Span};
use chrono::NaiveDate;
use serde::Serialize;

/// Every fact of every loaded rule file, with the sources for diagnostics.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// The rule files (roots and includes), for rendering.
    pub sources: SourceDb,
    /// One story per root rule file (a file named on the command line or
    /// found in a rules directory and not included by another).
    pub stories: Vec<StoryDef>,
    /// All entities, each tagged with its story.
    pub entities: Vec<EntityDef>,
    /// All facts in file order (roots in path order, includes in place).
    pub facts: Vec<FactDef>,
}

impl RuleSet {
    pub fn fact(&self, id: &str) -> Option<&FactDef> {
        self.facts.iter().find(|f| f.id == id)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryDef {
    /// The story's title, or the root file's name when it has no `story`.
    pub title: String,
    /// The article must match every anchor to be in scope (empty: always).
    pub about: Vec<AnchorDef>,
    pub dateline: Option<NaiveDate>,
    /// The root rule file.
    pub file: FileId,
    /// Span of the `story` item, if any.
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityDef {
    pub id: String,
    /// First is canonical; the rest are accepted variants.
    pub names: Vec<String>,
    pub story: usize,
    pub file: FileId,
    pub span: Span,
}

/// An `about`/`among`/`by`/`place` anchor resolved to the phrases it matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnchorDef {
    /// The entity id, or the literal phrase as written.
    pub label: String,
    /// `Some(id)` when the anchor names an entity.
    pub entity: Option<String>,
    /// Phrases (spec "Phrases" syntax, possibly ending in `*`); first is canonical.
    pub phrases: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactDef {
    pub id: String,
    pub story: usize,
    pub file: FileId,
    /// The whole fact item.
    pub span: Span,
    /// `fact id: kind value` up to (not including) `{`: the secondary label.
    pub header_span: Span,
    pub claim: String,
    pub kind: Kind,
    pub about: Vec<AnchorDef>,
    pub cues: Vec<String>,
    /// Sentences in a scope window (default 1).
    pub window: usize,
    pub severity: Severity,
    pub examples: Vec<ExampleDef>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Kind {
    Count {
        expected: u64,
    },
    Date {
        start: NaiveDate,
        end: NaiveDate,
    },
    Place {
        place: AnchorDef,
        among: Vec<AnchorDef>,
    },
    Event {
        holds: Vec<String>,
        denies: Vec<String>,
    },
    Quote {
        text: String,
        by: AnchorDef,
    },
    Name {
        entity: AnchorDef,
    },
    Forbid {
        phrases: Vec<String>,
    },
}

impl Kind {
    pub fn keyword(&self) -> &'static str {
        match self {
            Kind::Count { .. } => "count",
            Kind::Date { .. } => "date",
            Kind::Place { .. } => "place",
            Kind::Event { .. } => "event",
            Kind::Quote { .. } => "quote",
            Kind::Name { .. } => "name",
            Kind::Forbid { .. } => "forbid",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ExampleDef {
    pub verdict: Verdict,
    pub text: String,
    /// The whole `example …` field.
    pub span: Span,
    pub file: FileId,
}
