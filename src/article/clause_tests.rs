use super::*;

fn clauses(text: &str) -> Vec<&str> {
    split_clauses(text, Span::new(0, text.len()))
        .iter()
        .map(|c| c.slice(text))
        .collect()
}

#[test]
fn splits_at_semicolons_colons_and_spaced_dashes() {
    assert_eq!(
        clauses("Kim met Trump; they talked."),
        vec!["Kim met Trump;", "they talked."]
    );
    assert_eq!(clauses("He said: no deal."), vec!["He said:", "no deal."]);
    assert_eq!(
        clauses("They met three times – in 2018 and 2019 — and later - once more."),
        vec![
            "They met three times",
            "in 2018 and 2019",
            "and later",
            "once more."
        ]
    );
    assert_eq!(clauses("A -- B"), vec!["A", "B"]);
}

#[test]
fn does_not_split_times_hyphens_or_unspaced_dashes() {
    assert_eq!(
        clauses("At 10:30 the Trump-Kim talks began."),
        vec!["At 10:30 the Trump-Kim talks began."]
    );
    assert_eq!(
        clauses("U.S.–North Korea ties"),
        vec!["U.S.–North Korea ties"]
    );
}

#[test]
fn splits_at_comma_before_conjunction() {
    assert_eq!(
        clauses("They met three times, but did not sign an agreement."),
        vec!["They met three times,", "but did not sign an agreement."]
    );
    assert_eq!(
        clauses("Trump hopes to meet Kim, while Pyongyang is open to talks."),
        vec![
            "Trump hopes to meet Kim,",
            "while Pyongyang is open to talks."
        ]
    );
}

#[test]
fn other_commas_do_not_split() {
    let s = "In August, after hosting X at the White House, Trump signaled interest.";
    assert_eq!(clauses(s), vec![s]);
    let s = "South Korea’s ambassador, Kang Kyung-wha, downplayed it, Andrew said.";
    assert_eq!(clauses(s), vec![s]);
    // A conjunction without a comma, or a word that starts like one.
    let s = "Trump and Kim met, Andersen said, sometimes in Seoul.";
    assert_eq!(clauses(s), vec![s]);
}

#[test]
fn look_alike_conjunctions_and_colons() {
    let s = "The talks, so-called by aides, ended at https://example.com today.";
    assert_eq!(clauses(s), vec![s]);
}
