#![doc = include_str!("count.md")]

use crate::check::compile::{CompiledFact, CompiledPhrase};
use crate::check::context::ArticleCtx;
use crate::check::occasion::another_time;
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;
use crate::extract::numbers::token::DASHES;
use crate::extract::{Number, NumberKind};
use crate::source::Span;

pub(crate) const DOC: &str = include_str!("count.md");

/// Words allowed between a number and the noun it counts ("three prior
/// meetings", "two historic summits").
const MAX_MODIFIERS: usize = 2;
/// Words allowed between a verb cue and a frequency ("met with Kim twice").
const MAX_VERB_GAP: usize = 4;

pub(crate) fn judge(
    fact: &CompiledFact,
    expected: u64,
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    let mut out = Vec::new();
    for &s in scope {
        if !fact
            .cues
            .iter()
            .any(|c| ctx.phrase_hits(c.id).iter().any(|h| h.sentence == s))
        {
            continue;
        }
        let numbers = ctx.numbers(s);
        if numbers.is_empty() {
            continue;
        }
        let mut seen: Vec<Span> = Vec::new();
        let mut found: Vec<Evidence> = Vec::new();
        for cue in &fact.cues {
            for hit in ctx.phrase_hits(cue.id) {
                if hit.sentence != s {
                    continue;
                }
                let clause = ctx.clause_of(s, hit.span);
                for n in numbers {
                    if !clause.contains(n.span) || seen.contains(&n.span) {
                        continue;
                    }
                    let head = compound_head(ctx.text, n, hit.span);
                    let equal =
                        n.value == expected || rounds_to(ctx.slice(n.span), n.value, expected);
                    let stated = match qualifier(ctx.text, n.span) {
                        Qualifier::Exact => true,
                        Qualifier::Loose => equal,
                        Qualifier::Bound => false,
                    };
                    if !(countable(n, cue) || head)
                        || !stated
                        || asked_for(ctx.text.get(clause.start..n.span.start).unwrap_or(""))
                        || describes_another_name(fact, ctx, s, clause, n.span)
                    {
                        continue;
                    }
                    // Victims of another occasion: "The flood of April 2011
                    // … killed two people".
                    let victims_then = hit.span.end <= n.span.start
                        && is_harm_verb(ctx.slice(hit.span))
                        && another_time(ctx, s);
                    if victims_then || amount_of_another(fact, ctx, s, n.span.end.max(hit.span.end))
                    {
                        continue;
                    }
                    if head || attached(ctx.text, n, hit.span, unit_cue(n)) {
                        seen.push(n.span);
                        let verdict = if equal {
                            Verdict::Match
                        } else {
                            Verdict::Contradiction
                        };
                        found.push(Evidence {
                            verdict,
                            span: n.span,
                            found: n.value.to_string(),
                            expected: expected.to_string(),
                            note: None,
                        });
                    }
                }
            }
        }
        // A sentence that states the count and another number of the same
        // kind counts something else with it ("held three summits, and
        // Trump met Xi twice"; "fined it 10.5 million zlotys and ordered it
        // to pay 7.6 million zlotys in compensation").
        let states_it = found.iter().any(|e| e.verdict == Verdict::Match);
        out.extend(
            found
                .into_iter()
                .filter(|e| e.verdict == Verdict::Match || !states_it),
        );
    }
    out.sort_by_key(|e| e.span);
    out
}

/// Whether a number written with a decimal fraction and a scale word ("68.7
/// billion") is the fact's round figure ("69 billion") at the fact's
/// precision: the same amount, rounded, is no contradiction. Whole numbers
/// are compared exactly ("120 per cent" is not "100 per cent").
fn rounds_to(written: &str, value: u64, expected: u64) -> bool {
    const SCALES: &[&str] = &[
        "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
    ];
    let lower = written.to_lowercase();
    let has_fraction = lower
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .any(|w| {
            w.split_once('.')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        });
    let has_scale = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| SCALES.contains(&w));
    if !has_fraction || !has_scale || expected == 0 {
        return false;
    }
    // The fact's precision: its last non-zero digit.
    let mut unit: u64 = 1;
    while let Some(next) = unit.checked_mul(10).filter(|n| expected % n == 0) {
        unit = next;
    }
    let rounded = value.saturating_add(unit / 2) / unit * unit;
    rounded == expected
}

