//! Property tests: parsing and loading never panic; formatting keeps the
//! tree (modulo spans) and is idempotent.

use factlint::dsl;
use proptest::prelude::*;
use serde_json::Value;

/// The tree without spans, comments as their text.
fn projection(src: &str) -> Value {
    let (ast, _) = dsl::parse(src);
    let mut v = serde_json::to_value(&ast).unwrap_or(Value::Null);
    strip_spans(&mut v);
    v
}

fn strip_spans(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.remove("span");
            map.values_mut().for_each(strip_spans);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_spans),
        _ => {}
    }
}

/// Format, re-parse, compare, and format again.
fn check_round_trip(src: &str) -> Result<(), TestCaseError> {
    let once = match dsl::format_source("gen.facts", src) {
        Ok(s) => s,
        Err(e) => return Err(TestCaseError::fail(format!("{:?}", e.diagnostics))),
    };
    let (_, errors) = dsl::parse(&once);
    let syntax: Vec<_> = errors
        .iter()
        .filter(|d| d.code.as_deref() == Some("R001"))
        .collect();
    prop_assert!(syntax.is_empty(), "{syntax:?}\n{once}");
    prop_assert_eq!(projection(src), projection(&once), "\n{}", once);
    let twice = dsl::format_source("gen.facts", &once).unwrap_or_default();
    prop_assert_eq!(once, twice);
    Ok(())
}

#[test]
fn bundled_and_fixture_rules_round_trip() {
    let mut files = vec![std::path::PathBuf::from(
        "tests/fixtures/spec-example.facts",
    )];
    files.extend(dsl::rule_files(&["rules".into()]).unwrap());
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        check_round_trip(&src).unwrap();
    }
    // Fixtures whose errors are beyond the grammar format too.
    let fixtures = dsl::rule_files(&["tests/fixtures".into()]).unwrap();
    let mut formatted = 0;
    for f in fixtures {
        let Ok(src) = std::fs::read_to_string(&f) else {
            continue;
        };
        if dsl::format_source("f", &src).is_ok() {
            check_round_trip(&src).unwrap();
            formatted += 1;
        }
    }
    assert!(formatted >= 10);
}

const VOCAB: &[&str] = &[
    "story",
    "entity",
    "fact",
    "include",
    "count",
    "date",
    "place",
    "event",
    "quote",
    "name",
    "forbid",
    "claim",
    "about",
    "cue",
    "holds",
    "denies",
    "among",
    "by",
    "phrase",
    "window",
    "severity",
    "example",
    "match",
    "contradiction",
    "error",
    "{",
    "}",
    ":",
    ",",
    "|",
    "=",
    "..",
    "\"text\"",
    "\"open",
    "\"bad \\q\"",
    "\"\\u{",
    "\"\\u{110000}\"",
    "2025-10-18",
    "2025-02-30",
    "3",
    "0",
    "99999999999999999999999",
    "x",
    "kim",
    "# note",
    "\n",
    "“",
    "\\",
    "é",
    "#",
    "\"",
    "-",
    "2025-1",
    "\u{FEFF}",
    "\r\n",
];

fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (0..VOCAB.len(), prop_oneof![Just(" "), Just(""), Just("\n")]),
        0..60,
    )
    .prop_map(|toks| {
        toks.into_iter()
            .map(|(i, sep)| format!("{}{sep}", VOCAB[i]))
            .collect()
    })
}

fn ident() -> impl Strategy<Value = String> {
    "[a-z_][a-z0-9_-]{0,6}"
}

