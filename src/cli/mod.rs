//! The command line: a thin shell over the library. Only this module reads
//! arguments and the environment, and only here is `anyhow` used.

pub mod args;
pub mod commands;
pub mod config;
pub mod exit;
pub mod output;
pub mod pipeline;
pub mod plan;

use args::{Cli, Command, RulesCommand};
use clap::Parser;
use exit::Outcome;
use output::{is_broken_pipe, write_stderr};
use plan::UsageError;
use std::process::ExitCode;

/// Parse the command line, run the command, and turn the outcome into the
/// exit code. A closed stdout (`| head`) ends the run quietly.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                Outcome::Error.into()
            } else {
                Outcome::Clean.into()
            };
        }
    };
    match dispatch(&cli) {
        Ok(outcome) => outcome.into(),
        Err(e) if is_broken_pipe(&e) => Outcome::Clean.into(),
        Err(e) => {
            if e.downcast_ref::<UsageError>().is_some() {
                write_stderr(format!("error: {e}\n").as_bytes());
            } else {
                write_stderr(format!("error: {e:#}\n").as_bytes());
            }
            Outcome::Error.into()
        }
    }
}

fn dispatch(cli: &Cli) -> anyhow::Result<Outcome> {
    match &cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Rules(RulesCommand::Check(args)) => commands::rules_check::run(args),
        Command::Rules(RulesCommand::Fmt(args)) => commands::rules_fmt::run(args),
        Command::Explain(args) => commands::explain::run(args),
        Command::Test(args) => commands::test::run(args),
        Command::Eval(args) => commands::eval::run(args),
    }
}