/// Whether the number opens a hyphenated compound whose other half is the
/// cue ("a three-day strike" for `cue "day"`): it counts the cue. A
/// compound on another word ("a three-day summit" for `cue "summits"`)
/// stays a modifier.
fn compound_head(text: &str, n: &Number, cue: Span) -> bool {
    n.kind == NumberKind::Modifier
        && text
            .get(n.span.end..cue.start)
            .is_some_and(|gap| gap.chars().count() == 1 && gap.chars().all(|c| DASHES.contains(&c)))
}

/// Whether the number's kind is a unit (percent, money, time) that a cue
/// had to name for it to count.
fn unit_cue(n: &Number) -> bool {
    matches!(
        n.kind,
        NumberKind::Percent | NumberKind::Money | NumberKind::Clock
    )
}

/// Whether a number of this kind can be a count for this cue.
fn countable(n: &Number, cue: &CompiledPhrase) -> bool {
    match n.kind {
        NumberKind::Cardinal | NumberKind::Times => true,
        NumberKind::Percent => {
            cue_names_unit(cue, &["%", "per cent", "percent", "pct", "percentage"])
        }
        NumberKind::Money => cue_names_unit(
            cue,
            &[
                "$", "dollar", "usd", "euro", "€", "£", "pound", "won", "yuan", "yen",
            ],
        ),
        NumberKind::Clock => {
            cue_names_unit(cue, &["a.m.", "p.m.", "o'clock", "hour", "gmt", "utc"])
        }
        NumberKind::Ordinal | NumberKind::Year | NumberKind::Modifier | NumberKind::Fraction => {
            false
        }
    }
}

fn cue_names_unit(cue: &CompiledPhrase, units: &[&str]) -> bool {
    // Units are ASCII words or caseless symbols: compare bytes, ASCII case
    // folded, without lowercasing the cue for every number.
    let cue = cue.text.as_bytes();
    units.iter().any(|u| {
        cue.windows(u.len())
            .any(|w| w.eq_ignore_ascii_case(u.as_bytes()))
    })
}

/// Whether an amount is labelled as something other than an `about` anchor
/// by "in" right after it: "7.6 million zlotys in compensation" is
/// compensation, not the fine ("10.5 million zlotys in fines" would be).
/// `end` is where the number and its cue end.
fn amount_of_another(fact: &CompiledFact, ctx: &ArticleCtx, sentence: usize, end: usize) -> bool {
    const LABELS: &[&str] = &[
        "compensation",
        "damages",
        "costs",
        "fees",
        "aid",
        "funding",
        "bonuses",
        "salary",
        "wages",
        "revenue",
        "profit",
        "losses",
        "sales",
        "investment",
        "loans",
        "debt",
        "assets",
        "spending",
        "savings",
        "donations",
        "grants",
        "subsidies",
        "taxes",
        "interest",
        "fines",
        "penalties",
    ];
    let after = ctx.text.get(end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !LABELS.iter().any(|l| word.eq_ignore_ascii_case(l)) {
        return false;
    }
    let start = end + " in ".len();
    let label = Span::new(start, start + word.len());
    !fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, sentence))
        .any(|h| h.span.overlaps(label))
}

/// Whether the words of the clause before a number ask for it rather than
/// state it: "prosecutors had sought 15 million zlotys", "had asked the
/// court for a fine of 15 million zlotys", "the union demanded a 12 percent
/// raise". (Not "proposed": "his proposed 100 per
/// cent tariffs" may be the very figure the fact is about.)
fn asked_for(before: &str) -> bool {
    const ASKING: &[&str] = &[
        "sought",
        "seek",
        "seeks",
        "seeking",
        "requested",
        "request",
        "requests",
        "requesting",
        "demanded",
        "demanding",
    ];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let is = |w: &str, list: &[&str]| list.iter().any(|a| w.eq_ignore_ascii_case(a));
    // "had asked the court for a fine of 15 million zlotys".
    let asked_for = words
        .iter()
        .position(|w| is(w, &["asked", "asks", "asking"]))
        .is_some_and(|i| {
            words
                .iter()
                .skip(i + 1)
                .any(|w| w.eq_ignore_ascii_case("for"))
        });
    asked_for || words.iter().any(|w| is(w, ASKING))
}

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    /// "three": the count itself.
    Exact,
    /// "about 1,200", "nearly 1,000", "an estimated 900": the count given
    /// loosely. It states the fact when it is the fact's number, and
    /// contradicts nothing.
    Loose,
    /// "more than two", "at least three", "topped 50": a bound, not a count.
    Bound,
}

