use super::*;
use std::io::Cursor;

fn read(input: &str, max: u64) -> Vec<Result<Article, LoadError>> {
    JsonlArticles::new(
        "b.jsonl".into(),
        Cursor::new(input.as_bytes().to_vec()),
        max,
    )
    .collect()
}

#[test]
fn records_become_articles() {
    let input = "{\"id\": \"a1\", \"date\": \"2025-10-18\", \"title\": \"T\", \"body\": \"Kim met Trump.\"}\n\
                 \n\
                 {\"id\": 7, \"body\": \" date 2025-10-17 Trump left.\"}";
    let got = read(input, 1000);
    assert_eq!(got.len(), 2);
    let a = got[0].as_ref().unwrap();
    assert_eq!(a.name, "b.jsonl:1#a1");
    assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 10, 18));
    assert_eq!(a.title.as_deref(), Some("T"));
    assert_eq!(a.text, "Kim met Trump.");
    let b = got[1].as_ref().unwrap();
    assert_eq!(b.name, "b.jsonl:3#7");
    // No record date: the body's own header gives it.
    assert_eq!(b.date, NaiveDate::from_ymd_opt(2025, 10, 17));
}

#[test]
fn bad_lines_are_errors_in_place() {
    let input = "{\"id\": \"a\", \"body\": \"One.\"}\n\
                 {not json}\n\
                 {\"id\": \"c\"}\n\
                 {\"id\": \"d\", \"date\": \"2025-02-30\", \"body\": \"x\"}\n\
                 {\"id\": \"e\", \"body\": \"Five.\"}\n";
    let got = read(input, 1000);
    let lines: Vec<Result<usize, usize>> = got
        .iter()
        .map(|r| match r {
            Ok(a) => Ok(a
                .name
                .rsplit(':')
                .next()
                .unwrap()
                .split('#')
                .next()
                .unwrap()
                .parse()
                .unwrap()),
            Err(LoadError::Json { line, .. }) => Err(*line),
            Err(e) => panic!("{e}"),
        })
        .collect();
    assert_eq!(lines, vec![Ok(1), Err(2), Err(3), Err(4), Ok(5)]);
}

#[test]
fn overlong_line_is_skipped_without_losing_the_next() {
    let long = format!("{{\"id\": \"x\", \"body\": \"{}\"}}", "a".repeat(500));
    let input = format!("{long}\n{{\"id\": \"y\", \"body\": \"Ok.\"}}\n");
    let got = read(&input, 100);
    assert_eq!(got.len(), 2);
    assert!(
        matches!(&got[0], Err(LoadError::Json { line: 1, message, .. }) if message.contains("limit"))
    );
    assert_eq!(got[1].as_ref().unwrap().name, "b.jsonl:2#y");
}

#[test]
fn invalid_utf8_and_nul_in_a_line() {
    let mut input = b"{\"id\": \"a\", \"body\": \"caf\xc3(\"}\n".to_vec();
    input.extend_from_slice(
        b"{\"id\": \"b\", \"body\": \"\0\"}\n{\"id\": \"c\", \"body\": \"Ok.\"}",
    );
    let got: Vec<_> = JsonlArticles::new("b".into(), Cursor::new(input), 1000).collect();
    assert!(matches!(&got[0], Err(LoadError::Json { line: 1, .. })));
    assert!(matches!(&got[1], Err(LoadError::Json { line: 2, .. })));
    assert!(got[2].is_ok());
}
