use super::*;
use WordChange::*;

const KIM: &str = "Personally, I still have good memories of US President Trump. If the US drops its hollow obsession with denuclearisation and wants to pursue peaceful coexistence with North Korea based on the recognition of reality, there is no reason for us not to sit down with the US.";
const TRUMP: &str = "I will do that, and we'll have talks. He'd like to meet with me. We look forward to meeting with him, and we'll make relations better.";

fn w(text: &str) -> Vec<Word> {
    words(text, Span::new(0, text.len()))
}

fn norms(text: &str) -> Vec<String> {
    w(text).into_iter().map(|w| w.norm).collect()
}

fn cmp(passage: &str, statement: &str) -> Wording {
    compare(&w(passage), &w(statement))
}

#[test]
fn words_fold_case_punctuation_and_apostrophes() {
    assert_eq!(norms("U.S. President"), ["us", "president"]);
    assert_eq!(norms("we’ll we'll"), ["well", "well"]);
    assert_eq!(
        norms("(leaning toward dialogue)"),
        ["leaning", "toward", "dialog"]
    );
    assert_eq!(
        norms("face-to-face — talks"),
        ["face", "to", "face", "talks"]
    );
    assert_eq!(norms("Pyongyang’s “quietly”"), ["pyongyangs", "quietly"]);
    assert_eq!(norms("Séoul café"), ["seoul", "cafe"]);
    assert_eq!(norms("Kvaløy Łódź Straße"), ["kvaloy", "lodz", "strasse"]);
    assert!(norms("… — !").is_empty());
}

#[test]
fn word_spans_point_at_the_original_text() {
    let text = "He said “U.S. talks”.";
    let ws = words(text, Span::new(8, text.len()));
    assert_eq!(ws.len(), 2);
    assert_eq!(ws[0].span.slice(text), "U.S");
    assert_eq!(ws[1].span.slice(text), "talks");
}

#[test]
fn regional_spellings_fold_together() {
    for (uk, us) in [
        ("denuclearisation", "denuclearization"),
        ("realised", "realized"),
        ("organising", "organizing"),
        ("colour", "color"),
        ("honoured", "honored"),
        ("favourite", "favorite"),
        ("behaviour", "behavior"),
        ("analyse", "analyze"),
        ("dialogue", "dialog"),
        ("catalogues", "catalogs"),
        ("centre", "center"),
        ("theatres", "theaters"),
        ("travelled", "traveled"),
        ("cancelling", "canceling"),
        ("defence", "defense"),
        ("licence", "license"),
        ("programme", "program"),
    ] {
        assert_eq!(norms(uk), norms(us), "{uk} vs {us}");
    }
}

#[test]
fn different_words_stay_different() {
    for (a, b) in [
        ("filled", "filed"),
        ("hour", "hor"),
        ("four", "for"),
        ("your", "yor"),
        ("tilled", "tiled"),
        ("fence", "fense"),
    ] {
        assert_ne!(norms(a), norms(b), "{a} vs {b}");
    }
}

#[test]
fn same_text_with_us_spellings_is_exact() {
    let passage = KIM
        .replace("denuclearisation", "denuclearization")
        .replace(" US", " U.S.");
    let n = w(KIM).len();
    assert_eq!(cmp(&passage, KIM), Wording::Exact { start: 0, end: n });
}

#[test]
fn parts_of_the_statement_are_exact() {
    assert_eq!(
        cmp("good memories", KIM),
        Wording::Exact { start: 4, end: 6 }
    );
    assert_eq!(
        cmp("peaceful coexistence", KIM),
        Wording::Exact { start: 23, end: 25 }
    );
    let piece = "I will do that, and we’ll have talks. He’d like to meet with me,";
    assert_eq!(cmp(piece, TRUMP), Wording::Exact { start: 0, end: 14 });
}

#[test]
fn one_changed_word_in_a_short_passage_differs() {
    assert_eq!(
        cmp("fond memories", KIM),
        Wording::Differs(vec![Changed {
            passage: 0..1,
            statement: 4..5
        }])
    );
}

#[test]
fn paraphrased_quote_differs() {
    // passage:   I(0) hold(1) fond(2) memories(3) of(4) Donald(5) Trump(6)
    // statement: Personally(0) I(1) still(2) have(3) good(4) memories(5) of(6)
    //            US(7) President(8) Trump(9)
    let Wording::Differs(changes) = cmp("I hold fond memories of Donald Trump", KIM) else {
        panic!("expected Differs");
    };
    assert_eq!(
        changes,
        vec![
            Changed {
                passage: 1..3,
                statement: 2..5
            },
            Changed {
                passage: 5..6,
                statement: 7..9
            },
        ]
    );
}

