//! Exit codes (see the diagnostics spec): 0 clean, 1 findings, 2 errors.

use std::process::ExitCode;

/// How a command ended. Ordered: the worst outcome wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Nothing at or above `--fail-on`.
    Clean,
    /// A contradiction at or above `--fail-on`, a failed example, a file
    /// `fmt --check` would change.
    Findings,
    /// A usage error, a rule-file error, an unreadable input.
    Error,
}

impl Outcome {
    pub fn code(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::Findings => 1,
            Outcome::Error => 2,
        }
    }
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        ExitCode::from(o.code())
    }
}
