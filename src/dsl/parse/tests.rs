use super::parse_file;
use crate::dsl::ast::{Anchor, FactKind, Field, Item, Severity, StoryField, Verdict};
use crate::dsl::error::RuleError;
use chrono::NaiveDate;

fn errors(src: &str) -> Vec<RuleError> {
    parse_file(src).errors.into_iter().map(|(e, _)| e).collect()
}

fn one_fact(src: &str) -> crate::dsl::ast::Fact {
    let parsed = parse_file(src);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    match parsed.ast.items.into_iter().next() {
        Some(Item::Fact(f)) => f,
        other => panic!("not a fact: {other:?}"),
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn string_escapes_are_decoded() {
    let f = one_fact(r#"fact q: quote "a \"b\" \\ \n\t \u{E9} \u{1F600}" { by x }"#);
    let FactKind::Quote(q) = f.kind.value else {
        panic!()
    };
    assert_eq!(q.value, "a \"b\" \\ \n\t é 😀");
}

#[test]
fn typographic_quotes_are_ordinary_characters() {
    let f = one_fact("fact q: quote \"he said “yes” – ‘no’\" { by x }");
    let FactKind::Quote(q) = f.kind.value else {
        panic!()
    };
    assert_eq!(q.value, "he said “yes” – ‘no’");
    // A typographic quote does not close a string.
    assert_eq!(
        errors("entity x = “Kim”"),
        [RuleError::Syntax {
            expected: vec!["string"],
            found: "`“`".into(),
            suggestion: None,
        }]
    );
}

#[test]
fn bad_escapes_are_errors_but_parsing_goes_on() {
    let errs = errors(r#"entity x = "a \q b" | "\u{110000}" | "\u{}""#);
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(errs
        .iter()
        .all(|e| matches!(e, RuleError::BadEscape { .. })));
}

#[test]
fn string_does_not_run_past_the_line() {
    let parsed = parse_file("entity x = \"abc\nentity y = \"def\"\n");
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].0, RuleError::UnterminatedString);
    // Recovery finds the next entity.
    assert!(matches!(&parsed.ast.items[1], Item::Entity(e) if e.id.value == "y"));
    assert_eq!(parsed.broken_entities, ["x"]);
}

#[test]
fn dates_are_checked_real() {
    let f = one_fact("fact d: date 2024-02-29 { }");
    assert!(matches!(f.kind.value, FactKind::Date(ref s, None) if s.value == day(2024, 2, 29)));
    for bad in [
        "2025-02-29",
        "2025-02-30",
        "2025-00-10",
        "2025-04-31",
        "2025-13-01",
    ] {
        let errs = errors(&format!("fact d: date {bad} {{ }}"));
        assert_eq!(
            errs,
            [RuleError::ImpossibleDate { text: bad.into() }],
            "{bad}"
        );
    }
}

#[test]
fn date_ranges() {
    let f = one_fact("fact d: date 2025-10-31..2025-11-01 { }");
    let FactKind::Date(s, Some(e)) = f.kind.value else {
        panic!()
    };
    assert_eq!((s.value, e.value), (day(2025, 10, 31), day(2025, 11, 1)));
    // Same day at both ends is fine; end before start is not.
    assert!(errors("fact d: date 2025-10-31 .. 2025-10-31 { }").is_empty());
    assert!(matches!(
        errors("fact d: date 2025-11-01 .. 2025-10-31 { }")[..],
        [RuleError::ReversedRange { .. }]
    ));
    // An impossible end is reported once, not also as a reversed range.
    assert!(matches!(
        errors("fact d: date 2025-01-01 .. 2025-02-30 { }")[..],
        [RuleError::ImpossibleDate { .. }]
    ));
}

#[test]
fn integers_up_to_64_bits() {
    let f = one_fact("fact c: count 18446744073709551615 { }");
    assert!(matches!(f.kind.value, FactKind::Count(u64::MAX)));
    assert!(matches!(
        errors("fact c: count 18446744073709551616 { }")[..],
        [RuleError::NumberTooLarge { .. }]
    ));
    assert!(matches!(
        errors("fact c: count -3 { }")[..],
        [RuleError::Syntax { .. }]
    ));
}

#[test]
fn every_node_has_its_span() {
    let src = "fact prior: count 3 {\n  claim \"x\"\n  about trump, \"two words\"\n}";
    let f = one_fact(src);
    assert_eq!(f.span.slice(src), src);
    assert_eq!(f.id.span.slice(src), "prior");
    assert_eq!(f.kind.span.slice(src), "count 3");
    assert_eq!(f.fields[0].span.slice(src), "claim \"x\"");
    assert_eq!(f.fields[1].span.slice(src), "about trump, \"two words\"");
    let Field::About(anchors) = &f.fields[1].value else {
        panic!()
    };
    assert_eq!(anchors[0].span().slice(src), "trump");
    assert_eq!(anchors[1].span().slice(src), "\"two words\"");
    assert!(matches!(&anchors[1], Anchor::Phrase(p) if p.value == "two words"));
}

#[test]
fn keywords_are_not_reserved_as_identifiers() {
    let f = one_fact("fact fact: name count { about story, date\n by by }");
    assert_eq!(f.id.value, "fact");
    assert!(matches!(&f.kind.value, FactKind::Name(n) if n.value == "count"));
    assert!(matches!(&f.fields[1].value, Field::By(b) if b.value == "by"));
}

#[test]
fn all_field_forms_parse() {
    let f = one_fact(
        "fact e: event { holds \"a\", \"b\" denies \"c\" window 2 severity note \
         example absent \"t\" example contradiction \"u\" }",
    );
    assert_eq!(f.fields.len(), 6);
    assert!(matches!(&f.fields[2].value, Field::Window(w) if w.value == 2));
    assert!(matches!(&f.fields[3].value, Field::Severity(s) if s.value == Severity::Note));
    assert!(
        matches!(&f.fields[5].value, Field::Example(v, _) if v.value == Verdict::Contradiction)
    );
}

#[test]
fn story_with_and_without_block() {
    let parsed = parse_file("story \"A\"\nstory \"B\" { about x, \"y\" dateline 2025-10-18 }");
    assert!(parsed.errors.is_empty());
    let Item::Story(a) = &parsed.ast.items[0] else {
        panic!()
    };
    assert!(a.fields.is_empty());
    let Item::Story(b) = &parsed.ast.items[1] else {
        panic!()
    };
    assert!(matches!(&b.fields[1].value, StoryField::Dateline(d) if d.value == day(2025, 10, 18)));
}

#[test]
fn comments_are_kept_and_strings_may_hold_hashes() {
    let src = "# head\nentity x = \"#1\" # tail\n";
    let parsed = parse_file(src);
    assert!(parsed.errors.is_empty());
    let texts: Vec<&str> = parsed
        .ast
        .comments
        .iter()
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(texts, ["# head", "# tail"]);
    assert!(matches!(&parsed.ast.items[0], Item::Entity(e) if e.names[0].value == "#1"));
}

#[test]
fn farthest_error_lists_every_alternative() {
    let errs = errors("fact x: 3 { }");
    let [RuleError::Syntax {
        expected, found, ..
    }] = &errs[..]
    else {
        panic!("{errs:?}")
    };
    assert_eq!(found, "`3`");
    assert_eq!(
        expected,
        &["`count`", "`date`", "`place`", "`event`", "`quote`", "`name`", "`forbid`"]
    );
}

#[test]
fn unknown_words_get_suggestions_only_when_close() {
    assert!(matches!(
        &errors("fact x: event { claim \"c\" abuot y }")[..],
        [RuleError::UnknownField { suggestion: Some(s), .. }] if s == "about"
    ));
    assert!(matches!(
        &errors("fact x: event { claim \"c\" colour y }")[..],
        [RuleError::UnknownField {
            suggestion: None,
            ..
        }]
    ));
    assert!(matches!(
        &errors("entiti x = \"a\"")[..],
        [RuleError::UnknownKeyword { suggestion: Some(s), .. }] if s == "entity"
    ));
    assert!(matches!(
        &errors("fact x: quoet \"a\" { }")[..],
        [RuleError::UnknownKind { suggestion: Some(s), .. }] if s == "quote"
    ));
}

#[test]
fn recovery_keeps_later_items() {
    let src = "fact a: count { claim \"x\" }\nfact b: count 1 { claim \"y\" }\n\
               fact c: event { claim \"z\" bogus }\nentity k = \"K\"\n";
    let parsed = parse_file(src);
    assert_eq!(parsed.errors.len(), 2, "{:?}", parsed.errors);
    let kinds: Vec<&str> = parsed
        .ast
        .items
        .iter()
        .map(|i| match i {
            Item::Fact(f) => f.id.value.as_str(),
            Item::Entity(_) => "entity",
            Item::Error(_) => "error",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["error", "b", "error", "entity"]);
}

#[test]
fn empty_and_comment_only_files_are_fine() {
    assert!(parse_file("").errors.is_empty());
    assert!(parse_file("   \n# only a comment").errors.is_empty());
    assert!(parse_file("\u{FEFF}entity x = \"X\"").errors.is_empty());
    assert_eq!(parse_file("entity x = \"X\" \u{FEFF}").errors.len(), 1);
}

#[test]
fn misspelt_values_get_suggestions() {
    assert!(matches!(
        &errors("fact x: event { severity warnig }")[..],
        [RuleError::Syntax { suggestion: Some(s), .. }] if s == "warning"
    ));
    assert!(matches!(
        &errors("fact x: event { example mtach \"t\" }")[..],
        [RuleError::Syntax { suggestion: Some(s), .. }] if s == "match"
    ));
    assert!(matches!(
        &errors("fact x: event { severity loud }")[..],
        [RuleError::Syntax {
            suggestion: None,
            ..
        }]
    ));
}

#[test]
fn many_errors_are_all_kept_once() {
    let src = format!("entity x = \"{}\"\n", "\\q".repeat(5000));
    assert_eq!(errors(&src).len(), 5000);
    let src = "}\n".repeat(3000);
    assert_eq!(errors(&src).len(), 3000);
}
