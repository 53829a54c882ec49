//! Unit tests for date extraction: each form, and look-alikes that are not
//! dates. The reference is Saturday 2025-10-18 unless said otherwise.

use super::extract_dates;
use crate::source::Span;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

fn dates_at(s: &str, reference: &str) -> Vec<(String, String, String)> {
    extract_dates(s, Span::new(0, s.len()), d(reference))
        .into_iter()
        .map(|m| {
            (
                m.span.slice(s).to_string(),
                m.start.to_string(),
                m.end.to_string(),
            )
        })
        .collect()
}

fn dates(s: &str) -> Vec<(String, String, String)> {
    dates_at(s, "2025-10-18")
}

fn one(s: &str, text: &str, start: &str, end: &str) {
    let found = dates(s);
    assert_eq!(
        found,
        vec![(text.to_string(), start.to_string(), end.to_string())],
        "{s:?}"
    );
}

#[test]
fn month_and_day() {
    one(
        "arrive on October 29 for",
        "October 29",
        "2025-10-29",
        "2025-10-29",
    );
    one("on Oct. 29", "Oct. 29", "2025-10-29", "2025-10-29");
    one("on Oct 29", "Oct 29", "2025-10-29", "2025-10-29");
    one("on 29 October", "29 October", "2025-10-29", "2025-10-29");
    one(
        "on October 29, 2025",
        "October 29, 2025",
        "2025-10-29",
        "2025-10-29",
    );
    one(
        "on October 29, 2019",
        "October 29, 2019",
        "2019-10-29",
        "2019-10-29",
    );
    one(
        "said on Friday, October 17, that",
        "Friday, October 17",
        "2025-10-17",
        "2025-10-17",
    );
    one(
        "the 29th of October",
        "the 29th of October",
        "2025-10-29",
        "2025-10-29",
    );
    one("on 2025-10-29.", "2025-10-29", "2025-10-29", "2025-10-29");
    // February 30 is no date.
    assert!(dates("on February 30").iter().all(|m| m.0 != "February 30"));
}

#[test]
fn ranges() {
    let want = ("2025-10-31", "2025-11-01");
    for (s, text) in [
        (
            "scheduled for Oct. 31 to Nov. 1 in Gyeongju",
            "Oct. 31 to Nov. 1",
        ),
        ("runs Oct. 31–Nov. 1", "Oct. 31–Nov. 1"),
        (
            "runs from October 31 to November 1.",
            "from October 31 to November 1",
        ),
        (
            "held between Oct. 31 and Nov. 1",
            "between Oct. 31 and Nov. 1",
        ),
        ("runs October 31-November 1", "October 31-November 1"),
        ("runs Oct. 31-Nov. 1, 2025", "Oct. 31-Nov. 1, 2025"),
    ] {
        one(s, text, want.0, want.1);
    }
    one("October 29-31", "October 29-31", "2025-10-29", "2025-10-31");
    one("29-31 October", "29-31 October", "2025-10-29", "2025-10-31");
    // Without "between", "and" joins two days.
    assert_eq!(dates("October 31 and November 1").len(), 2);
    one(
        "runs until November 1.",
        "November 1",
        "2025-11-01",
        "2025-11-01",
    );
}

#[test]
fn months_and_years() {
    one(
        "at the White House in August.",
        "August",
        "2025-08-01",
        "2025-08-31",
    );
    one("in August 2024", "August 2024", "2024-08-01", "2024-08-31");
    one("in January", "January", "2026-01-01", "2026-01-31");
    one("in mid-October", "mid-October", "2025-10-11", "2025-10-20");
    one(
        "in early October",
        "early October",
        "2025-10-01",
        "2025-10-10",
    );
    one(
        "in late October",
        "late October",
        "2025-10-21",
        "2025-10-31",
    );
    one("last August", "last August", "2025-08-01", "2025-08-31");
    one("next March", "next March", "2026-03-01", "2026-03-31");
    one("in Singapore in 2018", "2018", "2018-01-01", "2018-12-31");
    one("since 2017", "2017", "2017-01-01", "2017-12-31");
    one("the 2025-26 season", "2025-26", "2025-01-01", "2026-12-31");
    one("his 2018 talks", "2018", "2018-01-01", "2018-12-31");
    one("Trump's August visit", "August", "2025-08-01", "2025-08-31");
}

#[test]
fn not_dates() {
    for s in [
        "Trump may meet Xi",
        "they joined a march",
        "they marched",
        "May I ask",
        "2,019 people",
        "2000 troops",
        "the 21st century",
        "the 29th anniversary",
        "in the 1990s",
        "10/29/2025",
        "April Ryan asked",
        "a day after",
        "in Oct",
        "The Sunday Times reported",
        "a Black Friday sale",
        "Theresa May said",
        "the Women's March",
    ] {
        assert!(dates(s).is_empty(), "{s}: {:?}", dates(s));
    }
}

#[test]
fn ambiguous_months_need_context() {
    one("in May", "May", "2025-05-01", "2025-05-31");
    one("May 5", "May 5", "2025-05-05", "2025-05-05");
    one("since March", "March", "2025-03-01", "2025-03-31");
    one("March 2024", "March 2024", "2024-03-01", "2024-03-31");
}

#[test]
fn ordinal_day_of_reference_month() {
    one(
        "would be arriving on the 29th.",
        "the 29th",
        "2025-10-29",
        "2025-10-29",
    );
    let found = dates_at("on the 29th", "2025-06-02");
    assert_eq!(found[0].1, "2025-06-29");
}

