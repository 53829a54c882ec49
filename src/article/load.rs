//! Loading articles: files, directories, stdin and JSONL batches.

use crate::article::Article;
use std::path::{Path, PathBuf};

/// Why an input could not be read. Reported once per input; the rest of the
/// batch is still checked.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset})")]
    Binary { path: String, offset: usize },
    #[error("{path}: {size} bytes is over the limit of {limit} bytes (--max-article-bytes)")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}:{line}: {message}")]
    Json {
        path: String,
        line: usize,
        message: String,
    },
}

/// Limits and defaults for loading.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Articles larger than this are refused with [`LoadError::TooLarge`].
    pub max_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions {
            max_bytes: 16 * 1024 * 1024,
        }
    }
}

/// How an article's text is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Plain,
    Markdown,
}

/// One input named on the command line or found in a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A `.txt`, `.md` (or any file named explicitly).
    File(PathBuf),
    /// A `.jsonl` batch: one article per line.
    Jsonl(PathBuf),
    /// `-`
    Stdin,
}

/// Expand paths into inputs: directories are walked recursively (hidden and
/// ignored files skipped; `.txt`, `.md`, `.markdown`, `.jsonl` kept), in
/// sorted order. A missing path is an error in place.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<Result<Input, LoadError>> {
    let _ = paths;
    Vec::new()
}

/// Read one article file (plain text, or Markdown by extension).
pub fn load_file(path: &Path, options: &LoadOptions) -> Result<Article, LoadError> {
    let _ = options;
    Err(LoadError::Io {
        path: path.display().to_string(),
        source: std::io::Error::other("not implemented"),
    })
}

/// Read one article from standard input.
pub fn load_stdin(options: &LoadOptions) -> Result<Article, LoadError> {
    let _ = options;
    Err(LoadError::Io {
        path: "-".into(),
        source: std::io::Error::other("not implemented"),
    })
}

/// Stream the articles of a JSONL batch (`{"id", "date"?, "title"?,
/// "body"}` per line), one at a time: memory is bounded by the largest line.
pub fn read_jsonl(
    path: &Path,
    options: &LoadOptions,
) -> Result<Box<dyn Iterator<Item = Result<Article, LoadError>> + Send>, LoadError> {
    let _ = (path, options);
    Ok(Box::new(std::iter::empty()))
}

/// Build an article from text already in memory: blanks markup, front
/// matter and dateline in `text`, and reads the article's date.
pub fn article_from_text(name: &str, source: String, kind: TextKind) -> Article {
    let _ = kind;
    Article {
        name: name.to_string(),
        text: source.clone(),
        source,
        date: None,
        title: None,
    }
}
