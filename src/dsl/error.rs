//! Every rule-file error, with its stable code, its name and ALL its wording
//! (one `match` per aspect, so the words live in one place).
//!
//! Codes are never reused: a retired error keeps its number.

use crate::report::diagnostic::{Diagnostic, Label, Level, Origin};
use crate::source::{FileId, Span};
use chrono::NaiveDate;

/// Where a second definition points back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstAt {
    pub file: FileId,
    pub span: Span,
}

/// One error in a rule file (or in the list of rule paths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    /// R001: the text does not fit the grammar here.
    Syntax {
        expected: Vec<&'static str>,
        found: String,
        suggestion: Option<String>,
    },
    /// R002
    UnterminatedString,
    /// R003
    UnknownField {
        found: String,
        allowed: Vec<&'static str>,
        suggestion: Option<String>,
    },
    /// R004
    BadEscape { escape: String },
    /// R005
    UnknownKeyword {
        found: String,
        suggestion: Option<String>,
    },
    /// R006
    UnknownKind {
        found: String,
        suggestion: Option<String>,
    },
    /// R007: `suggestion` is the id and its line and column.
    UndefinedEntity {
        name: String,
        suggestion: Option<(String, usize, usize)>,
    },
    /// R008
    NumberTooLarge { digits: String },
    /// R009
    ImpossibleDate { text: String },
    /// R010
    ReversedRange { start: NaiveDate, end: NaiveDate },
    /// R011
    DuplicateFact { id: String, first: FirstAt },
    /// R012
    DuplicateEntity { id: String, first: FirstAt },
    /// R013
    MissingField {
        field: &'static str,
        kind: &'static str,
    },
    /// R014
    MisplacedField {
        field: &'static str,
        kind: &'static str,
        allowed: Vec<&'static str>,
    },
    /// R015
    DuplicateField { field: &'static str, first: FirstAt },
    /// R016: the chain of file names, ending where it started.
    IncludeCycle { chain: Vec<String> },
    /// R017
    IncludeOutsideRoot { path: String, root: String },
    /// R018
    Unreadable { path: String, reason: String },
    /// R019
    MissingPath { path: String },
    /// R020
    NotUtf8 { path: String },
    /// R021
    DuplicateStory { first: FirstAt },
    /// R022
    ZeroWindow,
    /// R023
    EmptyPhrase,
    /// R024: a directory given as rules holds no `*.facts` file.
    NoRuleFiles { path: String },
}

fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    match quoted.len() {
        0 => "something else".to_string(),
        1 => quoted.concat(),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

/// Longest word a headline repeats from the file.
const MAX_SHOWN_CHARS: usize = 40;

/// A word from the file as a headline shows it: a long one (a whole
/// file of one token) is cut to its first characters and `…`.
fn shown(found: &str) -> String {
    match found.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", found.get(..cut).unwrap_or(found)),
        None => found.to_string(),
    }
}

/// A grammar label is written as is when it is a description
/// (`string`), in backticks when it is literal text.
fn quote(s: &str) -> String {
    if s.starts_with('`') {
        s.to_string()
    } else if s.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {s}")
    } else {
        format!("a {s}")
    }
}