#[test]
fn dropped_word_is_reported() {
    let passage = KIM.replacen("US President", "President", 1);
    assert_eq!(
        cmp(&passage, KIM),
        Wording::Differs(vec![Dropped { statement: 7..8 }])
    );
}

#[test]
fn added_word_is_reported() {
    assert_eq!(
        cmp("I still have very good memories of", KIM),
        Wording::Differs(vec![Added { passage: 3..4 }])
    );
}

#[test]
fn change_at_the_end_of_the_passage_is_caught() {
    let passage = "We look forward to meeting with him, and we’ll make relations great.";
    let n = w(TRUMP).len();
    assert_eq!(
        cmp(passage, TRUMP),
        Wording::Differs(vec![Changed {
            passage: 11..12,
            statement: n - 1..n
        }])
    );
}

#[test]
fn passage_running_past_the_statement_is_exact_on_the_overlap() {
    let passage = "Thank you. I will do that, and we’ll have talks.";
    assert_eq!(cmp(passage, TRUMP), Wording::Exact { start: 0, end: 8 });
    let passage = "we’ll make relations better. That is all I can say.";
    let n = w(TRUMP).len();
    assert_eq!(
        cmp(passage, TRUMP),
        Wording::Exact {
            start: n - 4,
            end: n
        }
    );
}

const KANG: &str = "President Trump has said he is open to dialogue, and North Korea has also shown an indication (leaning toward dialogue). But there is no sign yet that something will materialize on the occasion of the APEC (summit).";
const CHINA: &str = "I think we're going to be fine with China, but we have to have a fair deal. It's got to be fair.";

#[test]
fn dropped_negation_is_a_change() {
    let passage = KANG.replace("no sign yet", "a sign");
    // ... but(20) there(21) is(22) no(23) sign(24) yet(25) that(26) ...
    assert_eq!(
        cmp(&passage, KANG),
        Wording::Differs(vec![
            Changed {
                passage: 23..24,
                statement: 23..24
            },
            Dropped { statement: 25..26 },
        ])
    );
}

#[test]
fn reworded_middle_is_a_change() {
    let passage = CHINA.replace("have to have", "need");
    // ... but(9) we(10) have(11) to(12) have(13) a(14) fair(15) deal(16) ...
    assert_eq!(
        cmp(&passage, CHINA),
        Wording::Differs(vec![Changed {
            passage: 11..12,
            statement: 11..14
        }])
    );
}

#[test]
fn straight_quotes_and_initialisms_are_exact() {
    let passage = "Personally, I still have good memories of U.S. President Trump,";
    assert_eq!(cmp(passage, KIM), Wording::Exact { start: 0, end: 10 });
}

#[test]
fn unrelated_passages() {
    assert_eq!(cmp("look into it", KIM), Wording::Unrelated);
    assert_eq!(cmp("without preconditions", KIM), Wording::Unrelated);
    assert_eq!(cmp("the possibility open", KIM), Wording::Unrelated);
    assert_eq!(cmp("museum without walls", KIM), Wording::Unrelated);
    assert_eq!(cmp("quietly", KIM), Wording::Unrelated);
    assert_eq!(
        cmp(
            "I think we're going to be fine with China, but we have to have a fair deal.",
            KIM
        ),
        Wording::Unrelated
    );
    assert_eq!(cmp("Time To Stop…", TRUMP), Wording::Unrelated);
    // Half the words, but scattered: chance, not a misquote.
    assert_eq!(
        cmp(
            "Trump still wants good relations with the leader of North Korea",
            KIM
        ),
        Wording::Unrelated
    );
}

#[test]
fn one_word_passages_never_differ() {
    assert_eq!(cmp("fond", KIM), Wording::Unrelated);
    assert_eq!(cmp("memories", KIM), Wording::Exact { start: 5, end: 6 });
}

#[test]
fn a_stopword_overlap_at_the_edge_is_not_exact() {
    assert_eq!(cmp("That is what we", TRUMP), Wording::Unrelated);
}

#[test]
fn empty_and_huge_inputs_are_unrelated() {
    assert_eq!(cmp("", KIM), Wording::Unrelated);
    assert_eq!(cmp("good memories", ""), Wording::Unrelated);
    let huge = "good memories ".repeat(MAX_WORDS_PLUS);
    assert_eq!(cmp(&format!("{huge} fond"), KIM), Wording::Unrelated);
}

const MAX_WORDS_PLUS: usize = align::MAX_WORDS;

#[test]
fn a_short_overlap_at_the_statements_start_is_no_quote_of_it() {
    // Kang's statement starts "President Trump has said…"; Kim's words end
    // "…of US President Trump". The overlap is two words at the boundary.
    let kang = "President Trump has said he is open to dialogue, and North Korea has also shown an indication.";
    let passage = "Personally, I still have good memories of US President Trump,";
    assert_eq!(cmp(passage, kang), Wording::Unrelated);
}
