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
    assert!(read_limited(&b"12345"[..], "-", 5, 5).is_ok());
    match read_limited(&b"123456"[..], "-", 5, 5) {
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

#[test]
fn directories_are_walked_depth_first_with_siblings_by_name() {
    let dir = tempfile::tempdir().unwrap();
    for path in ["b/c.txt", "a.txt", "a-b.txt", "a/x.txt", "a/Z.md", "B.txt"] {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "text").unwrap();
    }
    let found: Vec<String> = collect_inputs(&[dir.path().to_path_buf()])
        .into_iter()
        .map(|input| match input.unwrap() {
            Input::File(p) => p.strip_prefix(dir.path()).unwrap().display().to_string(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        found,
        ["B.txt", "a/Z.md", "a/x.txt", "a-b.txt", "a.txt", "b/c.txt"]
    );
}
