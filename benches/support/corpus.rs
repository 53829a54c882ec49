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

/// One story of `count` facts whose anchors and cues are common words of
/// the seeds, so almost every fact is judged on almost every article (the
/// worst case: nothing is skipped, and findings grow with the facts).
pub fn rules(count: usize, paras: &[String]) -> String {
    let mut rng = Rng(SEED ^ count as u64);
    let (names, words) = vocabulary(paras);
    let mut s = String::from("story \"generated\" {\n  dateline 2025-10-18\n}\n\n");
    write_facts(&mut s, &mut rng, 0..count, &names, &words);
    s
}

/// Facts per story in [`archive_rules`].
pub const FACTS_PER_STORY: usize = 10;

/// An archive's rules: `count` facts in stories of [`FACTS_PER_STORY`], one
/// rule file each (`(file name, text)`), as a newsroom keeps one file per
/// story. The first story is about the corpus's most common name, so it
/// applies to most articles, and is the same whatever `count` is (the sets
/// differ only in what does not apply); every other story is about a name
/// the corpus never mentions, so it is skipped. The first story's facts are
/// those of `rules(10, …)` (so it finds what that set finds); the others are
/// built like them from the seeds' words.
pub fn archive_rules(count: usize, paras: &[String]) -> Vec<(String, String)> {
    // The applicable story holds the very facts of `rules(10, …)`, which
    // are known to find matches and contradictions in the corpus.
    let mut first = Rng(SEED ^ FACTS_PER_STORY as u64);
    let mut rng = Rng(SEED ^ count as u64 ^ 0xA4C1);
    let (names, words) = vocabulary(paras);
    let common = most_common_name(paras);
    let stories = count.div_ceil(FACTS_PER_STORY);
    (0..stories)
        .map(|k| {
            let about = if k == 0 {
                common.clone()
            } else {
                format!("Qzorvath{k:04}")
            };
            let mut s = format!(
                "story \"story {k}\" {{\n  about \"{about}\"\n  dateline 2025-10-18\n}}\n\n"
            );
            let first_fact = k * FACTS_PER_STORY;
            let last = (first_fact + FACTS_PER_STORY).min(count);
            let rng = if k == 0 { &mut first } else { &mut rng };
            write_facts(&mut s, rng, first_fact..last, &names, &words);
            (format!("story-{k:04}.facts"), s)
        })
        .collect()
}

/// The capitalised word (4 letters or more) found in the most paragraphs.
fn most_common_name(paras: &[String]) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for p in paras {
        let mut seen: Vec<&str> = p
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 4 && w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *counts.entry(w).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(w, n)| (n, std::cmp::Reverse(w)))
        .map(|(w, _)| w.to_string())
        .unwrap_or_default()
}

fn write_facts(
    s: &mut String,
    rng: &mut Rng,
    ids: std::ops::Range<usize>,
    names: &[String],
    words: &[String],
) {
    let pick = |rng: &mut Rng, v: &[String]| v[rng.below(v.len())].clone();
    for i in ids {
        let a = pick(rng, names);
        let b = pick(rng, names);
        let c1 = pick(rng, words);
        let c2 = pick(rng, words);
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
                pick(rng, names),
                pick(rng, names)
            ),
        };
    }
}