/// How the words right before a number qualify it.
fn qualifier(text: &str, number: Span) -> Qualifier {
    // The count given loosely.
    const LOOSE: &[&str] = &[
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "some",
        "estimated",
        "only about",
        "close to",
    ];
    // Bounds, not values: "more than two", "cleared 50 percent", "short of 60".
    const BOUNDS: &[&str] = &[
        "more than",
        "less than",
        "fewer than",
        "at least",
        "at most",
        "up to",
        "over",
        "under",
        "well over",
        "as many as",
        "as few as",
        "dozens of",
        "hundreds of",
        "above",
        "below",
        "beyond",
        "cleared",
        "exceeded",
        "topped",
        "surpassed",
        "short of",
        "in excess of",
        "upwards of",
    ];
    let tail = last_words(text, number);
    let ends_with = |list: &[&str]| {
        list.iter().any(|q| {
            tail.strip_suffix(q)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    };
    if ends_with(LOOSE) {
        Qualifier::Loose
    } else if ends_with(BOUNDS) {
        Qualifier::Bound
    } else {
        Qualifier::Exact
    }
}

/// The two words before `number`, lowercased.
fn last_words(text: &str, number: Span) -> String {
    let before = text.get(..number.start).unwrap_or("");
    before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether the number sits in a relative clause (", who …", ", which …")
/// whose antecedent is not one of the fact's `about` anchors: in "Okafor
/// defeated Lindqvist, who took 31 percent", 31 percent is Lindqvist's
/// share, not Okafor's; in "Okafor, who won 54 percent, …" it is hers.
fn describes_another_name(
    fact: &CompiledFact,
    ctx: &ArticleCtx,
    sentence: usize,
    clause: Span,
    number: Span,
) -> bool {
    let before = ctx.text.get(clause.start..number.start).unwrap_or("");
    let Some(at) = [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|p| before.rfind(p))
        .max()
    else {
        return false;
    };
    // The number must be inside that relative clause (no comma since).
    if before.get(at + 1..).is_some_and(|r| r.contains(',')) {
        return false;
    }
    let comma = clause.start + at;
    !fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, sentence))
        .any(|h| h.span.end == comma)
}

/// Whether the number counts what the cue names: the cue inside the number
/// ("three times"), a noun cue right after the number ("three prior
/// meetings"), or a frequency right after a verb cue ("met twice").
fn attached(text: &str, n: &Number, cue: Span, unit: bool) -> bool {
    if n.span.overlaps(cue) {
        return true;
    }
    if n.span.end <= cue.start {
        let gap = text.get(n.span.end..cue.start).unwrap_or("");
        let cue_text = text.get(cue.range()).unwrap_or("");
        let after = text.get(cue.end..).unwrap_or("");
        if time_offset(after) {
            return false;
        }
        return (modifier_gap(gap)
            && (unit || counts_noun(n.value, cue_text) || counts_as_noun(cue_text, after)))
            || (subject_count(n.value, gap, cue_text) && !part_of_whole(text, n.span));
    }
    if cue.end <= n.span.start {
        let gap = text.get(cue.end..n.span.start).unwrap_or("");
        return match n.kind {
            NumberKind::Times => verb_gap(gap),
            // "the death toll rose to 12", "a total of 88 meetings".
            _ => {
                let cue_text = text.get(cue.range()).unwrap_or("");
                (linking_gap(gap)
                    && !cue_text.ends_with("ed")
                    && !counts_something_else(text, n.span))
                    || (gap.trim().is_empty() && victims(cue_text, text, n.span))
            }
        };
    }
    false
}

/// Whether a number right after a verb of harm counts its victims: "killed
/// four people", "injured 12 residents", "killed four." The object of a
/// verb of harm is how many were harmed, where the object of another verb
/// is not what the verb counts ("met two envoys"). The number must name
/// people (up to two words between: "killed four young children"), so
/// "killed 4,000 cattle" counts nothing.
fn victims(cue: &str, text: &str, number: Span) -> bool {
    const PEOPLE: &[&str] = &[
        "people",
        "persons",
        "person",
        "residents",
        "civilians",
        "children",
        "adults",
        "men",
        "women",
        "villagers",
        "soldiers",
        "troops",
        "workers",
        "passengers",
        "fishermen",
        "miners",
        "students",
        "migrants",
        "protesters",
        "officers",
        "firefighters",
        "tourists",
        "others",
        "pedestrians",
        "patients",
        "crew",
        "members",
        "inmates",
        "refugees",
        "worshippers",
        "motorists",
        "drivers",
        "hikers",
        "climbers",
        "swimmers",
        "spectators",
        "guards",
    ];
    if !is_harm_verb(cue) {
        return false;
    }
    let after = text.get(number.end..).unwrap_or("");
    if after.starts_with(['.', ',', ';']) || after.trim().is_empty() {
        return true;
    }
    after
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| PEOPLE.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

fn is_harm_verb(word: &str) -> bool {
    const HARM: &[&str] = &[
        "killed", "kills", "killing", "kill", "injured", "injures", "injuring", "wounded",
        "wounds", "wounding",
    ];
    HARM.iter().any(|h| word.eq_ignore_ascii_case(h))
}

/// A noun cue tied to a number after it by a linking verb: "the death toll
/// rose to 12", "the toll stood at 12", "meetings numbered three".
fn linking_gap(gap: &str) -> bool {
    const LINKS: &[&str] = &[
        "is",
        "was",
        "were",
        "are",
        "now",
        "rose",
        "risen",
        "has",
        "had",
        "have",
        "climbed",
        "reached",
        "stands",
        "stood",
        "jumped",
        "increased",
        "totals",
        "totalled",
        "totaled",
        "numbered",
        "to",
        "at",
    ];
    const PREPOSITIONS: &[&str] = &["from", "in", "of", "for", "after"];
    let Some(words) = plain_words(gap, false) else {
        return false;
    };
    // The linking words end the gap; before them, at most a short
    // prepositional phrase ("the death toll from the earthquake rose to").
    let (phrase, link) = split_trailing(&words, LINKS);
    (1..=3).contains(&link.len())
        && link.iter().any(|w| w != "to" && w != "at")
        && (phrase.is_empty()
            || (phrase.len() <= 4
                && phrase
                    .first()
                    .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))))
}

