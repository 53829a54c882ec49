use super::*;

fn obs(file: &str, fact: &str, kind: &str, verdict: Verdict) -> Observed {
    Observed {
        file: file.into(),
        fact_id: fact.into(),
        kind: kind.into(),
        verdict,
        evidence: None,
    }
}

const GOLD: &str = "file\tfact_id\tverdict\tnote\n\
a.txt\tf1\tcontradiction\t\n\
b.txt\tf1\tcontradiction\thard one\n\
c.txt\tf1\tcontradiction\n\
d.txt\tf1\tabsent\t\n\
e.txt\tf2\tmatch\t\n\
\n";

#[test]
fn parses_header_in_any_order_and_ignores_extra_columns() {
    let rows = parse_gold("verdict\tx\tfile\tfact_id\nmatch\t?\ta.txt\tf\n").unwrap();
    assert_eq!(
        rows,
        vec![GoldRow {
            file: "a.txt".into(),
            fact_id: "f".into(),
            verdict: Verdict::Match,
            line: 2
        }]
    );
    assert_eq!(parse_gold(GOLD).unwrap().len(), 5);
}

#[test]
fn rejects_bad_gold() {
    assert_eq!(parse_gold(""), Err(GoldError::Empty));
    assert_eq!(
        parse_gold("file\tverdict\n"),
        Err(GoldError::MissingColumn("fact_id"))
    );
    assert!(matches!(
        parse_gold("file\tfact_id\tverdict\na\tb\tmaybe\n"),
        Err(GoldError::Row { line: 2, .. })
    ));
    assert!(matches!(
        parse_gold("file\tfact_id\tverdict\na\tb\n"),
        Err(GoldError::Row { line: 2, .. })
    ));
}

/// 2 TP (a, b), 1 FP (d), 1 FN (c) for contradiction: P = R = 2/3.
#[test]
fn hand_counted_scores() {
    let gold = parse_gold(GOLD).unwrap();
    let got = vec![
        obs("a.txt", "f1", "count", Verdict::Contradiction),
        obs("b.txt", "f1", "count", Verdict::Contradiction),
        obs("c.txt", "f1", "count", Verdict::Absent),
        obs("d.txt", "f1", "count", Verdict::Contradiction),
        obs("e.txt", "f2", "date", Verdict::Match),
        obs("z.txt", "f9", "date", Verdict::Match), // unlabelled: ignored
    ];
    let eval = compare(&gold, &got);
    let c = eval.overall.scores(Verdict::Contradiction);
    assert_eq!(
        (c.true_positives, c.false_positives, c.false_negatives),
        (2, 1, 1)
    );
    assert_eq!(format!("{:.3}", c.precision.unwrap()), "0.667");
    assert_eq!(format!("{:.3}", c.recall.unwrap()), "0.667");
    assert_eq!(format!("{:.3}", c.f1.unwrap()), "0.667");
    let m = eval.overall.scores(Verdict::Match);
    assert_eq!(
        (m.precision, m.recall, m.f1),
        (Some(1.0), Some(1.0), Some(1.0))
    );
    assert_eq!(eval.overall.total(), 5);
    assert_eq!(eval.overall.agreements(), 3);
    assert_eq!(eval.per_kind["count"].total(), 4);
    assert_eq!(eval.per_kind["date"].total(), 1);
    let pairs: Vec<_> = eval
        .disagreements
        .iter()
        .map(|d| (d.file.as_str(), d.gold, d.got))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("c.txt", Verdict::Contradiction, Verdict::Absent),
            ("d.txt", Verdict::Absent, Verdict::Contradiction)
        ]
    );
    assert!(eval.unscored.is_empty());
}

#[test]
fn missing_verdicts_are_unscored_and_empty_classes_have_no_score() {
    let gold = parse_gold(GOLD).unwrap();
    let eval = compare(&gold, &[obs("e.txt", "f2", "date", Verdict::Absent)]);
    assert_eq!(eval.unscored.len(), 4);
    let c = eval.overall.scores(Verdict::Contradiction);
    assert_eq!((c.precision, c.recall, c.f1), (None, None, None));
    let m = eval.overall.scores(Verdict::Match);
    assert_eq!((m.precision, m.recall, m.f1), (None, Some(0.0), None));
}