fn string() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 \"\\\\“”’é\t\n#\u{7}]{0,10}".prop_map(|s| {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\u{7}' => out.push_str("\\u{7}"),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    })
}

fn date() -> impl Strategy<Value = String> {
    (0i64..20000).prop_map(|d| {
        let day = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(d);
        day.to_string()
    })
}

fn anchor() -> impl Strategy<Value = String> {
    prop_oneof![ident(), string()]
}

fn list(item: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    proptest::collection::vec(item, 1..4).prop_map(|v| v.join(" , "))
}

fn kind() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u64>().prop_map(|n| format!("count {n}")),
        date().prop_map(|d| format!("date {d}")),
        (date(), 0i64..400).prop_map(|(d, k)| {
            let start: chrono::NaiveDate = d.parse().unwrap();
            format!("date {d} .. {}", start + chrono::Duration::days(k))
        }),
        anchor().prop_map(|a| format!("place {a}")),
        Just("event".to_string()),
        string().prop_map(|s| format!("quote {s}")),
        ident().prop_map(|i| format!("name {i}")),
        Just("forbid".to_string()),
    ]
}

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        string().prop_map(|s| format!("claim {s}")),
        list(anchor()).prop_map(|s| format!("about {s}")),
        list(string()).prop_map(|s| format!("cue {s}")),
        list(string()).prop_map(|s| format!("holds {s}")),
        list(string()).prop_map(|s| format!("denies {s}")),
        list(anchor()).prop_map(|s| format!("among {s}")),
        ident().prop_map(|s| format!("by {s}")),
        list(string()).prop_map(|s| format!("phrase {s}")),
        any::<u64>().prop_map(|n| format!("window {n}")),
        prop_oneof![Just("error"), Just("warning"), Just("note")]
            .prop_map(|s| format!("severity {s}")),
        (
            prop_oneof![Just("match"), Just("contradiction"), Just("absent")],
            string()
        )
            .prop_map(|(v, s)| format!("example {v} {s}")),
    ]
}

fn item() -> impl Strategy<Value = String> {
    prop_oneof![
        string().prop_map(|s| format!("include {s}")),
        (ident(), list(string()))
            .prop_map(|(i, l)| format!("entity {i} = {}", l.replace(',', "|"))),
        (
            string(),
            proptest::option::of(proptest::collection::vec(
                prop_oneof![
                    list(anchor()).prop_map(|s| format!("about {s}")),
                    date().prop_map(|d| format!("dateline {d}")),
                ],
                0..3
            ))
        )
            .prop_map(|(t, body)| match body {
                None => format!("story {t}"),
                Some(fields) => format!("story {t} {{ {} }}", fields.join(" ")),
            }),
        (ident(), kind(), proptest::collection::vec(field(), 0..5))
            .prop_map(|(i, k, f)| format!("fact {i} : {k} {{ {} }}", f.join(" "))),
    ]
}

/// A syntactically valid file with whitespace and comments spread between
/// its tokens.
fn layout() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(item(), 0..6),
        proptest::collection::vec(
            prop_oneof![
                4 => Just(" ".to_string()),
                2 => Just("\n  ".to_string()),
                1 => Just("\n\n".to_string()),
                1 => "[a-z ]{0,8}".prop_map(|c| format!(" # {c}\n")),
            ],
            1..50,
        ),
    )
        .prop_map(|(items, seps)| {
            let mut out = String::new();
            let mut k = 0;
            for item in items {
                // Split between tokens, but never inside a string.
                let mut in_string = false;
                let mut escaped = false;
                for c in item.chars() {
                    if in_string {
                        out.push(c);
                        match (escaped, c) {
                            (false, '\\') => escaped = true,
                            (false, '"') => in_string = false,
                            _ => escaped = false,
                        }
                    } else if c == ' ' {
                        out.push_str(&seps[k % seps.len()]);
                        k += 1;
                    } else {
                        if c == '"' {
                            in_string = true;
                        }
                        out.push(c);
                    }
                }
                out.push_str(&seps[k % seps.len()]);
                out.push('\n');
                k += 1;
            }
            out
        })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = dsl::parse(&text);
        let _ = dsl::format_source("x.facts", &text);
    }

    #[test]
    fn token_soups_never_panic(text in soup()) {
        let (ast, _) = dsl::parse(&text);
        // Spans stay inside the text.
        for c in &ast.comments {
            prop_assert!(c.span.end <= text.len());
        }
        if let Ok(formatted) = dsl::format_source("x.facts", &text) {
            prop_assert_eq!(projection(&text), projection(&formatted));
        }
    }

    #[test]
    fn generated_files_round_trip(text in layout()) {
        check_round_trip(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn loading_token_soups_never_panics(text in soup(), inc in soup()) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.facts"), format!("include \"b.facts\"\n{text}")).unwrap();
        std::fs::write(dir.path().join("b.facts"), format!("include \"a.facts\"\n{inc}")).unwrap();
        let _ = dsl::load_rules(&[dir.path().to_path_buf()]);
    }
}
