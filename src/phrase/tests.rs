use super::*;
use proptest::prelude::*;

fn hits(phrases: &[&str], text: &str) -> Vec<(PhraseId, String)> {
    let set = PhraseSet::new(phrases);
    set.find_all(&FoldedText::new(text))
        .into_iter()
        .map(|h| (h.phrase, h.span.slice(text).to_string()))
        .collect()
}

fn s(v: &[(usize, &str)]) -> Vec<(PhraseId, String)> {
    v.iter().map(|&(i, t)| (i, t.to_string())).collect()
}

#[test]
fn folding_lowercases_collapses_spaces_and_maps_typography() {
    let f = FoldedText::new("Trump’s  “Big”\n\tTalk – now");
    assert_eq!(f.as_str(), "trump's \"big\" talk - now");
}

#[test]
fn offsets_map_back_through_multibyte_and_space_runs() {
    let text = "“Kim”   met   Trump";
    let f = FoldedText::new(text);
    let folded = f.as_str();
    let at = folded.find("trump").unwrap();
    assert_eq!(&text[f.to_original(at)..], "Trump");
    assert_eq!(f.to_original(folded.len()), text.len());
}

#[test]
fn ascii_text_needs_no_checkpoints() {
    let f = FoldedText::new("Plain ASCII text with single spaces.");
    assert!(f.map.is_empty());
}

#[test]
fn case_insensitive_on_word_boundaries() {
    assert_eq!(
        hits(&["answered"], "It went unanswered, then was Answered."),
        s(&[(0, "Answered")])
    );
    assert_eq!(hits(&["letter"], "two letters"), s(&[]));
    assert_eq!(hits(&["letter"], "a letter."), s(&[(0, "letter")]));
    assert_eq!(hits(&["kim"], "Kimchi and Kim"), s(&[(0, "Kim")]));
}

#[test]
fn possessives_match_their_name() {
    assert_eq!(
        hits(&["Trump"], "Trump's trip and Trump’s visit"),
        s(&[(0, "Trump"), (0, "Trump")])
    );
}

#[test]
fn whitespace_runs_quotes_and_dashes_are_alike() {
    assert_eq!(
        hits(&["Kim Jong-un"], "Kim\n  Jong‑un said"),
        s(&[(0, "Kim\n  Jong‑un")])
    );
    assert_eq!(hits(&["Trump's"], "Trump’s trip"), s(&[(0, "Trump’s")]));
    // A modifier-letter apostrophe is a letter to Unicode, not to editors.
    assert_eq!(hits(&["Trump"], "Trumpʼs trip"), s(&[(0, "Trump")]));
    assert_eq!(
        hits(&["\"fond memories\""], "“fond memories”"),
        s(&[(0, "“fond memories”")])
    );
    // A dash is not a space.
    assert_eq!(hits(&["Kim Jong-un"], "Kim Jong un"), s(&[]));
}

#[test]
fn invisible_chars_inside_words_are_ignored() {
    assert_eq!(
        hits(&["Gyeongju"], "in Gyeong\u{AD}ju and Gyeong\u{200B}ju."),
        s(&[(0, "Gyeong\u{AD}ju"), (0, "Gyeong\u{200B}ju")])
    );
    assert_eq!(hits(&["Kim"], "\u{FEFF}Kim"), s(&[(0, "Kim")]));
}

#[test]
fn trailing_star_matches_any_ending_and_spans_the_word() {
    assert_eq!(
        hits(
            &["arriv*"],
            "arrive, arrives, arrival, arriv. Not: derive, carriving"
        ),
        s(&[(0, "arrive"), (0, "arrives"), (0, "arrival"), (0, "arriv")])
    );
}

#[test]
fn overlapping_and_duplicate_phrases_all_report() {
    let got = hits(
        &["North Korea", "Korea", "north korea", "South Korea"],
        "North Korea",
    );
    assert_eq!(
        got,
        s(&[(0, "North Korea"), (2, "North Korea"), (1, "Korea")])
    );
}

#[test]
fn empty_phrases_are_ignored_and_ids_kept() {
    assert_eq!(hits(&["", "  ", "*", "Kim"], "Kim"), s(&[(3, "Kim")]));
}

#[test]
fn punctuation_edges_need_no_boundary() {
    assert_eq!(hits(&["%"], "45% of them"), s(&[(0, "%")]));
    assert_eq!(hits(&["per cent"], "100 per cent"), s(&[(0, "per cent")]));
}

#[test]
fn sorted_by_start_then_end_then_id() {
    let set = PhraseSet::new(&["Kim Jong Un", "Kim", "Jong Un"]);
    let h = set.find_all(&FoldedText::new("Kim Jong Un"));
    let keys: Vec<_> = h
        .iter()
        .map(|h| (h.span.start, h.span.end, h.phrase))
        .collect();
    assert_eq!(keys, vec![(0, 3, 1), (0, 11, 0), (4, 11, 2)]);
}

#[test]
fn chars_whose_lowercase_is_longer_are_kept() {
    // U+023A lowercases to a 3-byte char; it stays as is and spans still map.
    let text = "\u{23A}x Trump";
    assert_eq!(hits(&["trump"], text), s(&[(0, "Trump")]));
}

