use super::*;

/// (inner text, speaker text) of every quotation, the whole text being one
/// sentence.
fn quotes(text: &str) -> Vec<(&str, Option<&str>)> {
    extract_quotes(text, Span::new(0, text.len()))
        .into_iter()
        .map(|q| (q.inner.slice(text), q.speaker.map(|s| s.slice(text))))
        .collect()
}

fn inners(text: &str) -> Vec<&str> {
    quotes(text).into_iter().map(|(i, _)| i).collect()
}

fn speaker(text: &str) -> Option<&str> {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q[0].1
}

#[test]
fn all_kinds_of_marks() {
    assert_eq!(
        inners("He said “yes” and ‘no’ and \"maybe\" and 'perhaps' and «non»."),
        ["yes", "no", "maybe", "perhaps", "non"]
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "Trump’s trip, we’ll see, the leaders’ meeting, the '90s, rock 'n' roll, Benzinga‘s request, Trump's and it's";
    assert!(inners(text).is_empty(), "{:?}", inners(text));
}

#[test]
fn apostrophes_inside_a_quote_do_not_close_it() {
    assert_eq!(
        inners("‘I’m sure we’ll go,’ she said."),
        ["I’m sure we’ll go,"]
    );
    assert_eq!(inners("'We'll talk,' he said"), ["We'll talk,"]);
}

#[test]
fn plural_possessive_inside_single_quotes() {
    assert_eq!(
        inners("‘the leaders’ talks will go well’, she said."),
        ["the leaders’ talks will go well"]
    );
    // With no later closing mark, `s’` closes the quotation.
    assert_eq!(
        inners("She called them ‘the leaders’ and left."),
        ["the leaders"]
    );
    assert_eq!(
        inners("She called them ‘the hosts’ last week, ‘with care’."),
        ["the hosts", "with care"]
    );
}

#[test]
fn nested_quotes_stay_inside_the_outer_one() {
    let text = "“He said ‘no’ to me,” Kang said.";
    assert_eq!(quotes(text), [("He said ‘no’ to me,", Some("Kang"))]);
    let text = "‘Trump called it “great”’, she said.";
    assert_eq!(inners(text), ["Trump called it “great”"]);
}

#[test]
fn unclosed_quote_ends_with_the_sentence_or_paragraph() {
    let text = "Kim said “we will never give up.\n\nTrump said nothing.";
    let q = extract_quotes(text, Span::new(0, text.find('\n').unwrap_or(0)));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].inner.slice(text), "we will never give up.");
    let q = extract_quotes(text, Span::new(0, text.len()));
    assert_eq!(q[0].inner.slice(text), "we will never give up.");
}

#[test]
fn a_new_opening_mark_ends_an_unclosed_quote() {
    assert_eq!(inners("“one two “three four”"), ["one two", "three four"]);
}

#[test]
fn quote_opening_in_the_sentence_is_followed_to_its_close() {
    let text = "“I will do that. He’d like to meet me,” Trump said. Then he left.";
    let q = extract_quotes(text, Span::new(0, 16));
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].inner.slice(text),
        "I will do that. He’d like to meet me,"
    );
    assert_eq!(q[0].speaker.map(|s| s.slice(text)), Some("Trump"));
    // The second sentence holds only the closing mark: no quotation starts there.
    assert!(extract_quotes(text, Span::new(17, 51)).is_empty());
}

#[test]
fn quote_split_by_attribution_gives_two_with_one_speaker() {
    let text = "“I will do that, and we’ll have talks. He’d like to meet with me,” Trump said. “We look forward to meeting with him.”";
    assert_eq!(
        quotes(text),
        [
            (
                "I will do that, and we’ll have talks. He’d like to meet with me,",
                Some("Trump")
            ),
            ("We look forward to meeting with him.", Some("Trump")),
        ]
    );
    // Called on the second sentence alone, it still sees the attribution.
    let second = text.find(" “We").map_or(0, |i| i + 1);
    let q = extract_quotes(text, Span::new(second, text.len()));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.map(|s| s.slice(text)), Some("Trump"));
}

