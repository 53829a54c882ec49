use super::suggest;

#[test]
fn suggests_close_words() {
    assert_eq!(suggest("abuot", &["claim", "about", "cue"]), Some("about"));
    assert_eq!(suggest("kimm", &["trump", "kim"]), Some("kim"));
    assert_eq!(suggest("Fact", &["story", "fact"]), Some("fact"));
}

#[test]
fn does_not_suggest_far_words() {
    assert_eq!(suggest("banana", &["claim", "about", "cue"]), None);
    assert_eq!(suggest("xy", &["by"]), None);
    assert_eq!(suggest("lee", &["kim"]), None);
}
