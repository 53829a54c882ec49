//! Rule paths from the command line: files as given, directories searched
//! recursively for `*.facts` (sorted), each with its rules root.

use crate::dsl::error::RuleError;
use std::path::{Component, Path, PathBuf};

/// A rule file to load and the root its includes may not leave.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub(crate) path: PathBuf,
    pub(crate) root: PathBuf,
}

/// Expand paths; problems are errors without a location.
pub(crate) fn expand(paths: &[PathBuf]) -> (Vec<Listed>, Vec<RuleError>) {
    let mut listed: Vec<Listed> = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(_) => errors.push(RuleError::MissingPath {
                path: p.display().to_string(),
            }),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let before = errors.len();
                walk(p, &mut found, &mut errors);
                // An empty rules directory would check nothing and pass.
                if found.is_empty() && errors.len() == before {
                    errors.push(RuleError::NoRuleFiles {
                        path: p.display().to_string(),
                    });
                }
                found.sort();
                for f in found {
                    listed.push(Listed {
                        path: f,
                        root: p.clone(),
                    });
                }
            }
            Ok(_) => listed.push(Listed {
                path: p.clone(),
                root: parent_dir(p),
            }),
        }
    }
    let mut seen = std::collections::HashSet::new();
    listed.retain(|l| seen.insert(l.path.clone()));
    (listed, errors)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<RuleError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(RuleError::Unreadable {
                path: dir.display().to_string(),
                reason: io_reason(&e, dir),
            });
            return;
        }
    };
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
            (e.path(), is_dir)
        })
        .collect();
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            walk(&path, found, errors);
        } else if path.extension().is_some_and(|e| e == "facts") {
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_file() => found.push(path),
                // A directory named `x.facts`: not a rule file.
                Ok(_) => {}
                // A symlink to nothing: the rules it stood for would be
                // silently missing.
                Err(e) => errors.push(RuleError::Unreadable {
                    reason: if e.kind() == std::io::ErrorKind::NotFound {
                        "a symbolic link to a file that does not exist".to_string()
                    } else {
                        io_reason(&e, &path)
                    },
                    path: path.display().to_string(),
                }),
            }
        }
    }
}

/// The directory a file sits in (`.` for a bare name).
pub(crate) fn parent_dir(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `a/b/../c` → `a/c`, without touching the file system.
pub(crate) fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                let last_is_normal =
                    matches!(out.components().next_back(), Some(Component::Normal(_)));
                if last_is_normal {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// A short, stable reason for an I/O error.
pub(crate) fn io_reason(e: &std::io::Error, path: &Path) -> String {
    if path.is_dir() {
        return "expected a file, found a directory".to_string();
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}