/// Whether the number is followed by a noun of its own ("was two hours
/// long", "rose to 12 people"): then it counts that, not the cue.
fn counts_something_else(text: &str, number: Span) -> bool {
    let next = text
        .get(number.end..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    next.chars().next().is_some_and(char::is_alphabetic) && plural_noun(next)
        || next.eq_ignore_ascii_case("people")
}

/// Plurals without an -s that name people.
const IRREGULAR_PLURALS: &[&str] = &["people", "men", "women", "children", "staff", "police"];

/// Whether a cue read after a number is a noun that number can count: a
/// plural for two or more ("three summits"; not "the two met"), and not a
/// verb for one.
fn counts_noun(value: u64, cue: &str) -> bool {
    const VERBS: &[&str] = &[
        "met", "meet", "held", "spoke", "saw", "sat", "went", "came", "took", "made",
    ];
    let words: Vec<String> = cue.split_whitespace().map(str::to_lowercase).collect();
    if value >= 2 {
        // "three summits", "three prior meetings", "12 people were killed".
        words
            .iter()
            .any(|w| w.ends_with('s') || IRREGULAR_PLURALS.contains(&w.as_str()))
    } else {
        words
            .first()
            .is_some_and(|w| !(w.ends_with("ed") || VERBS.contains(&w.as_str())))
    }
}

/// Whether a number counts the subject of a verb cue that says what happened
/// to each of them: a passive ("six people were killed", "300 residents
/// have been evacuated") or a verb of dying ("four fishermen drowned"). A
/// verb that several do together says nothing of the count ("the two
/// leaders met"), so only these forms count, and only with the noun right
/// after the number (with at most two modifiers) or none ("six were
/// killed").
fn subject_count(value: u64, gap: &str, cue: &str) -> bool {
    const BE: &[&str] = &["were", "was", "are", "is", "been", "be"];
    const HAVE: &[&str] = &["have", "has", "had"];
    const AUXILIARIES: &[&str] = &[
        "were", "was", "are", "is", "been", "be", "have", "has", "had",
    ];
    const DYING: &[&str] = &["died", "drowned", "perished"];
    let Some(words) = plain_words(gap, true) else {
        return false;
    };
    let cue = cue.trim();
    let dying = DYING.iter().any(|d| cue.eq_ignore_ascii_case(d));
    let participle = !cue.contains(' ') && (cue.ends_with("ed") || cue == "hurt" || cue == "slain");
    if !(dying || participle) {
        return false;
    }
    let (noun_phrase, aux_words) = split_trailing(&words, AUXILIARIES);
    let voice_fits = if dying {
        aux_words.iter().all(|w| HAVE.contains(&w.as_str()))
    } else {
        aux_words.iter().any(|w| BE.contains(&w.as_str()))
    };
    // "Six were killed": the number stands alone as the subject.
    let Some((noun, modifiers)) = noun_phrase.split_last() else {
        return voice_fits;
    };
    let counted = if value >= 2 {
        plural_noun(noun) || IRREGULAR_PLURALS.contains(&noun.as_str()) || noun.ends_with("men")
    } else {
        !noun.ends_with('s') && noun.chars().all(char::is_alphabetic)
    };
    voice_fits
        && counted
        && modifiers.len() <= MAX_MODIFIERS
        && modifiers.iter().all(|w| modifier_word(w))
}

/// Whether the number is the whole a part is taken from ("many of the 300
/// residents", "two of the six victims").
fn part_of_whole(text: &str, number: Span) -> bool {
    let before = text.get(..number.start).unwrap_or("").trim_end();
    let last: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    last.iter().any(|w| w.eq_ignore_ascii_case("of"))
}

/// Whether the words after a number and its noun make a time offset ("two
/// days ago", "three weeks later"): it dates something, it counts nothing.
fn time_offset(after: &str) -> bool {
    const OFFSETS: &[&str] = &["ago", "later", "earlier", "beforehand", "hence"];
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    OFFSETS.iter().any(|o| next.eq_ignore_ascii_case(o))
        || after.trim_start().to_lowercase().starts_with("from now")
}

/// Adjectives and participles that news English uses as plural nouns after
/// a number: "six dead", "14 injured", "two killed in crash".
const NOMINAL_ADJECTIVES: &[&str] = &[
    "dead",
    "injured",
    "wounded",
    "missing",
    "hurt",
    "killed",
    "displaced",
    "homeless",
];

/// Whether a cue right after a number is one of [`NOMINAL_ADJECTIVES`]
/// standing as the noun ("left six dead", "six dead and 14 injured"), not
/// describing one ("two dead trees", "two injured workers"): the word after
/// it must not be a noun, so only punctuation, the end, or a word that
/// starts a new phrase may follow.
fn counts_as_noun(cue: &str, after: &str) -> bool {
    const PHRASE_STARTS: &[&str] = &[
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "after",
        "as",
        "when",
        "from",
        "by",
        "since",
        "including",
        "while",
        "with",
        "during",
        "following",
        "so",
        "were",
        "was",
        "are",
        "have",
        "had",
        "has",
        "remain",
        "remained",
        "this",
        "last",
    ];
    if !NOMINAL_ADJECTIVES
        .iter()
        .any(|a| cue.eq_ignore_ascii_case(a))
    {
        return false;
    }
    let next = after.trim_start();
    let word: &str = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // Punctuation or the end right after the cue; or a word starting a new
    // phrase, with no punctuation between.
    word.is_empty() && !next.starts_with(|c: char| c.is_alphanumeric())
        || (next.starts_with(word) && PHRASE_STARTS.iter().any(|p| word.eq_ignore_ascii_case(p)))
}

/// Whether a gap word looks like a plural noun ("leaders", "officials"),
/// which the number would count instead of the cue.
fn plural_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    w.len() > 3 && w.ends_with('s') && !["ous", "ss", "us", "is"].iter().any(|e| w.ends_with(e))
}

