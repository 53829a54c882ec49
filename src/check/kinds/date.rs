#![doc = include_str!("date.md")]

use crate::check::compile::{CompiledEntity, CompiledFact};
use crate::check::context::ArticleCtx;
use crate::check::kinds::{is_reporting_verb, text_between, time_connective_between, words_of};
use crate::check::occasion::other_occurrence;
use crate::check::verdict::Evidence;
use crate::dsl::Verdict;
use crate::extract::numbers::words::small_word;
use crate::extract::DateMention;
use crate::source::Span;
use chrono::{Datelike, NaiveDate};

pub(crate) const DOC: &str = include_str!("date.md");

pub(crate) fn judge(
    (fact, entities): (&CompiledFact, &[CompiledEntity]),
    (start, end): (NaiveDate, NaiveDate),
    ctx: &ArticleCtx,
    scope: &[usize],
) -> Vec<Evidence> {
    // Built per piece of evidence: most facts find none in most articles.
    let expected = || format_interval(start, end);
    let mut out = Vec::new();
    for &s in scope {
        if !fact.cues.is_empty()
            && !fact
                .cues
                .iter()
                .any(|c| ctx.phrase_hits(c.id).iter().any(|h| h.sentence == s))
        {
            continue;
        }
        let dates = ctx.dates(s);
        if dates.is_empty() {
            continue;
        }
        let cue_hits: Vec<Span> = fact
            .cues
            .iter()
            .flat_map(|c| ctx.phrase_hits(c.id))
            .filter(|h| h.sentence == s && !another_occurrence(ctx.text, h.span))
            .map(|h| h.span)
            .collect();
        // The dates each cue clause gives; without cues, each clause that
        // names an `about` anchor (or the whole sentence when none does, the
        // anchor being in an earlier sentence of the window).
        // (clause, its dates)
        let groups: Vec<(Span, Option<Span>, Vec<&DateMention>)> = if fact.cues.is_empty() {
            let mut anchor_clauses: Vec<Span> = fact
                .about
                .iter()
                .flat_map(|a| ctx.anchor_hits_in(a, s))
                .map(|h| ctx.clause_of(s, h.span))
                .collect();
            anchor_clauses.sort();
            anchor_clauses.dedup();
            if anchor_clauses.is_empty() {
                vec![(ctx.sentence_span(s), None, dates.iter().collect())]
            } else {
                anchor_clauses
                    .iter()
                    .map(|c| {
                        (
                            *c,
                            None,
                            dates.iter().filter(|d| c.contains(d.span)).collect(),
                        )
                    })
                    .collect()
            }
        } else {
            cue_hits
                .iter()
                .map(|&cue| {
                    let clause = ctx.clause_of(s, cue);
                    // Each date goes with its nearest cue in the clause:
                    // "The heatwave that began on 3 August pushed
                    // temperatures up on the day the fire started" dates the
                    // beginning, not the start.
                    let distance = |c: Span, d: Span| {
                        if c.end <= d.start {
                            d.start - c.end
                        } else {
                            c.start.saturating_sub(d.end)
                        }
                    };
                    let nearest = |d: &&DateMention| {
                        cue_hits
                            .iter()
                            .filter(|c| clause.contains(**c))
                            .all(|&c| distance(cue, d.span) <= distance(c, d.span))
                    };
                    let group = dates
                        .iter()
                        .filter(|d| clause.contains(d.span))
                        .filter(nearest)
                        .filter(|d| !other_event_between(ctx.text, cue, d.span))
                        .collect();
                    (clause, Some(cue), group)
                })
                .collect()
        };
        for (clause, cue, mut group) in groups {
            // A clause that speaks of the future, for an event that had
            // happened by the article's date ("the crest is expected to
            // reach Whitby Mills, 20 miles downstream, on Tuesday"), tells of
            // a later occasion: its other dates are not the event's.
            // The future is read in the date's own stretch between commas:
            // "Rijal, who toured Dullu on Tuesday, will chair a meeting"
            // dates the tour.
            let past_event = ctx.reference().is_some_and(|r| end <= r);
            group.retain(|d| {
                let overlaps = d.start <= end && start <= d.end;
                overlaps || !past_event || !forecast(lead_of(ctx.text, clause, d.span))
            });
            // "officials said on Saturday": the day it was said, not the day
            // of the event (unless saying it is the fact: "announced on
            // Tuesday" for `cue "announc*"`).
            // Before "that", the saying is the fact's only when one of its
            // anchors says it ("Nordvik said on Monday that it would buy
            // Corvane"; not "Limburg confirmed on Monday that talks …").
            let anchor_says = |cue: Span| {
                fact.about
                    .iter()
                    .flat_map(|a| ctx.anchor_hits_in(a, s))
                    .any(|h| {
                        h.span.end <= cue.start
                            && ctx.text.get(h.span.end..cue.start).is_some_and(|g| {
                                g.split_whitespace().count() <= 2 && !g.contains(',')
                            })
                    })
            };
            let cue_said = |d: &&DateMention| {
                let reported = ctx
                    .text
                    .get(d.span.end..)
                    .is_some_and(|r| r.trim_start().starts_with("that "));
                cue_hits.iter().any(|&c| {
                    c.end <= d.span.start
                        && is_reporting_verb(ctx.slice(c))
                        && (!reported || anchor_says(c))
                })
            };
            group.retain(|d| cue_said(d) || !reported_on(ctx.text, d.span));
            // A clause that states the right date and another one ("arrives
            // in Japan on October 27 and in Seoul on October 29") is about
            // two events: only a clause without the right date contradicts.
            // A year or a season that overlaps says too little to excuse a
            // wrong day ("on Wednesday, for the fourth time this year").
            let states_it = group
                .iter()
                .any(|d| d.start <= end && start <= d.end && (d.end - d.start).num_days() <= 92);
            for d in group {
                let overlaps = d.start <= end && start <= d.end;
                let verdict = if overlaps {
                    Verdict::Match
                } else if states_it
                    || cue.is_some_and(|c| {
                        !tied_to_cue(ctx.text, clause, c, d.span)
                            || cue_of_another_noun(fact, ctx, s, c)
                    })
                    || superseded(ctx.text.get(clause.start..d.span.start).unwrap_or(""))
                    || whole_year(d)
                    || another_year(d, (start, end))
                    || of_another_occurrence(fact, entities, ctx, (s, clause), d.span, (start, end))
                {
                    continue;
                } else {
                    Verdict::Contradiction
                };
                out.push(Evidence {
                    verdict,
                    span: d.span,
                    found: format_interval(d.start, d.end),
                    expected: expected(),
                    note: None,
                });
            }
        }
    }
    out.sort_by_key(|e| e.span);
    out.dedup();
    out
}

