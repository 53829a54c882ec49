//! factlint's own, format-free diagnostic. Renderers turn it into text
//! (codespan-reporting, in `report::human`) or data.

use crate::source::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Note,
    Help,
    Warning,
    Error,
}

/// Which file a label points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase", tag = "in", content = "file")]
pub enum Origin {
    /// A file of the rule set's `SourceDb`.
    Rules(crate::source::FileId),
    /// The article being reported on.
    Article,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    pub origin: Origin,
    pub span: Span,
    pub message: String,
    pub primary: bool,
}

impl Label {
    pub fn primary(origin: Origin, span: Span, message: impl Into<String>) -> Label {
        Label {
            origin,
            span,
            message: message.into(),
            primary: true,
        }
    }

    pub fn secondary(origin: Origin, span: Span, message: impl Into<String>) -> Label {
        Label {
            origin,
            span,
            message: message.into(),
            primary: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub level: Level,
    /// `count`, `quote`, `R003`, …
    pub code: Option<String>,
    pub message: String,
    pub labels: Vec<Label>,
    /// Rendered as `= note: …` / `= help: …`.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(level: Level, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level,
            code: None,
            message: message.into(),
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Level::Error, message)
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = Some(code.into());
        self
    }

    pub fn with_label(mut self, label: Label) -> Diagnostic {
        self.labels.push(label);
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}
