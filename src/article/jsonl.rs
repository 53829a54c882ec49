//! JSONL batches: one article per line, read one line at a time.

use crate::article::load::{article_from_text, decode, LoadError, TextKind};
use crate::article::Article;
use chrono::NaiveDate;
use serde::Deserialize;
use std::io::BufRead;

/// One record: `{"id", "date"?, "title"?, "body"}`.
#[derive(Debug, Deserialize)]
struct Record {
    id: Id,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    body: String,
}

/// Record ids may be strings or numbers.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Id::Text(s) => f.write_str(s),
            Id::Number(n) => write!(f, "{n}"),
        }
    }
}

/// The articles of one JSONL stream, in order; a bad line is an error item
/// and reading goes on with the next line.
pub(crate) struct JsonlArticles<R> {
    path: String,
    reader: R,
    max_bytes: u64,
    line: usize,
    done: bool,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonlArticles<R> {
    pub(crate) fn new(path: String, reader: R, max_bytes: u64) -> JsonlArticles<R> {
        JsonlArticles {
            path,
            reader,
            max_bytes,
            line: 0,
            done: false,
            buf: Vec::new(),
        }
    }

    fn error(&self, message: impl Into<String>) -> LoadError {
        LoadError::Json {
            path: self.path.clone(),
            line: self.line,
            message: message.into(),
        }
    }

    /// Skip to just after the next newline without keeping the bytes.
    fn skip_rest_of_line(&mut self) -> std::io::Result<()> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            match memchr::memchr(b'\n', chunk) {
                Some(j) => {
                    self.reader.consume(j + 1);
                    return Ok(());
                }
                None => {
                    let n = chunk.len();
                    self.reader.consume(n);
                }
            }
        }
    }

    fn parse(&self, bytes: Vec<u8>) -> Result<Article, LoadError> {
        let text = decode(bytes, &self.path).map_err(|e| match e {
            LoadError::InvalidUtf8 { offset, .. } => self.error(format!(
                "not valid UTF-8 (bad byte at column {})",
                offset + 1
            )),
            LoadError::Binary { offset, .. } => {
                self.error(format!("NUL byte at column {}", offset + 1))
            }
            other => self.error(other.to_string()),
        })?;
        let record: Record = serde_json::from_str(&text).map_err(|e| self.error(e.to_string()))?;
        let date = match &record.date {
            None => None,
            Some(d) => Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                self.error(format!(
                    "`date` must be a real date as YYYY-MM-DD, not {d:?}"
                ))
            })?),
        };
        let name = format!("{}:{}#{}", self.path, self.line, record.id);
        let mut article = article_from_text(&name, record.body, TextKind::Plain);
        if date.is_some() {
            article.date = date;
        }
        if record.title.is_some() {
            article.title = record.title;
        }
        Ok(article)
    }
}

impl<R: BufRead> Iterator for JsonlArticles<R> {
    type Item = Result<Article, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            let limit = self.max_bytes.saturating_add(1);
            let read =
                std::io::Read::take(&mut self.reader, limit).read_until(b'\n', &mut self.buf);
            match read {
                Err(source) => {
                    self.done = true;
                    return Some(Err(LoadError::Io {
                        path: self.path.clone(),
                        source,
                    }));
                }
                Ok(0) => self.done = true,
                Ok(n) => {
                    let ended = self.buf.last() == Some(&b'\n');
                    let content = if ended { n - 1 } else { n } as u64;
                    if content > self.max_bytes {
                        let err = self.error(format!(
                            "line is over the limit of {} bytes (--max-article-bytes)",
                            self.max_bytes
                        ));
                        self.buf.clear();
                        if let Err(source) = self.skip_rest_of_line() {
                            self.done = true;
                            return Some(Err(LoadError::Io {
                                path: self.path.clone(),
                                source,
                            }));
                        }
                        return Some(Err(err));
                    }
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let bytes = std::mem::take(&mut self.buf);
                    return Some(self.parse(bytes));
                }
            }
        }
        None
    }
}

#[cfg(test)]
#[path = "jsonl_tests.rs"]
mod tests;