#[test]
fn a_quote_after_an_unrelated_sentence_does_not_inherit() {
    let text = "“Yes,” Trump said. Then Kim spoke. “No.”";
    assert_eq!(quotes(text), [("Yes,", Some("Trump")), ("No.", None)]);
}

#[test]
fn common_noun_speaker_after_the_quote() {
    assert_eq!(speaker("“Fine,” the board said."), Some("the board"));
    assert_eq!(
        speaker("“Fine,” the health ministry also said."),
        Some("the health ministry")
    );
    assert_eq!(
        speaker("“Fine,” said the health board."),
        Some("the health board")
    );
    // Not a plain attribution: no speaker rather than a wrong one.
    assert_eq!(speaker("“Fine,” said the board on Monday."), None);
    assert_eq!(speaker("“Fine,” a source close to the talks said."), None);
    assert_eq!(speaker("“Fine,” the chairman of the board said."), None);
    assert_eq!(speaker("“Fine,” the board decided."), None);
}

#[test]
fn speaker_after_the_quote() {
    assert_eq!(speaker("“Fine,” Kim said."), Some("Kim"));
    assert_eq!(speaker("“Fine,” said Kim."), Some("Kim"));
    assert_eq!(
        speaker("“Fine,” Donald Trump later said."),
        Some("Donald Trump")
    );
    assert_eq!(
        speaker("“Fine,” North Korea's Kim Jong Un said."),
        Some("North Korea's Kim Jong Un")
    );
    assert_eq!(
        speaker("“Fine,” Kang told Korean lawmakers on Friday."),
        Some("Kang")
    );
    assert_eq!(
        speaker("“Fine,” said Trump as quoted by CNN."),
        Some("Trump")
    );
    assert_eq!(
        speaker("“Fine,” said Kim, reported CNN, citing state media."),
        Some("Kim")
    );
    assert_eq!(
        speaker("“Fine,” according to Lee Jae Myung."),
        Some("Lee Jae Myung")
    );
    assert_eq!(speaker("“Is it fine?” he asked."), Some("he"));
    assert_eq!(
        speaker("“Fine,” North Korean leader Kim Jong Un said."),
        Some("North Korean leader Kim Jong Un")
    );
    assert_eq!(
        speaker("“Fine,” said South Korea's foreign minister Cho Hyun."),
        Some("South Korea's foreign minister Cho Hyun")
    );
}

#[test]
fn speaker_before_the_quote() {
    assert_eq!(speaker("Kim said, “Fine.”"), Some("Kim"));
    assert_eq!(
        speaker("US President Donald Trump said that “it is fine”."),
        Some("US President Donald Trump")
    );
    assert_eq!(speaker("Trump told reporters “it is fine”."), Some("Trump"));
    assert_eq!(speaker("He stated, \"If the U.S. drops it.\""), Some("He"));
    assert_eq!(
        speaker("According to Kang, “nothing is planned”."),
        Some("Kang")
    );
    assert_eq!(speaker("Trump also said: “It is fine.”"), Some("Trump"));
    assert_eq!(
        speaker("Kim said in a speech to parliament that “it is fine”."),
        Some("Kim")
    );
    assert_eq!(
        speaker("Trump told reporters on Friday: “It is fine.”"),
        Some("Trump")
    );
    assert_eq!(
        speaker("Kang said on Friday, “Nothing is planned.”"),
        Some("Kang")
    );
}

#[test]
fn reported_speech_with_a_partial_quote() {
    assert_eq!(
        speaker("Trump responded that he would “look into it,” according to people briefed."),
        Some("Trump")
    );
    assert_eq!(
        speaker("Kim has expressed a softening tone toward Washington, recently saying he holds “fond memories” of his talks."),
        Some("he")
    );
}