/// Whether the anchor (or, without one, the cue) nearest before a date, in
/// its clause, is
/// marked as another occurrence ("Earlier strikes were held on March 11",
/// "the June stoppage, which ran from June 3 to 5", "the Fed's next meeting
/// is on December 9-10"): the date is that occurrence's.
fn of_another_occurrence(
    fact: &CompiledFact,
    entities: &[CompiledEntity],
    ctx: &ArticleCtx,
    (s, clause): (usize, Span),
    date: Span,
    (start, end): (NaiveDate, NaiveDate),
) -> bool {
    let words = || crate::check::kinds::fact_hits(fact, ctx, s);
    // The anchor nearest before the date names the occasion ("Earlier
    // strikes were held on March 11"); without one, the cue.
    let before =
        |h: &&crate::check::context::Hit| clause.start <= h.span.start && h.span.end <= date.start;
    let anchor = fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, s))
        .filter(before)
        .max_by_key(|h| h.span.end);
    let Some(nearest) = anchor.or_else(|| words().filter(before).max_by_key(|h| h.span.end)) else {
        return false;
    };
    let own = |w: Span| {
        words().any(|h| h.span.overlaps(w))
            || entities.iter().any(|e| {
                ctx.anchor_hits_in(&e.anchor, s)
                    .iter()
                    .any(|h| h.span.overlaps(w))
            })
    };
    let months = |m: u32| {
        let mut d = start.with_day(1).unwrap_or(start);
        while d <= end {
            if d.month() == m {
                return true;
            }
            d = d
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(end + chrono::Days::new(1));
        }
        false
    };
    other_occurrence(ctx, nearest.span, own, months)
}

