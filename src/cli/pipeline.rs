//! The article pipeline shared by `check` and `eval`: inputs are expanded
//! lazily into jobs, taken in bounded chunks, processed in parallel on a
//! rayon pool, and handed back in input order. Memory is bounded by one
//! chunk (JSONL batches are read a record at a time), and the order of the
//! results does not depend on the number of threads.

use super::plan::Shard;
use crate::article::load::{collect_inputs, load_file, load_stdin, read_jsonl, Input};
use crate::article::{Article, LoadError, LoadOptions};
use anyhow::Result;
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles processed in parallel at a time.
pub const CHUNK: usize = 256;

/// One unit of work: an article to load and check, or an input already
/// known to be unreadable.
pub enum Job {
    File(PathBuf),
    Stdin,
    Ready(Result<Article, LoadError>),
}

impl Job {
    /// Load the article (in the worker thread).
    pub fn load(self, options: &LoadOptions) -> Result<Article, LoadError> {
        match self {
            Job::File(path) => load_file(&path, options),
            Job::Stdin => load_stdin(options),
            Job::Ready(result) => result,
        }
    }
}

/// Expand paths into jobs, lazily; `shard` keeps every N-th input of the
/// expanded list (a JSONL batch counts as one input).
pub fn jobs(
    paths: &[PathBuf],
    shard: Option<Shard>,
    options: &LoadOptions,
) -> impl Iterator<Item = Job> + Send {
    let options = options.clone();
    collect_inputs(paths)
        .into_iter()
        .enumerate()
        .filter(move |(i, _)| shard.is_none_or(|s| s.takes(*i)))
        .flat_map(move |(_, input)| -> Box<dyn Iterator<Item = Job> + Send> {
            match input {
                Err(e) => Box::new(std::iter::once(Job::Ready(Err(e)))),
                Ok(Input::File(path)) => Box::new(std::iter::once(Job::File(path))),
                Ok(Input::Stdin) => Box::new(std::iter::once(Job::Stdin)),
                Ok(Input::Jsonl(path)) => match read_jsonl(&path, &options) {
                    Ok(records) => Box::new(records.map(Job::Ready)),
                    Err(e) => Box::new(std::iter::once(Job::Ready(Err(e)))),
                },
            }
        })
}

/// A thread pool of `jobs` threads (`None`: all cores).
pub fn build_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs {
        builder = builder.num_threads(n);
    }
    Ok(builder.build()?)
}

/// Jobs taken [`CHUNK`] at a time.
pub struct Batches<I> {
    jobs: I,
    options: LoadOptions,
}

impl<I: Iterator<Item = Job>> Batches<I> {
    pub fn new(jobs: I, options: &LoadOptions) -> Batches<I> {
        Batches {
            jobs,
            options: options.clone(),
        }
    }

    /// Load and `process` the next chunk of jobs in parallel on `pool`;
    /// the results come back in input order. `None` when all are done.
    pub fn next_batch<T, P>(&mut self, pool: &rayon::ThreadPool, process: P) -> Option<Vec<T>>
    where
        T: Send,
        P: Fn(Result<Article, LoadError>) -> T + Sync,
    {
        let batch: Vec<Job> = self.jobs.by_ref().take(CHUNK).collect();
        if batch.is_empty() {
            return None;
        }
        let options = &self.options;
        Some(pool.install(|| {
            batch
                .into_par_iter()
                .map(|job| process(job.load(options)))
                .collect()
        }))
    }
}
