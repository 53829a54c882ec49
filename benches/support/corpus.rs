//! The benchmark corpus and rule sets, shared by `examples/gen_corpus.rs`
//! (which writes them to disk) and `benches/throughput.rs` (which keeps them
//! in memory): reproducible (fixed seed) articles built from the seeds'
//! paragraphs, and rule sets of any size built from the seeds' vocabulary.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// xorshift64*: tiny, fixed, reproducible across platforms.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

pub const SEED: u64 = 0x5EED_FAC7_u64;

pub fn paragraphs(seeds: &Path) -> Vec<String> {
    let mut entries: Vec<_> = fs::read_dir(seeds)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    let mut out = Vec::new();
    for path in entries {
        let text = fs::read_to_string(&path).unwrap_or_default();
        out.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| l.len() > 40)
                .map(String::from),
        );
    }
    out
}

pub fn article(rng: &mut Rng, paras: &[String]) -> String {
    let n = 6 + rng.below(10);
    let mut body = String::from("date: 2025-10-18\n\n");
    for _ in 0..n {
        body.push_str(&paras[rng.below(paras.len())]);
        body.push_str("\n\n");
    }
    body
}

/// Capitalised words and lowercase words of the seeds, for anchors and cues.
fn vocabulary(paras: &[String]) -> (Vec<String>, Vec<String>) {
    let mut names = Vec::new();
    let mut words = Vec::new();
    for p in paras {
        for w in p.split(|c: char| !c.is_alphabetic()) {
            if w.len() < 4 {
                continue;
            }
            if w.chars().next().is_some_and(char::is_uppercase) {
                names.push(w.to_string());
            } else {
                words.push(w.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    words.sort();
    words.dedup();
    (names, words)
}

pub fn rules(count: usize, paras: &[String]) -> String {
    let mut rng = Rng(SEED ^ count as u64);
    let (names, words) = vocabulary(paras);
    let pick = |rng: &mut Rng, v: &[String]| v[rng.below(v.len())].clone();
    let mut s = String::from("story \"generated\" {\n  dateline 2025-10-18\n}\n\n");
    for i in 0..count {
        let a = pick(&mut rng, &names);
        let b = pick(&mut rng, &names);
        let c1 = pick(&mut rng, &words);
        let c2 = pick(&mut rng, &words);
        let _ = match i % 5 {
            0 => writeln!(
                s,
                "fact f{i}: count {} {{\n  claim \"c\"\n  about \"{a}\", \"{b}\"\n  cue \"{c1}\", \"{c2}\"\n}}\n",
                1 + rng.below(5)
            ),
            1 => writeln!(
                s,
                "fact f{i}: event {{\n  claim \"c\"\n  about \"{a}\"\n  holds \"{c1}\"\n  denies \"{c2}\"\n}}\n"
            ),
            2 => writeln!(
                s,
                "fact f{i}: date 2025-10-{:02} {{\n  claim \"c\"\n  about \"{a}\"\n  cue \"{c1}\"\n}}\n",
                1 + rng.below(28)
            ),
            3 => writeln!(
                s,
                "fact f{i}: forbid {{\n  claim \"c\"\n  about \"{a}\"\n  phrase \"{c1} {c2}\", \"{c2}\"\n}}\n"
            ),
            _ => writeln!(
                s,
                "fact f{i}: place \"{a}\" {{\n  claim \"c\"\n  about \"{b}\"\n  among \"{}\", \"{}\"\n}}\n",
                pick(&mut rng, &names),
                pick(&mut rng, &names)
            ),
        };
    }
    s
}