/// Up to two plain words, no punctuation, and none of them a word that
/// starts a new phrase ("of", "in", "and", …).
fn modifier_gap(gap: &str) -> bool {
    plain_words(gap, true)
        .is_some_and(|words| words.len() <= MAX_MODIFIERS && words.iter().all(|w| modifier_word(w)))
}

/// A (lowercase) word that may stand between a number and what it counts:
/// not one that starts a new phrase, and not a plural noun of its own.
fn modifier_word(word: &str) -> bool {
    const BREAKERS: &[&str] = &[
        "of", "in", "on", "at", "and", "or", "but", "the", "a", "an", "to", "for", "with", "by",
        "from", "than", "as", "who", "which", "that", "were", "was", "are", "is", "have", "had",
        "has", "people",
    ];
    !BREAKERS.contains(&word) && !plural_noun(word)
}

/// The lowercased words of a gap holding only words and spaces (and
/// hyphens, when `hyphens`); `None` when it holds other punctuation.
fn plain_words(gap: &str, hyphens: bool) -> Option<Vec<String>> {
    gap.chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || (hyphens && c == '-'))
        .then(|| gap.split_whitespace().map(str::to_lowercase).collect())
}

/// `words` split before its trailing run of words from `list`.
fn split_trailing<'w>(words: &'w [String], list: &[&str]) -> (&'w [String], &'w [String]) {
    let n = words
        .iter()
        .rev()
        .take_while(|w| list.contains(&w.as_str()))
        .count();
    words.split_at(words.len() - n)
}

