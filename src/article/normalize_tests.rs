use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn seed_header_on_the_same_line_as_prose() {
    let a = build_article(
        "a",
        " date 2025-10-18 The Trump team.".into(),
        TextKind::Plain,
    );
    assert_eq!(a.date, d(2025, 10, 18));
    assert_eq!(a.text, "                 The Trump team.");
}

#[test]
fn header_line_then_dateline() {
    let src = "date: 2025-10-18\nOctober 17, 2025 | Seoul\nKim spoke.";
    let a = build_article("a", src.into(), TextKind::Plain);
    // The header wins; both lines are blanked.
    assert_eq!(a.date, d(2025, 10, 18));
    assert_eq!(a.text.trim(), "Kim spoke.");
}

#[test]
fn seed_dateline_line() {
    let src = "October 18, 2025 | Washington, D.C.\nThe possibility of a meeting.";
    let a = build_article("a", src.into(), TextKind::Plain);
    assert_eq!(a.date, d(2025, 10, 18));
    assert_eq!(a.text.trim(), "The possibility of a meeting.");
}

#[test]
fn wire_dateline() {
    let src = "WASHINGTON, Oct. 18 (Reuters) - U.S. officials said.";
    let a = build_article("a", src.into(), TextKind::Plain);
    assert_eq!(a.date, None);
    assert_eq!(a.text.trim(), "U.S. officials said.");
}

#[test]
fn wire_dateline_after_a_headline() {
    let src = "Kim open to talks\n\nSEOUL, Oct. 18, 2025 (Reuters) - Kim said.\nWASHINGTON (AP) - Not this one.";
    let a = build_article("a", src.into(), TextKind::Plain);
    assert_eq!(a.date, d(2025, 10, 18));
    assert_eq!(
        a.text.split_whitespace().collect::<Vec<_>>().join(" "),
        "Kim open to talks Kim said. WASHINGTON (AP) - Not this one."
    );
}

#[test]
fn published_line_under_a_headline_and_byline() {
    let src = "Girl pulled alive from rubble\n\nBhim Bahadur Shahi\nDullu, December 11\nPublished: Thursday, December 11, 2025 20:15 NST\n\nRescuers worked through the night.";
    let a = build_article("a", src.into(), TextKind::Plain);
    assert_eq!(a.date, d(2025, 12, 11));
    assert!(a.text.contains("Rescuers worked"));
    assert!(!a.text.contains("Published"));
    // Only among the first lines, and never in prose.
    let late = "Headline\n\nA first paragraph of prose that runs on for a good while, long enough that it is plainly the story and not a header, which no header ever is.\nPublished: October 1, 2025\n";
    assert_eq!(build_article("a", late.into(), TextKind::Plain).date, None);
}

#[test]
fn prose_that_starts_like_a_date_is_kept() {
    for src in [
        "Date night was cancelled.",
        "October 18, 2025 was the day Kim spoke.",
        "WASHINGTON is quiet - for now.",
    ] {
        let a = build_article("a", src.into(), TextKind::Plain);
        assert_eq!(a.text, src);
        assert_eq!(a.date, None);
    }
}

#[test]
fn front_matter_date_beats_the_dateline() {
    let src = "---\ndate: 2025-10-18\n---\nOctober 1, 2025 | Seoul\n\n# Kim *speaks*\n";
    let a = build_article("a.md", src.into(), TextKind::Markdown);
    assert_eq!(a.date, d(2025, 10, 18));
    assert_eq!(
        a.text.split_whitespace().collect::<Vec<_>>(),
        vec!["Kim", "speaks"]
    );
}

#[test]
fn markdown_syntax_is_prose_in_plain_text() {
    let src = "# Kim *speaks*";
    let a = build_article("a.txt", src.into(), TextKind::Plain);
    assert_eq!(a.text, src);
}

#[test]
fn byte_order_mark_is_blanked() {
    let a = build_article("a", "\u{feff}date 2025-10-18 Kim.".into(), TextKind::Plain);
    assert_eq!(a.date, d(2025, 10, 18));
    assert_eq!(a.text.trim(), "Kim.");
}

proptest! {
    #[test]
    fn text_keeps_length_and_char_boundaries(
        src in "(\\PC|\\n|[#*_`<>\\[\\]()!~-]|---\\n|```\\n|date 2025-10-18 ){0,80}",
        md in any::<bool>(),
    ) {
        let kind = if md { TextKind::Markdown } else { TextKind::Plain };
        let a = build_article("p", src.clone(), kind);
        prop_assert_eq!(a.text.len(), src.len());
        for (i, c) in src.char_indices() {
            let here = &a.text.as_bytes()[i..i + c.len_utf8()];
            let blank = here.iter().all(|&b| b == b' ');
            prop_assert!(blank || here == c.to_string().as_bytes());
        }
    }
}
