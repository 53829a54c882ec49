use super::*;
use crate::article::blank::Blanker;

/// Blank `src` and return the text with runs of spaces squeezed, for
/// readable assertions (length is checked separately).
fn blanked(src: &str) -> (String, MarkdownMeta) {
    let mut b = Blanker::new(src);
    let meta = blank_markdown(src, 0, &mut b);
    let text = b.finish();
    assert_eq!(text.len(), src.len());
    (text, meta)
}

fn squeezed(src: &str) -> String {
    let (text, _) = blanked(src);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn front_matter_is_blanked_and_read() {
    let src = "---\ntitle: \"Talks\"\ndate: 2025-10-18\ntags: [a]\n---\nKim met Trump.\n";
    let (text, meta) = blanked(src);
    assert_eq!(meta.date, NaiveDate::from_ymd_opt(2025, 10, 18));
    assert_eq!(meta.title.as_deref(), Some("Talks"));
    assert_eq!(text.trim(), "Kim met Trump.");
    // Lines are kept.
    assert_eq!(text.lines().count(), src.lines().count());
}

#[test]
fn unclosed_front_matter_is_prose() {
    let src = "---\ndate: 2025-10-18\nKim met Trump.";
    let (_, meta) = blanked(src);
    assert_eq!(meta.date, None);
}

#[test]
fn headings_emphasis_and_links() {
    assert_eq!(
        squeezed(
            "# Trump *meets* **Kim** ##\n\nSee [the _report_](https://x.com/a_(b)) and [CNN][cnn]."
        ),
        "Trump meets Kim See the report and CNN ."
    );
    let (text, meta) = blanked("# Talks resume\n\nBody.");
    assert_eq!(meta.title.as_deref(), Some("Talks resume"));
    assert!(text.starts_with("  Talks resume\n"));
}

#[test]
fn code_images_and_html_are_blanked_entirely() {
    assert_eq!(
        squeezed("Use `date 2025-01-01` here ![a chart](c.png) <b>bold</b> <!-- note -->.\n\n```\nKim said nothing.\n```\nAfter."),
        "Use here bold . After."
    );
    assert_eq!(squeezed("~~~rust\nlet x = 1;\n~~~\nText"), "Text");
}

#[test]
fn block_markers() {
    assert_eq!(
        squeezed("> quoted\n> > deeper\n\n- one\n* two\n+ three\n1. four\n2) five\n- [x] done\n\n---\nText\n===="),
        "quoted deeper one two three four five done Text"
    );
    assert_eq!(squeezed("[cnn]: https://cnn.com\nBody"), "Body");
}

#[test]
fn look_alikes_are_left_alone() {
    // Intraword underscores, a year starting a line, brackets without a
    // link, a lone `<`, a hyphenated word at the start of a line.
    assert_eq!(squeezed("snake_case_name"), "snake_case_name");
    assert_eq!(
        squeezed("2019 Hastily Arranged Meeting"),
        "2019 Hastily Arranged Meeting"
    );
    assert_eq!(
        squeezed("He said [sic] it and 3 < 4."),
        "He said [sic] it and 3 < 4."
    );
    assert_eq!(squeezed("-5 degrees"), "-5 degrees");
    assert_eq!(squeezed("#hashtag"), "#hashtag");
}

#[test]
fn multibyte_chars_in_markup_blank_to_as_many_spaces() {
    let src = "*“Kim”* [Sœul](https://x/é) `ü`";
    let (text, _) = blanked(src);
    assert_eq!(text.len(), src.len());
    for (i, c) in src.char_indices() {
        let here = &text[i..i + c.len_utf8()];
        assert!(here.trim().is_empty() || here == c.to_string());
    }
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>(),
        vec!["“Kim”", "Sœul"]
    );
}

#[test]
fn html_entities_are_blanked() {
    assert_eq!(
        squeezed("Kim&nbsp;Jong Un &#8217; &#x2019; AT&T &amp Q&A;"),
        "Kim Jong Un AT&T &amp Q&A;"
    );
}
