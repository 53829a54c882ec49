//! The canonical layout of a rule file: 2-space indent, one field per line,
//! an entity on one line, a blank line between items (consecutive entities
//! and includes stay together), strings re-escaped minimally, comments kept
//! where they were (on their own line, or trailing a line).

use crate::dsl::ast::{
    Anchor, Fact, FactKind, Field, Item, RuleFileAst, Spanned, Story, StoryField,
};
use crate::source::Span;

/// One output line and the source text it stands for.
struct Line {
    indent: usize,
    /// Indent for own-line comments placed before this line.
    comment_indent: usize,
    text: String,
    span: Span,
    /// A blank line goes before this line (and its leading comments).
    blank_before: bool,
}

/// Format a parsed, error-free file.
pub(crate) fn format_ast(ast: &RuleFileAst, src: &str) -> String {
    let mut lines = Vec::new();
    let mut previous: Option<&Item> = None;
    for item in &ast.items {
        let grouped = matches!(
            (previous, item),
            (Some(Item::Entity(_)), Item::Entity(_)) | (Some(Item::Include(_)), Item::Include(_))
        );
        let first = lines.len();
        item_lines(item, &mut lines);
        if let Some(line) = lines.get_mut(first) {
            line.blank_before = previous.is_some() && !grouped;
        }
        previous = Some(item);
    }
    emit(&lines, &ast.comments, src)
}

fn emit(lines: &[Line], comments: &[Spanned<String>], src: &str) -> String {
    let mut out = String::new();
    let mut next = 0;
    for (k, line) in lines.iter().enumerate() {
        if line.blank_before && !out.is_empty() {
            out.push('\n');
        }
        while let Some(c) = comments
            .get(next)
            .filter(|c| c.span.start < line.span.start)
        {
            push_line(&mut out, line.comment_indent, &c.value);
            next += 1;
            // A blank line after a comment (a section heading) is kept.
            let upto = comments
                .get(next)
                .map_or(line.span.start, |n| n.span.start.min(line.span.start));
            let gap = src.get(c.span.end..upto).unwrap_or("");
            if gap.matches('\n').count() >= 2 {
                out.push('\n');
            }
        }
        out.push_str(&"  ".repeat(line.indent));
        out.push_str(&line.text);
        if let Some(c) = comments.get(next) {
            // A comment trails the last line that ends before it on its
            // source line (`story "t" { about x }  # c` trails the `}`).
            let later = lines.get(k + 1).is_some_and(|l| trails(src, l, c));
            if trails(src, line, c) && !later {
                out.push_str("  ");
                out.push_str(&c.value);
                next += 1;
            }
        }
        out.push('\n');
    }
    for c in comments.get(next..).unwrap_or(&[]) {
        push_line(&mut out, 0, &c.value);
    }
    out
}

/// The comment starts after the line's text, on the same source line.
fn trails(src: &str, line: &Line, c: &Spanned<String>) -> bool {
    let between = src.get(line.span.end..c.span.start).unwrap_or("\n");
    c.span.start >= line.span.end && !between.contains('\n')
}

fn push_line(out: &mut String, indent: usize, text: &str) {
    out.push_str(&"  ".repeat(indent));
    out.push_str(text);
    out.push('\n');
}

fn line(indent: usize, text: String, span: Span) -> Line {
    Line {
        indent,
        comment_indent: indent,
        text,
        span,
        blank_before: false,
    }
}

fn item_lines(item: &Item, out: &mut Vec<Line>) {
    match item {
        Item::Include(inc) => out.push(line(
            0,
            format!("include {}", quote(&inc.path.value)),
            inc.span,
        )),
        Item::Entity(e) => {
            let names: Vec<String> = e.names.iter().map(|n| quote(&n.value)).collect();
            let text = format!("entity {} = {}", e.id.value, names.join(" | "));
            out.push(line(0, text, e.span));
        }
        Item::Story(s) => story_lines(s, out),
        Item::Fact(f) => fact_lines(f, out),
        Item::Error(_) => {}
    }
}

fn story_lines(s: &Story, out: &mut Vec<Line>) {
    let head = format!("story {}", quote(&s.title.value));
    if s.fields.is_empty() {
        out.push(line(0, head, s.span));
        return;
    }
    out.push(line(
        0,
        head + " {",
        Span::new(s.span.start, s.title.span.end),
    ));
    for f in &s.fields {
        let text = match &f.value {
            StoryField::About(list) => format!("about {}", anchors(list)),
            StoryField::Dateline(d) => format!("dateline {}", d.value),
        };
        out.push(line(1, text, f.span));
    }
    out.push(closing(s.span));
}

fn closing(span: Span) -> Line {
    let mut l = line(
        0,
        "}".to_string(),
        Span::new(span.end.saturating_sub(1), span.end),
    );
    l.comment_indent = 1;
    l
}

fn fact_lines(f: &Fact, out: &mut Vec<Line>) {
    let head = format!("fact {}: {} {{", f.id.value, kind(&f.kind.value));
    out.push(line(0, head, Span::new(f.span.start, f.kind.span.end)));
    for field in &f.fields {
        out.push(line(1, field_text(&field.value), field.span));
    }
    out.push(closing(f.span));
}

fn kind(k: &FactKind) -> String {
    match k {
        FactKind::Count(n) => format!("count {n}"),
        FactKind::Date(start, None) => format!("date {}", start.value),
        FactKind::Date(start, Some(end)) => format!("date {} .. {}", start.value, end.value),
        FactKind::Place(a) => format!("place {}", anchor(a)),
        FactKind::Event => "event".to_string(),
        FactKind::Quote(q) => format!("quote {}", quote(&q.value)),
        FactKind::Name(id) => format!("name {}", id.value),
        FactKind::Forbid => "forbid".to_string(),
    }
}

fn field_text(f: &Field) -> String {
    let kw = f.keyword();
    let rest = match f {
        Field::Claim(s) => quote(&s.value),
        Field::About(l) | Field::Among(l) => anchors(l),
        Field::Cue(l) | Field::Holds(l) | Field::Denies(l) | Field::Phrase(l) => strings(l),
        Field::By(id) => id.value.clone(),
        Field::Window(n) => n.value.to_string(),
        Field::Severity(s) => s.value.as_str().to_string(),
        Field::Example(v, text) => format!("{} {}", v.value.as_str(), quote(&text.value)),
    };
    format!("{kw} {rest}")
}

fn anchor(a: &Anchor) -> String {
    match a {
        Anchor::Entity(id) => id.value.clone(),
        Anchor::Phrase(p) => quote(&p.value),
    }
}

fn anchors(list: &[Anchor]) -> String {
    list.iter().map(anchor).collect::<Vec<_>>().join(", ")
}

fn strings(list: &[Spanned<String>]) -> String {
    list.iter()
        .map(|s| quote(&s.value))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A string literal with the fewest escapes that read back the same.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:X}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
