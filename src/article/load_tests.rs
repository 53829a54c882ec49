use super::*;

#[test]
fn decode_reports_nul_and_invalid_utf8_offsets() {
    match decode(b"ab\0c".to_vec(), "f") {
        Err(LoadError::Binary { offset, .. }) => assert_eq!(offset, 2),
        other => panic!("{other:?}"),
    }
    match decode(b"caf\xc3(".to_vec(), "f") {
        Err(LoadError::InvalidUtf8 { offset, .. }) => assert_eq!(offset, 3),
        other => panic!("{other:?}"),
    }
    assert_eq!(decode("Sœul".as_bytes().to_vec(), "f").unwrap(), "Sœul");
}

#[test]
fn read_limited_refuses_more_than_the_limit() {
    assert!(read_limited(&b"12345"[..], "-", 5).is_ok());
    match read_limited(&b"123456"[..], "-", 5) {
        Err(LoadError::TooLarge { limit, .. }) => assert_eq!(limit, 5),
        other => panic!("{other:?}"),
    }
}

#[test]
fn extensions_decide_the_input_kind() {
    assert_eq!(
        input_for("a/b.JSONL".into()),
        Input::Jsonl("a/b.JSONL".into())
    );
    assert_eq!(input_for("a/b.md".into()), Input::File("a/b.md".into()));
    assert!(has_extension(Path::new("x.Markdown"), &["markdown"]));
    assert!(!has_extension(Path::new("x.md.bak"), &["md"]));
}
