//! The raw command line, as clap parses it. Nothing here is validated
//! beyond its type: see `plan` for that.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "factlint",
    version,
    about = "Check news articles against a file of known facts"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against the rules.
    Check(CheckArgs),
    /// Work on rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Show what a fact checks: claim, kind, scope, examples.
    Explain(ExplainArgs),
    /// Run every `example` of the rule files.
    Test(TestArgs),
    /// Score the checker against a labelled set (gold TSV).
    Eval(EvalArgs),
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Parse and validate rule files.
    Check(RulesCheckArgs),
    /// Rewrite rule files in the canonical layout.
    Fmt(RulesFmtArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    Error,
    Warning,
    Note,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormatArg {
    Human,
    Json,
}

/// Options shared by the commands that read articles.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// A rule file or a directory of `*.facts` (repeatable). Default: the
    /// `rules` of factlint.toml.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Articles: files, directories, `.jsonl` batches, or `-` for stdin.
    /// Default: the `inputs` of factlint.toml (when --rules is not given
    /// either), else stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Reference date for articles that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Refuse articles larger than this many bytes.
    #[arg(long, value_name = "N", default_value_t = 16 * 1024 * 1024)]
    pub max_article_bytes: u64,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub format: FormatArg,
    /// Also report facts the article states correctly.
    #[arg(long)]
    pub show_matches: bool,
    /// Lowest severity of contradiction that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOnArg::Error)]
    pub fail_on: FailOnArg,
    /// Colour in human output (NO_COLOR is honoured by `auto`).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Check only shard K of N of the input list (K in 1..=N).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Report only contradictions not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every contradiction found in this baseline file (written
    /// atomically at the end of the run).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RulesCheckArgs {
    /// Rule files or directories (default: factlint.toml's rules, or `rules/`).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Args)]
pub struct RulesFmtArgs {
    /// Do not write: list the files that would change, exit 1 if any.
    #[arg(long)]
    pub check: bool,
    /// Rule files or directories (default: factlint.toml's rules, or `rules/`).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The fact's id.
    #[arg(value_name = "FACT_ID")]
    pub fact_id: String,
    /// Rule files or directories (default: factlint.toml's rules, or `rules/`).
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Rule files or directories (default: factlint.toml's rules, or `rules/`).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Test articles (files or directories) annotated with
    /// `[factlint: expect FACT_ID VERDICT, …]` lines.
    #[arg(long, value_name = "PATH")]
    pub articles: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The labels: TSV with `file`, `fact_id`, `verdict` columns.
    #[arg(long, value_name = "FILE.tsv")]
    pub gold: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = EvalFormatArg::Human)]
    pub format: EvalFormatArg,
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}
