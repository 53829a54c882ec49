//! Reading rule files and following their `include`s: paths relative to
//! the including file, never outside the rules root, cycles reported.

use crate::dsl::ast::Item;
use crate::dsl::error::RuleError;
use crate::dsl::parse::{parse_file, Parsed};
use crate::dsl::paths::{expand, io_reason, normalize, parent_dir, Listed};
use crate::dsl::validate::Found;
use crate::source::{FileId, SourceDb, Span};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One read and parsed rule file.
#[derive(Debug)]
pub(crate) struct LoadedFile {
    pub(crate) parsed: Parsed,
    /// Each resolved `include`, by the span of its item.
    pub(crate) includes: HashMap<Span, FileId>,
    /// Every `include` of this file could be followed.
    pub(crate) includes_ok: bool,
}

/// Everything read for one load.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) sources: SourceDb,
    pub(crate) files: Vec<LoadedFile>,
    /// Files named or found on the command line and included by no other.
    pub(crate) roots: Vec<FileId>,
    pub(crate) found: Vec<Found>,
    /// Errors with no place in a rule file.
    pub(crate) loose: Vec<RuleError>,
}

impl Loaded {
    /// The items of a root file with its includes expanded in place.
    pub(crate) fn scope(&self, root: FileId) -> Vec<(FileId, &Item)> {
        let mut out = Vec::new();
        let mut visited = HashSet::new();
        self.expand_into(root, &mut visited, &mut out);
        out
    }

    fn expand_into<'a>(
        &'a self,
        file: FileId,
        visited: &mut HashSet<FileId>,
        out: &mut Vec<(FileId, &'a Item)>,
    ) {
        if !visited.insert(file) {
            return;
        }
        let Some(loaded) = self.files.get(file) else {
            return;
        };
        for item in &loaded.parsed.ast.items {
            match item {
                Item::Include(inc) => {
                    if let Some(target) = loaded.includes.get(&inc.span) {
                        self.expand_into(*target, visited, out);
                    }
                }
                other => out.push((file, other)),
            }
        }
    }
}

struct Loader {
    loaded: Loaded,
    by_path: HashMap<PathBuf, FileId>,
    stack: Vec<FileId>,
}

/// Read every rule file under `paths` and everything they include.
pub(crate) fn load(paths: &[PathBuf]) -> Loaded {
    let (listed, loose) = expand(paths);
    let mut loader = Loader {
        loaded: Loaded {
            loose,
            ..Loaded::default()
        },
        by_path: HashMap::new(),
        stack: Vec::new(),
    };
    let mut listed_ids = Vec::new();
    for Listed { path, root } in listed {
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        let name = path.display().to_string();
        match loader.read(&path, name, &root) {
            Ok(id) => listed_ids.push(id),
            Err(e) => loader.loaded.loose.push(e),
        }
    }
    let included: HashSet<FileId> = loader
        .loaded
        .files
        .iter()
        .flat_map(|f| f.includes.values().copied())
        .collect();
    let mut roots = Vec::new();
    for id in listed_ids {
        if !included.contains(&id) && !roots.contains(&id) {
            roots.push(id);
        }
    }
    loader.loaded.roots = roots;
    loader.loaded
}

/// Read one rule file (as text) and parse it; not loaded twice.
pub(crate) fn read_text(path: &Path) -> Result<String, RuleError> {
    let bytes = std::fs::read(path).map_err(|e| RuleError::Unreadable {
        path: path.display().to_string(),
        reason: io_reason(&e, path),
    })?;
    String::from_utf8(bytes).map_err(|_| RuleError::NotUtf8 {
        path: path.display().to_string(),
    })
}

impl Loader {
    fn read(&mut self, path: &Path, name: String, root: &Path) -> Result<FileId, RuleError> {
        let canonical = std::fs::canonicalize(path).map_err(|e| RuleError::Unreadable {
            path: name.clone(),
            reason: io_reason(&e, path),
        })?;
        if let Some(id) = self.by_path.get(&canonical) {
            return Ok(*id);
        }
        let text = read_text(path).map_err(|e| match e {
            RuleError::Unreadable { reason, .. } => RuleError::Unreadable {
                path: name.clone(),
                reason,
            },
            _ => RuleError::NotUtf8 { path: name.clone() },
        })?;
        let parsed = parse_file(&text);
        let id = self.loaded.sources.add(name.clone(), text);
        self.by_path.insert(canonical, id);
        for (error, span) in &parsed.errors {
            self.loaded.found.push((error.clone(), id, *span));
        }
        let includes: Vec<(Span, Span, String)> = parsed
            .ast
            .items
            .iter()
            .filter_map(|it| match it {
                Item::Include(inc) => Some((inc.span, inc.path.span, inc.path.value.clone())),
                _ => None,
            })
            .collect();
        self.loaded.files.push(LoadedFile {
            parsed,
            includes: HashMap::new(),
            includes_ok: true,
        });
        self.stack.push(id);
        for (item_span, path_span, target) in includes {
            let resolved = self.follow(path, &name, root, &target, id, path_span);
            if let Some(file) = self.loaded.files.get_mut(id) {
                match resolved {
                    Some(target) => {
                        file.includes.insert(item_span, target);
                    }
                    None => file.includes_ok = false,
                }
            }
        }
        self.stack.pop();
        Ok(id)
    }

    /// Resolve and read one include of `from`; errors point at the path.
    fn follow(
        &mut self,
        from: &Path,
        from_name: &str,
        root: &Path,
        target: &str,
        from_id: FileId,
        span: Span,
    ) -> Option<FileId> {
        let path = parent_dir(from).join(target);
        let name = normalize(&parent_dir(Path::new(from_name)).join(target))
            .display()
            .to_string();
        let canonical = match std::fs::canonicalize(&path) {
            Ok(c) => c,
            Err(e) => {
                let reason = io_reason(&e, &path);
                let error = RuleError::Unreadable { path: name, reason };
                self.loaded.found.push((error, from_id, span));
                return None;
            }
        };
        if !canonical.starts_with(root) {
            let error = RuleError::IncludeOutsideRoot {
                path: target.to_string(),
                root: root_name(from_name, root),
            };
            self.loaded.found.push((error, from_id, span));
            return None;
        }
        if let Some(&id) = self.by_path.get(&canonical) {
            if let Some(pos) = self.stack.iter().position(|s| *s == id) {
                let mut chain: Vec<String> = self
                    .stack
                    .iter()
                    .skip(pos)
                    .filter_map(|f| self.loaded.sources.get(*f).map(|s| s.name().to_string()))
                    .collect();
                chain.push(name);
                self.loaded
                    .found
                    .push((RuleError::IncludeCycle { chain }, from_id, span));
                return None;
            }
            return Some(id);
        }
        match self.read(&path, name, root) {
            Ok(id) => Some(id),
            Err(error) => {
                self.loaded.found.push((error, from_id, span));
                None
            }
        }
    }
}

/// The rules root as the user would write it (relative where possible).
fn root_name(from_name: &str, root: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    match cwd.as_deref().and_then(|c| root.strip_prefix(c).ok()) {
        Some(rel) if rel.as_os_str().is_empty() => ".".to_string(),
        Some(rel) => rel.display().to_string(),
        None => {
            let _ = from_name;
            root.display().to_string()
        }
    }
}
