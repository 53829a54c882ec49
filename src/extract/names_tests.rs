use super::*;

fn runs(text: &str) -> Vec<(String, Vec<String>)> {
    name_runs(text, Span::new(0, text.len()))
        .into_iter()
        .map(|r| {
            (
                r.span.slice(text).to_string(),
                r.words.iter().map(|w| w.slice(text).to_string()).collect(),
            )
        })
        .collect()
}

fn run_texts(text: &str) -> Vec<String> {
    runs(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn hyphenated_given_name_is_one_word() {
    let text = "South Korea’s ambassador to Washington, Kang Kyung-wha, downplayed it.";
    let r = runs(text);
    assert_eq!(r[0].0, "South Korea");
    assert_eq!(r[1].0, "Washington");
    assert_eq!(
        r[2],
        (
            "Kang Kyung-wha".to_string(),
            vec!["Kang".to_string(), "Kyung-wha".to_string()]
        )
    );
    assert_eq!(r.len(), 3);
}

#[test]
fn title_and_name_form_one_run() {
    assert_eq!(
        run_texts("when he hosted South Korean President Lee Jae Myung at the White House"),
        ["South Korean President Lee Jae Myung", "White House"]
    );
}

#[test]
fn possessive_ends_a_run_and_is_cut_off() {
    let text = "North Korea's Kim Jong Un and Trump’s trip";
    assert_eq!(run_texts(text), ["North Korea", "Kim Jong Un", "Trump"]);
}

#[test]
fn initialism_keeps_its_stop_and_joins_the_run() {
    assert_eq!(
        run_texts("between U.S. President Donald Trump and Kim."),
        ["U.S. President Donald Trump", "Kim"]
    );
}

#[test]
fn punctuation_and_line_breaks_end_runs() {
    assert_eq!(
        run_texts("Seoul, Busan\nIncheon"),
        ["Seoul", "Busan", "Incheon"]
    );
    assert_eq!(run_texts("Trump-Kim summit"), ["Trump-Kim"]);
}

#[test]
fn lowercase_words_and_numbers_are_not_runs() {
    assert!(run_texts("the three leaders met in 2019").is_empty());
    assert!(run_texts("").is_empty());
}

#[test]
fn spans_are_relative_to_the_whole_text() {
    let text = "Intro. Lee Jae Myung spoke";
    let r = name_runs(text, Span::new(7, text.len()));
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].span.slice(text), "Lee Jae Myung");
    assert_eq!(r[0].words[2].slice(text), "Myung");
}

#[test]
fn fold_name_drops_case_and_diacritics() {
    assert_eq!(fold_name("Kang Kyung‑wha"), "kang kyung-wha");
    assert_eq!(fold_name("Ségolène  Royal"), "segolene royal");
    assert_eq!(fold_name("O’Brien"), "o'brien");
    // A leading combining mark leaves no leading space behind.
    assert_eq!(fold_name("\u{1e008} A"), "a");
    assert_eq!(
        fold_name(&fold_name("\u{1e008} A")),
        fold_name("\u{1e008} A")
    );
}

#[test]
fn near_misses_of_one_edit() {
    assert!(is_near_miss("Kang Kyung-hwa", "Kang Kyung-wha"));
    assert!(is_near_miss("Lee Jae Myong", "Lee Jae Myung"));
    assert!(is_near_miss("Kang Kyung wha", "Kang Kyung-wha"));
    assert!(is_near_miss("Kang Kyungwha", "Kang Kyung-wha"));
    assert!(is_near_miss("Lee Jae Myungg", "Lee Jae Myung"));
    assert!(is_near_miss("Lee Jae Myun", "Lee Jae Myung"));
    assert!(!is_near_miss("Gyeongjoo", "Gyeongju"));
    assert!(is_near_miss("Gyeongu", "Gyeongju"));
    // Letters with and without diacritics are the same letter.
    assert!(is_near_miss("Kang Kyúng-hwa", "Kang Kyung-wha"));
}

#[test]
fn equal_or_far_names_are_not_near_misses() {
    assert!(!is_near_miss("Kim Jong Un", "Kim Jong Un"));
    assert!(!is_near_miss("KANG KYUNG-WHA", "Kang Kyung-wha"));
    assert!(!is_near_miss("Kang Kyúng-wha", "Kang Kyung-wha"));
    // Stroke letters and ligatures, which do not decompose, are their plain
    // letters too: a wire's "Sorensen" is no misspelling of "Sørensen".
    assert!(!is_near_miss("Mikkel Sorensen", "Mikkel Sørensen"));
    assert!(!is_near_miss("Lodz", "Łódź"));
    assert!(!is_near_miss("Saether", "Sæther"));
    assert!(is_near_miss("Sorenson", "Sørensen"));
    assert!(!is_near_miss("Lee Jae-yong", "Lee Jae Myung"));
    assert!(!is_near_miss("Kim Jong Il", "Kim Jong Un"));
    assert!(!is_near_miss("", "Kim"));
}