impl RuleError {
    /// The stable code, `R001`…
    pub fn code(&self) -> &'static str {
        match self {
            RuleError::Syntax { .. } => "R001",
            RuleError::UnterminatedString => "R002",
            RuleError::UnknownField { .. } => "R003",
            RuleError::BadEscape { .. } => "R004",
            RuleError::UnknownKeyword { .. } => "R005",
            RuleError::UnknownKind { .. } => "R006",
            RuleError::UndefinedEntity { .. } => "R007",
            RuleError::NumberTooLarge { .. } => "R008",
            RuleError::ImpossibleDate { .. } => "R009",
            RuleError::ReversedRange { .. } => "R010",
            RuleError::DuplicateFact { .. } => "R011",
            RuleError::DuplicateEntity { .. } => "R012",
            RuleError::MissingField { .. } => "R013",
            RuleError::MisplacedField { .. } => "R014",
            RuleError::DuplicateField { .. } => "R015",
            RuleError::IncludeCycle { .. } => "R016",
            RuleError::IncludeOutsideRoot { .. } => "R017",
            RuleError::Unreadable { .. } => "R018",
            RuleError::MissingPath { .. } => "R019",
            RuleError::NotUtf8 { .. } => "R020",
            RuleError::DuplicateStory { .. } => "R021",
            RuleError::ZeroWindow => "R022",
            RuleError::EmptyPhrase => "R023",
            RuleError::NoRuleFiles { .. } => "R024",
        }
    }

    /// The stable kebab-case name.
    pub fn name(&self) -> &'static str {
        match self {
            RuleError::Syntax { .. } => "syntax-error",
            RuleError::UnterminatedString => "unterminated-string",
            RuleError::UnknownField { .. } => "unknown-field",
            RuleError::BadEscape { .. } => "bad-escape",
            RuleError::UnknownKeyword { .. } => "unknown-keyword",
            RuleError::UnknownKind { .. } => "unknown-kind",
            RuleError::UndefinedEntity { .. } => "undefined-entity",
            RuleError::NumberTooLarge { .. } => "number-too-large",
            RuleError::ImpossibleDate { .. } => "impossible-date",
            RuleError::ReversedRange { .. } => "reversed-date-range",
            RuleError::DuplicateFact { .. } => "duplicate-fact",
            RuleError::DuplicateEntity { .. } => "duplicate-entity",
            RuleError::MissingField { .. } => "missing-field",
            RuleError::MisplacedField { .. } => "misplaced-field",
            RuleError::DuplicateField { .. } => "duplicate-field",
            RuleError::IncludeCycle { .. } => "include-cycle",
            RuleError::IncludeOutsideRoot { .. } => "include-outside-root",
            RuleError::Unreadable { .. } => "unreadable-file",
            RuleError::MissingPath { .. } => "missing-path",
            RuleError::NotUtf8 { .. } => "not-utf8",
            RuleError::DuplicateStory { .. } => "duplicate-story",
            RuleError::ZeroWindow => "zero-window",
            RuleError::EmptyPhrase => "empty-phrase",
            RuleError::NoRuleFiles { .. } => "no-rule-files",
        }
    }

    /// The headline.
    pub fn message(&self) -> String {
        match self {
            RuleError::Syntax { found, .. } => format!("unexpected {found}"),
            RuleError::UnterminatedString => "unterminated string".to_string(),
            RuleError::UnknownField { found, .. } => format!("unknown field `{}`", shown(found)),
            RuleError::BadEscape { escape } => format!("unknown escape `{escape}`"),
            RuleError::UnknownKeyword { found, .. } => {
                format!("unknown keyword `{}`", shown(found))
            }
            RuleError::UnknownKind { found, .. } => {
                format!("unknown fact kind `{}`", shown(found))
            }
            RuleError::UndefinedEntity { name, .. } => format!("undefined entity `{name}`"),
            RuleError::NumberTooLarge { .. } => "number too large".to_string(),
            RuleError::ImpossibleDate { text } => format!("`{text}` is not a real date"),
            RuleError::ReversedRange { .. } => "date range ends before it starts".to_string(),
            RuleError::DuplicateFact { id, .. } => format!("fact `{id}` is defined twice"),
            RuleError::DuplicateEntity { id, .. } => format!("entity `{id}` is defined twice"),
            RuleError::MissingField { field, kind } => {
                format!("`{kind}` fact without `{field}`")
            }
            RuleError::MisplacedField { field, kind, .. } => {
                format!("`{field}` does not belong in a `{kind}` fact")
            }
            RuleError::DuplicateField { field, .. } => format!("`{field}` is given twice"),
            RuleError::IncludeCycle { chain } => match chain.first() {
                Some(first) => format!("`{first}` includes itself"),
                None => "include cycle".to_string(),
            },
            RuleError::IncludeOutsideRoot { path, .. } => {
                format!("include `{path}` leaves the rules root")
            }
            RuleError::Unreadable { path, .. } => format!("cannot read `{path}`"),
            RuleError::MissingPath { path } => format!("no such rule file or directory `{path}`"),
            RuleError::NotUtf8 { path } => format!("`{path}` is not UTF-8 text"),
            RuleError::DuplicateStory { .. } => "a second `story` for the same rules".to_string(),
            RuleError::ZeroWindow => "`window 0` covers no sentence".to_string(),
            RuleError::EmptyPhrase => "empty phrase".to_string(),
            RuleError::NoRuleFiles { path } => format!("no `.facts` file in `{path}`"),
        }
    }

    /// What the primary label says: what was expected there.
    pub fn label(&self) -> String {
        match self {
            RuleError::Syntax { expected, .. } => format!("expected {}", list(expected)),
            RuleError::UnterminatedString => "expected a closing `\"` on this line".to_string(),
            RuleError::UnknownField { allowed, .. } => format!("expected {}", list(allowed)),
            RuleError::BadEscape { .. } => {
                "expected one of `\\\"`, `\\\\`, `\\n`, `\\t`, `\\u{HEX}`".to_string()
            }
            RuleError::UnknownKeyword { .. } => {
                "expected one of `story`, `entity`, `fact`, `include`".to_string()
            }
            RuleError::UnknownKind { .. } => {
                "expected one of `count`, `date`, `place`, `event`, `quote`, `name`, `forbid`"
                    .to_string()
            }
            RuleError::UndefinedEntity { name, .. } => format!("no entity named `{name}`"),
            RuleError::NumberTooLarge { .. } => {
                "expected a number of at most 18446744073709551615".to_string()
            }
            RuleError::ImpossibleDate { .. } => "expected a real day, YYYY-MM-DD".to_string(),
            RuleError::ReversedRange { start, end } => {
                format!("{end} is before {start}")
            }
            RuleError::DuplicateFact { .. } => "expected a new fact id".to_string(),
            RuleError::DuplicateEntity { .. } => "expected a new entity id".to_string(),
            RuleError::MissingField { field, .. } => format!("expected a `{field}` field"),
            RuleError::MisplacedField { allowed, .. } => format!("expected {}", list(allowed)),
            RuleError::DuplicateField { .. } => "given again here".to_string(),
            RuleError::IncludeCycle { .. } => "this include closes the cycle".to_string(),
            RuleError::IncludeOutsideRoot { root, .. } => {
                format!("expected a path inside `{root}`")
            }
            RuleError::Unreadable { reason, .. } => reason.clone(),
            RuleError::MissingPath { .. }
            | RuleError::NotUtf8 { .. }
            | RuleError::NoRuleFiles { .. } => String::new(),
            RuleError::DuplicateStory { .. } => "expected one `story` per root file".to_string(),
            RuleError::ZeroWindow => "expected 1 or more sentences".to_string(),
            RuleError::EmptyPhrase => "expected some text".to_string(),
        }
    }

    /// Notes and help lines (`help: …`).
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        match self {
            RuleError::UnknownField {
                suggestion: Some(s),
                ..
            }
            | RuleError::Syntax {
                suggestion: Some(s),
                ..
            }
            | RuleError::UnknownKeyword {
                suggestion: Some(s),
                ..
            }
            | RuleError::UnknownKind {
                suggestion: Some(s),
                ..
            } => notes.push(format!("help: did you mean `{s}`?")),
            RuleError::UndefinedEntity {
                suggestion: Some((id, line, col)),
                ..
            } => notes.push(format!(
                "help: did you mean `{id}` (defined at {line}:{col})?"
            )),
            RuleError::UndefinedEntity {
                name,
                suggestion: None,
            } => notes.push(format!(
                "help: define it with `entity {name} = \"…\"`, or quote it to match the words literally"
            )),
            RuleError::NumberTooLarge { .. } => {
                notes.push("note: numbers must fit in 64 bits".to_string())
            }
            RuleError::ReversedRange { .. } => {
                notes.push("help: write the earlier date first".to_string())
            }
            RuleError::IncludeCycle { chain } => {
                notes.push(format!("note: {}", chain.join(" → ")))
            }
            RuleError::IncludeOutsideRoot { .. } => notes.push(
                "note: includes are resolved from the including file and must stay under the rules directory"
                    .to_string(),
            ),
            RuleError::BadEscape { .. } => notes.push(
                "help: write `\\\\` for a backslash; typographic quotes need no escape".to_string(),
            ),
            RuleError::MissingField { field, .. } if *field == "about" => notes.push(
                "help: `about` says which entities or words a sentence must mention to be judged"
                    .to_string(),
            ),
            _ => {}
        }
        notes
    }

    /// The first definition, for a secondary label.
    fn first(&self) -> Option<(&FirstAt, &'static str)> {
        match self {
            RuleError::DuplicateFact { first, .. }
            | RuleError::DuplicateEntity { first, .. }
            | RuleError::DuplicateStory { first } => Some((first, "first defined here")),
            RuleError::DuplicateField { first, .. } => Some((first, "first given here")),
            _ => None,
        }
    }

    /// The diagnostic a user sees: primary label on `at` when there is one.
    pub fn to_diagnostic(&self, at: Option<(FileId, Span)>) -> Diagnostic {
        let mut d = Diagnostic::new(Level::Error, self.message()).with_code(self.code());
        match at {
            Some((file, span)) => {
                d = d.with_label(Label::primary(Origin::Rules(file), span, self.label()));
            }
            // No place to underline: what the label would say ("permission
            // denied") becomes a note rather than being lost.
            None => {
                let label = self.label();
                if !label.is_empty() {
                    d = d.with_note(label);
                }
            }
        }
        if let Some((first, msg)) = self.first() {
            d = d.with_label(Label::secondary(Origin::Rules(first.file), first.span, msg));
        }
        for n in self.notes() {
            d = d.with_note(n);
        }
        d
    }
}
