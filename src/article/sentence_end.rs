//! Whether a terminal mark ends a sentence: abbreviations ("U.S.", "Mr.",
//! "Oct. 18", initials), the words that typically open a sentence, and
//! attributions after a quoted question ("“Why?” Trump asked.").

/// Verbs of saying that make `“Why not?” Trump asked.` one sentence.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "replied",
    "replies",
    "shouted",
    "tweeted",
    "posted",
    "insisted",
    "responded",
    "declared",
];

/// Whether `next` opens an attribution: up to four capitalised words (or
/// he/she/they) and then a verb of saying.
pub(crate) fn is_attribution(next: &str) -> bool {
    for (n, word) in next.split_whitespace().take(5).enumerate() {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric());
        if SPEECH_VERBS.contains(&w) {
            return n > 0;
        }
        let pronoun = matches!(w, "He" | "She" | "They" | "We" | "I");
        if !(pronoun || w.chars().next().is_some_and(char::is_uppercase)) {
            return false;
        }
    }
    false
}

/// Titles before a name: a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev",
    "hon", "st", "mt", "ft", "messrs", "adm", "maj", "cmdr", "supt", "det", "insp", "vs", "pres",
    "amb", "sec", "atty", "gens", "reps", "sens",
];

/// Abbreviations a number usually follows ("No. 1", "Oct. 18").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "vol", "pp", "p", "fig", "art", "para", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "ch", "sec", "approx", "ca",
];

/// Abbreviations that may end a sentence; after them only a typical
/// sentence opener starts a new one ("in the U.S. The talks").
const AMBIGUOUS: &[&str] = &[
    "etc", "inc", "corp", "ltd", "co", "jr", "sr", "bros", "approx", "est", "dept", "univ", "govt",
    "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "no",
];

/// Words that typically open a sentence (lowercased).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "in",
    "on",
    "at",
    "for",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "however",
    "meanwhile",
    "also",
    "so",
    "yet",
    "or",
    "no",
    "not",
    "what",
    "who",
    "why",
    "how",
    "some",
    "many",
    "most",
    "both",
    "all",
    "since",
    "during",
    "according",
    "still",
    "now",
    "then",
    "such",
    "last",
    "earlier",
    "later",
    "asked",
    "both",
    "neither",
    "nor",
    "each",
    "one",
    "to",
    "with",
    "by",
    "from",
];

/// Whether a period after `before` (the text up to the period) ends the
/// sentence, given the following text.
pub(crate) fn period_ends_sentence(before: &str, next: &str) -> bool {
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |k| {
            k + before
                .get(k..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8)
        });
    let word = before.get(word_start..).unwrap_or("");
    if word.is_empty() {
        return true;
    }
    let lower = Lowered::of(word);
    // An answer on its own ("Is there a clause? No. Contrary to …") ends
    // its sentence; "No." before a number is "number".
    let alone = before
        .get(..word_start)
        .unwrap_or("")
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\''])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '?' | '!' | ':'));
    if alone && lower.is_any(&["no", "yes"]) {
        return !next.chars().next().is_some_and(|c| c.is_ascii_digit());
    }
    if lower.is_any(&["e.g", "i.e", "cf", "viz"]) || lower.is_any(TITLES) {
        return false;
    }
    let next_is_digit = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    if next_is_digit && lower.is_any(BEFORE_NUMBER) {
        return false;
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    let dotted = word.contains('.') && word.chars().any(char::is_alphabetic);
    if single_capital || dotted || lower.is_any(AMBIGUOUS) {
        return next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| Lowered::of(w).is_any(OPENERS));
    }
    true
}

/// A word compared with lowercase ASCII lists as its lowercase would be,
/// without building it when the word is ASCII.
enum Lowered<'a> {
    Ascii(&'a str),
    Other(String),
}

impl<'a> Lowered<'a> {
    fn of(word: &'a str) -> Lowered<'a> {
        if word.is_ascii() {
            Lowered::Ascii(word)
        } else {
            Lowered::Other(word.to_lowercase())
        }
    }

    /// Whether the lowercased word is one of `list` (lowercase ASCII).
    fn is_any(&self, list: &[&str]) -> bool {
        match self {
            Lowered::Ascii(w) => list.iter().any(|l| l.eq_ignore_ascii_case(w)),
            Lowered::Other(w) => list.contains(&w.as_str()),
        }
    }
}
