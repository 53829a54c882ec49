use super::*;

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

/// Whether the first occurrence of `phrase` in `text` is negated, the whole
/// text being one clause.
fn negated(text: &str, phrase: &str) -> bool {
    let start = text
        .find(phrase)
        .unwrap_or_else(|| panic!("{phrase:?} not in {text:?}"));
    is_negated(text, whole(text), Span::new(start, start + phrase.len()))
}

fn cues(text: &str) -> Vec<&str> {
    negation_cues(text, whole(text))
        .into_iter()
        .map(|c| c.span.slice(text))
        .collect()
}

#[test]
fn seed_not_begun_negates_both_objects() {
    let s =
        "Officials have not begun logistical arrangements or direct communications with Pyongyang";
    assert!(negated(s, "begun"));
    assert!(negated(s, "logistical arrangements"));
    assert!(negated(s, "direct communications"));
    assert!(!negated(s, "Officials"));
    assert_eq!(cues(s), ["not"]);
}

#[test]
fn seed_yet_to() {
    let s =
        "the officials are yet to do any “serious logistical planning” for arranging such a visit";
    assert!(negated(s, "serious logistical planning"));
    assert_eq!(cues(s), ["yet to"]);
    assert!(!negated("Trump has yet another plan to meet Kim", "meet"));
}

#[test]
fn seed_not_been_any_communication() {
    let s = "there has not been any communication between Washington and Pyongyang";
    assert!(negated(s, "communication"));
}

#[test]
fn seed_no_preparations_have_begun() {
    let s = "However, no logistical preparations or direct contact with Pyongyang have begun, according to CNN.";
    assert!(negated(s, "preparations"));
    assert!(negated(s, "direct contact"));
    assert!(negated(s, "begun"));
    assert!(!negated(s, "However"));
}

#[test]
fn affirmative_sentences_are_not_negated() {
    let s = "Two sources told CNN that North Korea rejected a letter Trump sent earlier this year";
    assert!(!negated(s, "rejected"));
    assert!(cues(s).is_empty());
    let s = "Noh said he would know by November whether North Korea agreed";
    assert!(cues(s).is_empty());
}

#[test]
fn contracted_not_with_either_apostrophe() {
    assert!(negated(
        "but did not sign on an agreement",
        "sign on an agreement"
    ));
    assert!(negated(
        "They didn’t sign an agreement",
        "sign an agreement"
    ));
    assert!(negated(
        "They didn't sign an agreement",
        "sign an agreement"
    ));
    assert!(negated("Kim cannot attend the summit", "attend"));
    assert!(negated("Kim won’t attend the summit", "attend"));
    assert!(negated("Trump never signed a deal", "signed a deal"));
    assert!(negated(
        "Pyongyang denied receiving the letter",
        "receiving"
    ));
    assert!(negated("Pyongyang refused to accept the letter", "accept"));
    assert!(negated("Nothing has been finalised", "finalised"));
    assert!(negated(
        "The summits failed to produce an agreement",
        "produce an agreement"
    ));
    assert!(negated(
        "The White House declined to confirm the meeting",
        "confirm"
    ));
    assert!(negated("Kim was unable to attend", "attend"));
    assert!(!negated("The talks failed and Trump met Kim", "met Kim"));
    assert!(!negated(
        "Exports declined to 5 percent as trade grew",
        "trade grew"
    ));
}

#[test]
fn cue_after_the_phrase_does_not_count() {
    assert!(!negated(
        "They signed an agreement, not a treaty",
        "signed an agreement"
    ));
}

#[test]
fn cue_inside_the_phrase_does_not_count() {
    let s = "Kim said they did not sign";
    let start = s.find("did not sign").unwrap_or(0);
    assert!(!is_negated(s, whole(s), Span::new(start, s.len())));
}

#[test]
fn two_cues_cancel() {
    assert!(!negated(
        "Trump is not open to talks without preconditions",
        "preconditions"
    ));
    assert!(negated(
        "Trump is open to talks without preconditions",
        "preconditions"
    ));
}

#[test]
fn a_cue_after_and_opens_its_own_conjunct() {
    let s = "Veltris says no passwords were taken and no payment card details were accessed";
    assert!(negated(s, "card details were accessed"));
    assert!(negated(s, "passwords were taken"));
    assert!(negated(
        "It did not sign or never ratified the pact",
        "ratified"
    ));
    // Without a cue of its own, the conjunct is not negated afresh.
    assert!(!negated(
        "Trump is not open to talks and meetings without preconditions",
        "preconditions"
    ));
}

#[test]
fn litotes_is_not_negation() {
    // "not averse to meeting" means willing to meet.
    assert!(!negated("Trump not averse to meeting Kim", "meeting"));
    assert!(!negated(
        "Kim also has reportedly not been averse to meeting Trump",
        "meeting"
    ));
    assert!(cues("Trump not averse to meeting Kim").is_empty());
}

#[test]
fn not_only_but_also_is_not_negation() {
    assert!(!negated(
        "Pyongyang not only rejected but also mocked the letter",
        "rejected"
    ));
    assert!(!negated(
        "Pyongyang not only rejected but also mocked the letter",
        "mocked"
    ));
    assert!(!negated("It is not just a meeting", "meeting"));
}

