//! Library-level throughput: `Checker::check` per article on one thread,
//! over an in-memory corpus from the same fixed-seed generator as
//! `gen_corpus`, for rule sets of 10, 100 and 1,000 facts, in one story (all
//! apply) and as an archive (stories of ten, one applies). No output is
//! written, so this is the checker's own cost (the CLI adds loading and
//! report rendering).
//!
//! `cargo bench --bench throughput` (release). No harness: std::time only,
//! median of three passes. `FACTLINT_BENCH_ARTICLES` sets the corpus size
//! (default 2,000 articles, about 4.4 MB).

#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used)] // benchmark code, not the library

#[path = "support/corpus.rs"]
mod corpus;

use factlint::article::load::{article_from_text, TextKind};
use factlint::article::Article;
use factlint::check::{CheckOptions, Checker};
use std::path::Path;
use std::time::{Duration, Instant};

fn median_of_three(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[1]
}

fn main() {
    let count: usize = std::env::var("FACTLINT_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    let paras = corpus::paragraphs(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")));
    assert!(!paras.is_empty(), "no seed paragraphs");
    let mut rng = corpus::Rng(corpus::SEED);
    let articles: Vec<Article> = (0..count)
        .map(|i| {
            let text = corpus::article(&mut rng, &paras);
            article_from_text(&format!("a{i:06}"), text, TextKind::Plain)
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.source.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("throughput: {count} articles, {mb:.1} MB, 1 thread, median of 3");

    let dir = std::env::temp_dir().join(format!("factlint-throughput-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let options = CheckOptions::default();
    for family in ["one story", "archive"] {
        println!("{family}:");
        let mut base = None;
        for facts in [10, 100, 1_000] {
            // One rule file, or a directory of one file per story.
            let path = dir.join(format!("{family}-{facts}").replace(' ', "-"));
            if family == "archive" {
                std::fs::create_dir_all(&path).expect("rules dir");
                for (name, text) in corpus::archive_rules(facts, &paras) {
                    std::fs::write(path.join(name), text).expect("write rules");
                }
            } else {
                std::fs::write(&path, corpus::rules(facts, &paras)).expect("write rules");
            }
            let set = factlint::dsl::load_rules(std::slice::from_ref(&path)).expect("valid rules");
            let checker = Checker::new(&set);
            let mut found = 0usize;
            let time = median_of_three(|| {
                found = 0;
                for article in &articles {
                    let report = checker.check(article, &options);
                    found += report
                        .facts
                        .iter()
                        .filter(|f| !f.evidence.is_empty())
                        .count();
                    std::hint::black_box(report);
                }
            });
            let secs = time.as_secs_f64();
            let base_secs = *base.get_or_insert(secs);
            println!(
                "{facts:>5} facts: {secs:7.3} s  {:7.1} MB/s  {:8.0} articles/s  {:5.1}x the 10-fact time  ({found} facts with evidence)",
                mb / secs,
                count as f64 / secs,
                secs / base_secs,
            );
            assert!(found > 0, "the generated rules found nothing");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
