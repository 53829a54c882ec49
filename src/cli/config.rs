//! `factlint.toml`: where the rules and the articles are when the command
//! line does not say. Found in the current directory or its ancestors;
//! paths in it are relative to the file.

use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The file name looked for.
pub const CONFIG_FILE: &str = "factlint.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    rules: Vec<PathBuf>,
    #[serde(default)]
    inputs: Vec<PathBuf>,
}

/// A loaded `factlint.toml`, paths already joined to its directory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub path: PathBuf,
    pub rules: Vec<PathBuf>,
    pub inputs: Vec<PathBuf>,
}

/// Find and read the nearest `factlint.toml` above the current directory.
/// Paths come out relative to the current directory (`../rules`) so that
/// reports name files the way the user sees them.
pub fn find_config() -> Result<Option<Config>> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let mut prefix = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(CONFIG_FILE).is_file() {
            return read_config(&prefix.join(CONFIG_FILE), &prefix).map(Some);
        }
        prefix.push("..");
    }
    Ok(None)
}

/// Read one config file whose paths are relative to `dir`.
pub fn read_config(path: &Path, dir: &Path) -> Result<Config> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse_config(&text, path, dir)
}

/// Parse config text; `dir` is joined to every path.
pub fn parse_config(text: &str, path: &Path, dir: &Path) -> Result<Config> {
    let raw: RawConfig =
        toml::from_str(text).with_context(|| format!("{} is not valid", path.display()))?;
    let join = |p: PathBuf| if p.is_absolute() { p } else { dir.join(p) };
    Ok(Config {
        path: path.to_path_buf(),
        rules: raw.rules.into_iter().map(join).collect(),
        inputs: raw.inputs.into_iter().map(join).collect(),
    })
}

/// Rule paths for commands that take only rules: the ones given, else the
/// config's, else `rules/`.
pub fn default_rule_paths(given: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if !given.is_empty() {
        return Ok(given.to_vec());
    }
    match find_config()? {
        Some(config) if !config.rules.is_empty() => Ok(config.rules),
        _ => Ok(vec![PathBuf::from("rules")]),
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