#[test]
#[ignore = "measurement, run with --ignored --nocapture"]
fn measure_throughput() {
    let words = [
        "the",
        "president",
        "said",
        "talks",
        "Kim",
        "Trump",
        "summit",
        "met",
        "three",
        "times",
        "in",
        "Gyeongju",
        "on",
        "October",
        "29",
        "and",
        "“quoted”",
        "–",
    ];
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 4 * 1024 * 1024 {
        text.push_str(words[i % words.len()]);
        text.push(if i % 13 == 0 { '\n' } else { ' ' });
        i = i.wrapping_mul(31).wrapping_add(7) % 1_000_003;
    }
    let phrases: Vec<String> = (0..500)
        .map(|k| match k % 4 {
            0 => format!(
                "{} {}",
                words[k % words.len()],
                words[(k / 3) % words.len()]
            ),
            1 => format!("word{k}"),
            2 => format!("{}x*", &words[k % words.len()]),
            _ => format!("phrase number {k}"),
        })
        .collect();
    let set = PhraseSet::new(&phrases);
    let t = std::time::Instant::now();
    let folded = FoldedText::new(&text);
    let fold_s = t.elapsed().as_secs_f64();
    let hits = set.find_all(&folded);
    let all_s = t.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{mb:.1} MB, {} phrases, {} hits: fold {:.0} MB/s, fold+find_all {:.0} MB/s",
        phrases.len(),
        hits.len(),
        mb / fold_s,
        mb / all_s
    );
}

proptest! {
    #[test]
    fn hits_lie_on_char_boundaries(text in "(\\PC|\u{AD}|\u{200B}|\\s){0,80}", p in "[a-zA-Z’' ]{1,6}\\*?") {
        let set = PhraseSet::new(&[p.as_str(), "a", "é"]);
        for h in set.find_all(&FoldedText::new(&text)) {
            prop_assert!(h.span.start <= h.span.end && h.span.end <= text.len());
            prop_assert!(text.is_char_boundary(h.span.start));
            prop_assert!(text.is_char_boundary(h.span.end));
        }
    }

    #[test]
    fn folded_offsets_map_to_char_boundaries(text in "(\\PC|\\s|\u{AD}|\u{FEFF}){0,60}") {
        let f = FoldedText::new(&text);
        for (i, _) in f.as_str().char_indices() {
            let o = f.to_original(i);
            prop_assert!(o <= text.len() && text.is_char_boundary(o));
        }
        prop_assert_eq!(f.to_original(f.as_str().len()), text.len());
    }
}

/// A slow reference: every folded occurrence of every phrase, with the
/// same boundary rules, mapped back.
fn naive(phrases: &[String], text: &str) -> Vec<(usize, usize, usize)> {
    let f = FoldedText::new(text);
    let hay = f.as_str();
    let mut out = Vec::new();
    for (id, p) in phrases.iter().enumerate() {
        let (stem, wild) = match p.trim().strip_suffix('*') {
            Some(s) => (s, true),
            None => (p.trim(), false),
        };
        let key = fold_phrase(stem);
        if key.is_empty() {
            continue;
        }
        let alnum_first = key.chars().next().unwrap().is_alphanumeric();
        let alnum_last = key.chars().last().unwrap().is_alphanumeric();
        for (i, _) in hay.char_indices() {
            if !hay[i..].starts_with(&key) {
                continue;
            }
            let end = i + key.len();
            if alnum_first && hay[..i].chars().last().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let end = if wild {
                end + hay[end..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum::<usize>()
            } else {
                if alnum_last && hay[end..].chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                end
            };
            out.push((f.to_original(i), f.to_original(end), id));
        }
    }
    out.sort();
    out
}

proptest! {
    #[test]
    fn find_all_agrees_with_a_naive_search(
        text in "([abAB’' \n-]|–|ab){0,40}",
        phrases in proptest::collection::vec("[abAB’' -]{0,4}\\*?", 1..6),
    ) {
        let set = PhraseSet::new(&phrases);
        let got: Vec<_> = set
            .find_all(&FoldedText::new(&text))
            .iter()
            .map(|h| (h.span.start, h.span.end, h.phrase))
            .collect();
        prop_assert_eq!(got, naive(&phrases, &text));
    }
}

/// A slow reference fold: char by char, with the original start of every
/// folded char.
fn naive_fold(text: &str) -> (String, Vec<usize>) {
    let invisible = [
        '\u{AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}',
    ];
    let mut out = String::new();
    let mut starts = Vec::new();
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if invisible.contains(&c) {
            continue;
        }
        if c.is_whitespace() {
            if !in_space {
                starts.push(i);
                out.push(' ');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        starts.push(i);
        out.push(fold::fold_char(c));
    }
    (out, starts)
}

proptest! {
    #[test]
    fn folding_agrees_with_a_char_by_char_fold(
        text in "([a-zA-Z0-9.,'\" \t\n\r\u{B}\u{C}]|\\PC|\u{AD}|\u{200B}|’|–|\u{A0}){0,60}",
    ) {
        let f = FoldedText::new(&text);
        let (folded, starts) = naive_fold(&text);
        prop_assert_eq!(f.as_str(), folded.as_str());
        for ((i, _), start) in f.as_str().char_indices().zip(starts) {
            prop_assert_eq!(f.to_original(i), start);
        }
    }
}
