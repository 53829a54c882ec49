//! Benchmark corpus generator: reproducible (fixed seed) articles built from
//! the seeds' paragraphs, and rule sets of any size built from the seeds'
//! vocabulary (the generator itself is `benches/support/corpus.rs`).
//!
//! ```sh
//! cargo run --release --example gen_corpus -- articles 10000 files bench-out/10k
//! cargo run --release --example gen_corpus -- articles 100000 jsonl bench-out/100k.jsonl
//! cargo run --release --example gen_corpus -- rules 100 bench-out/rules-100.facts
//! cargo run --release --example gen_corpus -- archive 1000 bench-out/archive-1000
//! ```
//!
//! `rules` writes one story whose facts all apply to nearly every article
//! (the worst case); `archive` writes the same kind of facts in stories of
//! ten, one file each, of which only the first applies to the corpus.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

#[path = "../benches/support/corpus.rs"]
mod corpus;

use corpus::{article, paragraphs, Rng, SEED};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

fn gen_articles(count: usize, format: &str, out: &Path, paras: &[String]) -> std::io::Result<()> {
    let mut rng = Rng(SEED);
    match format {
        "jsonl" => {
            if let Some(dir) = out.parent() {
                fs::create_dir_all(dir)?;
            }
            let mut w = BufWriter::new(fs::File::create(out)?);
            for i in 0..count {
                let body = article(&mut rng, paras);
                let record = serde_json::json!({"id": format!("a{i:06}"), "body": body});
                writeln!(w, "{record}")?;
            }
            w.flush()
        }
        _ => {
            for i in 0..count {
                let dir = out.join(format!("{:03}", i / 1000));
                fs::create_dir_all(&dir)?;
                fs::write(dir.join(format!("a{i:06}.txt")), article(&mut rng, paras))?;
            }
            Ok(())
        }
    }
}

fn gen_rules(count: usize, out: &Path, paras: &[String]) -> std::io::Result<()> {
    if let Some(dir) = out.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(out, corpus::rules(count, paras))
}

fn gen_archive(count: usize, out: &Path, paras: &[String]) -> std::io::Result<()> {
    if out.exists() {
        fs::remove_dir_all(out)?;
    }
    fs::create_dir_all(out)?;
    for (name, text) in corpus::archive_rules(count, paras) {
        fs::write(out.join(name), text)?;
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paras = paragraphs(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")));
    if paras.is_empty() {
        eprintln!("gen_corpus: no seed paragraphs found");
        std::process::exit(2);
    }
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["articles", n, format, out] => match n.parse() {
            Ok(n) => gen_articles(n, format, Path::new(out), &paras),
            Err(_) => Err(std::io::Error::other("bad count")),
        },
        ["rules", n, out] => match n.parse() {
            Ok(n) => gen_rules(n, Path::new(out), &paras),
            Err(_) => Err(std::io::Error::other("bad count")),
        },
        ["archive", n, out] => match n.parse() {
            Ok(n) => gen_archive(n, Path::new(out), &paras),
            Err(_) => Err(std::io::Error::other("bad count")),
        },
        _ => {
            eprintln!("usage: gen_corpus articles N files|jsonl OUT | rules N OUT | archive N DIR");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("gen_corpus: {e}");
        std::process::exit(1);
    }
}
