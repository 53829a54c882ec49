//! Checks beyond the grammar: fields each kind takes and needs, duplicates,
//! entity references, and ids unique within a story or across the set.

use crate::dsl::ast::{Anchor, Fact, FactKind, Field, Item, RuleFileAst, StoryField};
use crate::dsl::error::{FirstAt, RuleError};
use crate::dsl::fields::{fields_of, required_of};
use crate::dsl::suggest::suggest;
use crate::source::{FileId, SourceDb, Span};
use std::collections::{HashMap, HashSet};

/// An error with the file and span it points at.
pub(crate) type Found = (RuleError, FileId, Span);

/// Checks that need only the file itself.
pub(crate) fn check_file(ast: &RuleFileAst, file: FileId) -> Vec<Found> {
    let mut out = Vec::new();
    for item in &ast.items {
        match item {
            Item::Fact(fact) => check_fact(fact, file, &mut out),
            Item::Story(story) => {
                let mut seen: HashMap<&str, Span> = HashMap::new();
                for f in &story.fields {
                    let (name, anchors) = match &f.value {
                        StoryField::About(a) => ("about", Some(a)),
                        StoryField::Dateline(_) => ("dateline", None),
                    };
                    duplicate(&mut seen, name, f.span, file, &mut out);
                    for a in anchors.into_iter().flatten() {
                        empty_anchor(a, file, &mut out);
                    }
                }
            }
            Item::Entity(e) => {
                for n in &e.names {
                    empty(&n.value, n.span, file, &mut out);
                }
            }
            Item::Include(_) | Item::Error(_) => {}
        }
    }
    out
}

fn duplicate<'a>(
    seen: &mut HashMap<&'a str, Span>,
    name: &'a str,
    span: Span,
    file: FileId,
    out: &mut Vec<Found>,
) {
    if let Some(first) = seen.get(name) {
        let field = crate::dsl::fields::static_name(name);
        let first = FirstAt { file, span: *first };
        out.push((RuleError::DuplicateField { field, first }, file, span));
    } else {
        seen.insert(name, span);
    }
}

fn empty(text: &str, span: Span, file: FileId, out: &mut Vec<Found>) {
    if text.trim().is_empty() {
        out.push((RuleError::EmptyPhrase, file, span));
    }
}

fn empty_anchor(a: &Anchor, file: FileId, out: &mut Vec<Found>) {
    if let Anchor::Phrase(p) = a {
        empty(&p.value, p.span, file, out);
    }
}

fn check_fact(fact: &Fact, file: FileId, out: &mut Vec<Found>) {
    let kind = fact.kind.value.keyword();
    let allowed = fields_of(kind);
    let mut seen: HashMap<&str, Span> = HashMap::new();
    if let FactKind::Quote(q) = &fact.kind.value {
        empty(&q.value, q.span, file, out);
    }
    if let FactKind::Place(a) = &fact.kind.value {
        empty_anchor(a, file, out);
    }
    for f in &fact.fields {
        let name = f.value.keyword();
        if !allowed.contains(&name) {
            let error = RuleError::MisplacedField {
                field: f.value.keyword(),
                kind,
                allowed: allowed
                    .iter()
                    .map(|a| crate::dsl::fields::backticked(a))
                    .collect(),
            };
            out.push((error, file, keyword_span(f.span, name)));
            continue;
        }
        if name != "example" {
            duplicate(&mut seen, name, f.span, file, out);
        }
        match &f.value {
            Field::Cue(list) | Field::Holds(list) | Field::Denies(list) | Field::Phrase(list) => {
                for s in list {
                    empty(&s.value, s.span, file, out);
                }
            }
            Field::About(list) | Field::Among(list) => {
                for a in list {
                    empty_anchor(a, file, out);
                }
            }
            Field::Window(n) if n.value == 0 => out.push((RuleError::ZeroWindow, file, n.span)),
            _ => {}
        }
    }
    for need in required_of(kind) {
        if !fact.fields.iter().any(|f| f.value.keyword() == *need) {
            let span = Span::new(fact.span.start, fact.kind.span.end);
            let error = RuleError::MissingField {
                field: crate::dsl::fields::static_name(need),
                kind,
            };
            out.push((error, file, span));
        }
    }
}