/// Whether the cue is the verb of a relative clause on a noun that is none
/// of the fact's anchors: "The heatwave that began on 3 August" dates the
/// heatwave, not the fire that "began" too.
fn cue_of_another_noun(fact: &CompiledFact, ctx: &ArticleCtx, s: usize, cue: Span) -> bool {
    let lead = ctx.text.get(..cue.start).unwrap_or("").trim_end();
    let Some(rel_at) = ["that", "which", "who"]
        .iter()
        .find(|r| {
            lead.len() >= r.len()
                && lead
                    .get(lead.len() - r.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(r))
                && lead
                    .get(..lead.len() - r.len())
                    .is_some_and(|b| b.ends_with(|c: char| c.is_whitespace() || c == ','))
        })
        .map(|r| lead.len() - r.len())
    else {
        return false;
    };
    let antecedent_end = lead
        .get(..rel_at)
        .unwrap_or("")
        .trim_end_matches([' ', ','])
        .len();
    if antecedent_end == 0 {
        return false;
    }
    // The antecedent's noun phrase: up to two words after an anchor ("the
    // Asia-Pacific Economic Cooperation forum, which runs until …").
    !fact
        .about
        .iter()
        .flat_map(|a| ctx.anchor_hits_in(a, s))
        .any(|h| {
            h.span.end <= antecedent_end
                && ctx
                    .text
                    .get(h.span.end..antecedent_end)
                    .is_some_and(|g| !g.contains(',') && g.split_whitespace().count() <= 2)
        })
}

/// Whether the clause before a date tells of a plan since changed: "was
/// first set for Friday", "had initially been set down for 30 October",
/// "originally scheduled for".
fn superseded(lead: &str) -> bool {
    let words: Vec<&str> = words_of(lead).collect();
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    words.iter().any(|w| is(w, &["initially", "originally"]))
        || words.windows(2).any(|pair| {
            let [first, then] = pair else { return false };
            is(first, &["first"]) && is(then, &["set", "scheduled", "planned", "due", "slated"])
        })
}

/// Whether a date that would contradict is tied to the cue closely enough
/// to be its date: no comma between them ("is scheduled for Oct. 31 to Nov.
/// 1"), or the date opens the clause as its frame ("In June, after a White
/// House meeting, …"). A date in another stretch of the clause ("The vote,
/// called after a confidence vote in September, …") is another event's
/// as often as the cue's.
fn tied_to_cue(text: &str, clause: Span, cue: Span, date: Span) -> bool {
    let between = text_between(text, cue, date).unwrap_or("");
    let commas = between.matches(',').count();
    if commas == 0 {
        return true;
    }
    let b = between.trim_start();
    let cue_first = cue.end <= date.start;
    // "the arrival, which is set for October 30"; "trapped since early on
    // Tuesday, when the roof collapsed"; "brought out of El Roble, at 5:10
    // a.m. on Sunday".
    let relative = cue_first && [", which ", ", who "].iter().any(|p| b.starts_with(p));
    let when = !cue_first && b.starts_with(", when ");
    let timed = cue_first && {
        let tail = between.rsplit(',').next().unwrap_or("").trim_start();
        ["at ", "on ", "in ", "early ", "late "]
            .iter()
            .any(|p| tail.starts_with(p))
    };
    if commas == 1 && (relative || when || timed) {
        return true;
    }
    // The date opens the clause as its frame: "At about 6:20 a.m. on Monday,
    // November 10, a section of roof collapsed".
    const OPENERS: &[&str] = &[
        "at", "on", "in", "by", "since", "early", "late", "last", "earlier", "later", "until", "a",
        "just", "shortly", "soon", "around", "about",
    ];
    let lead = text.get(clause.start..date.start).unwrap_or("");
    let opens = words_of(lead)
        .next()
        .is_none_or(|w| OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)));
    opens
        && !lead.contains(',')
        && words_of(lead).count() <= 6
        && text
            .get(date.end..)
            .is_some_and(|r| r.trim_start().starts_with(','))
}

/// The clause up to `date`, from the relative clause the date is in, if
/// any: "Rijal, who toured Dullu on Tuesday, will chair a meeting" tells
/// the tour's date in the past, whatever the clause says after it.
fn lead_of(text: &str, clause: Span, date: Span) -> &str {
    let before = text.get(clause.start..date.start).unwrap_or("");
    let from = [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|p| before.rfind(p))
        .max()
        .map_or(0, |i| i + 2);
    before.get(from..).unwrap_or("")
}

/// Whether a clause speaks of the future: "will", "is expected to", "is
/// forecast to", "is scheduled to", "is due to", "plans to".
fn forecast(clause: &str) -> bool {
    const FUTURE: &[&str] = &[
        "will",
        "shall",
        "expected",
        "forecast",
        "forecasts",
        "predicted",
        "projected",
        "scheduled",
        "due",
        "plans",
        "planned",
        "upcoming",
    ];
    clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| {
            FUTURE.iter().any(|f| w.eq_ignore_ascii_case(f))
                || w.ends_with("'ll")
                || w.ends_with("’ll")
        })
}