#[test]
fn but_ends_the_reach_of_a_cue() {
    let s = "Kim did not sign an agreement but met Trump three times";
    assert!(negated(s, "sign an agreement"));
    assert!(!negated(s, "met Trump"));
    assert!(!negated("The talks produced nothing but praise", "praise"));
    assert!(!negated("Kim did not attend; Trump met Lee", "met Lee"));
}

#[test]
fn idioms_and_abbreviations_are_not_cues() {
    assert!(!negated("There is no doubt the leaders met", "met"));
    assert!(!negated("He is the No. 1 choice to attend", "attend"));
    assert!(!negated(
        "They will meet, whether or not a deal is signed",
        "signed"
    ));
    assert!(!negated(
        "They will meet this year, if not sooner",
        "sooner"
    ));
    assert!(!negated("North Korea rejected it", "rejected"));
}

#[test]
fn no_longer_and_neither_nor_negate() {
    assert!(negated("Kim no longer rejects talks", "rejects"));
    let s = "They have neither begun talks nor direct contact";
    assert!(negated(s, "begun talks"));
    assert!(negated(s, "direct contact"));
}

#[test]
fn spans_outside_the_text_give_nothing() {
    assert!(negation_cues("not", Span::new(2, 10)).is_empty());
    assert!(!is_negated("not", Span::new(5, 9), Span::new(6, 7)));
}

#[test]
fn a_participial_phrase_after_a_comma_is_out_of_reach() {
    let s = "North Korea did not respond, saying it had rejected the letter";
    assert!(negated(s, "respond"));
    assert!(!negated(s, "rejected"));
    let s = "The union said no deal had been reached, denying reports it had struck a deal";
    // `denying` is a cue of its own, and the only one before the phrase.
    assert!(negated(s, "struck a deal"));
    // Prepositions and nouns in -ing after a comma do not end the reach.
    let s = "Trump did not, according to aides, sign an agreement";
    assert!(negated(s, "sign an agreement"));
    let s = "They did not, this morning, sign an agreement";
    assert!(negated(s, "sign an agreement"));
}

#[test]
fn the_quick_test_never_misses_a_cue() {
    // Every cue form passes the pre-test, whatever its case or apostrophe.
    for s in [
        "NOT", "didn't", "won’t", "No", "none", "Nothing", "nobody", "never", "Neither", "nor",
        "cannot", "without", "deny", "Denied", "denies", "denying", "yet to", "refused", "failing",
        "declines", "unable",
    ] {
        assert!(may_hold_cue(s), "{s}");
    }
    // Words that only look like cues skip tokenising altogether.
    for s in [
        "North knows now",
        "notable novel",
        "Nevada needs",
        "fairly",
        "yesterday",
        "Dennis",
    ] {
        assert!(!may_hold_cue(s), "{s}");
        assert!(negation_cues(s, Span::new(0, s.len())).is_empty(), "{s}");
    }
}

#[test]
fn refusal_and_ruling_out_negate() {
    assert!(negated(
        "Her refusal to resign angered the opposition",
        "resign"
    ));
    assert!(negated(
        "Hrabovský ruled out calling a snap election",
        "calling a snap election"
    ));
    assert!(negated("He rules out a snap election", "a snap election"));
    // Not cues: a ruling, a refusal of something.
    assert!(!negated(
        "The ruling came out on Tuesday and a snap election followed",
        "a snap election"
    ));
    assert!(!negated(
        "The refusal was noted and she resigned",
        "resigned"
    ));
}

#[test]
fn a_clause_of_its_own_ends_the_reach() {
    let s = "The company will not reopen the terminal until the appeal is decided";
    assert!(negated(s, "reopen"));
    assert!(!negated(s, "decided"));
    let s = "They did not attend because the talks had collapsed";
    assert!(!negated(s, "collapsed"));
    let s = "He did not resign, although the vote failed";
    assert!(!negated(s, "failed"));
}

#[test]
fn every_cue_word_passes_the_quick_test() {
    // Each word `marks` can open a cue on, in a clause where it does.
    for s in [
        "did not sign",
        "cannot sign",
        "never signed",
        "no deal",
        "none signed",
        "nothing signed",
        "nobody signed",
        "neither signed",
        "nor signed",
        "without signing",
        "deny signing",
        "denies signing",
        "denied signing",
        "denying signing",
        "yet to sign",
        "refusal to sign",
        "ruled out signing",
        "rule out signing",
        "rather than sign",
        "instead of signing",
        "rules out signing",
        "ruling out signing",
        "refuse to sign",
        "refused to sign",
        "refuses to sign",
        "refusing to sign",
        "fail to sign",
        "failed to sign",
        "fails to sign",
        "failing to sign",
        "decline to sign",
        "declined to sign",
        "declines to sign",
        "declining to sign",
        "unable to sign",
    ] {
        assert!(!negation_cues(s, Span::new(0, s.len())).is_empty(), "{s}");
        assert!(may_hold_cue(s), "{s}");
    }
}
