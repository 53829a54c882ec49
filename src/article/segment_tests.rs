use super::*;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    segment(text).iter().map(|s| s.span.slice(text)).collect()
}

#[test]
fn splits_at_terminal_punctuation_before_a_capital() {
    assert_eq!(
        sentences("Trump spoke. Kim listened! Did they meet? Yes."),
        vec!["Trump spoke.", "Kim listened!", "Did they meet?", "Yes."]
    );
}

#[test]
fn list_items_without_stops_are_sentences() {
    assert_eq!(
        sentences("Key points\n- Belarus has released seven prisoners\n- Poland has freed four\n• The swap took place at 11:00"),
        vec![
            "Key points",
            "- Belarus has released seven prisoners",
            "- Poland has freed four",
            "• The swap took place at 11:00"
        ]
    );
    // A dash that opens a line of wrapped prose is no list item.
    assert_eq!(
        sentences("The talks, which Poland called constructive\n- which began in June - ended."),
        vec!["The talks, which Poland called constructive\n- which began in June - ended."]
    );
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences(
            "The U.S. President met Mr. Kim in Washington, D.C. on Oct. 18 at 2.5 p.m. sharp."
        ),
        vec!["The U.S. President met Mr. Kim in Washington, D.C. on Oct. 18 at 2.5 p.m. sharp."]
    );
    assert_eq!(
        sentences("Dr. Lee and St. Paul met J. R. Smith. He left."),
        vec!["Dr. Lee and St. Paul met J. R. Smith.", "He left."]
    );
    // No. before a number; month abbreviation before a day.
    assert_eq!(
        sentences("It was No. 1 in Oct. 2025."),
        vec!["It was No. 1 in Oct. 2025."]
    );
}

#[test]
fn an_abbreviation_can_still_end_a_sentence() {
    assert_eq!(
        sentences("Ties with the U.S. The talks resumed."),
        vec!["Ties with the U.S.", "The talks resumed."]
    );
    assert_eq!(
        sentences("Apples, pears, etc. But not plums."),
        vec!["Apples, pears, etc.", "But not plums."]
    );
    // An answer on its own is a sentence; "No." before a number is not.
    assert_eq!(
        sentences("Is there a clause? No. Contrary to reports, it was not used."),
        vec![
            "Is there a clause?",
            "No.",
            "Contrary to reports, it was not used."
        ]
    );
    assert_eq!(
        sentences("Was it signed? Yes. Deputies voted on No. 4."),
        vec!["Was it signed?", "Yes.", "Deputies voted on No. 4."]
    );
}

#[test]
fn ellipsis_before_lowercase_continues() {
    assert_eq!(
        sentences("He paused... and then spoke. Then… Nothing."),
        vec!["He paused... and then spoke.", "Then…", "Nothing."]
    );
}

#[test]
fn open_quotation_does_not_end_a_sentence() {
    let text = "“I will do that. He’d like to meet with me,” said Trump. Kim agreed.";
    assert_eq!(
        sentences(text),
        vec![
            "“I will do that. He’d like to meet with me,” said Trump.",
            "Kim agreed."
        ]
    );
    let text = "He said, \"We are ready. We will talk.\" Then he left.";
    assert_eq!(
        sentences(text),
        vec!["He said, \"We are ready. We will talk.\"", "Then he left."]
    );
}

#[test]
fn unclosed_quotation_closes_at_paragraph_end() {
    let text = "“We will talk. We are ready.\n\nKim said nothing. Trump left.";
    assert_eq!(
        sentences(text),
        vec![
            "“We will talk. We are ready.",
            "Kim said nothing.",
            "Trump left."
        ]
    );
}

#[test]
fn apostrophes_are_not_quotations() {
    assert_eq!(
        sentences("Trump’s aides’ plan failed. Kim’s didn’t."),
        vec!["Trump’s aides’ plan failed.", "Kim’s didn’t."]
    );
}

#[test]
fn headlines_and_lines() {
    let text = "Trump not averse to meeting Kim\nThe report said so.\nWhat Kim said\n“I am open,” he said.";
    assert_eq!(
        sentences(text),
        vec![
            "Trump not averse to meeting Kim",
            "The report said so.",
            "What Kim said",
            "“I am open,” he said."
        ]
    );
}

#[test]
fn a_line_without_a_stop_continues_before_other_chars() {
    assert_eq!(
        sentences("A line without a stop\n(and a bracket) after it."),
        vec!["A line without a stop\n(and a bracket) after it."]
    );
}

#[test]
fn blank_lines_always_end_sentences() {
    assert_eq!(
        sentences("A line without a stop\n\nand another"),
        vec!["A line without a stop", "and another"]
    );
}

#[test]
fn hard_wrapped_prose_continues() {
    let text = "The officials said that a meeting between President\n\
                Donald Trump and Kim Jong Un was possible during the\n\
                trip, although nothing had been finalised by Friday. Kim\n\
                has said he is open to talks.";
    assert_eq!(
        sentences(text),
        vec![
            "The officials said that a meeting between President\n\
             Donald Trump and Kim Jong Un was possible during the\n\
             trip, although nothing had been finalised by Friday.",
            "Kim\nhas said he is open to talks."
        ]
    );
}

#[test]
fn spans_are_trimmed_and_cover_clauses() {
    let text = "   Kim met Trump; they talked.  \n\n  Next.  ";
    let s = segment(text);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].span.slice(text), "Kim met Trump; they talked.");
    let clauses: Vec<&str> = s[0].clauses.iter().map(|c| c.slice(text)).collect();
    assert_eq!(clauses, vec!["Kim met Trump;", "they talked."]);
    assert_eq!(s[1].clauses, vec![s[1].span]);
}

proptest! {
    #[test]
    fn spans_are_ordered_trimmed_and_on_char_boundaries(
        text in "([A-Za-z]{1,6}|[ .!?;:,\n…“”‘’\"'–—-]|U\\.S\\.|Mr\\.|10:30|2\\.5){0,60}"
    ) {
        let mut last_end = 0;
        for s in segment(&text) {
            prop_assert!(s.span.start >= last_end && s.span.end <= text.len());
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            let slice = s.span.slice(&text);
            prop_assert!(!slice.is_empty() && slice.trim() == slice);
            let mut clause_end = s.span.start;
            for c in &s.clauses {
                prop_assert!(c.start >= clause_end && s.span.contains(*c));
                prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                prop_assert!(!c.is_empty());
                clause_end = c.end;
            }
            last_end = s.span.end;
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        for s in segment(&text) {
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }
}

#[test]
fn quoted_question_before_its_attribution_is_one_sentence() {
    assert_eq!(
        sentences("“Why not?” Trump asked. “Never!” Kim Jong Un said. “Why?” Then silence."),
        vec![
            "“Why not?” Trump asked.",
            "“Never!” Kim Jong Un said.",
            "“Why?”",
            "Then silence."
        ]
    );
}
