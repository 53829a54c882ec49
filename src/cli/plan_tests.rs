use super::*;

#[test]
fn shard_parses_and_splits_round_robin() {
    let s = Shard::parse("2/3").unwrap();
    assert_eq!(s, Shard { index: 1, count: 3 });
    let taken: Vec<usize> = (0..7).filter(|&i| s.takes(i)).collect();
    assert_eq!(taken, vec![1, 4]);
    // Every input lands in exactly one shard.
    for i in 0..10 {
        let n = (1..=3)
            .filter(|k| Shard::parse(&format!("{k}/3")).unwrap().takes(i))
            .count();
        assert_eq!(n, 1);
    }
}

#[test]
fn shard_rejects_nonsense() {
    for bad in ["0/3", "4/3", "1/0", "3", "a/b", "", "1/-2"] {
        assert!(Shard::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn date_must_be_real_iso() {
    assert!(parse_date("2025-10-18").is_ok());
    assert!(parse_date("2025-02-30").is_err());
    assert!(parse_date("18/10/2025").is_err());
}
