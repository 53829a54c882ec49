//! From valid syntax trees to the model the checker compiles: entity
//! references replaced by their names, defaults filled in.

use crate::dsl::ast::{Anchor, Fact, FactKind, Field, Item, Severity, StoryField};
use crate::dsl::include::Loaded;
use crate::dsl::model::{AnchorDef, EntityDef, ExampleDef, FactDef, Kind, RuleSet, StoryDef};
use crate::source::{FileId, Span};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Build the rule set. Call only when loading found no error.
pub(crate) fn resolve(loaded: Loaded) -> RuleSet {
    let mut set = RuleSet::default();
    let mut facts_done: HashSet<FileId> = HashSet::new();
    for (story_idx, root) in loaded.roots.iter().enumerate() {
        let scope = loaded.scope(*root);
        let mut names: HashMap<&str, &[crate::dsl::ast::Spanned<String>]> = HashMap::new();
        for (file, item) in &scope {
            if let Item::Entity(e) = item {
                names.insert(&e.id.value, &e.names);
                set.entities.push(EntityDef {
                    id: e.id.value.clone(),
                    names: e.names.iter().map(|n| n.value.clone()).collect(),
                    story: story_idx,
                    file: *file,
                    span: e.span,
                });
            }
        }
        let anchor = |a: &Anchor| -> AnchorDef {
            match a {
                Anchor::Entity(id) => entity_anchor(&id.value, &names),
                Anchor::Phrase(p) => AnchorDef {
                    label: p.value.clone(),
                    entity: None,
                    phrases: vec![p.value.clone()],
                },
            }
        };
        let mut story = StoryDef {
            title: file_title(&loaded, *root),
            about: Vec::new(),
            dateline: None,
            file: *root,
            span: None,
        };
        for (_, item) in &scope {
            if let Item::Story(s) = item {
                story.title = s.title.value.clone();
                story.span = Some(s.span);
                for f in &s.fields {
                    match &f.value {
                        StoryField::About(list) => story.about = list.iter().map(anchor).collect(),
                        StoryField::Dateline(d) => story.dateline = Some(d.value),
                    }
                }
            }
        }
        set.stories.push(story);
        let mut this_root: HashSet<FileId> = HashSet::new();
        for (file, item) in &scope {
            if let Item::Fact(fact) = item {
                // A file included by several roots gives its facts to the first.
                if facts_done.contains(file) && !this_root.contains(file) {
                    continue;
                }
                this_root.insert(*file);
                set.facts
                    .push(fact_def(fact, *file, story_idx, &anchor, &names));
            }
        }
        facts_done.extend(this_root);
    }
    set.sources = loaded.sources;
    set
}

type Names<'a> = HashMap<&'a str, &'a [crate::dsl::ast::Spanned<String>]>;

fn entity_anchor(id: &str, names: &Names<'_>) -> AnchorDef {
    AnchorDef {
        label: id.to_string(),
        entity: Some(id.to_string()),
        phrases: names
            .get(id)
            .map(|ns| ns.iter().map(|n| n.value.clone()).collect())
            .unwrap_or_default(),
    }
}

fn file_title(loaded: &Loaded, root: FileId) -> String {
    let name = loaded.sources.get(root).map(|f| f.name()).unwrap_or("");
    Path::new(name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string())
}

fn fact_def(
    fact: &Fact,
    file: FileId,
    story: usize,
    anchor: &dyn Fn(&Anchor) -> AnchorDef,
    names: &Names<'_>,
) -> FactDef {
    let strings = |l: &[crate::dsl::ast::Spanned<String>]| -> Vec<String> {
        l.iter().map(|s| s.value.clone()).collect()
    };
    let mut def = FactDef {
        id: fact.id.value.clone(),
        story,
        file,
        span: fact.span,
        // A quote's statement can run for lines: the label stops at `quote`.
        header_span: match &fact.kind.value {
            FactKind::Quote(_) => Span::new(
                fact.span.start,
                (fact.kind.span.start + "quote".len()).min(fact.kind.span.end),
            ),
            _ => Span::new(fact.span.start, fact.kind.span.end),
        },
        claim: String::new(),
        kind: Kind::Event {
            holds: Vec::new(),
            denies: Vec::new(),
        },
        about: Vec::new(),
        cues: Vec::new(),
        window: 1,
        severity: Severity::Error,
        examples: Vec::new(),
    };
    let (mut holds, mut denies, mut among, mut phrases) = (vec![], vec![], vec![], vec![]);
    let mut by = None;
    for f in &fact.fields {
        match &f.value {
            Field::Claim(s) => def.claim = s.value.clone(),
            Field::About(l) => def.about = l.iter().map(anchor).collect(),
            Field::Cue(l) => def.cues = strings(l),
            Field::Holds(l) => holds = strings(l),
            Field::Denies(l) => denies = strings(l),
            Field::Among(l) => among = l.iter().map(anchor).collect(),
            Field::By(id) => by = Some(entity_anchor(&id.value, names)),
            Field::Phrase(l) => phrases = strings(l),
            Field::Window(n) => def.window = usize::try_from(n.value).unwrap_or(usize::MAX),
            Field::Severity(s) => def.severity = s.value,
            Field::Example(v, text) => def.examples.push(ExampleDef {
                verdict: v.value,
                text: text.value.clone(),
                span: f.span,
                file,
            }),
        }
    }
    def.kind = match &fact.kind.value {
        FactKind::Count(n) => Kind::Count { expected: *n },
        FactKind::Date(start, end) => Kind::Date {
            start: start.value,
            end: end.as_ref().map_or(start.value, |e| e.value),
        },
        FactKind::Place(p) => Kind::Place {
            place: anchor(p),
            among,
        },
        FactKind::Event => Kind::Event { holds, denies },
        FactKind::Quote(q) => Kind::Quote {
            text: q.value.clone(),
            by: by.unwrap_or_else(|| entity_anchor("", names)),
        },
        FactKind::Name(id) => Kind::Name {
            entity: entity_anchor(&id.value, names),
        },
        FactKind::Forbid => Kind::Forbid { phrases },
    };
    def
}