#[test]
fn no_speaker_when_the_attribution_is_not_plain() {
    // A source rather than a person is still what the words name; the
    // checker weighs a common-noun speaker only when it is one of the
    // story's entities (see common_noun_speaker_after_the_quote).
    assert_eq!(speaker("“Fine,” the report added."), Some("the report"));
    // The quotation ended its own sentence.
    assert_eq!(speaker("“It is fine.” Kim said nothing more."), None);
    // A headline's colon.
    assert_eq!(
        speaker("‘I hold fond memories’: North Korea's Kim Jong Un open to talks"),
        None
    );
    // Someone else's words about a third person.
    assert_eq!(speaker("Trump said Kim was “a smart guy”."), None);
    assert_eq!(
        speaker("Seoul has also said that a meeting on the sidelines “cannot be ruled out.”"),
        None
    );
    // Not a speech verb.
    assert_eq!(speaker("“Fine,” Kim met Trump."), None);
    // Names before and after disagree.
    assert_eq!(speaker("Kim said “fine,” Trump added."), None);
    // An appositive or a title without a name after it.
    assert_eq!(
        speaker("“Fine,” Kim Yo Jong, the leader's sister, said."),
        None
    );
    assert_eq!(speaker("“Fine,” Kim's sister said."), None);
    assert_eq!(speaker("“Fine,” the North Korean leader said."), None);
    assert_eq!(speaker("Trump, speaking to reporters, said: “Fine.”"), None);
    // A circumstance that does not lead straight to the quotation.
    assert_eq!(
        speaker("Trump said on Friday that Kim was “a smart guy”."),
        None
    );
    assert_eq!(
        speaker("Kim said in a speech that the US and Trump were “hostile”."),
        None
    );
    // ... but a speaker nearer the quotation is the speaker.
    assert_eq!(
        speaker("Kim said in a speech that Trump told him “no”."),
        Some("Trump")
    );
    assert_eq!(speaker("The White House said last month that Trump remains open to talks with Kim “without preconditions”."), None);
}

#[test]
fn spans_outside_the_text_give_nothing() {
    assert!(extract_quotes("“a”", Span::new(10, 20)).is_empty());
    assert!(extract_quotes("", Span::new(0, 0)).is_empty());
    assert!(extract_quotes("a “b” c", Span { start: 5, end: 2 }).is_empty());
    // Not on a char boundary.
    assert!(extract_quotes("“ab”", Span::new(1, 4)).is_empty());
}

#[test]
fn an_age_between_commas_before_the_verb() {
    assert_eq!(
        speaker("“Never seen a crest like this,” Saucier-Lund, 81, said."),
        Some("Saucier-Lund")
    );
    assert_eq!(
        speaker("“Never seen a crest like this,” Ray Thibodeau, 62, told reporters."),
        Some("Ray Thibodeau")
    );
    // Not an age: a year, or no commas around it.
    assert_eq!(speaker("“It is gone,” Smith, 1998, said."), None);
}

#[test]
fn a_name_after_a_possessive_description() {
    // The whole description is the speaker's phrase; its head (the name at
    // its end) is whom the checker takes for the speaker.
    assert_eq!(
        speaker("“We regret the harm,” Havbrekk's lawyer Ingrid Berentsen said."),
        Some("Havbrekk's lawyer Ingrid Berentsen")
    );
    assert_eq!(
        speaker(
            "“We regret the harm,” Havbrekk's chief executive Henrik Vallestad told reporters."
        ),
        Some("Havbrekk's chief executive Henrik Vallestad")
    );
    assert_eq!(
        speaker("“Our teams worked,” Nepal Army spokesperson Nirajan Khatiwada told reporters."),
        Some("Nepal Army spokesperson Nirajan Khatiwada")
    );
    assert_eq!(
        speaker("“He is ready,” said Turia boss Iñaki Larrazabal."),
        Some("Turia boss Iñaki Larrazabal")
    );
    // The possessive run alone still names the speaker.
    assert_eq!(
        speaker("“We regret it,” Havbrekk's Vallestad said."),
        Some("Havbrekk's Vallestad")
    );
}
