use super::*;

fn slice(source: &str, span: Span) -> &str {
    span.slice(source)
}

#[test]
fn html_comment_silences_the_next_paragraph() {
    let src = "Intro line.\n\n<!-- factlint: ignore prior_meetings, kim_memories -->\nThey met twice.\nStill this paragraph.\n\nNext paragraph.\n";
    let (found, errors) = parse_suppressions_with_errors(src);
    assert_eq!(errors, []);
    assert_eq!(found.len(), 1);
    let s = &found[0];
    assert_eq!(s.facts, ["prior_meetings", "kim_memories"]);
    assert_eq!(slice(src, s.fact_spans[0]), "prior_meetings");
    assert_eq!(slice(src, s.fact_spans[1]), "kim_memories");
    assert_eq!(
        slice(src, s.comment),
        "<!-- factlint: ignore prior_meetings, kim_memories -->"
    );
    assert_eq!(
        slice(src, s.scope),
        "They met twice.\nStill this paragraph."
    );
    assert_eq!(s.kind, SuppressionScope::Paragraph);
}

#[test]
fn a_comment_alone_in_its_paragraph_covers_the_next_one() {
    let src = "[factlint: ignore prior_meetings]\n\n  They met twice.\n\nLater.";
    let found = parse_suppressions(src);
    assert_eq!(found.len(), 1);
    assert_eq!(
        slice(src, found[0].comment),
        "[factlint: ignore prior_meetings]"
    );
    assert_eq!(slice(src, found[0].scope), "They met twice.");
}

#[test]
fn an_inline_comment_covers_the_rest_of_its_paragraph_only() {
    let src = "They met twice. <!-- factlint: ignore a --> Then thrice.\nMore.\n \nLast.";
    let found = parse_suppressions(src);
    assert_eq!(slice(src, found[0].scope), "Then thrice.\nMore.");
}

#[test]
fn crlf_line_ends_work_alike() {
    let src = "[factlint: ignore a]\r\n\r\nThey met twice.\r\nAgain.\r\n\r\nLater.\r\n";
    let found = parse_suppressions(src);
    assert_eq!(slice(src, found[0].comment), "[factlint: ignore a]");
    assert_eq!(slice(src, found[0].scope), "They met twice.\r\nAgain.");
}

#[test]
fn a_suppression_at_the_end_covers_nothing() {
    let src = "They met twice.\n<!-- factlint: ignore a -->\n";
    let found = parse_suppressions(src);
    assert_eq!(found[0].scope, Span::new(src.len(), src.len()));
}

#[test]
fn ignore_file_covers_everything() {
    let src = "Top.\n\n<!--factlint:ignore-file kang_name-->\n\nBottom.";
    let found = parse_suppressions(src);
    assert_eq!(found[0].facts, ["kang_name"]);
    assert_eq!(found[0].kind, SuppressionScope::File);
    assert_eq!(found[0].scope, Span::new(0, src.len()));
}

#[test]
fn plain_form_only_on_a_line_of_its_own() {
    // In running text, or as a bracketed aside in prose, it is not a
    // suppression.
    let src = "See [factlint: ignore a] here.\nfactlint: ignore a\n[Editor's note: ignore a]\n";
    assert_eq!(parse_suppressions(src), []);
    assert_eq!(comment_spans(src), []);
}

#[test]
fn ordinary_comments_and_brackets_are_not_ours() {
    let src = "<!-- TODO: ignore this -->\n[photo: Reuters]\n<!-- factlint: ignore a";
    assert_eq!(parse_suppressions_with_errors(src), (vec![], vec![]));
}

#[test]
fn comment_spans_cover_both_forms_valid_or_not() {
    let src = "<!-- factlint: ignore a -->\nText.\n\t[factlint: ignroe b]\n<!-- other -->";
    let spans: Vec<&str> = comment_spans(src)
        .into_iter()
        .map(|s| slice(src, s))
        .collect();
    assert_eq!(
        spans,
        ["<!-- factlint: ignore a -->", "[factlint: ignroe b]"]
    );
}

#[test]
fn a_bracketed_line_inside_an_html_comment_is_read_once() {
    let src = "<!--\n[factlint: ignore a]\n-->\nText.";
    assert_eq!(comment_spans(src).len(), 0);
    let src = "<!-- factlint: ignore a\n[factlint: ignore b]\n-->\nText.";
    assert_eq!(
        comment_spans(src),
        [Span::new(0, src.find("-->").unwrap_or(0) + 3)]
    );
}

#[test]
fn mistakes_are_errors_with_spans() {
    let src = "<!-- factlint: ignroe a -->\n[factlint: ignore]\n[factlint: ignore good, bad id, 9x]\n<!-- factlint: -->";
    let (found, errors) = parse_suppressions_with_errors(src);
    // The well-formed id of a comment with a bad one still counts.
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].facts, ["good"]);
    let described: Vec<(String, &str)> = errors
        .iter()
        .map(|e| (e.to_string(), slice(src, e.span())))
        .collect();
    assert_eq!(
        described,
        [
            (
                "unknown suppression `factlint: ignroe`".to_string(),
                "ignroe"
            ),
            (
                "`factlint: ignore` names no fact".to_string(),
                "[factlint: ignore]"
            ),
            ("`bad id` is not a fact id".to_string(), "bad id"),
            ("`9x` is not a fact id".to_string(), "9x"),
            (
                "`factlint:` comment without `ignore` or `ignore-file`".to_string(),
                "<!-- factlint: -->"
            ),
        ]
    );
    assert!(errors.iter().all(|e| e.help().is_some()));
}

#[test]
fn edit_distance_counts_edits() {
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("same", "same"), 0);
    assert_eq!(edit_distance("prior_meeting", "prior_meetings"), 1);
}

proptest::proptest! {
    #[test]
    fn parsing_never_panics_and_spans_fit(src in "(<!--|-->|\\[|\\]|factlint:|ignore|-file| |,|a|\n|\u{e9})*") {
        let (found, errors) = parse_suppressions_with_errors(&src);
        for s in &found {
            proptest::prop_assert!(src.get(s.comment.range()).is_some());
            proptest::prop_assert!(src.get(s.scope.range()).is_some());
        }
        for e in &errors {
            proptest::prop_assert!(src.get(e.span().range()).is_some());
        }
        for span in comment_spans(&src) {
            proptest::prop_assert!(src.get(span.range()).is_some());
        }
    }
}
