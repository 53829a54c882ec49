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
    "maybe", "can", "hope", "hopes", "hoped", "hoping", "wish", "wishes",
];

/// "May" capitalised is the month ("In May, North Korea rejected…").
fn hypothetical(word: &str) -> bool {
    HYPOTHETICAL.iter().any(|h| word.eq_ignore_ascii_case(h))
        && !(word.eq_ignore_ascii_case("may") && word != "may")
}

/// The polarity of a phrase hit, read once however many facts ask.
pub(crate) fn polarity_of(ctx: &ArticleCtx, sentence: usize, phrase: Span) -> Polarity {
    ctx.polarity(phrase, || read_polarity(ctx, sentence, phrase))
}

fn read_polarity(ctx: &ArticleCtx, sentence: usize, phrase: Span) -> Polarity {
    let sentence_span = ctx.sentence_span(sentence);
    if ctx.slice(sentence_span).trim_end().ends_with('?') {
        return Polarity::Unasserted;
    }
    // A question inside the sentence: the first stop after the phrase is a
    // question mark ("Reader question: \"Has the strike been ruled
    // illegal?\" No.").
    let rest = ctx.text.get(phrase.end..sentence_span.end).unwrap_or("");
    if rest.find(['.', '!', '?']).and_then(|i| rest.get(i..i + 1)) == Some("?") {
        return Polarity::Unasserted;
    }
    let clause = ctx.clause_of(sentence, phrase);
    let before = ctx.text.get(clause.start..phrase.start).unwrap_or("");
    let after = ctx.text.get(phrase.end..sentence_span.end).unwrap_or("");
    match reported_claim(before, after) {
        Some(Claim::Dismissed) => return Polarity::Negated,
        Some(Claim::Reported) => return Polarity::Unasserted,
        None => {}
    }
    if before
        .split(|c: char| !c.is_alphanumeric())
        .any(hypothetical)
        || not_stated(before)
        || not_stated_after(after)
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
        "petition",
        "petitioned",
        "petitions",
        "petitioning",
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
            || (is(
                a,
                &[
                    "call", "calls", "called", "calling", "demand", "demands", "pressure",
                ],
            ) && is(b, &["for", "to"]))
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

/// Whether the words right after a phrase leave it unstated:
/// - it is the subject of a modal: "Brandsma's resignation would be the
///   least", "a strike could follow";
/// - it turns on asking for something: "has refused to ask for a pardon",
///   "declined to seek a pardon" (the refusal is of the asking).
fn not_stated_after(after: &str) -> bool {
    const MODALS: &[&str] = &["would", "could", "should", "might", "may", "must"];
    const ASKING: &[&str] = &[
        "ask", "seek", "request", "apply", "petition", "beg", "demand", "call",
    ];
    let mut words = after
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // Right after the phrase, not across a comma ("…resigned, which could").
    let joined = !after.trim_start().starts_with([',', ';', ':', '.', ')']);
    // "May" capitalised is the month.
    joined
        && ((is(first, MODALS) && first != "May")
            || (first.eq_ignore_ascii_case("to") && is(second, ASKING)))
}

/// A phrase inside a claim the article reports as a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    /// The article says the claim is false: "dismissed posts claiming that
    /// a dam had burst", "reports that Turia had triggered his release
    /// clause turned out to be wrong". It states the opposite.
    Dismissed,
    /// Reported and left open: "reports that Turia had triggered his
    /// release clause". It states nothing.
    Reported,
}

/// Nouns for what others say: a phrase after one of them and "that",
/// "claiming", "saying" or "suggesting" is their claim.
const CLAIM_NOUNS: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "posts",
    "rumours",
    "rumors",
    "suggestions",
    "speculation",
    "allegations",
    "videos",
    "messages",
    "stories",
];

