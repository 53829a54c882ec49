use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn dates_in_the_usual_forms() {
    assert_eq!(date_at("2025-10-18 x"), Some((d(2025, 10, 18), 10)));
    assert_eq!(date_at("October 18, 2025 |"), Some((d(2025, 10, 18), 16)));
    assert_eq!(date_at("Oct. 18, 2025"), Some((d(2025, 10, 18), 13)));
    assert_eq!(date_at("Sept. 3 2025"), Some((d(2025, 9, 3), 12)));
    assert_eq!(date_at("18 October 2025"), Some((d(2025, 10, 18), 15)));
    assert_eq!(
        date_at("Saturday, October 18, 2025"),
        Some((d(2025, 10, 18), 26))
    );
}

#[test]
fn not_dates() {
    assert_eq!(date_at("2025-02-30"), None); // impossible
    assert_eq!(date_at("20251018"), None);
    assert_eq!(date_at("October 2025"), None);
    assert_eq!(date_at("Maybe 18, 2025"), None);
    assert_eq!(date_at("Mar 18, 20255"), None);
    assert_eq!(date_at("2025-10-181"), None);
}

#[test]
fn headers() {
    assert_eq!(
        header_at("date 2025-10-18 The"),
        Some((15, d(2025, 10, 18)))
    );
    assert_eq!(header_at("date: 2025-10-18\n"), Some((16, d(2025, 10, 18))));
    assert_eq!(
        header_at("Date: October 18, 2025"),
        Some((22, d(2025, 10, 18)))
    );
    assert_eq!(
        header_at("Published: Thursday, December 11, 2025 20:15 NST"),
        Some((38, d(2025, 12, 11)))
    );
    assert_eq!(
        header_at("Updated on Oct. 18, 2025"),
        Some((24, d(2025, 10, 18)))
    );
    assert_eq!(header_at("Published by Reuters"), None);
    assert_eq!(
        header_at("Updated: 20/11/2025"),
        Some((19, d(2025, 11, 20)))
    );
    assert_eq!(
        header_at("Updated: 11/20/2025 14:02"),
        Some((19, d(2025, 11, 20)))
    );
    // Either day-month or month-day: no date.
    assert_eq!(header_at("Updated: 03/04/2025"), None);
    assert_eq!(header_at("dated 2025-10-18"), None);
    assert_eq!(header_at("date night was fun"), None);
    assert_eq!(header_at("The date 2025-10-18"), None);
}

#[test]
fn dateline_lines() {
    assert_eq!(
        dateline_line("October 18, 2025 | Washington, D.C."),
        Some(d(2025, 10, 18))
    );
    assert_eq!(dateline_line("2025-10-18"), Some(d(2025, 10, 18)));
    assert_eq!(
        dateline_line("Washington, D.C. — October 18, 2025"),
        Some(d(2025, 10, 18))
    );
    // A sentence that merely starts with a date is prose.
    assert_eq!(
        dateline_line("October 18, 2025 was the day the talks began."),
        None
    );
    assert_eq!(dateline_line("On October 18, 2025 | Washington"), None);
}

#[test]
fn wire_datelines() {
    let s = "WASHINGTON, Oct. 18 (Reuters) - U.S. officials said";
    assert_eq!(wire_dateline_at(s), Some((32, None)));
    assert_eq!(&s[32..], "U.S. officials said");
    let s = "SEOUL, South Korea (AP) — The talks";
    let (n, date) = wire_dateline_at(s).unwrap();
    assert_eq!((&s[n..], date), ("The talks", None));
    let s = "NEW YORK, Oct. 18, 2025 (Reuters) - Stocks";
    assert_eq!(
        wire_dateline_at(s).map(|x| x.1),
        Some(Some(d(2025, 10, 18)))
    );
    // No date, no agency: not a dateline.
    assert_eq!(wire_dateline_at("WASHINGTON - The city"), None);
    assert_eq!(wire_dateline_at("NATO, the alliance (Reuters) - x"), None);
    assert_eq!(wire_dateline_at("Washington, Oct. 18 (Reuters) - x"), None);
    assert_eq!(wire_dateline_at("US officials (Reuters) -x"), None);
}
