//! Parse and validate a generated 10,000-fact rule file; prints timings.
//!
//! `cargo bench --bench rules` (release). No harness: one run of each step,
//! best of five.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// A small fixed-seed generator (xorshift), so every run sees the same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn generate(facts: usize) -> String {
    let mut rng = Rng(0x5eed_f00d);
    let mut out = String::from("story \"Bench\" {\n  about e0, e1\n  dateline 2025-10-18\n}\n\n");
    let entities = 200;
    for e in 0..entities {
        let _ = writeln!(
            out,
            "entity e{e} = \"Person {e}\" | \"P. {e}\" | \"Mr {e}\""
        );
    }
    for f in 0..facts {
        let a = rng.below(entities);
        let b = rng.below(entities);
        let _ = writeln!(out, "\n# fact number {f}");
        let header = match rng.below(7) {
            0 => format!("count {}", rng.below(1000)),
            1 => format!(
                "date 2025-{:02}-{:02}",
                1 + rng.below(12),
                1 + rng.below(28)
            ),
            2 => "date 2025-10-31 .. 2025-11-01".to_string(),
            3 => format!("place e{a}"),
            4 => "event".to_string(),
            5 => format!("quote \"Words number {f}, said \\\"loudly\\\" – “again”.\""),
            _ => format!("name e{a}"),
        };
        let _ = writeln!(out, "fact f{f}: {header} {{");
        let _ = writeln!(out, "  claim \"Claim number {f} about e{a} and e{b}\"");
        let kind = header.split(' ').next().unwrap_or("");
        if kind != "quote" && kind != "name" {
            let _ = writeln!(out, "  about e{a}, \"phrase {b}\"");
        }
        match kind {
            "count" | "date" => {
                let _ = writeln!(out, "  cue \"met\", \"times\", \"arriv*\"");
            }
            "place" => {
                let _ = writeln!(out, "  among \"Busan\", e{b}");
            }
            "event" => {
                let _ = writeln!(out, "  holds \"reject*\"\n  denies \"accept*\"");
            }
            "quote" => {
                let _ = writeln!(out, "  by e{b}");
            }
            _ => {}
        }
        let _ = writeln!(out, "  window {}", 1 + rng.below(3));
        let _ = writeln!(out, "  example match \"Sentence {f} that matches.\"");
        let _ = writeln!(
            out,
            "  example contradiction \"Sentence {f} that does not.\""
        );
        let _ = writeln!(out, "}}");
    }
    out
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let text = generate(10_000);
    let dir = std::env::temp_dir().join(format!("factlint-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bench.facts");
    std::fs::write(&path, &text).expect("write bench file");

    let parse = best_of(5, || {
        let (ast, errors) = factlint::dsl::parse(&text);
        assert!(errors.is_empty(), "{:?}", errors.first());
        std::hint::black_box(ast);
    });
    let load = best_of(5, || {
        let set = factlint::dsl::load_rules(std::slice::from_ref(&path)).expect("valid rules");
        assert_eq!(set.facts.len(), 10_000);
        std::hint::black_box(set);
    });
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "rules: {} KiB, 10,000 facts: parse {:.1} ms, load (read+parse+validate+resolve) {:.1} ms",
        text.len() / 1024,
        parse.as_secs_f64() * 1e3,
        load.as_secs_f64() * 1e3
    );
}