/// Whether the phrase is inside a claim others made, as the article tells
/// it; `before` is its clause up to it, `after` its sentence after it. The
/// claim noun must be a noun ("the reports that", "Reports in Belgium …
/// that", "social media posts claiming"), not a verb of saying with a
/// subject ("CNN reports that …", which states what CNN reports).
fn reported_claim(before: &str, after: &str) -> Option<Claim> {
    // Most clauses hold no claim noun: a byte search rules them out.
    const STEMS: &[&[u8]] = &[
        b"report", b"claim", b"post", b"rumo", b"suggest", b"specul", b"alleg", b"video",
        b"messag", b"stor",
    ];
    let has_stem = before.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        let w = w.as_bytes();
        STEMS.iter().any(|stem| {
            w.get(..stem.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(stem))
        })
    });
    if !has_stem {
        return None;
    }
    const INTRODUCERS: &[&str] = &["that", "claiming", "saying", "suggesting", "alleging"];
    const DISMISSING: &[&str] = &[
        "denied",
        "denies",
        "deny",
        "denying",
        "dismissed",
        "dismisses",
        "dismissing",
        "rejected",
        "rejects",
        "refuted",
        "refutes",
        "debunked",
        "disputed",
        "contradicted",
        "discounted",
    ];
    const FALSE: &[&str] = &[
        "wrong",
        "false",
        "untrue",
        "unfounded",
        "baseless",
        "incorrect",
    ];
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    const SAYING: &[&str] = &[
        "said",
        "says",
        "stated",
        "states",
        "added",
        "noted",
        "found",
        "showed",
        "shows",
        "concluded",
        "indicated",
        "confirmed",
        "reported",
        "quoted",
        "quoting",
        "cited",
        "citing",
    ];
    // The claim's own words follow the noun within a few words, with no
    // comma and no verb of saying between: "The report, quoting sources,
    // further stated that …" states what the report says.
    let introduced = |i: usize| {
        let rest = words.get(i + 1..).unwrap_or_default();
        rest.iter()
            .take(7)
            .position(|x| is(x, INTRODUCERS))
            .is_some_and(|k| rest.iter().take(k).all(|x| !is(x, SAYING)))
    };
    let noun_at = words.iter().enumerate().position(|(i, w)| {
        let previous = i.checked_sub(1).and_then(|j| words.get(j));
        let as_noun = previous.is_none_or(|p| {
            !p.starts_with(char::is_uppercase) || is(p, &["the", "these", "those", "some", "media"])
        }) || w.starts_with(char::is_uppercase);
        is(w, CLAIM_NOUNS) && as_noun && introduced(i)
    })?;
    // No comma between the noun and the phrase.
    let noun_text_at = before
        .to_lowercase()
        .find(&words.get(noun_at)?.to_lowercase())
        .unwrap_or(0);
    if before.get(noun_text_at..).is_some_and(|r| r.contains(',')) {
        return None;
    }
    let dismissed_before = words.iter().take(noun_at).any(|w| is(w, DISMISSING))
        || before.to_lowercase().contains("no truth");
    let dismissed_after = after
        .split(|c: char| !c.is_alphanumeric())
        .take(12)
        .any(|w| is(w, FALSE));
    Some(if dismissed_before || dismissed_after {
        Claim::Dismissed
    } else {
        Claim::Reported
    })
}

#[cfg(test)]
mod tests {
    use super::{not_stated, reported_claim, Claim};

    #[test]
    fn claims_reported_or_dismissed() {
        let dismissed = [
            (
                "Officials dismissed social media posts claiming that a",
                " had burst.",
            ),
            (
                "Reports in Belgium over the weekend that Turia had",
                " turned out to be wrong.",
            ),
            (
                "Police said there was no truth to videos claiming a",
                " had burst.",
            ),
            ("Her office denied reports that she had offered to", "."),
        ];
        for (before, after) in dismissed {
            assert_eq!(
                reported_claim(before, after),
                Some(Claim::Dismissed),
                "{before}"
            );
        }
        assert_eq!(
            reported_claim("Reports in Belgium over the weekend that Turia had", "."),
            Some(Claim::Reported)
        );
        // A verb of saying with its subject states what is said.
        for before in [
            "CNN reports that the",
            "Pyongyang claims that the",
            "The levee",
            "The report, quoting sources, further stated that there has not been any",
            "The report said that the",
        ] {
            assert_eq!(reported_claim(before, "."), None, "{before}");
        }
    }

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
            "The farmers' association has called for a",
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