/// A few words between a verb cue and a frequency, without punctuation.
fn verb_gap(gap: &str) -> bool {
    if gap
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')'))
    {
        return false;
    }
    gap.split_whitespace().count() <= MAX_VERB_GAP
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modifier_gap_allows_adjectives_only() {
        assert!(modifier_gap(" "));
        assert!(modifier_gap(" prior "));
        assert!(modifier_gap(" face-to-face "));
        assert!(!modifier_gap(" of them in "));
        assert!(!modifier_gap(" leaders "));
        assert!(!modifier_gap(", "));
        assert!(!modifier_gap(" very long winded "));
        assert!(modifier_gap(" previous "));
    }

    #[test]
    fn verbs_are_not_counted_nouns() {
        assert!(counts_noun(3, "summits"));
        assert!(counts_noun(3, "prior meetings"));
        assert!(!counts_noun(2, "met"));
        assert!(counts_noun(1, "meeting"));
        assert!(!counts_noun(1, "met"));
        assert!(!counts_noun(1, "talked"));
        assert!(counts_noun(12, "people were killed"));
    }

    #[test]
    fn decimal_figures_round_to_the_fact() {
        assert!(rounds_to("$68.7 billion", 68_700_000_000, 69_000_000_000));
        assert!(!rounds_to("$68.2 billion", 68_200_000_000, 69_000_000_000));
        assert!(!rounds_to("120", 120, 100));
        assert!(!rounds_to("$69 billion", 69_000_000_000, 70_000_000_000));
        assert!(!rounds_to("1.35 million", 1_350_000, 1_354_000));
        assert!(!rounds_to(
            "1.5 billion",
            1_500_000_000,
            10_000_000_000_000_000_000
        ));
    }

    #[test]
    fn linking_verbs_tie_a_noun_to_a_number() {
        assert!(linking_gap(" rose to "));
        assert!(linking_gap(" stood at "));
        assert!(!linking_gap(" of "));
        assert!(!linking_gap(" to "));
        assert!(!linking_gap(" "));
        assert!(!linking_gap(", officials said, "));
        assert!(!linking_gap(" in the past "));
        assert!(linking_gap(" from the earthquake rose to "));
        assert!(!linking_gap(" said the toll rose to "));
    }

    #[test]
    fn approximate_qualifiers() {
        let at = |t: &str, n: &str| {
            let i = t.find(n).unwrap();
            qualifier(t, Span::new(i, i + n.len()))
        };
        assert_eq!(at("they met more than 3 times", "3"), Qualifier::Bound);
        assert_eq!(at("they met 3 times", "3"), Qualifier::Exact);
        assert_eq!(at("a sum of about 100", "100"), Qualifier::Loose);
        assert_eq!(at("well over 100 people", "100"), Qualifier::Bound);
        assert_eq!(at("an estimated 900 homes", "900"), Qualifier::Loose);
    }
}
