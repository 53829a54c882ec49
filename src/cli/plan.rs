//! The validated plan of a run: raw flags turned into what the commands
//! need (paths resolved through factlint.toml, dates and shards parsed).
//! Every problem here is a usage error (exit 2).

use super::args::{CheckArgs, FailOnArg, FormatArg, InputArgs};
use super::config::find_config;
use super::output::stdout_color;
use crate::article::LoadOptions;
use crate::check::CheckOptions;
use crate::dsl::Severity;
use crate::report::{Format, ReportOptions};
use chrono::NaiveDate;
use std::path::PathBuf;

/// A mistake on the command line.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// `--shard K/N`: this run takes input `i` when `i % count == index`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 0-based (`K - 1`).
    pub index: usize,
    pub count: usize,
}

impl Shard {
    /// Parse `K/N` with `1 <= K <= N`.
    pub fn parse(s: &str) -> Result<Shard, UsageError> {
        let bad = || {
            UsageError(format!(
                "--shard `{s}`: expected K/N with 1 <= K <= N, e.g. 2/4"
            ))
        };
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: usize = k.trim().parse().map_err(|_| bad())?;
        let n: usize = n.trim().parse().map_err(|_| bad())?;
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard {
            index: k - 1,
            count: n,
        })
    }

    pub fn takes(&self, i: usize) -> bool {
        i % self.count == self.index
    }
}

/// Where rules and articles come from, and how to read them.
#[derive(Debug, Clone)]
pub struct InputPlan {
    pub rules: Vec<PathBuf>,
    /// Paths, `-` for stdin.
    pub inputs: Vec<PathBuf>,
    pub check: CheckOptions,
    pub load: LoadOptions,
    /// `None`: all cores.
    pub jobs: Option<usize>,
}

/// Everything `factlint check` needs.
#[derive(Debug, Clone)]
pub struct CheckPlan {
    pub input: InputPlan,
    pub shard: Option<Shard>,
    pub format: Format,
    pub report: ReportOptions,
    /// Lowest severity that fails the run; `None` never fails.
    pub fail_on: Option<Severity>,
}

/// Parse `--date`.
/// Today's date (UTC) from the system clock: the last resort for relative
/// dates when neither the article, `--date` nor the story gives one.
pub fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::TimeDelta::days(days)))
        .unwrap_or_default()
}

pub fn parse_date(s: &str) -> Result<NaiveDate, UsageError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| UsageError(format!("--date `{s}`: expected a real date as YYYY-MM-DD")))
}

/// Resolve rules and inputs: missing `--rules` come from factlint.toml
/// (its `inputs` too when no input is given); with `--rules` and no input,
/// stdin is read.
pub fn plan_inputs(args: &InputArgs) -> anyhow::Result<InputPlan> {
    let mut rules = args.rules.clone();
    let mut inputs = args.inputs.clone();
    if rules.is_empty() {
        let config = find_config()?.ok_or_else(|| {
            UsageError(
                "no rules: pass --rules PATH or put a factlint.toml with `rules = [...]` here"
                    .into(),
            )
        })?;
        if config.rules.is_empty() {
            return Err(UsageError(format!("{} names no `rules`", config.path.display())).into());
        }
        rules = config.rules;
        if inputs.is_empty() {
            inputs = config.inputs;
        }
    }
    if inputs.is_empty() {
        inputs.push(PathBuf::from("-"));
    }
    if args.jobs == Some(0) {
        return Err(UsageError("--jobs must be at least 1".into()).into());
    }
    if args.max_article_bytes == 0 {
        return Err(UsageError("--max-article-bytes must be at least 1".into()).into());
    }
    let date = args.date.as_deref().map(parse_date).transpose()?;
    Ok(InputPlan {
        rules,
        inputs,
        check: CheckOptions {
            date,
            today: Some(today()),
        },
        load: LoadOptions {
            max_bytes: args.max_article_bytes,
        },
        jobs: args.jobs,
    })
}

/// Validate `factlint check`'s flags.
pub fn plan_check(args: &CheckArgs) -> anyhow::Result<CheckPlan> {
    let input = plan_inputs(&args.input)?;
    let shard = args.shard.as_deref().map(Shard::parse).transpose()?;
    let format = match args.format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Github => Format::Github,
    };
    let fail_on = match args.fail_on {
        FailOnArg::Error => Some(Severity::Error),
        FailOnArg::Warning => Some(Severity::Warning),
        FailOnArg::Note => Some(Severity::Note),
        FailOnArg::Never => None,
    };
    Ok(CheckPlan {
        input,
        shard,
        format,
        report: ReportOptions {
            show_matches: args.show_matches,
            color: format == Format::Human && stdout_color(args.color),
        },
        fail_on,
    })
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
