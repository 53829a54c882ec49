//! `factlint rules fmt`: rewrite rule files in the canonical layout, each
//! written atomically (a temporary file beside it, then a rename); with
//! `--check`, list the files that would change instead.

use super::report_rule_errors;
use crate::cli::args::RulesFmtArgs;
use crate::cli::config::default_rule_paths;
use crate::cli::exit::Outcome;
use crate::cli::output::{stderr_color, write_stderr};
use crate::dsl;
use anyhow::{Context, Result};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub fn run(args: &RulesFmtArgs) -> Result<Outcome> {
    let paths = default_rule_paths(&args.paths)?;
    let color = stderr_color(args.color);
    let files = match dsl::rule_files(&paths) {
        Ok(files) => files,
        Err(errors) => {
            report_rule_errors(&errors, color);
            return Ok(Outcome::Error);
        }
    };
    let mut out = io::stdout().lock();
    let mut outcome = Outcome::Clean;
    for file in &files {
        let name = file.display().to_string();
        let text = match fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                write_stderr(format!("error: {name}: {e}\n").as_bytes());
                outcome = outcome.max(Outcome::Error);
                continue;
            }
        };
        let formatted = match dsl::format_source(&name, &text) {
            Ok(formatted) => formatted,
            Err(errors) => {
                report_rule_errors(&errors, color);
                outcome = outcome.max(Outcome::Error);
                continue;
            }
        };
        if formatted == text {
            continue;
        }
        if args.check {
            writeln!(out, "{name}")?;
            outcome = outcome.max(Outcome::Findings);
        } else {
            write_atomically(file, &formatted)?;
        }
    }
    out.flush()?;
    Ok(outcome)
}

/// Replace `path`'s contents: write a temporary file in the same directory
/// (same permissions), then rename it over the original. A symbolic link is
/// followed: its target is rewritten and the link stays a link.
pub fn write_atomically(path: &Path, contents: &str) -> Result<()> {
    let resolved;
    let path = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = fs::canonicalize(path)
                .with_context(|| format!("cannot follow the link {}", path.display()))?;
            resolved.as_path()
        }
        _ => path,
    };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let file_name = path
        .file_name()
        .with_context(|| format!("{} is not a file", path.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".fmt-{}.tmp", std::process::id()));
    let tmp: PathBuf = match dir {
        Some(d) => d.join(tmp_name),
        None => PathBuf::from(tmp_name),
    };
    let written = (|| -> io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents.as_bytes())?;
        f.sync_all()?;
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}

#[cfg(test)]
#[path = "rules_fmt_tests.rs"]
mod tests;