/// Whether a date is the day something was said: a reporting verb at most
/// four words before it, with no punctuation between ("said on Friday",
/// "told reporters on Friday", "CNN reported Saturday").
fn reported_on(text: &str, date: Span) -> bool {
    let before = text.get(..date.start).unwrap_or("");
    let mut words = 0;
    for word in before.split_whitespace().rev() {
        if word
            .chars()
            .any(|c| matches!(c, ',' | ';' | ':' | '.' | '"' | '”' | '(' | ')'))
        {
            return false;
        }
        if is_reporting_verb(word) {
            return true;
        }
        words += 1;
        if words > 4 {
            return false;
        }
    }
    false
}

/// Whether the date belongs to another event than the cue's, told between
/// them: a relative clause on another noun ("the ruling follows a trial that
/// began on March 2"; one right on the cue, "the arrival, which is set for
/// October 29", dates the cue's event), or after the cue a subordinate
/// clause of time ("peaked two days after heavy rain began on Sunday"; a
/// connective right before the date, "runs until November 1", is the cue's).
fn other_event_between(text: &str, cue: Span, date: Span) -> bool {
    const RELATIVE: &[&str] = &["that", "which", "who", "whom", "whose"];
    // Not "before": it is as often a place ("a speech before parliament
    // last month").
    const CONNECTIVES: &[&str] = &["after", "since", "until", "following"];
    let Some(between) = text_between(text, cue, date) else {
        return false;
    };
    let cue_first = cue.end <= date.start;
    let words: Vec<&str> = words_of(between).collect();
    let is = |w: &str, list: &[&str]| list.iter().any(|r| w.eq_ignore_ascii_case(r));
    let told_between = words.iter().enumerate().any(|(i, w)| {
        (is(w, RELATIVE) && !(cue_first && i == 0))
            || (cue_first && is(w, CONNECTIVES) && i + 2 < words.len())
    });
    told_between || (!cue_first && dated_relative_to_cue(between))
}

/// Whether the date, told before the cue, dates another event placed
/// relative to the cue's:
/// - an offset from the cue's event between them ("resigned on Thursday,
///   two days after the vote", "less than a day after surviving a vote");
/// - a connective of time between them, the date not set off by a comma
///   ("shares fell on Thursday after the ruling", "bonds rallied on
///   Wednesday … after the prime minister survived the vote"). A date set
///   off by a comma frames the whole sentence: "In August, after a White
///   House meeting, Trump said" dates the meeting too. ("before" counts
///   here, unlike after the cue: a date told first and then "before the
///   talks" is the date of something else, though "spoke in September
///   before parliament" is lost with it.)
fn dated_relative_to_cue(between: &str) -> bool {
    const UNITS: &[&str] = &[
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years",
    ];
    if between.contains(';') {
        return false;
    }
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    let words: Vec<&str> = words_of(between).collect();
    let offset = words.windows(3).any(|triple| {
        let [amount, unit, connective] = triple else {
            return false;
        };
        is(unit, UNITS)
            && is(connective, &["after", "before", "later", "earlier"])
            && (is(amount, &["a", "an", "few", "several"])
                || amount.parse::<u32>().is_ok()
                || small_word(&amount.to_lowercase()).is_some())
    });
    let set_off = between.trim_start().starts_with(',');
    offset || (!set_off && time_connective_between(between))
}

/// Whether the cue is marked as another occurrence ("crest again",
/// "another meeting"): its dates are not the fact's. ("a second summit" may
/// be the very one the fact is about, so ordinals do not count.)
fn another_occurrence(text: &str, cue: Span) -> bool {
    let before = text.get(..cue.start).unwrap_or("");
    let after = text.get(cue.end..).unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    prev.eq_ignore_ascii_case("another") || next.eq_ignore_ascii_case("again")
}

/// Whether a date is more than a year away from the fact's interval: the
/// date of another occasion ("the last state of emergency, declared in
/// April 2011"; "talks held in June 2024"), not a wrong date for this one.
/// A slip of the year ("October 29, 2024") is a year off and still counts.
fn another_year(d: &DateMention, (start, end): (NaiveDate, NaiveDate)) -> bool {
    const YEAR_AND_A_DAY: i64 = 366;
    let gap = if d.end < start {
        (start - d.end).num_days()
    } else {
        (d.start - end).num_days()
    };
    gap > YEAR_AND_A_DAY
}

fn whole_year(d: &DateMention) -> bool {
    d.start.ordinal() == 1
        && d.end.month() == 12
        && d.end.day() == 31
        && d.start.year() == d.end.year()
}

/// `2025-10-29`, or `2025-10-31 .. 2025-11-01` for a range.
fn format_interval(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start} .. {end}")
    }
}
