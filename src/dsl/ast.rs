//! The syntax tree of a rule file, exactly as written (before validation).
//!
//! Every node carries the byte [`Span`] of its text in the rule file.

use crate::source::Span;
use chrono::NaiveDate;
use serde::Serialize;

/// A value with the span of the text it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Spanned<T> {
        Spanned { value, span }
    }
}

/// A whole parsed rule file. `Item::Error` marks an item that failed to
/// parse and was skipped by recovery.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RuleFileAst {
    pub items: Vec<Item>,
    /// Every `#` comment, in order, for the formatter.
    pub comments: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Item {
    Story(Story),
    Entity(Entity),
    Fact(Fact),
    Include(Include),
    Error(Span),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Include {
    pub path: Spanned<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub title: Spanned<String>,
    pub fields: Vec<Spanned<StoryField>>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum StoryField {
    About(Vec<Anchor>),
    Dateline(Spanned<NaiveDate>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub id: Spanned<String>,
    pub names: Vec<Spanned<String>>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub id: Spanned<String>,
    pub kind: Spanned<FactKind>,
    pub fields: Vec<Spanned<Field>>,
    /// From `fact` to the closing `}`.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum FactKind {
    Count(u64),
    Date(Spanned<NaiveDate>, Option<Spanned<NaiveDate>>),
    Place(Anchor),
    Event,
    Quote(Spanned<String>),
    Name(Spanned<String>),
    Forbid,
}

impl FactKind {
    /// The keyword that introduces this kind.
    pub fn keyword(&self) -> &'static str {
        match self {
            FactKind::Count(_) => "count",
            FactKind::Date(..) => "date",
            FactKind::Place(_) => "place",
            FactKind::Event => "event",
            FactKind::Quote(_) => "quote",
            FactKind::Name(_) => "name",
            FactKind::Forbid => "forbid",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Field {
    Claim(Spanned<String>),
    About(Vec<Anchor>),
    Cue(Vec<Spanned<String>>),
    Holds(Vec<Spanned<String>>),
    Denies(Vec<Spanned<String>>),
    Among(Vec<Anchor>),
    By(Spanned<String>),
    Phrase(Vec<Spanned<String>>),
    Window(Spanned<u64>),
    Severity(Spanned<Severity>),
    Example(Spanned<Verdict>, Spanned<String>),
}

impl Field {
    /// The keyword that introduces this field.
    pub fn keyword(&self) -> &'static str {
        match self {
            Field::Claim(_) => "claim",
            Field::About(_) => "about",
            Field::Cue(_) => "cue",
            Field::Holds(_) => "holds",
            Field::Denies(_) => "denies",
            Field::Among(_) => "among",
            Field::By(_) => "by",
            Field::Phrase(_) => "phrase",
            Field::Window(_) => "window",
            Field::Severity(_) => "severity",
            Field::Example(..) => "example",
        }
    }
}

/// An entity id or a literal phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Anchor {
    Entity(Spanned<String>),
    Phrase(Spanned<String>),
}

impl Anchor {
    pub fn span(&self) -> Span {
        match self {
            Anchor::Entity(s) | Anchor::Phrase(s) => s.span,
        }
    }
}

/// How loudly a contradiction is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What an article says about a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Match,
    Contradiction,
    Absent,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Match => "match",
            Verdict::Contradiction => "contradiction",
            Verdict::Absent => "absent",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        match s {
            "match" => Some(Verdict::Match),
            "contradiction" => Some(Verdict::Contradiction),
            "absent" => Some(Verdict::Absent),
            _ => None,
        }
    }
}
