//! Polarity of a phrase in its clause, shared by `event` and `forbid`:
//! negated or not, and whether the clause asserts anything at all.

use crate::check::context::ArticleCtx;
use crate::source::Span;

/// How a phrase is used where it occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Polarity {
    Affirmed,
    Negated,
    /// A question, a condition or a possibility: "if North Korea accepts",
    /// "Will Pyongyang answer?", "North Korea may reject it". Not evidence
    /// either way.
    Unasserted,
}

/// Words that, earlier in the clause, make it hypothetical.
const HYPOTHETICAL: &[&str] = &[
    "if", "whether", "unless", "could", "might", "may", "would", "should", "possibly", "perhaps",
    "maybe",
];

/// "May" capitalised is the month ("In May, North Korea rejected…").
fn hypothetical(word: &str) -> bool {
    HYPOTHETICAL.iter().any(|h| word.eq_ignore_ascii_case(h))
        && !(word.eq_ignore_ascii_case("may") && word != "may")
}

pub(crate) fn polarity_of(ctx: &ArticleCtx, sentence: usize, phrase: Span) -> Polarity {
    let sentence_span = ctx.sentence_span(sentence);
    if ctx.slice(sentence_span).trim_end().ends_with('?') {
        return Polarity::Unasserted;
    }
    let clause = ctx.clause_of(sentence, phrase);
    let before = ctx.text.get(clause.start..phrase.start).unwrap_or("");
    if before
        .split(|c: char| !c.is_alphanumeric())
        .any(hypothetical)
        || not_stated(before)
    {
        return Polarity::Unasserted;
    }
    if ctx.negated(sentence, phrase) {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    }
}

/// Whether the words of the clause before a phrase present it without
/// stating it:
/// - an open question behind a negation or doubt: "has not said when they
///   will reopen", "it is unclear how the dam failed";
/// - a comparison: "it was like a dam burst", "as if the levee had failed";
/// - something reported as rumoured or asked for, not as fact: "rumours of
///   a dam burst", "urged him to call a snap election", "rejected calls for
///   her resignation".
fn not_stated(before: &str) -> bool {
    const DOUBT: &[&str] = &["not", "never", "unclear", "uncertain", "unknown"];
    const OPEN: &[&str] = &["when", "how", "why", "what", "where", "whether"];
    const REPORTED: &[&str] = &[
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "reports",
        "claims",
        "speculation",
        "talk",
    ];
    const DIRECTIVE: &[&str] = &[
        "urge",
        "urged",
        "urges",
        "urging",
        "ask",
        "asked",
        "asks",
        "asking",
        "demand",
        "demanded",
        "demands",
        "demanding",
        "pressed",
        "want",
        "wants",
        "wanted",
    ];
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let eq = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    let is = |w: &str, list: &[&str]| list.iter().any(|l| eq(w, l));
    let negative = |w: &str| {
        w.len() > 3 && (w.get(w.len() - 3..).is_some_and(|t| eq(t, "n't")) || w.ends_with("n’t"))
    };
    // The open question must still be open where the phrase is: a
    // wh-word among the last five words, with no comma after it.
    let open_tail = before
        .rsplit([',', ';', ':'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(5)
        .any(|w| is(w, OPEN));
    let doubt = open_tail
        && words
            .iter()
            .position(|w| is(w, DOUBT) || negative(w))
            .is_some_and(|i| words.iter().skip(i + 1).any(|w| is(w, OPEN)));
    let last = words
        .get(words.len().saturating_sub(3)..)
        .unwrap_or_default();
    let compared = last.windows(2).any(|p| {
        let [a, b] = p else { return false };
        (eq(a, "like") && is(b, &["a", "an"])) || (eq(a, "as") && is(b, &["if", "though"]))
    });
    let reported = words.windows(2).any(|p| {
        let [a, b] = p else { return false };
        // "reports that" and "claims that" are as often verbs of saying
        // ("CNN reports that …"): only rumour and speculation take "that".
        (is(a, REPORTED) && is(b, &["of", "about"]))
            || (is(a, &["rumour", "rumours", "rumor", "rumors", "speculation"]) && eq(b, "that"))
            || (is(a, &["call", "calls", "demand", "demands", "pressure"]) && is(b, &["for", "to"]))
    });
    // "urged him to call", "demanded that he resign"; but "asked about
    // the letter, he said that …" is a question put, not a request.
    let directed = words
        .iter()
        .position(|w| is(w, DIRECTIVE))
        .is_some_and(|i| {
            let asking = words.get(i).is_some_and(|w| {
                is(
                    w,
                    &[
                        "urge",
                        "urged",
                        "urges",
                        "urging",
                        "demand",
                        "demanded",
                        "demands",
                        "demanding",
                    ],
                )
            });
            words
                .iter()
                .skip(i + 1)
                .any(|w| eq(w, "to") || (asking && eq(w, "that")))
        });
    doubt || compared || reported || directed
}

#[cfg(test)]
mod tests {
    use super::not_stated;

    #[test]
    fn phrases_presented_without_being_stated() {
        for before in [
            "The Garrow district has not said when they will",
            "It is unclear how the",
            "It was like a",
            "The rumours of a",
            "Rumors that the",
            "Dobiášová urged Hrabovský to",
            "The opposition demanded that he",
            "She has rejected opposition calls for her",
            "who has rejected calls to",
            "Šimečková has brushed off demands for her",
        ] {
            assert!(not_stated(before), "{before}");
        }
    }

    #[test]
    fn phrases_stated_plainly() {
        for before in [
            "The levee",
            "Officials said the",
            "He did not",
            "When the",
            "The company asked the court for more time and then",
            "Reports said the",
            "CNN reports that the",
            "Pyongyang claims that the",
            "Asked about the letter, officials said that the",
            "The likely",
            "The court, which was not told how the money was spent, then",
        ] {
            assert!(!not_stated(before), "{before}");
        }
    }
}
