//! Loading articles: files, directories, stdin and JSONL batches.

use crate::article::Article;
use std::io::Read;
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
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Ok(Input::Stdin));
            continue;
        }
        match std::fs::metadata(path) {
            Err(source) => inputs.push(Err(io_error(path, source))),
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut inputs),
            Ok(_) => inputs.push(Ok(input_for(path.clone()))),
        }
    }
    inputs
}

/// A file's input kind by extension (`.jsonl` is a batch).
fn input_for(path: PathBuf) -> Input {
    if has_extension(&path, &["jsonl"]) {
        Input::Jsonl(path)
    } else {
        Input::File(path)
    }
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Walk a directory: hidden files and directories and `.gitignore`d /
/// `.ignore`d paths are skipped (also outside a git repository); the
/// listing is sorted by path so runs are deterministic.
fn walk_dir(dir: &Path, inputs: &mut Vec<Result<Input, LoadError>>) {
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .parents(true)
        .require_git(false)
        // Siblings share their parent's path, so comparing whole paths as
        // bytes orders them by name, without splitting a file name off each
        // path at every comparison.
        .sort_by_file_path(|a, b| a.as_os_str().cmp(b.as_os_str()))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                let path = entry.into_path();
                if is_file && has_extension(&path, &["txt", "md", "markdown", "jsonl"]) {
                    inputs.push(Ok(input_for(path)));
                }
            }
            Err(err) => {
                // Unreadable entries are errors in place; a malformed ignore
                // file or a symlink loop is not an input and is passed over.
                let path = error_path(&err).unwrap_or(dir).display().to_string();
                if let Some(source) = err.into_io_error() {
                    inputs.push(Err(LoadError::Io { path, source }));
                }
            }
        }
    }
}

/// The path an `ignore` error is about, if it names one.
fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

fn io_error(path: &Path, source: std::io::Error) -> LoadError {
    LoadError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Read one article file (plain text, or Markdown by extension).
pub fn load_file(path: &Path, options: &LoadOptions) -> Result<Article, LoadError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let size = file.metadata().map_err(|e| io_error(path, e))?.len();
    if size > options.max_bytes {
        return Err(LoadError::TooLarge {
            path: name,
            size,
            limit: options.max_bytes,
        });
    }
    // Sized from the metadata: one allocation, no growth while reading.
    let bytes = read_limited(file, &name, options.max_bytes, size)?;
    let kind = if has_extension(path, &["md", "markdown"]) {
        TextKind::Markdown
    } else {
        TextKind::Plain
    };
    let text = decode(bytes, &name)?;
    Ok(article_from_text(&name, text, kind))
}

/// Read one article from standard input.
pub fn load_stdin(options: &LoadOptions) -> Result<Article, LoadError> {
    let bytes = read_limited(std::io::stdin().lock(), "-", options.max_bytes, 0)?;
    let text = decode(bytes, "-")?;
    Ok(article_from_text("-", text, TextKind::Plain))
}

/// Read at most `limit` bytes; more is [`LoadError::TooLarge`] (a file can
/// grow after its size was checked, and stdin has no size). `expected` is
/// the size to make room for (one byte more, so reaching the end needs no
/// growth).
fn read_limited(
    reader: impl Read,
    name: &str,
    limit: u64,
    expected: u64,
) -> Result<Vec<u8>, LoadError> {
    let room = usize::try_from(expected.min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(room.saturating_add(1));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: name.to_string(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            path: name.to_string(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Bytes to text: a NUL byte means binary; otherwise it must be UTF-8.
pub(crate) fn decode(bytes: Vec<u8>, name: &str) -> Result<String, LoadError> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(LoadError::Binary {
            path: name.to_string(),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|e| LoadError::InvalidUtf8 {
        path: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Stream the articles of a JSONL batch (`{"id", "date"?, "title"?,
/// "body"}` per line), one at a time: memory is bounded by the largest line.
pub fn read_jsonl(
    path: &Path,
    options: &LoadOptions,
) -> Result<Box<dyn Iterator<Item = Result<Article, LoadError>> + Send>, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    Ok(Box::new(crate::article::jsonl::JsonlArticles::new(
        path.display().to_string(),
        std::io::BufReader::new(file),
        options.max_bytes,
    )))
}

/// Build an article from text already in memory: blanks markup, front
/// matter and dateline in `text`, and reads the article's date.
pub fn article_from_text(name: &str, source: String, kind: TextKind) -> Article {
    crate::article::normalize::build_article(name, source, kind)
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