/// The span of a field's keyword (the field starts with it).
fn keyword_span(field: Span, name: &str) -> Span {
    Span::new(field.start, (field.start + name.len()).min(field.end))
}

/// Checks over one root file and its includes: entity ids unique, every
/// referenced entity defined, at most one story.
pub(crate) fn check_scope(
    scope: &[(FileId, &Item)],
    sources: &SourceDb,
    broken: &HashSet<String>,
    complete: bool,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut entities: HashMap<&str, (FileId, Span)> = HashMap::new();
    let mut story: Option<(FileId, Span)> = None;
    for (file, item) in scope {
        match item {
            Item::Entity(e) => {
                if let Some((f, s)) = entities.get(e.id.value.as_str()) {
                    let first = FirstAt { file: *f, span: *s };
                    let error = RuleError::DuplicateEntity {
                        id: e.id.value.clone(),
                        first,
                    };
                    out.push((error, *file, e.id.span));
                } else {
                    entities.insert(&e.id.value, (*file, e.id.span));
                }
            }
            Item::Story(s) => match story {
                Some((f, span)) => {
                    let first = FirstAt { file: f, span };
                    out.push((RuleError::DuplicateStory { first }, *file, s.title.span));
                }
                None => story = Some((*file, s.title.span)),
            },
            _ => {}
        }
    }
    let mut ids: Vec<&str> = entities.keys().copied().collect();
    ids.sort_unstable();
    let mut check = |file: FileId, name: &str, span: Span| {
        if entities.contains_key(name) || broken.contains(name) || !complete {
            return;
        }
        let suggestion = suggest(name, &ids).and_then(|id| {
            let (f, s) = entities.get(id)?;
            let (line, col) = sources.get(*f)?.line_col(s.start);
            Some((id.to_string(), line, col))
        });
        let error = RuleError::UndefinedEntity {
            name: name.to_string(),
            suggestion,
        };
        out.push((error, file, span));
    };
    for (file, item) in scope {
        for (name, span) in references(item) {
            check(*file, name, span);
        }
    }
    out
}

/// Every entity id an item refers to, with its span.
fn references(item: &Item) -> Vec<(&str, Span)> {
    let mut out = Vec::new();
    fn push<'a>(a: &'a Anchor, out: &mut Vec<(&'a str, Span)>) {
        if let Anchor::Entity(id) = a {
            out.push((id.value.as_str(), id.span));
        }
    }
    match item {
        Item::Story(s) => {
            for f in &s.fields {
                if let StoryField::About(list) = &f.value {
                    list.iter().for_each(|a| push(a, &mut out));
                }
            }
        }
        Item::Fact(fact) => {
            match &fact.kind.value {
                FactKind::Place(a) => push(a, &mut out),
                FactKind::Name(id) => out.push((id.value.as_str(), id.span)),
                _ => {}
            }
            for f in &fact.fields {
                match &f.value {
                    Field::About(list) | Field::Among(list) => {
                        list.iter().for_each(|a| push(a, &mut out))
                    }
                    Field::By(id) => out.push((id.value.as_str(), id.span)),
                    _ => {}
                }
            }
        }
        _ => {}
    }
    out
}

/// Fact ids must be unique across the whole rule set.
pub(crate) fn check_fact_ids<'a>(
    facts: impl IntoIterator<Item = (FileId, &'a Fact)>,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut seen: HashMap<&str, (FileId, Span)> = HashMap::new();
    for (file, fact) in facts {
        if let Some((f, s)) = seen.get(fact.id.value.as_str()) {
            let first = FirstAt { file: *f, span: *s };
            let error = RuleError::DuplicateFact {
                id: fact.id.value.clone(),
                first,
            };
            out.push((error, file, fact.id.span));
        } else {
            seen.insert(&fact.id.value, (file, fact.id.span));
        }
    }
    out
}