#[test]
fn deictic_days() {
    one("said today", "today", "2025-10-18", "2025-10-18");
    one("said yesterday", "yesterday", "2025-10-17", "2025-10-17");
    one(
        "tomorrow morning",
        "tomorrow morning",
        "2025-10-19",
        "2025-10-19",
    );
    one("last night", "last night", "2025-10-17", "2025-10-18");
    assert!(dates("a USA Today poll").is_empty());
}

#[test]
fn weekdays() {
    // 2025-10-18 is a Saturday.
    one(
        "told CNBC on Wednesday that",
        "Wednesday",
        "2025-10-15",
        "2025-10-15",
    );
    one(
        "CNN reported Saturday",
        "Saturday",
        "2025-10-18",
        "2025-10-18",
    );
    one(
        "Trump will meet Xi on Friday",
        "Friday",
        "2025-10-24",
        "2025-10-24",
    );
    // The present of a scheduled event looks ahead; its past looks back.
    one(
        "The talks that begin on Monday",
        "Monday",
        "2025-10-20",
        "2025-10-20",
    );
    one(
        "The talks that began on Monday",
        "Monday",
        "2025-10-13",
        "2025-10-13",
    );
    one(
        "The trial opens Tuesday",
        "Tuesday",
        "2025-10-21",
        "2025-10-21",
    );
    one("last Friday", "last Friday", "2025-10-17", "2025-10-17");
    one("next Friday", "next Friday", "2025-10-24", "2025-10-24");
    one(
        "this coming Monday",
        "this coming Monday",
        "2025-10-20",
        "2025-10-20",
    );
    one("last Saturday", "last Saturday", "2025-10-11", "2025-10-11");
    one(
        "at Friday's session",
        "Friday's",
        "2025-10-17",
        "2025-10-17",
    );
    one("on Friday Trump said", "Friday", "2025-10-17", "2025-10-17");
    // The verb nearest the date decides: "in the open" is no verb of the
    // future, and "struck" tells of the past.
    one(
        "people have spent two nights in the open since the quake struck on Tuesday night",
        "Tuesday night",
        "2025-10-14",
        "2025-10-14",
    );
    // A state lasting until a weekday lasts into the coming one.
    one(
        "flags fly at half-mast until Friday",
        "Friday",
        "2025-10-24",
        "2025-10-24",
    );
    one(
        "the bridge was closed until Friday",
        "Friday",
        "2025-10-17",
        "2025-10-17",
    );
}

#[test]
fn calendar_units() {
    one("next month", "next month", "2025-11-01", "2025-11-30");
    one("last month", "last month", "2025-09-01", "2025-09-30");
    one("this month", "this month", "2025-10-01", "2025-10-31");
    one("Last week, Trump", "Last week", "2025-10-06", "2025-10-12");
    one("this week", "this week", "2025-10-13", "2025-10-19");
    one("next week", "next week", "2025-10-20", "2025-10-26");
    one(
        "later this month",
        "later this month",
        "2025-10-18",
        "2025-10-31",
    );
    one(
        "earlier this month",
        "earlier this month",
        "2025-10-01",
        "2025-10-18",
    );
    one(
        "earlier this year",
        "earlier this year",
        "2025-01-01",
        "2025-10-18",
    );
    one(
        "later this year",
        "later this year",
        "2025-10-18",
        "2025-12-31",
    );
    one("last year", "last year", "2024-01-01", "2024-12-31");
    one(
        "this year's summit",
        "this year's",
        "2025-01-01",
        "2025-12-31",
    );
    one("the past week", "the past week", "2025-10-11", "2025-10-18");
    one(
        "later this fall",
        "later this fall",
        "2025-10-18",
        "2025-11-30",
    );
    one("this summer", "this summer", "2025-06-01", "2025-08-31");
    one("this winter", "this winter", "2025-12-01", "2026-02-28");
    one("last spring", "last spring", "2025-03-01", "2025-05-31");
    one(
        "began earlier in 2025",
        "earlier in 2025",
        "2025-01-01",
        "2025-10-18",
    );
}

#[test]
fn offsets() {
    one("in two weeks.", "in two weeks", "2025-10-29", "2025-11-04");
    one("two weeks ago", "two weeks ago", "2025-10-01", "2025-10-07");
    one(
        "three days ago",
        "three days ago",
        "2025-10-15",
        "2025-10-15",
    );
    one("in 3 days", "in 3 days", "2025-10-21", "2025-10-21");
    one("a year ago", "a year ago", "2024-01-01", "2024-12-31");
    one(
        "within two weeks",
        "within two weeks",
        "2025-10-18",
        "2025-11-01",
    );
    assert!(dates("in two weeks of talks").is_empty());
    assert!(dates("a few weeks ago").is_empty());
    // A stretch up to now after a superlative, and a while after another
    // time in a clause about the past, are not dates.
    assert!(dates("the worst in 80 years").is_empty());
    assert!(dates("for the first time in two years").is_empty());
    assert!(dates("most were home within a week").is_empty());
    one(
        "a ruling is due within a week",
        "within a week",
        "2025-10-18",
        "2025-10-25",
    );
}

#[test]
fn mentions_do_not_overlap_and_stay_in_span() {
    let s = "From October 31 to November 1, and on Friday, October 17, in 2019.";
    let found = extract_dates(s, Span::new(0, s.len()), d("2025-10-18"));
    for pair in found.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start);
    }
    assert_eq!(found.len(), 3);
    let inner = extract_dates(s, Span::new(5, 15), d("2025-10-18"));
    assert_eq!(inner.len(), 1);
    assert_eq!(inner[0].span.slice(s), "October 31");
    assert!(extract_dates(s, Span::new(5, 999), d("2025-10-18")).is_empty());
}
